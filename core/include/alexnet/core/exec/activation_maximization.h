#pragma once
// Activation maximization (Erhan et al. 2009; Simonyan et al. 2014; Yosinski et al. 2015) — the input
// a unit likes best: gradient ascent on the model input for the spatial mean of one channel of one
// layer's output, with the model's own backward:
//
//   x ← seeded noise in [0, 1]                         // (1, C, H, W), the model input (no normalisation)
//   repeat steps times:
//     x' = shift(x, random dy, dx)                      // jitter: a circular shift of ≤ jitter pixels
//     y  = layers[0..layer].forward(x', Mode::Eval)     // (1, K, h, w) or (1, F)
//     g  = layers[layer..0].backward(seed)              // seed = 1/(h·w) on channel `channel`, 0 elsewhere
//     x  = clamp(x·(1 − l2Decay) + lr · shift⁻¹(g) / rms(g), 0, 1)
//     every blurEvery steps: x = gaussianBlur(x, blurSigma)
//   a step without any gradient (every ReLU feeding the channel is off) restarts from blurred noise;
//   the last polishSteps steps run without jitter and blur, so the result is a local maximum of the
//   plain objective; activation = mean over (h, w) of y[0, channel] at the final x.
//
// Seeded and deterministic: the same model, options and seed give the same input bit for bit.
// Side effects as computeSaliency: layer caches are overwritten, parameter gradients freed.
//
//   MaximizationResult r = maximizeActivation(model, {.layer = 3, .channel = 7, .steps = 200},
//                                             [&](const MaximizationProgress& p) { return !cancelled; });
#include <atomic>
#include <cstdint>
#include <functional>
#include <stdexcept>

#include "alexnet/core/sequential.h"

namespace alexnet {

class MaximizationError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

struct MaximizationOptions {
  std::int64_t layer = 0;    // Sequential index whose output is maximized
  std::int64_t channel = 0;  // channel of a (1, K, h, w) output, or unit of a (1, F) one
  std::int64_t steps = 200;
  float learningRate = 0.05f;  // step size per pixel, relative to the gradient's root mean square
  float l2Decay = 1e-3f;       // x ← x·(1 − l2Decay) before each step: pulls unused pixels to 0
  std::int64_t jitter = 1;     // random circular shift of up to this many pixels per step (0 = none)
  std::int64_t blurEvery = 4;  // Gaussian blur every this many steps (0 = never)
  float blurSigma = 0.5f;
  std::int64_t polishSteps = -1;  // final steps without jitter and blur (-1 = a tenth of steps)
  std::uint64_t seed = 0;
  const std::atomic<bool>* cancel = nullptr;  // checked before every step
};

struct MaximizationProgress {
  std::int64_t step = 0;  // steps done
  std::int64_t steps = 0;
  float activation = 0.0f;  // the objective at the (jittered) input of the last step
};

struct MaximizationResult {
  Tensor input;                  // (1, C, H, W) in [0, 1]: the maximizing input
  float activation = 0.0f;       // spatial mean of the channel at `input`
  float startActivation = 0.0f;  // the same at the starting noise
  std::int64_t steps = 0;        // steps done
  bool cancelled = false;        // then `input` is the state reached so far
};

// Throws MaximizationError naming the valid range when the layer or channel does not exist, or
// the model does not take (1, C, H, W) images.
MaximizationResult maximizeActivation(Sequential& model, const MaximizationOptions& options,
                                      const std::function<bool(const MaximizationProgress&)>& onProgress = {});

// The objective: mean over (h, w) of channel `channel` of sample 0 of `output` (1, K, h, w), or
// output[0, channel] for (1, F). Throws MaximizationError for a channel out of range.
float channelMean(const Tensor& output, std::int64_t channel);

}  // namespace alexnet
