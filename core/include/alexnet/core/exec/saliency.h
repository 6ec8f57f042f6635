#pragma once
// Saliency — the gradient of one class score (a logit, before softmax) with respect to the input
// (Simonyan et al. 2014, "vanilla gradient"), computed with the model's own backward:
//
//   logits = model.forward(x, Mode::Eval)        // x (1, C, H, W) → logits (1, K)
//   dx     = model.backward(onehot(class))       // (1, C, H, W) = ∂ logits[0, class] / ∂ x
//
// The map shown on screen is saliencyMap(dx): max over channels of |dx|, shape (H, W).
//
// Guided backpropagation (Springenberg et al. 2015, "Striving for simplicity") is the same backward
// pass except at every ReLU, which passes the gradient only where both its forward input > 0 (as the
// plain gradient does) and the gradient arriving from above > 0:
//   plain:  dx = g · [x > 0]          guided:  dx = g · [x > 0] · [g > 0]
// Negative evidence is dropped on the way down, which gives sharper, edge-like maps. A network without
// ReLUs (the sigmoid LeNet) gets exactly the plain gradient.
// Side effects: layer caches are overwritten and the parameter gradients are cleared (zeroGrad)
// afterwards, so do not call it on a model that is in the middle of a training step.
#include <cstdint>
#include <stdexcept>

#include "alexnet/core/sequential.h"

namespace alexnet {

class SaliencyError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class SaliencyMethod { Gradient, GuidedBackprop };

struct SaliencyOptions {
  std::int64_t classIndex = -1;  // -1: the predicted class (argmax of the logits)
  SaliencyMethod method = SaliencyMethod::Gradient;
};

struct SaliencyResult {
  Tensor gradient;              // (1, C, H, W): ∂ logits[0, classIndex] / ∂ input
  Tensor logits;                // (1, K)
  std::int64_t classIndex = 0;  // the class whose score was differentiated
  float score = 0.0f;           // logits[0, classIndex]
};

// Throws SaliencyError unless `input` is (1, …model.inputShape()[1:]), the model ends in (1, K)
// logits, and classIndex is -1 or in [0, K).
SaliencyResult computeSaliency(Sequential& model, const Tensor& input, const SaliencyOptions& options = {});

// (1, C, H, W) gradient → (H, W) map: max over channels of |gradient|.
Tensor saliencyMap(const Tensor& gradient);

}  // namespace alexnet
