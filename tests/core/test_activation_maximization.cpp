// Activation maximization: the ascent raises its target above the starting noise (conv channel,
// pooled channel, dense unit; with trained weights by more than 1, and well above the best of 50
// noise images), stays in [0, 1], is bit-for-bit deterministic for a seed, reports progress and
// stops on cancel, and names the valid range for a bad layer or channel. With the
// bundled lenet-d2l weights and the Fashion-MNIST test set installed: the maximizing input drives
// its channel harder than every one of the 10,000 test images (the "done when").
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <tuple>

#include "alexnet/core/exec/activation_maximization.h"
#include "alexnet/core/exec/top_activations.h"
#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/io/safetensors.h"
#include "alexnet/core/models/model_config.h"
#include "alexnet/core/train/training_checkpoint.h"

namespace alexnet {
namespace {

std::unique_ptr<Sequential> untrainedLenet() {
  ModelConfig config;
  config.kind = ModelKind::LeNet;
  config.seed = 11;
  return buildModel(config);
}

std::unique_ptr<Sequential> trainedLenet() {
  const std::filesystem::path weights =
      std::filesystem::path(ALEXNET_SOURCE_DIR) / "resources/weights/lenet-d2l.safetensors";
  ModelConfig config;
  config.kind = ModelKind::LeNet;
  auto model = buildModel(config);
  loadStateDict(parametersOnly(readSafeTensors(weights)), *model, weights.string());
  return model;
}

float minOf(const Tensor& t) { return *std::min_element(t.data(), t.data() + t.numel()); }
float maxOf(const Tensor& t) { return *std::max_element(t.data(), t.data() + t.numel()); }

TEST(ActivationMaximization, RaisesItsTargetAboveTheStartingNoise) {
  auto model = untrainedLenet();
  // conv2 (pre-sigmoid), its sigmoid, the pooled map, a dense unit.
  for (auto [layer, channel] : {std::pair<std::int64_t, std::int64_t>{3, 5}, {4, 2}, {5, 9}, {7, 17}}) {
    const MaximizationResult r = maximizeActivation(*model, {.layer = layer, .channel = channel, .steps = 60});
    SCOPED_TRACE("layer " + std::to_string(layer) + " channel " + std::to_string(channel));
    EXPECT_EQ(r.steps, 60);
    EXPECT_FALSE(r.cancelled);
    EXPECT_EQ(r.input.shape(), (Shape{1, 1, 28, 28}));
    EXPECT_GE(minOf(r.input), 0.0f);
    EXPECT_LE(maxOf(r.input), 1.0f);
    EXPECT_GT(r.activation, r.startActivation);
    // The reported value is the objective at the returned input.
    const Tensor out = model->forwardRange(r.input, 0, static_cast<std::size_t>(layer) + 1, Mode::Eval);
    EXPECT_FLOAT_EQ(channelMean(out, channel), r.activation);
  }
}

// Trained weights (bundled in the source tree): from noise that drives the channel negative to a
// clearly positive mean, and far above the best of 50 other noise images.
TEST(ActivationMaximization, RaisesItsTargetWellAboveNoiseWithTrainedLenet) {
  auto model = trainedLenet();
  for (auto [layer, channel, gain] : {std::tuple<std::int64_t, std::int64_t, float>{0, 2, 5.0f}, {3, 5, 1.0f}}) {
    SCOPED_TRACE("layer " + std::to_string(layer) + " channel " + std::to_string(channel));
    const MaximizationResult r = maximizeActivation(*model, {.layer = layer, .channel = channel, .steps = 100});
    EXPECT_GT(r.activation - r.startActivation, gain);
    float bestNoise = -1e30f;
    for (std::uint64_t seed = 1; seed <= 50; ++seed)
      bestNoise = std::max(
          bestNoise,
          maximizeActivation(*model, {.layer = layer, .channel = channel, .steps = 0, .seed = seed}).activation);
    EXPECT_GT(r.activation - bestNoise, 0.5f * gain);
  }
}

TEST(ActivationMaximization, IsDeterministicForASeed) {
  auto model = untrainedLenet();
  const MaximizationOptions options{.layer = 4, .channel = 3, .steps = 25, .seed = 7};
  const MaximizationResult a = maximizeActivation(*model, options);
  const MaximizationResult b = maximizeActivation(*model, options);
  EXPECT_EQ(a.input.toVector(), b.input.toVector());
  EXPECT_EQ(a.activation, b.activation);
  MaximizationOptions other = options;
  other.seed = 8;
  EXPECT_NE(maximizeActivation(*model, other).input.toVector(), a.input.toVector());
}

TEST(ActivationMaximization, ReportsProgressAndStopsOnCancel) {
  auto model = untrainedLenet();
  std::vector<std::int64_t> seen;
  const MaximizationResult r =
      maximizeActivation(*model, {.layer = 0, .channel = 1, .steps = 20}, [&](const MaximizationProgress& p) {
        seen.push_back(p.step);
        EXPECT_EQ(p.steps, 20);
        return p.step < 5;
      });
  EXPECT_EQ(seen, (std::vector<std::int64_t>{1, 2, 3, 4, 5}));
  EXPECT_TRUE(r.cancelled);
  EXPECT_EQ(r.steps, 5);

  std::atomic<bool> cancel{true};
  const MaximizationResult none =
      maximizeActivation(*model, {.layer = 0, .channel = 1, .steps = 20, .cancel = &cancel});
  EXPECT_TRUE(none.cancelled);
  EXPECT_EQ(none.steps, 0);
}

TEST(ActivationMaximization, BadLayerOrChannelNamesTheRange) {
  auto model = untrainedLenet();
  auto messageOf = [&](const MaximizationOptions& options) {
    try {
      maximizeActivation(*model, options);
    } catch (const MaximizationError& error) {
      return std::string(error.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(messageOf({.layer = 12, .channel = 0}), "layer 12 is outside 0..11");
  EXPECT_EQ(messageOf({.layer = -1, .channel = 0}), "layer -1 is outside 0..11");
  EXPECT_EQ(messageOf({.layer = 3, .channel = 16}), "channel 16 is outside 0..15 of layer 3");
  EXPECT_EQ(messageOf({.layer = 9, .channel = 84}), "channel 84 is outside 0..83 of layer 9");
  EXPECT_EQ(messageOf({.layer = 0, .channel = 0, .steps = -1}), "steps must be 0 or more");
}

// The "done when": lenet-d2l (trained with PyTorch's recipe), a conv2 channel and a pooled
// channel, against every Fashion-MNIST test image by the same measure (the spatial mean).
TEST(ActivationMaximization, BeatsEveryTestImageWithTrainedLenet) {
  ImageSet test;
  try {
    test = loadFashionMnist(Split::Test);
  } catch (const DatasetError& error) {
    GTEST_SKIP() << "Fashion-MNIST is not installed (" << error.what() << ")";
  }
  auto model = trainedLenet();
  for (auto [layer, channel] : {std::pair<std::int64_t, std::int64_t>{3, 0}, {5, 7}, {1, 2}}) {
    SCOPED_TRACE("layer " + std::to_string(layer) + " channel " + std::to_string(channel));
    const MaximizationResult r = maximizeActivation(*model, {.layer = layer, .channel = channel});
    const TopActivationsResult best = findTopActivations(
        *model, test, {.layer = layer, .channel = channel, .topN = 1, .batch = 500, .measure = ChannelMeasure::Mean});
    ASSERT_EQ(best.examined, 10000);
    ASSERT_EQ(best.top.size(), 1u);
    EXPECT_GT(r.activation, best.top[0].activation) << "test image " << best.top[0].index;
    std::printf("lenet-d2l layer %lld channel %lld: reached %.4f, best test image %lld: %.4f\n",
                static_cast<long long>(layer), static_cast<long long>(channel), r.activation,
                static_cast<long long>(best.top[0].index), best.top[0].activation);
  }
}

}  // namespace
}  // namespace alexnet
