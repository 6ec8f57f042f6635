#pragma once
// Sigmoid — 1 / (1 + e^(−x)), elementwise. Any shape. Backward: g · y · (1 − y).
#include "alexnet/core/layer.h"

namespace alexnet {

class Sigmoid final : public Layer {
 public:
  std::string_view typeName() const override { return "Sigmoid"; }
  LayerKind kind() const override { return LayerKind::Sigmoid; }
  std::string repr() const override { return "Sigmoid()"; }
  Shape outputShape(const Shape& in) const override { return in; }
  Tensor forward(const Tensor& x, Mode mode) override;
  Tensor backward(const Tensor& gradOut) override;

 private:
  Tensor m_output;  // y, cached for backward
};

}  // namespace alexnet
