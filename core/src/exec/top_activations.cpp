#include "alexnet/core/exec/top_activations.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

#include "alexnet/core/data/resize.h"
#include "alexnet/core/exec/stepper.h"

namespace alexnet {
namespace {

bool better(const ActivatingImage& a, const ActivatingImage& b) {
  return a.activation != b.activation ? a.activation > b.activation : a.index < b.index;
}

// Keeps the best n, best first.
void merge(std::vector<ActivatingImage>& top, const std::vector<ActivatingImage>& more, std::int64_t n) {
  top.insert(top.end(), more.begin(), more.end());
  std::sort(top.begin(), top.end(), better);
  if (static_cast<std::int64_t>(top.size()) > n) top.resize(static_cast<std::size_t>(n));
}

}  // namespace

std::vector<float> channelActivations(const Tensor& output, std::int64_t channel) {
  std::vector<float> values;
  if (output.rank() == 4) {
    const std::int64_t n = output.dim(0), c = output.dim(1), plane = output.dim(2) * output.dim(3);
    if (channel < 0 || channel >= c)
      throw std::invalid_argument("channel " + std::to_string(channel) + " is outside 0.." + std::to_string(c - 1));
    for (std::int64_t i = 0; i < n; ++i) {
      const float* map = output.data() + (i * c + channel) * plane;  // (H, W)
      values.push_back(*std::max_element(map, map + plane));
    }
  } else if (output.rank() == 2) {
    const std::int64_t n = output.dim(0), f = output.dim(1);
    if (channel < 0 || channel >= f)
      throw std::invalid_argument("unit " + std::to_string(channel) + " is outside 0.." + std::to_string(f - 1));
    for (std::int64_t i = 0; i < n; ++i) values.push_back(output[i * f + channel]);
  } else {
    throw std::invalid_argument("cannot rank activations of shape " + toString(output.shape()));
  }
  return values;
}

TopActivationsResult findTopActivations(Sequential& model, const ImageSet& images, const TopActivationsOptions& options,
                                        const std::function<bool(const TopActivationsProgress&)>& onProgress) {
  if (options.layer < 0 || options.layer >= static_cast<std::int64_t>(model.size()))
    throw std::invalid_argument("layer " + std::to_string(options.layer) + " is outside 0.." +
                                std::to_string(model.size() - 1));
  const Shape& in = model.inputShape();  // (1, C, S, S)
  if (in.size() != 4 || in[1] != 1)
    throw std::invalid_argument("the model takes input " + toString(in) + ", not 1-channel Fashion-MNIST images");
  const Shape& out = model.outputShape(static_cast<std::size_t>(options.layer));
  const std::int64_t channels = out.size() >= 2 ? out[1] : 0;
  if (options.channel < 0 || options.channel >= channels)
    throw std::invalid_argument("channel " + std::to_string(options.channel) + " is outside 0.." +
                                std::to_string(channels - 1) + " of layer " + std::to_string(options.layer));
  const std::int64_t first = std::clamp<std::int64_t>(options.first, 0, images.count);
  std::int64_t total = images.count - first;
  if (options.limit > 0) total = std::min(total, options.limit);
  const std::int64_t batch = std::max<std::int64_t>(1, options.batch), side = in[2];
  const std::int64_t topN = std::max<std::int64_t>(0, options.topN);

  TopActivationsResult result;
  Stepper stepper(model);
  auto stopped = [&] { return options.cancel && options.cancel->load(); };
  for (std::int64_t done = 0; done < total;) {
    if (stopped()) {
      result.cancelled = true;
      break;
    }
    const std::int64_t n = std::min(batch, total - done);
    Tensor x = images.batch(first + done, n);  // (n, 1, 28, 28)
    if (images.rows != side || images.cols != side) x = resizeBilinear(x, {.outHeight = side, .outWidth = side});
    stepper.setInput(std::move(x));  // (n, 1, S, S)
    while (static_cast<std::int64_t>(stepper.cursor()) <= options.layer && !stopped()) stepper.step();
    if (static_cast<std::int64_t>(stepper.cursor()) <= options.layer) {
      result.cancelled = true;
      break;
    }
    const std::vector<float> values =
        channelActivations(stepper.output(static_cast<std::size_t>(options.layer)), options.channel);
    std::vector<ActivatingImage> found(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
      const std::int64_t index = first + done + static_cast<std::int64_t>(i);
      found[i] = {index, images.labels[static_cast<std::size_t>(index)], values[i]};
    }
    merge(result.top, found, topN);
    done += n;
    result.examined = done;
    if (onProgress && !onProgress({done, total, result.top})) {
      result.cancelled = done < total;
      break;
    }
  }
  stepper.reset();
  return result;
}

}  // namespace alexnet
