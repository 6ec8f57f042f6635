// Bilinear resize: hand-checkable cases, then PyTorch goldens (scripts/make_resize_golden.py:
// F.interpolate(mode="bilinear", align_corners=False) on inputs in [0, 255]; tolerance 1e-5 · 255).
#include "alexnet/core/data/resize.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <sstream>
#include <string>

#include "alexnet/core/io/safetensors.h"

namespace alexnet {
namespace {

using ::testing::HasSubstr;
using ::testing::ThrowsMessage;

TEST(ResizeBilinear, UpsampleRowByTwo) {
  // in = 2, out = 4, scale 0.5: source x = 0 (clamped), 0.25, 0.75, 1.25 → the edge repeats.
  const Tensor x({1, 1, 1, 2}, {0.0f, 4.0f});
  const Tensor y = resizeBilinear(x, {.outHeight = 1, .outWidth = 4});  // (1, 1, 1, 4)
  ASSERT_EQ(y.shape(), (Shape{1, 1, 1, 4}));
  EXPECT_EQ(y.toVector(), (std::vector<float>{0.0f, 1.0f, 3.0f, 4.0f}));
}

TEST(ResizeBilinear, DownsampleByTwoAveragesPairs) {
  // scale 2: source 0.5 and 2.5, halfway between neighbours (no antialiasing beyond that).
  const Tensor x({1, 1, 2, 4}, {1, 3, 5, 7,  //
                                9, 11, 13, 15});
  const Tensor y = resizeBilinear(x, {.outHeight = 1, .outWidth = 2});  // (1, 1, 1, 2)
  EXPECT_EQ(y.toVector(), (std::vector<float>{6.0f, 10.0f}));
}

TEST(ResizeBilinear, SameSizeIsIdentityAndPlanesAreIndependent) {
  Tensor x({2, 3, 5, 4});
  for (std::int64_t i = 0; i < x.numel(); ++i) x[i] = static_cast<float>(i) * 0.5f;
  EXPECT_EQ(resizeBilinear(x, {.outHeight = 5, .outWidth = 4}).toVector(), x.toVector());
  const Tensor y = resizeBilinear(x, {.outHeight = 10, .outWidth = 8});  // (2, 3, 10, 8)
  ASSERT_EQ(y.shape(), (Shape{2, 3, 10, 8}));
  // Corners map onto corners (sources clamp at 0 and at the last row/column).
  EXPECT_FLOAT_EQ(y.at(1, 2, 0, 0), x.at(1, 2, 0, 0));
  EXPECT_FLOAT_EQ(y.at(1, 2, 9, 7), x.at(1, 2, 4, 3));
}

TEST(ResizeBilinear, RejectsBadShapes) {
  EXPECT_THAT(
      [] {
        resizeBilinear(Tensor({1, 4, 4}), {.outHeight = 2, .outWidth = 2});
      },
      ThrowsMessage<ShapeError>(HasSubstr("(N, C, H, W)")));
  EXPECT_THAT(
      [] {
        resizeBilinear(Tensor({1, 1, 4, 4}), {.outHeight = 0, .outWidth = 2});
      },
      ThrowsMessage<ShapeError>(HasSubstr("at least 1x1")));
}

TEST(ResizeBilinear, MatchesPyTorchGolden) {
  const SafeTensors golden = readSafeTensors(ALEXNET_TEST_DATA_DIR "/resize_golden.safetensors");
  std::stringstream cases(golden.metadata.at("cases"));
  std::string name;
  int checked = 0;
  while (std::getline(cases, name, ',')) {
    SCOPED_TRACE(name);
    const Tensor& x = golden.tensor(name + ".input");
    const Tensor& expected = golden.tensor(name + ".output");
    const Tensor y = resizeBilinear(x, {.outHeight = expected.dim(2), .outWidth = expected.dim(3)});
    ASSERT_EQ(y.shape(), expected.shape());
    float worst = 0.0f;
    for (std::int64_t i = 0; i < y.numel(); ++i) worst = std::max(worst, std::abs(y[i] - expected[i]));
    EXPECT_LE(worst, 1e-5f * 255.0f) << "max |ours - torch| = " << worst;
    ++checked;
  }
  EXPECT_EQ(checked, 8);
}

}  // namespace
}  // namespace alexnet
