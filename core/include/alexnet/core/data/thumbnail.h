#pragma once
// thumbnail — a small copy of an image tensor for display (the preprocessing steps the GUI shows as
// 50-pixel pictures): (1, C, H, W) → (1, C, h, w) with max(h, w) <= maxSide and the aspect ratio kept
// (each side rounded, at least 1). Every output pixel is the mean of the source pixels its box
// covers (an area resize: no aliasing when a 1000-pixel photo becomes 64 pixels). A tensor that
// already fits is returned unchanged. Display only: the model's input comes from preprocessImage.
#include <cstdint>

#include "alexnet/core/tensor.h"

namespace alexnet {

// Throws std::invalid_argument unless image is (1, C, H, W) with H, W >= 1 and maxSide >= 1.
Tensor thumbnail(const Tensor& image, std::int64_t maxSide);

}  // namespace alexnet
