// Occlusion sensitivity: the batched map equals a direct one-square-at-a-time loop, the map has
// the documented size, progress and cancellation work, and bad options are refused.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>

#include "alexnet/core/exec/occlusion.h"
#include "alexnet/core/models/model_config.h"
#include "alexnet/core/models/model_presets.h"
#include "alexnet/core/train/cross_entropy.h"

namespace alexnet {
namespace {

Tensor patternInput(const Shape& shape) {
  Tensor x(shape);  // (1, C, H, W) in [0, 1], not symmetric so every position matters
  for (std::int64_t i = 0; i < x.numel(); ++i) x[i] = static_cast<float>((i * 37 + i / 7) % 101) / 100.0f;
  return x;
}

// The definition, one forward per position, written out independently of computeOcclusion.
Tensor directOcclusion(Sequential& model, const Tensor& x, std::int64_t patch, std::int64_t stride, float fill,
                       std::int64_t cls) {
  const std::int64_t height = x.dim(2), width = x.dim(3);
  const float original = softmax(model.forward(x, Mode::Eval))[cls];
  const std::int64_t rows = (height - patch) / stride + 1, cols = (width - patch) / stride + 1;
  Tensor map({rows, cols});
  for (std::int64_t i = 0; i < rows; ++i)
    for (std::int64_t j = 0; j < cols; ++j) {
      Tensor occluded = x;
      for (std::int64_t c = 0; c < x.dim(1); ++c)
        for (std::int64_t y = i * stride; y < i * stride + patch; ++y)
          for (std::int64_t z = j * stride; z < j * stride + patch; ++z) occluded.at(0, c, y, z) = fill;
      map[i * cols + j] = original - softmax(model.forward(occluded, Mode::Eval))[cls];
    }
  return map;
}

TEST(Occlusion, BatchedMapEqualsTheDirectLoopOnLeNet) {
  auto model = buildModel({.kind = ModelKind::LeNet, .seed = 2});
  const Tensor x = patternInput(model->inputShape());
  const OcclusionResult result = computeOcclusion(*model, x, {.patch = 5, .stride = 3, .fill = 0.5f, .batch = 7});
  ASSERT_EQ(result.map.shape(), (Shape{8, 8}));  // (28 − 5) / 3 + 1 = 8
  const Tensor direct = directOcclusion(*model, x, 5, 3, 0.5f, result.classIndex);
  for (std::int64_t i = 0; i < direct.numel(); ++i) EXPECT_NEAR(result.map[i], direct[i], 1e-6f) << "position " << i;
  EXPECT_FALSE(result.cancelled);
  EXPECT_EQ(result.classIndex, result.predictedClass);
  const float* p = result.probabilities.data();
  EXPECT_EQ(result.predictedClass, std::max_element(p, p + 10) - p);
  EXPECT_FLOAT_EQ(result.probability, p[result.classIndex]);
}

TEST(Occlusion, BatchedMapEqualsTheDirectLoopOnAnRgbAlexNetForAGivenClass) {
  auto model = buildModel({.kind = ModelKind::AlexNet2012, .inputSize = 96, .widths = slimAlexNetWidths(), .seed = 4});
  ASSERT_EQ(model->inputShape()[1], 3);
  const Tensor x = patternInput(model->inputShape());
  const OcclusionResult result = computeOcclusion(*model, x, {.patch = 24, .stride = 18, .classIndex = 6});
  ASSERT_EQ(result.map.shape(), (Shape{5, 5}));  // (96 − 24) / 18 + 1 = 5
  EXPECT_EQ(result.classIndex, 6);
  const Tensor direct = directOcclusion(*model, x, 24, 18, 0.0f, 6);
  for (std::int64_t i = 0; i < direct.numel(); ++i) EXPECT_NEAR(result.map[i], direct[i], 1e-6f) << "position " << i;
  float largest = 0.0f;
  for (std::int64_t i = 0; i < result.map.numel(); ++i) largest = std::max(largest, std::abs(result.map[i]));
  EXPECT_GT(largest, 0.0f);  // occluding changes something
}

TEST(Occlusion, SquareCoversExactlyPatchByPatchInEveryChannel) {
  Tensor x({2, 2, 5, 6}, 1.0f);
  occludeSquare(x, 1, 2, 3, 2, -1.0f);
  std::int64_t changed = 0;
  for (std::int64_t n = 0; n < 2; ++n)
    for (std::int64_t c = 0; c < 2; ++c)
      for (std::int64_t y = 0; y < 5; ++y)
        for (std::int64_t z = 0; z < 6; ++z) {
          const bool inside = n == 1 && y >= 2 && y < 4 && z >= 3 && z < 5;
          EXPECT_EQ(x.at(n, c, y, z), inside ? -1.0f : 1.0f);
          changed += inside;
        }
  EXPECT_EQ(changed, 2 * 4);
}

TEST(Occlusion, DefaultsAndProgressAndCancel) {
  EXPECT_EQ(defaultOcclusionPatch(28), 4);
  EXPECT_EQ(defaultOcclusionStride(28), 2);
  EXPECT_EQ(defaultOcclusionPatch(224), 32);
  EXPECT_EQ(defaultOcclusionStride(224), 8);
  auto model = buildModel({.kind = ModelKind::LeNet, .seed = 1});
  const Tensor x = patternInput(model->inputShape());
  std::vector<std::int64_t> seen;
  const OcclusionResult full = computeOcclusion(*model, x, {.batch = 50}, [&](const OcclusionProgress& p) {
    EXPECT_EQ(p.total, 13 * 13);
    seen.push_back(p.done);
    return true;
  });
  EXPECT_EQ(full.patch, 4);
  EXPECT_EQ(full.stride, 2);
  EXPECT_EQ(full.map.shape(), (Shape{13, 13}));
  EXPECT_EQ(seen, (std::vector<std::int64_t>{50, 100, 150, 169}));
  // Returning false after the first batch stops with the rest of the map at 0.
  const OcclusionResult stopped =
      computeOcclusion(*model, x, {.batch = 50}, [](const OcclusionProgress&) { return false; });
  EXPECT_TRUE(stopped.cancelled);
  for (std::int64_t i = 0; i < 50; ++i) EXPECT_EQ(stopped.map[i], full.map[i]);
  for (std::int64_t i = 50; i < 169; ++i) EXPECT_EQ(stopped.map[i], 0.0f);
  std::atomic<bool> cancel{true};
  EXPECT_TRUE(computeOcclusion(*model, x, {.cancel = &cancel}).cancelled);
}

TEST(Occlusion, RefusesBadOptions) {
  auto model = buildModel({.kind = ModelKind::LeNet});
  const Tensor x({1, 1, 28, 28});
  EXPECT_THROW(computeOcclusion(*model, Tensor({2, 1, 28, 28})), OcclusionError);
  EXPECT_THROW(computeOcclusion(*model, Tensor({1, 1, 32, 32})), OcclusionError);
  EXPECT_THROW(computeOcclusion(*model, x, {.patch = 29}), OcclusionError);
  EXPECT_THROW(computeOcclusion(*model, x, {.patch = -1}), OcclusionError);
  EXPECT_THROW(computeOcclusion(*model, x, {.stride = -2}), OcclusionError);
  EXPECT_THROW(computeOcclusion(*model, x, {.classIndex = 10}), OcclusionError);
  EXPECT_EQ(computeOcclusion(*model, x, {.patch = 28, .stride = 5}).map.shape(), (Shape{1, 1}));
}

}  // namespace
}  // namespace alexnet

namespace alexnet {
namespace {

TEST(Occlusion, PixelMapIsTheMeanOfTheCoveringSquares) {
  // Two squares of side 2, stride 1, on a 1×4 strip of rows 0..1: columns 0,1 | 1,2 | 2,3.
  const Tensor map({1, 3}, std::vector<float>{1.0f, 3.0f, 8.0f});
  const Tensor pixels = occlusionPixelMap(map, 2, 1, 3, 5);
  ASSERT_EQ(pixels.shape(), (Shape{3, 5}));
  // Row 0 and 1: column 0 ← 1; 1 ← (1 + 3) / 2; 2 ← (3 + 8) / 2; 3 ← 8; 4 uncovered ← 0. Row 2 uncovered.
  const std::vector<float> row{1.0f, 2.0f, 5.5f, 8.0f, 0.0f};
  for (std::int64_t y = 0; y < 3; ++y)
    for (std::int64_t x = 0; x < 5; ++x) EXPECT_EQ(pixels[y * 5 + x], y < 2 ? row[x] : 0.0f) << y << "," << x;
}

}  // namespace
}  // namespace alexnet
