#pragma once
// Linear — fully connected layer, as torch.nn.Linear: y = x · weightᵀ + bias.
//
// Shape:
//   input (N, in_features) → output (N, out_features)
//   weight (out_features, in_features), bias (out_features)
#include "alexnet/core/layer.h"

namespace alexnet {

struct LinearOptions {
  std::int64_t inFeatures = 1;
  std::int64_t outFeatures = 1;
};

class Linear final : public Layer {
 public:
  explicit Linear(const LinearOptions& options);

  std::string_view typeName() const override { return "Linear"; }
  LayerKind kind() const override { return LayerKind::Linear; }
  std::string repr() const override;
  Shape outputShape(const Shape& in) const override;
  Tensor forward(const Tensor& x, Mode mode) override;
  Tensor backward(const Tensor& gradOut) override;
  std::vector<Parameter*> parameters() override { return {&m_weight, &m_bias}; }
  std::int64_t flops(const Shape& in) const override;

  const LinearOptions& options() const { return m_options; }
  const Parameter& weight() const { return m_weight; }
  const Parameter& bias() const { return m_bias; }

 private:
  LinearOptions m_options;
  Parameter m_weight;  // (out_features, in_features)
  Parameter m_bias;    // (out_features)
  Tensor m_input;      // (N, in_features), cached for backward
};

}  // namespace alexnet
