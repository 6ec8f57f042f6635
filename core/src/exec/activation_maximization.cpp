#include "alexnet/core/exec/activation_maximization.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

namespace alexnet {
namespace {

// Circular shift of every (H, W) plane of x (1, C, H, W) by (dy, dx): out[y][x] = in[y − dy][x − dx].
Tensor rolled(const Tensor& x, std::int64_t dy, std::int64_t dx) {
  if (dy == 0 && dx == 0) return x;
  const std::int64_t planes = x.dim(0) * x.dim(1), height = x.dim(2), width = x.dim(3);
  Tensor out(x.shape());  // (1, C, H, W)
  for (std::int64_t p = 0; p < planes; ++p) {
    const float* in = x.data() + p * height * width;
    float* o = out.data() + p * height * width;
    for (std::int64_t y = 0; y < height; ++y) {
      const std::int64_t sy = ((y - dy) % height + height) % height;
      for (std::int64_t c = 0; c < width; ++c) o[y * width + c] = in[sy * width + ((c - dx) % width + width) % width];
    }
  }
  return out;
}

// Separable Gaussian blur of every (H, W) plane, radius ⌈2σ⌉, borders clamped.
void blurInPlace(Tensor& x, float sigma) {
  if (sigma <= 0.0f) return;
  const auto radius = static_cast<std::int64_t>(std::ceil(2.0f * sigma));
  std::vector<float> kernel(static_cast<std::size_t>(2 * radius + 1));
  float sum = 0.0f;
  for (std::int64_t k = -radius; k <= radius; ++k) {
    const float w = std::exp(-0.5f * static_cast<float>(k * k) / (sigma * sigma));
    kernel[static_cast<std::size_t>(k + radius)] = w;
    sum += w;
  }
  for (float& w : kernel) w /= sum;
  const std::int64_t planes = x.dim(0) * x.dim(1), height = x.dim(2), width = x.dim(3);
  std::vector<float> tmp(static_cast<std::size_t>(height * width));
  for (std::int64_t p = 0; p < planes; ++p) {
    float* plane = x.data() + p * height * width;  // (H, W)
    for (std::int64_t y = 0; y < height; ++y)      // rows → tmp
      for (std::int64_t c = 0; c < width; ++c) {
        float v = 0.0f;
        for (std::int64_t k = -radius; k <= radius; ++k)
          v += kernel[static_cast<std::size_t>(k + radius)] *
               plane[y * width + std::clamp<std::int64_t>(c + k, 0, width - 1)];
        tmp[static_cast<std::size_t>(y * width + c)] = v;
      }
    for (std::int64_t y = 0; y < height; ++y)  // columns → plane
      for (std::int64_t c = 0; c < width; ++c) {
        float v = 0.0f;
        for (std::int64_t k = -radius; k <= radius; ++k)
          v += kernel[static_cast<std::size_t>(k + radius)] *
               tmp[static_cast<std::size_t>(std::clamp<std::int64_t>(y + k, 0, height - 1) * width + c)];
        plane[y * width + c] = v;
      }
  }
}

// Fresh noise with structure: uniform noise blurred at a growing scale (σ 1, 2, 4, 8, …) and
// stretched to the full [0, 1] range, so that some region is bright and some dark — the kind of
// input a channel silent on fine noise may answer.
void restartFromBlobs(Tensor& x, std::mt19937_64& rng, int restart) {
  std::uniform_real_distribution<float> noise(0.0f, 1.0f);
  for (std::int64_t i = 0; i < x.numel(); ++i) x[i] = noise(rng);
  const float sigma = std::min(static_cast<float>(1 << (restart % 4)), static_cast<float>(x.dim(3)) / 8.0f);
  blurInPlace(x, sigma);
  const auto [low, high] = std::minmax_element(x.data(), x.data() + x.numel());
  const float lo = *low, range = std::max(*high - *low, 1e-6f);
  for (std::int64_t i = 0; i < x.numel(); ++i) x[i] = (x[i] - lo) / range;
}

// The backward seed: ∂ channelMean / ∂ output, the shape of `output`.
Tensor objectiveSeed(const Tensor& output, std::int64_t channel) {
  Tensor seed(output.shape(), 0.0f);
  if (output.rank() == 4) {
    const std::int64_t plane = output.dim(2) * output.dim(3);
    std::fill_n(seed.data() + channel * plane, plane, 1.0f / static_cast<float>(plane));  // (1, K, h, w)
  } else {
    seed[channel] = 1.0f;  // (1, F)
  }
  return seed;
}

// ∂ channelMean(layers[0..layer](x)) / ∂ x, and the objective's value; x (1, C, H, W).
Tensor objectiveGradient(Sequential& model, const Tensor& x, const MaximizationOptions& options, float& value) {
  const auto last = static_cast<std::size_t>(options.layer);
  const Tensor output = model.forwardRange(x, 0, last + 1, Mode::Eval);
  value = channelMean(output, options.channel);
  Tensor grad = objectiveSeed(output, options.channel);
  for (std::size_t i = last + 1; i-- > 0;) grad = model.layer(i).backward(grad);
  return grad;  // (1, C, H, W)
}

float objectiveValue(Sequential& model, const Tensor& x, const MaximizationOptions& options) {
  return channelMean(model.forwardRange(x, 0, static_cast<std::size_t>(options.layer) + 1, Mode::Eval),
                     options.channel);
}

void checkOptions(const Sequential& model, const MaximizationOptions& options) {
  const auto layers = static_cast<std::int64_t>(model.size());
  if (options.layer < 0 || options.layer >= layers)
    throw MaximizationError("layer " + std::to_string(options.layer) + " is outside 0.." + std::to_string(layers - 1));
  const Shape& in = model.inputShape();
  if (in.size() != 4) throw MaximizationError("the model takes input " + toString(in) + ", not (1, C, H, W) images");
  const Shape& out = model.outputShape(static_cast<std::size_t>(options.layer));
  if (out.size() != 4 && out.size() != 2)
    throw MaximizationError("layer " + std::to_string(options.layer) + " outputs " + toString(out) +
                            ": only (1, C, H, W) and (1, F) outputs have channels to maximize");
  if (options.channel < 0 || options.channel >= out[1])
    throw MaximizationError("channel " + std::to_string(options.channel) + " is outside 0.." +
                            std::to_string(out[1] - 1) + " of layer " + std::to_string(options.layer));
  if (options.steps < 0) throw MaximizationError("steps must be 0 or more");
}

}  // namespace

float channelMean(const Tensor& output, std::int64_t channel) {
  if (output.rank() == 4) {
    if (channel < 0 || channel >= output.dim(1))
      throw MaximizationError("channel " + std::to_string(channel) + " is outside 0.." +
                              std::to_string(output.dim(1) - 1));
    const std::int64_t plane = output.dim(2) * output.dim(3);
    const float* map = output.data() + channel * plane;  // sample 0, (h, w)
    double sum = 0.0;
    for (std::int64_t i = 0; i < plane; ++i) sum += map[i];
    return static_cast<float>(sum / static_cast<double>(plane));
  }
  if (output.rank() == 2) {
    if (channel < 0 || channel >= output.dim(1))
      throw MaximizationError("unit " + std::to_string(channel) + " is outside 0.." +
                              std::to_string(output.dim(1) - 1));
    return output[channel];
  }
  throw MaximizationError("cannot take a channel mean of shape " + toString(output.shape()));
}

MaximizationResult maximizeActivation(Sequential& model, const MaximizationOptions& options,
                                      const std::function<bool(const MaximizationProgress&)>& onProgress) {
  checkOptions(model, options);
  std::mt19937_64 rng(options.seed);
  std::uniform_real_distribution<float> noise(0.0f, 1.0f);
  MaximizationResult result;
  result.input = Tensor(model.inputShape());  // (1, C, H, W)
  for (std::int64_t i = 0; i < result.input.numel(); ++i) result.input[i] = noise(rng);

  const std::int64_t polish = options.polishSteps >= 0 ? options.polishSteps : options.steps / 10;
  const std::int64_t jitter = std::max<std::int64_t>(0, options.jitter);
  std::uniform_int_distribution<std::int64_t> shift(-jitter, jitter);
  float value = 0.0f;
  int restarts = 0;
  result.startActivation = objectiveValue(model, result.input, options);
  for (std::int64_t step = 0; step < options.steps; ++step) {
    if (options.cancel && options.cancel->load()) {
      result.cancelled = true;
      break;
    }
    const bool regularised = step < options.steps - polish;
    const std::int64_t dy = regularised ? shift(rng) : 0, dx = regularised ? shift(rng) : 0;
    Tensor grad = rolled(objectiveGradient(model, rolled(result.input, dy, dx), options, value), -dy, -dx);
    double squares = 0.0;
    for (std::int64_t i = 0; i < grad.numel(); ++i) squares += static_cast<double>(grad[i]) * grad[i];
    const double rms = std::sqrt(squares / static_cast<double>(grad.numel()));
    const float keep = 1.0f - options.l2Decay;
    if (rms == 0.0) {  // every ReLU feeding the channel is off: no gradient; start again from other noise
      restartFromBlobs(result.input, rng, restarts++);
      result.steps = step + 1;
      if (onProgress && !onProgress({result.steps, options.steps, value}) && result.steps < options.steps) {
        result.cancelled = true;
        break;
      }
      continue;
    }
    const float scale = rms > 0.0 ? static_cast<float>(options.learningRate / rms) : 1.0f;
    for (std::int64_t i = 0; i < grad.numel(); ++i)
      result.input[i] = std::clamp(result.input[i] * keep + scale * grad[i], 0.0f, 1.0f);
    if (regularised && options.blurEvery > 0 && (step + 1) % options.blurEvery == 0)
      blurInPlace(result.input, options.blurSigma);
    result.steps = step + 1;
    if (onProgress && !onProgress({result.steps, options.steps, value})) {
      result.cancelled = result.steps < options.steps;
      if (result.cancelled) break;
    }
  }
  result.activation = objectiveValue(model, result.input, options);
  // The parameter gradients were a by-product: free them (an inspected model keeps its weights once).
  for (auto& [key, parameter] : model.namedParameters()) parameter->grad = Tensor();
  return result;
}

}  // namespace alexnet
