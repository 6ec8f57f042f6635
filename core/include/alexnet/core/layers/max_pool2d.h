#pragma once
// MaxPool2d — maximum over k×k windows, as torch.nn.MaxPool2d (no padding, floor mode).
//
// Shape:
//   input (N, C, H, W) → output (N, C, H_out, W_out),  H_out = floor((H − kernel) / stride) + 1
//
// Backward routes each window's gradient to the FIRST maximum in row-major window order
// (strict '>' while scanning), like PyTorch; overlapping windows (k=3, s=2) add up.
#include "alexnet/core/layer.h"

namespace alexnet {

struct MaxPool2dOptions {
  std::int64_t kernelSize = 2;
  std::int64_t stride = 0;  // 0 means "same as kernelSize", as PyTorch's default
};

class MaxPool2d final : public Layer {
 public:
  explicit MaxPool2d(const MaxPool2dOptions& options);

  std::string_view typeName() const override { return "MaxPool2d"; }
  LayerKind kind() const override { return LayerKind::MaxPool2d; }
  std::string repr() const override;
  Shape outputShape(const Shape& in) const override;
  Tensor forward(const Tensor& x, Mode mode) override;
  Tensor backward(const Tensor& gradOut) override;

  std::int64_t kernelSize() const { return m_kernel; }
  std::int64_t stride() const { return m_stride; }

 private:
  std::int64_t m_kernel;
  std::int64_t m_stride;
  Shape m_inputShape;                  // (N, C, H, W) of the last forward
  std::vector<std::int32_t> m_argmax;  // (N, C, H_out, W_out): flat index into the input plane
};

}  // namespace alexnet
