#include "alexnet/core/exec/activation_gradients.h"

#include <cmath>
#include <stdexcept>

namespace alexnet {

std::int64_t ActivationGradientStats::count() const {
  std::int64_t total = 0;
  for (const ActivationLayerGradients& layer : layers) total += layer.count;
  return total;
}

std::int64_t ActivationGradientStats::nearZero() const {
  std::int64_t total = 0;
  for (const ActivationLayerGradients& layer : layers) total += layer.nearZero;
  return total;
}

std::int64_t ActivationGradientStats::fullStrength() const {
  std::int64_t total = 0;
  for (const ActivationLayerGradients& layer : layers) total += layer.fullStrength;
  return total;
}

double ActivationGradientStats::nearZeroFraction() const {
  const std::int64_t total = count();
  return total > 0 ? double(nearZero()) / double(total) : 0.0;
}

double ActivationGradientStats::fullStrengthFraction() const {
  const std::int64_t total = count();
  return total > 0 ? double(fullStrength()) / double(total) : 0.0;
}

double ActivationGradientStats::meanDerivative() const {
  double sum = 0.0;
  for (const ActivationLayerGradients& layer : layers) sum += layer.derivativeSum;
  const std::int64_t total = count();
  return total > 0 ? sum / double(total) : 0.0;
}

float activationDerivative(LayerKind kind, float z) {
  switch (kind) {
    case LayerKind::ReLU:
      return z > 0.0f ? 1.0f : 0.0f;
    case LayerKind::Sigmoid: {
      const double s = 1.0 / (1.0 + std::exp(-double(z)));
      return static_cast<float>(s * (1.0 - s));
    }
    default:
      throw std::invalid_argument("activationDerivative: not an activation (ReLU or Sigmoid)");
  }
}

ActivationGradientStats measureActivationGradients(Sequential& model, const Tensor& images,
                                                   const ActivationGradientOptions& options) {
  ActivationGradientStats stats;
  stats.images = images.rank() > 0 ? images.dim(0) : 0;
  Tensor x = images;  // (N, C, H, W)
  for (std::size_t i = 0; i < model.size(); ++i) {
    Layer& layer = model.layer(i);
    if (isActivation(layer.kind())) {
      ActivationLayerGradients measured;
      measured.layer = static_cast<std::int64_t>(i);
      measured.kind = layer.kind();
      measured.count = x.numel();
      const float* z = x.data();  // the pre-activation, any shape
      for (std::int64_t e = 0; e < measured.count; ++e) {
        const float derivative = activationDerivative(measured.kind, z[e]);
        if (std::fabs(derivative) < options.threshold) ++measured.nearZero;
        if (derivative >= options.fullStrength) ++measured.fullStrength;
        measured.derivativeSum += derivative;
      }
      stats.layers.push_back(measured);
    }
    x = layer.forward(x, Mode::Eval);
  }
  if (stats.layers.empty()) throw std::invalid_argument("the model has no ReLU or Sigmoid layer to measure");
  return stats;
}

}  // namespace alexnet
