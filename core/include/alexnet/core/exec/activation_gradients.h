#pragma once
// Activation gradients — how much gradient the non-linearities let through on real inputs: the
// measurement behind "why ReLU instead of sigmoid" (d2l zh 7.1 / d2l.ai 8.1; the functions in
// zh 4.1 / d2l.ai 5.1).
//
// For every activation layer (ReLU or Sigmoid) the local derivative f'(z) is evaluated at each
// element z of that layer's input, the pre-activation the images actually produce (Mode::Eval):
//   sigmoid  f'(z) = σ(z)(1 − σ(z)), at most 0.25 (at z = 0); below 1e-3 once |z| > 6.9
//   ReLU     f'(z) = 1 if z > 0, else 0 (PyTorch's convention at z = 0)
// An element is "near zero" when |f'(z)| < threshold (1e-3 by default); the fraction is
//   nearZero / count, over all elements of all activation layers for all images of the batch.
//
//   ActivationGradientStats s = measureActivationGradients(model, images, {.threshold = 1e-3f});
//   s.nearZeroFraction();  // e.g. 0.07 for a sigmoid LeNet
#include <cstdint>
#include <vector>

#include "alexnet/core/sequential.h"

namespace alexnet {

struct ActivationGradientOptions {
  float threshold = 1e-3f;    // |f'(z)| below this counts as near zero
  float fullStrength = 0.5f;  // f'(z) at or above this counts as passing the gradient at full strength
};

struct ActivationLayerGradients {
  std::int64_t layer = 0;  // Sequential index of the activation
  LayerKind kind = LayerKind::ReLU;
  std::int64_t count = 0;         // elements examined: images × the layer's input size
  std::int64_t nearZero = 0;      // |f'(z)| < threshold
  std::int64_t fullStrength = 0;  // f'(z) >= options.fullStrength (ReLU: z > 0; sigmoid: never, f' <= 0.25)
  double derivativeSum = 0.0;     // Σ f'(z)

  double nearZeroFraction() const { return count > 0 ? double(nearZero) / double(count) : 0.0; }
  double meanDerivative() const { return count > 0 ? derivativeSum / double(count) : 0.0; }
};

struct ActivationGradientStats {
  std::vector<ActivationLayerGradients> layers;  // in network order
  std::int64_t images = 0;

  std::int64_t count() const;
  std::int64_t nearZero() const;
  std::int64_t fullStrength() const;
  double nearZeroFraction() const;  // over every element of every activation layer
  double fullStrengthFraction() const;
  double meanDerivative() const;
};

// f'(z) of an activation kind (ReLU or Sigmoid); throws std::invalid_argument for other kinds.
float activationDerivative(LayerKind kind, float z);

// Runs `images` (N, C, H, W), already at the model's input size, through the model in Mode::Eval
// and measures every ReLU / Sigmoid layer's input. Throws std::invalid_argument if the model has
// no activation layer; ShapeError from the layers as usual.
ActivationGradientStats measureActivationGradients(Sequential& model, const Tensor& images,
                                                   const ActivationGradientOptions& options = {});

}  // namespace alexnet
