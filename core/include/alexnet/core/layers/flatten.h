#pragma once
// Flatten — (N, C, H, W) → (N, C·H·W) in row-major order; a reshape only, as torch.nn.Flatten.
#include "alexnet/core/layer.h"

namespace alexnet {

class Flatten final : public Layer {
 public:
  std::string_view typeName() const override { return "Flatten"; }
  LayerKind kind() const override { return LayerKind::Flatten; }
  std::string repr() const override { return "Flatten(start_dim=1, end_dim=-1)"; }
  Shape outputShape(const Shape& in) const override;
  Tensor forward(const Tensor& x, Mode mode) override;
  Tensor backward(const Tensor& gradOut) override;

 private:
  Shape m_inputShape;
};

}  // namespace alexnet
