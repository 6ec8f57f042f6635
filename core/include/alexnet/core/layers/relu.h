#pragma once
// ReLU — max(0, x), elementwise. Any shape. Backward passes the gradient where input > 0
// (at exactly 0 the gradient is 0, as PyTorch).
#include <cstdint>
#include <vector>

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
  // Where the input was > 0, one byte per element, kept for backward: a quarter of a copy of the input
  // (AlexNet's five ReLUs at training batch 128: 78 MB instead of 310 MB), written in the same pass.
  std::vector<std::uint8_t> m_positive;
  Shape m_inputShape;
};

}  // namespace alexnet
