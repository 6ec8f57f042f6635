// Top activating images: the ranking equals a brute-force pass that runs each image alone through
// the whole model, for a conv channel of LeNet and a dense unit; progress is reported per batch and
// a false return (or the cancel flag) stops early with the prefix's best.
#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <random>

#include "alexnet/core/exec/top_activations.h"
#include "alexnet/core/models/model_config.h"
#include "alexnet/core/models/model_presets.h"

namespace alexnet {
namespace {

ImageSet randomImages(std::int64_t count, std::uint32_t seed) {
  ImageSet set;
  set.count = count;
  set.rows = set.cols = 28;
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> pixel(0, 255);
  set.pixels.resize(static_cast<std::size_t>(count * 28 * 28));
  for (auto& p : set.pixels) p = static_cast<std::uint8_t>(pixel(rng));
  for (std::int64_t i = 0; i < count; ++i) set.labels.push_back(static_cast<std::uint8_t>((i * 7) % 10));
  return set;
}

// Every image alone (batch 1) through the whole model, then sorted.
std::vector<ActivatingImage> bruteForce(Sequential& model, const ImageSet& set, std::int64_t layer,
                                        std::int64_t channel, std::int64_t first, std::int64_t count) {
  std::vector<ActivatingImage> all;
  for (std::int64_t i = first; i < first + count; ++i) {
    Tensor out = model.forwardRange(set.batch(i, 1), 0, static_cast<std::size_t>(layer) + 1, Mode::Eval);
    float best = -1e30f;
    if (out.rank() == 4) {
      for (std::int64_t y = 0; y < out.dim(2); ++y)
        for (std::int64_t x = 0; x < out.dim(3); ++x) best = std::max(best, out.at(0, channel, y, x));
    } else {
      best = out[channel];
    }
    all.push_back({i, set.labels[std::size_t(i)], best});
  }
  std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.activation > b.activation; });
  return all;
}

std::unique_ptr<Sequential> lenet() {
  ModelConfig config;
  config.kind = ModelKind::LeNet;
  config.seed = 11;
  return buildModel(config);
}

TEST(TopActivations, RankingEqualsBruteForce) {
  auto model = lenet();
  const ImageSet set = randomImages(45, 3);
  for (auto [layer, channel] : {std::pair<std::int64_t, std::int64_t>{3, 7}, {8, 5}, {1, 2}}) {
    const auto expected = bruteForce(*model, set, layer, channel, 4, 37);
    int calls = 0;
    std::int64_t lastDone = 0;
    const TopActivationsResult r = findTopActivations(
        *model, set, {.layer = layer, .channel = channel, .topN = 6, .batch = 8, .first = 4, .limit = 37},
        [&](const TopActivationsProgress& p) {
          ++calls;
          EXPECT_GT(p.done, lastDone);
          EXPECT_EQ(p.total, 37);
          lastDone = p.done;
          return true;
        });
    EXPECT_FALSE(r.cancelled);
    EXPECT_EQ(r.examined, 37);
    EXPECT_EQ(calls, 5);  // ⌈37 / 8⌉ batches
    ASSERT_EQ(r.top.size(), 6u);
    for (std::size_t i = 0; i < r.top.size(); ++i) {
      EXPECT_EQ(r.top[i].index, expected[i].index) << "layer " << layer << " rank " << i;
      EXPECT_EQ(r.top[i].label, expected[i].label);
      EXPECT_NEAR(r.top[i].activation, expected[i].activation, 1e-5f);
      if (i > 0) {
        EXPECT_GE(r.top[i - 1].activation, r.top[i].activation);
      }
    }
  }
}

TEST(TopActivations, ResizesForALargerModelInput) {
  ModelConfig config;
  config.kind = ModelKind::AlexNet;
  config.inputSize = 96;
  config.widths = slimAlexNetWidths();
  auto model = buildModel(config);
  const ImageSet set = randomImages(6, 9);
  const TopActivationsResult r = findTopActivations(*model, set, {.layer = 2, .channel = 4, .topN = 3, .batch = 4});
  ASSERT_EQ(r.top.size(), 3u);
  EXPECT_GE(r.top[0].activation, r.top[2].activation);
  EXPECT_THROW(findTopActivations(*model, set, {.layer = 2, .channel = 12}), std::invalid_argument);
  EXPECT_THROW(findTopActivations(*model, set, {.layer = 99, .channel = 0}), std::invalid_argument);
}

