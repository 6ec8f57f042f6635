#pragma once
// Dropout — in Mode::Train zeroes each element with probability p and scales the rest by
// 1/(1−p) (inverted dropout, as PyTorch); in Mode::Eval it is the identity. Any shape.
// The mask comes from the layer's own seeded generator, so a run is reproducible.
#include <random>

#include "alexnet/core/layer.h"

namespace alexnet {

struct DropoutOptions {
  float p = 0.5f;
  std::uint64_t seed = 0;
};

class Dropout final : public Layer {
 public:
  explicit Dropout(const DropoutOptions& options = {});

  std::string_view typeName() const override { return "Dropout"; }
  LayerKind kind() const override { return LayerKind::Dropout; }
  std::string repr() const override;
  Shape outputShape(const Shape& in) const override { return in; }
  Tensor forward(const Tensor& x, Mode mode) override;
  Tensor backward(const Tensor& gradOut) override;

  float p() const { return m_p; }
  void seed(std::uint64_t seed) { m_rng.seed(seed); }

 private:
  float m_p;
  std::mt19937_64 m_rng;
  Tensor m_mask;  // same shape as the input: 0 or 1/(1−p); empty after an eval forward
};

}  // namespace alexnet
