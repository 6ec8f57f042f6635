#include "alexnet/core/train/sgd.h"

namespace alexnet {

void Sgd::step(Sequential& model) {
  const float lr = m_options.learningRate, mu = m_options.momentum, decay = m_options.weightDecay;
  for (auto& [key, parameter] : model.namedParameters()) {
    if (parameter->grad.shape() != parameter->value.shape()) continue;  // no backward has run: no gradient
    float* p = parameter->value.data();
    const float* g = parameter->grad.data();
    const std::int64_t n = parameter->value.numel();
    if (mu == 0.0f && decay == 0.0f) {
      for (std::int64_t i = 0; i < n; ++i) p[i] += -lr * g[i];  // as PyTorch: p.add_(grad, alpha=-lr)
      continue;
    }
    auto [it, fresh] = m_momentum.try_emplace(key, parameter->value.shape());
    float* v = it->second.data();
    for (std::int64_t i = 0; i < n; ++i) {
      const float d = g[i] + decay * p[i];
      if (mu != 0.0f) {
        v[i] = fresh ? d : mu * v[i] + d;
        p[i] += -lr * v[i];
      } else {
        p[i] += -lr * d;
      }
    }
  }
}

}  // namespace alexnet
