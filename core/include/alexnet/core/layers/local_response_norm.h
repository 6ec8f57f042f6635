#pragma once
// LocalResponseNorm — normalisation across neighbouring channels, as torch.nn.LocalResponseNorm.
//
//   b[c] = a[c] / (k + (alpha / size) · Σ_{c' = c − ⌊size/2⌋}^{c + ⌊(size−1)/2⌋} a[c']²)^beta
//
// Channels outside [0, C) count as 0. Note PyTorch's alpha/size: the AlexNet paper writes alpha
// alone (its α = 1e-4 with n = 5); we follow PyTorch so checkpoints and reference vectors agree.
// Shape: (N, C, H, W) → same.
#include "alexnet/core/layer.h"

namespace alexnet {

struct LocalResponseNormOptions {
  std::int64_t size = 5;
  float alpha = 1e-4f;
  float beta = 0.75f;
  float k = 1.0f;
};

class LocalResponseNorm final : public Layer {
 public:
  explicit LocalResponseNorm(const LocalResponseNormOptions& options);

  std::string_view typeName() const override { return "LocalResponseNorm"; }
  LayerKind kind() const override { return LayerKind::LocalResponseNorm; }
  std::string repr() const override;
  Shape outputShape(const Shape& in) const override;
  Tensor forward(const Tensor& x, Mode mode) override;
  Tensor backward(const Tensor& gradOut) override;

  const LocalResponseNormOptions& options() const { return m_options; }

 private:
  LocalResponseNormOptions m_options;
  Tensor m_input;  // (N, C, H, W)
  Tensor m_scale;  // (N, C, H, W): k + (alpha/size)·Σ a², cached for backward
};

}  // namespace alexnet
