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

std::vector<float> channelActivations(const Tensor& output, std::int64_t channel, ChannelMeasure measure) {
  std::vector<float> values;
  if (output.rank() == 4) {
    const std::int64_t n = output.dim(0), c = output.dim(1), plane = output.dim(2) * output.dim(3);
    if (channel < 0 || channel >= c)
      throw std::invalid_argument("channel " + std::to_string(channel) + " is outside 0.." + std::to_string(c - 1));
    for (std::int64_t i = 0; i < n; ++i) {
      const float* map = output.data() + (i * c + channel) * plane;  // (H, W)
      if (measure == ChannelMeasure::Max) {
        values.push_back(*std::max_element(map, map + plane));
      } else {
        double sum = 0.0;  // in index order, as maximizeActivation's channelMean
        for (std::int64_t k = 0; k < plane; ++k) sum += map[k];
        values.push_back(static_cast<float>(sum / static_cast<double>(plane)));
      }
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

namespace {

struct ScanOutcome {
  std::int64_t examined = 0;
  bool cancelled = false;
};

// Runs images [first, first + total) through layers 0..layer in batches; `onBatch(output, firstIndex)`
// sees each batch's layer output (n, C, H, W) or (n, F), `onProgress(done, total)` may stop the scan.
ScanOutcome scanLayerOutputs(Sequential& model, const ImageSet& images, const TopActivationsOptions& options,
                             const std::function<void(const Tensor&, std::int64_t)>& onBatch,
                             const std::function<bool(std::int64_t, std::int64_t)>& onProgress) {
  if (options.layer < 0 || options.layer >= static_cast<std::int64_t>(model.size()))
    throw std::invalid_argument("layer " + std::to_string(options.layer) + " is outside 0.." +
                                std::to_string(model.size() - 1));
  const Shape& in = model.inputShape();  // (1, C, S, S)
  if (in.size() != 4 || in[1] != 1)
    throw std::invalid_argument("the model takes input " + toString(in) + ", not 1-channel Fashion-MNIST images");
  const std::int64_t first = std::clamp<std::int64_t>(options.first, 0, images.count);
  std::int64_t total = images.count - first;
  if (options.limit > 0) total = std::min(total, options.limit);
  const std::int64_t batch = std::max<std::int64_t>(1, options.batch), side = in[2];

  ScanOutcome outcome;
  Stepper stepper(model);
  auto stopped = [&] { return options.cancel && options.cancel->load(); };
  for (std::int64_t done = 0; done < total;) {
    if (stopped()) {
      outcome.cancelled = true;
      break;
    }
    const std::int64_t n = std::min(batch, total - done);
    Tensor x = images.batch(first + done, n);  // (n, 1, 28, 28)
    if (images.rows != side || images.cols != side) x = resizeBilinear(x, {.outHeight = side, .outWidth = side});
    stepper.setInput(std::move(x));  // (n, 1, S, S)
    while (static_cast<std::int64_t>(stepper.cursor()) <= options.layer && !stopped()) stepper.step();
    if (static_cast<std::int64_t>(stepper.cursor()) <= options.layer) {
      outcome.cancelled = true;
      break;
    }
    onBatch(stepper.output(static_cast<std::size_t>(options.layer)), first + done);
    done += n;
    outcome.examined = done;
    if (onProgress && !onProgress(done, total)) {
      outcome.cancelled = done < total;
      break;
    }
  }
  stepper.reset();
  return outcome;
}

std::int64_t channelCount(const Sequential& model, std::int64_t layer) {
  if (layer < 0 || layer >= static_cast<std::int64_t>(model.size())) return 0;
  const Shape& out = model.outputShape(static_cast<std::size_t>(layer));
  return out.size() >= 2 ? out[1] : 0;
}

void rank(std::vector<ActivatingImage>& top, const std::vector<float>& values, const ImageSet& images,
          std::int64_t firstIndex, std::int64_t topN) {
  std::vector<ActivatingImage> found(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) {
    const std::int64_t index = firstIndex + static_cast<std::int64_t>(i);
    found[i] = {index, images.labels[static_cast<std::size_t>(index)], values[i]};
  }
  merge(top, found, topN);
}

}  // namespace

TopActivationsResult findTopActivations(Sequential& model, const ImageSet& images, const TopActivationsOptions& options,
                                        const std::function<bool(const TopActivationsProgress&)>& onProgress) {
  const std::int64_t channels = channelCount(model, options.layer);
  if (options.layer >= 0 && options.layer < static_cast<std::int64_t>(model.size()) &&
      (options.channel < 0 || options.channel >= channels))
    throw std::invalid_argument("channel " + std::to_string(options.channel) + " is outside 0.." +
                                std::to_string(channels - 1) + " of layer " + std::to_string(options.layer));
  const std::int64_t topN = std::max<std::int64_t>(0, options.topN);
  TopActivationsResult result;
  const ScanOutcome outcome = scanLayerOutputs(
      model, images, options,
      [&](const Tensor& output, std::int64_t firstIndex) {
        rank(result.top, channelActivations(output, options.channel, options.measure), images, firstIndex, topN);
      },
      [&](std::int64_t done, std::int64_t total) {
        return !onProgress || onProgress({done, total, result.top});
      });
  result.examined = outcome.examined;
  result.cancelled = outcome.cancelled;
  return result;
}

std::vector<TopActivationsResult> findTopActivationsPerChannel(
    Sequential& model, const ImageSet& images, const TopActivationsOptions& options,
    const std::function<bool(const TopActivationsProgress&)>& onProgress) {
  const std::int64_t channels = channelCount(model, options.layer);
  const std::int64_t topN = std::max<std::int64_t>(0, options.topN);
  std::vector<TopActivationsResult> results(static_cast<std::size_t>(channels));
  const ScanOutcome outcome = scanLayerOutputs(
      model, images, options,
      [&](const Tensor& output, std::int64_t firstIndex) {
        for (std::int64_t c = 0; c < channels; ++c)
          rank(results[static_cast<std::size_t>(c)].top, channelActivations(output, c, options.measure), images,
               firstIndex, topN);
      },
      [&](std::int64_t done, std::int64_t total) {
        return !onProgress || onProgress({done, total, {}});
      });
  for (TopActivationsResult& result : results) {
    result.examined = outcome.examined;
    result.cancelled = outcome.cancelled;
  }
  return results;
}

}  // namespace alexnet