TEST(TopActivations, CancelKeepsThePrefix) {
  auto model = lenet();
  const ImageSet set = randomImages(40, 5);
  const TopActivationsResult r = findTopActivations(*model, set, {.layer = 0, .channel = 1, .topN = 4, .batch = 10},
                                                    [](const TopActivationsProgress& p) { return p.done < 20; });
  EXPECT_TRUE(r.cancelled);
  EXPECT_EQ(r.examined, 20);
  for (const ActivatingImage& image : r.top) EXPECT_LT(image.index, 20);
  const auto expected = bruteForce(*model, set, 0, 1, 0, 20);
  EXPECT_EQ(r.top.front().index, expected.front().index);

  std::atomic<bool> cancel{true};
  const TopActivationsResult none = findTopActivations(*model, set, {.layer = 0, .channel = 1, .cancel = &cancel});
  EXPECT_TRUE(none.cancelled);
  EXPECT_EQ(none.examined, 0);
  EXPECT_TRUE(none.top.empty());
}

TEST(TopActivations, MeanMeasureRanksByTheSpatialMean) {
  Tensor output({2, 2, 2, 2}, std::vector<float>{0, 0, 0, 9, 1, 1, 1, 1,    // image 0: channel 1 mean 1
                                                 2, 2, 2, 2, 0, 0, 0, 8});  // image 1: channel 1 mean 2, max 8
  EXPECT_EQ(channelActivations(output, 0), (std::vector<float>{9, 2}));
  EXPECT_EQ(channelActivations(output, 0, ChannelMeasure::Mean), (std::vector<float>{2.25f, 2}));
  EXPECT_EQ(channelActivations(output, 1, ChannelMeasure::Mean), (std::vector<float>{1, 2}));

  auto model = lenet();
  const ImageSet set = randomImages(30, 9);
  const TopActivationsResult r = findTopActivations(
      *model, set, {.layer = 3, .channel = 4, .topN = 3, .batch = 7, .measure = ChannelMeasure::Mean});
  float best = -1e30f;
  std::int64_t bestIndex = -1;
  for (std::int64_t i = 0; i < set.count; ++i) {
    const Tensor out = model->forwardRange(set.batch(i, 1), 0, 4, Mode::Eval);  // (1, 16, 10, 10)
    double sum = 0.0;
    for (std::int64_t y = 0; y < 10; ++y)
      for (std::int64_t x = 0; x < 10; ++x) sum += out.at(0, 4, y, x);
    if (sum / 100.0 > best) best = static_cast<float>(sum / 100.0), bestIndex = i;
  }
  EXPECT_EQ(r.top.front().index, bestIndex);
  EXPECT_NEAR(r.top.front().activation, best, 1e-5f);
}

TEST(TopActivations, PerChannelPassEqualsOneSearchPerChannel) {
  auto model = lenet();
  const ImageSet set = randomImages(25, 4);
  const TopActivationsOptions options{.layer = 2, .topN = 3, .batch = 6, .measure = ChannelMeasure::Mean};
  const std::vector<TopActivationsResult> all = findTopActivationsPerChannel(*model, set, options);
  ASSERT_EQ(all.size(), 6u);  // LeNet's pooled conv1: 6 channels
  for (std::int64_t c = 0; c < 6; ++c) {
    TopActivationsOptions one = options;
    one.channel = c;
    const TopActivationsResult expected = findTopActivations(*model, set, one);
    ASSERT_EQ(all[std::size_t(c)].top.size(), expected.top.size());
    for (std::size_t i = 0; i < expected.top.size(); ++i) {
      EXPECT_EQ(all[std::size_t(c)].top[i].index, expected.top[i].index);
      EXPECT_EQ(all[std::size_t(c)].top[i].activation, expected.top[i].activation);
    }
    EXPECT_EQ(all[std::size_t(c)].examined, 25);
  }
}

}  // namespace
}  // namespace alexnet
