// InputGeometry: a model-input rectangle back on the original image, with the same crop offsets as
// the preprocessing itself (checked against centreCropSquare's output, not against a copied formula).
#include <gtest/gtest.h>

#include "alexnet/core/data/input_geometry.h"
#include "alexnet/core/models/alexnet.h"

namespace alexnet {
namespace {

// The crop's left/top offset as centreCropSquare actually applies it: fill each pixel with its
// column (row) index and read the first one back.
std::int64_t croppedOffset(std::int64_t width, std::int64_t height, bool columns) {
  Tensor x({1, 1, height, width});
  for (std::int64_t r = 0; r < height; ++r)
    for (std::int64_t c = 0; c < width; ++c) x.at(0, 0, r, c) = static_cast<float>(columns ? c : r);
  return static_cast<std::int64_t>(centreCropSquare(x).at(0, 0, 0, 0));
}

TEST(InputGeometry, CropOffsetsMatchThePreprocessing) {
  for (auto [w, h] : {std::pair<std::int64_t, std::int64_t>{300, 200}, {301, 200}, {303, 200}, {200, 301}, {64, 64}}) {
    const InputGeometry g = inputGeometry(w, h, {.size = 224});
    SCOPED_TRACE(std::to_string(w) + "x" + std::to_string(h));
    EXPECT_EQ(g.cropLeft, croppedOffset(w, h, true));
    EXPECT_EQ(g.cropTop, croppedOffset(w, h, false));
    EXPECT_EQ(g.regionWidth, std::min(w, h));
    EXPECT_EQ(g.inputWidth, 224);
  }
  EXPECT_EQ(inputGeometry(301, 200, {.size = 224}).cropLeft, 50);  // 50.5 rounds half to even
  EXPECT_EQ(inputGeometry(303, 200, {.size = 224}).cropLeft, 52);  // 51.5 → 52
}

TEST(InputGeometry, ReceptiveFieldOnTheOriginalPhoto) {
  // A 600×400 photo into d2l AlexNet: crop 400×400 at x = 100, then 400/224 original pixels per input pixel.
  const InputGeometry g = inputGeometry(600, 400, {.size = 224});
  AlexNetOptions tiny;  // d2l AlexNet at 224; receptive fields do not depend on the widths
  tiny.widths = AlexNetWidths{{2, 2, 2, 2, 2, 4, 4}};
  auto model = alexnet(tiny);
  const UnitReceptiveField pool5 = unitReceptiveField(*model, 12, 2, 2);  // clipped {0, 0, 194, 194}
  const ImageRect r = toOriginalImage(pool5.clipped, g);
  EXPECT_DOUBLE_EQ(r.x, 100.0);
  EXPECT_DOUBLE_EQ(r.y, 0.0);
  EXPECT_DOUBLE_EQ(r.width, 194.0 * 400.0 / 224.0);
  EXPECT_DOUBLE_EQ(r.height, 194.0 * 400.0 / 224.0);
  const ImageRect conv1 = toOriginalImage(unitReceptiveField(*model, 0, 10, 20).clipped, g);  // {79, 39, 11, 11}
  EXPECT_DOUBLE_EQ(conv1.x, 100.0 + 79.0 * 400.0 / 224.0);
  EXPECT_DOUBLE_EQ(conv1.y, 39.0 * 400.0 / 224.0);
  // The whole input maps to the whole crop.
  const ImageRect whole = toOriginalImage({0, 0, 224, 224}, g);
  EXPECT_DOUBLE_EQ(whole.x, 100.0);
  EXPECT_DOUBLE_EQ(whole.width, 400.0);
}

TEST(InputGeometry, StepsSwitchedOff) {
  // No crop: the resize stretches; no resize: identity on the crop.
  const InputGeometry stretched = inputGeometry(56, 28, {.size = 28, .centreCrop = false});
  EXPECT_EQ(stretched.cropLeft, 0);
  const ImageRect r = toOriginalImage({2, 2, 5, 5}, stretched);
  EXPECT_DOUBLE_EQ(r.x, 4.0);
  EXPECT_DOUBLE_EQ(r.width, 10.0);
  EXPECT_DOUBLE_EQ(r.y, 2.0);
  EXPECT_DOUBLE_EQ(r.height, 5.0);
  const InputGeometry unscaled = inputGeometry(40, 30, {.size = 28, .resize = false});
  EXPECT_EQ(unscaled.inputWidth, 30);
  const ImageRect u = toOriginalImage({1, 1, 5, 5}, unscaled);
  EXPECT_DOUBLE_EQ(u.x, 6.0);  // crop left 5
  EXPECT_DOUBLE_EQ(u.width, 5.0);
  EXPECT_THROW(inputGeometry(0, 10, {}), PreprocessError);
}

}  // namespace
}  // namespace alexnet
