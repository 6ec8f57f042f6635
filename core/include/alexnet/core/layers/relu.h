#pragma once
// ReLU — max(0, x), elementwise. Any shape. Backward passes the gradient where input > 0
// (at exactly 0 the gradient is 0, as PyTorch).
#include "alexnet/core/layer.h"

namespace alexnet {

class ReLU final : public Layer {
 public:
  std::string_view typeName() const override { return "ReLU"; }
  LayerKind kind() const override { return LayerKind::ReLU; }
  std::string repr() const override { return "ReLU()"; }
  Shape outputShape(const Shape& in) const override { return in; }
  Tensor forward(const Tensor& x, Mode mode) override;
  Tensor backward(const Tensor& gradOut) override;

 private:
  Tensor m_input;  // same shape as the input, cached for backward
};

}  // namespace alexnet
