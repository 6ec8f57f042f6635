#pragma once
// Bilinear resize with PyTorch's F.interpolate(mode="bilinear", align_corners=False) semantics
// (no antialiasing): source coordinate = (dst + 0.5) · in/out − 0.5, clamped at 0.
// Shape: (N, C, H, W) → (N, C, outHeight, outWidth). Used by image preprocessing and by the
// trainer to feed 28×28 Fashion-MNIST to AlexNet at its input size.
#include <cstdint>

#include "alexnet/core/tensor.h"

namespace alexnet {

struct ResizeOptions {
  std::int64_t outHeight = 0;
  std::int64_t outWidth = 0;
};

Tensor resizeBilinear(const Tensor& x, const ResizeOptions& options);

}  // namespace alexnet
