#pragma once
// AvgPool2d — mean over k×k windows, as torch.nn.AvgPool2d (no padding, floor mode, divisor k·k).
//
// Shape:
//   input (N, C, H, W) → output (N, C, H_out, W_out),  H_out = floor((H − kernel) / stride) + 1
//
// Rows and columns past the last full window get zero gradient.
#include "alexnet/core/layer.h"

namespace alexnet {

struct AvgPool2dOptions {
  std::int64_t kernelSize = 2;
  std::int64_t stride = 0;  // 0 means "same as kernelSize"
};

class AvgPool2d final : public Layer {
 public:
  explicit AvgPool2d(const AvgPool2dOptions& options);

  std::string_view typeName() const override { return "AvgPool2d"; }
  LayerKind kind() const override { return LayerKind::AvgPool2d; }
  std::string repr() const override;
  Shape outputShape(const Shape& in) const override;
  Tensor forward(const Tensor& x, Mode mode) override;
  Tensor backward(const Tensor& gradOut) override;

  std::int64_t kernelSize() const { return m_kernel; }
  std::int64_t stride() const { return m_stride; }

 private:
  std::int64_t m_kernel;
  std::int64_t m_stride;
  Shape m_inputShape;  // (N, C, H, W) of the last forward
};

}  // namespace alexnet
