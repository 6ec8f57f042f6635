#pragma once
// Top activating images — which test images make one channel of one layer fire the most
// (Zeiler & Fergus 2014 show these beside each unit). For every image, the channel's activation
// is the maximum over its (H, W) map (ChannelMeasure::Mean: the mean, the objective of activation
// maximization; for a dense layer: the unit's value); the N largest are kept, ties to the lower
// image index.
//
//   TopActivationsResult r = findTopActivations(model, testSet, {.layer = 3, .channel = 7},
//                                               [&](const TopActivationsProgress& p) { return !cancelled; });
//
// Images go through a Stepper in batches of `batch`, resized bilinearly to the model's input side
// as in training, and only layers 0..layer are computed. The progress callback runs after every
// batch and may return false to cancel; `cancel` (optional) is also checked between layers.
// A cancelled search returns the top images of the examined prefix with cancelled = true.
#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/sequential.h"

namespace alexnet {

// How one channel's (H, W) map becomes one number per image.
enum class ChannelMeasure { Max, Mean };

struct TopActivationsOptions {
  std::int64_t layer = 0;    // Sequential index whose output is ranked
  std::int64_t channel = 0;  // channel of a (N, C, H, W) output, or unit of a (N, F) one
  std::int64_t topN = 9;
  std::int64_t batch = 32;
  std::int64_t first = 0;  // first image examined
  std::int64_t limit = 0;  // examine at most this many images (0 = to the end of the set)
  const std::atomic<bool>* cancel = nullptr;
  ChannelMeasure measure = ChannelMeasure::Max;
};

struct ActivatingImage {
  std::int64_t index = 0;   // image index in the set
  int label = 0;            // its class, 0..9
  float activation = 0.0f;  // max (or mean, per the measure) over the channel's map
};

struct TopActivationsProgress {
  std::int64_t done = 0;  // images examined so far
  std::int64_t total = 0;
  std::vector<ActivatingImage> top;  // best so far, best first
};

struct TopActivationsResult {
  std::vector<ActivatingImage> top;  // best first
  std::int64_t examined = 0;
  bool cancelled = false;
};

// Throws std::invalid_argument when the layer or channel does not exist or the model does not take
// the set's 1-channel images; ShapeError from the layers as usual.
TopActivationsResult findTopActivations(Sequential& model, const ImageSet& images, const TopActivationsOptions& options,
                                        const std::function<bool(const TopActivationsProgress&)>& onProgress = {});

// Every channel (or unit) of the layer in one pass over the images: element c is what
// findTopActivations gives with channel = c (options.channel is ignored; progress carries no `top`).
std::vector<TopActivationsResult> findTopActivationsPerChannel(
    Sequential& model, const ImageSet& images, const TopActivationsOptions& options,
    const std::function<bool(const TopActivationsProgress&)>& onProgress = {});

// The per-image activation used for ranking: for (N, C, H, W) the max (or mean) over (H, W) of
// channel `channel` of each image; for (N, F) column `channel`. Returns N values.
std::vector<float> channelActivations(const Tensor& output, std::int64_t channel,
                                      ChannelMeasure measure = ChannelMeasure::Max);

}  // namespace alexnet
