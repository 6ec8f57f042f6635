// Image preprocessing: each step by hand, the switches, and the whole pipeline against a
// PIL + PyTorch golden (scripts/make_preprocess_golden.py).
#include "alexnet/core/data/preprocess.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

#include "alexnet/core/data/resize.h"
#include "alexnet/core/io/safetensors.h"

namespace alexnet {
namespace {

using ::testing::HasSubstr;
using ::testing::ThrowsMessage;

Image grayU8(std::int64_t w, std::int64_t h, std::uint8_t background) {
  Image image{.width = w, .height = h, .channels = 1, .type = PixelType::U8, .u8 = {}, .f32 = {}};
  image.u8.assign(static_cast<std::size_t>(w * h), background);
  return image;
}

void setGray(Image& image, std::int64_t x, std::int64_t y, std::uint8_t v) {
  image.u8[static_cast<std::size_t>(y * image.width + x)] = v;
}

float maxAbsDiff(const Tensor& a, const Tensor& b) {
  EXPECT_EQ(a.shape(), b.shape());
  float worst = 0.0f;
  for (std::int64_t i = 0; i < std::min(a.numel(), b.numel()); ++i) worst = std::max(worst, std::abs(a[i] - b[i]));
  return worst;
}

TEST(Preprocess, ImageToTensorDeinterleavesAndUsesPixelScale) {
  Image rgb{.width = 2, .height = 1, .channels = 3, .type = PixelType::U8, .u8 = {10, 20, 30, 40, 50, 60}, .f32 = {}};
  const Tensor x = imageToTensor(rgb);  // (1, 3, 1, 2)
  ASSERT_EQ(x.shape(), (Shape{1, 3, 1, 2}));
  EXPECT_EQ(x.toVector(), (std::vector<float>{10, 40, 20, 50, 30, 60}));
  Image f{.width = 1, .height = 2, .channels = 1, .type = PixelType::F32, .u8 = {}, .f32 = {0.0f, 0.5f}};
  EXPECT_EQ(imageToTensor(f).toVector(), (std::vector<float>{0.0f, 127.5f}));
}

TEST(Preprocess, ValidateRejectsInconsistentImages) {
  Image bad = grayU8(3, 3, 0);
  bad.u8.pop_back();
  EXPECT_THAT([&] { bad.validate(); }, ThrowsMessage<PreprocessError>(HasSubstr("holds 8 values, expected 9")));
  Image twoChannels = grayU8(2, 2, 0);
  twoChannels.channels = 2;
  EXPECT_THAT([&] { twoChannels.validate(); }, ThrowsMessage<PreprocessError>(HasSubstr("2 channels")));
  EXPECT_THAT([] { grayU8(0, 3, 0).validate(); }, ThrowsMessage<PreprocessError>(HasSubstr("no pixels")));
  EXPECT_THAT([] { preprocessImage(grayU8(2, 2, 0), {.size = 0}); },
              ThrowsMessage<PreprocessError>(HasSubstr("input size 0")));
}

TEST(Preprocess, GrayscaleMatchesPilL) {
  // PIL: Image.new("RGB", (1, 1), c).convert("L") gives red 76, green 150, blue 29, white 255.
  const Tensor rgb({1, 3, 1, 5}, {255, 0, 0, 255, 10,    //  R
                                  0, 255, 0, 255, 200,   // G
                                  0, 0, 255, 255, 30});  // B
  const Tensor g = toGrayscale(rgb, true);               // (1, 1, 1, 5)
  ASSERT_EQ(g.shape(), (Shape{1, 1, 1, 5}));
  EXPECT_EQ(g.toVector(), (std::vector<float>{76, 150, 29, 255, 124}));  // 10·.299+200·.587+30·.114 = 123.8 → 124
  const Tensor exact = toGrayscale(rgb, false);
  EXPECT_NEAR(exact[4], 0.299f * 10 + 0.587f * 200 + 0.114f * 30, 1e-4f);
}

TEST(Preprocess, CentreCropUsesTorchvisionRounding) {
  Tensor wide({1, 1, 2, 5});  // columns 0..4; (5 - 2) / 2 = 1.5 rounds (half to even) to 2
  for (std::int64_t i = 0; i < 10; ++i) wide[i] = static_cast<float>(i % 5);
  const Tensor a = centreCropSquare(wide);  // (1, 1, 2, 2)
  ASSERT_EQ(a.shape(), (Shape{1, 1, 2, 2}));
  EXPECT_EQ(a.toVector(), (std::vector<float>{2, 3, 2, 3}));
  Tensor tall({1, 1, 3, 2});  // (3 - 2) / 2 = 0.5 rounds to 0: rows 0 and 1
  for (std::int64_t i = 0; i < 6; ++i) tall[i] = static_cast<float>(i / 2);
  EXPECT_EQ(centreCropSquare(tall).toVector(), (std::vector<float>{0, 0, 1, 1}));
}

TEST(Preprocess, BorderMeanIsTheOutermostRing) {
  const Tensor x({1, 1, 3, 3}, {1, 1, 1,  //
                                1, 9, 1,  //
                                1, 1, 1});
  EXPECT_FLOAT_EQ(borderMean(x), 1.0f);
  const Tensor column({1, 1, 3, 1}, {2, 4, 6});
  EXPECT_FLOAT_EQ(borderMean(column), 4.0f);
}

TEST(Preprocess, LightBackgroundPhotoIsCroppedResizedScaledAndInverted) {
  Image photo = grayU8(40, 30, 240);  // light background
  for (std::int64_t y = 10; y < 20; ++y)
    for (std::int64_t x = 15; x < 25; ++x) setGray(photo, x, y, 20);  // dark object in the middle
  const PreprocessResult r = preprocessImage(photo, {.size = 28});
  ASSERT_EQ(r.stages.size(), 6u);
  const char* names[] = {"input", "grayscale", "centre crop", "resize", "scale", "invert"};
  for (std::size_t i = 0; i < 6; ++i) EXPECT_EQ(r.stages[i].name, names[i]);
  EXPECT_FALSE(r.stages[1].applied);  // already gray
  EXPECT_TRUE(r.stages[2].applied);
  EXPECT_EQ(r.stages[2].image.shape(), (Shape{1, 1, 30, 30}));
  EXPECT_EQ(r.stages[2].note, "40x30 -> 30x30");
  EXPECT_EQ(r.stages[3].image.shape(), (Shape{1, 1, 28, 28}));
  EXPECT_EQ(r.stages[3].maxValue, 255.0f);
  EXPECT_EQ(r.stages[4].maxValue, 1.0f);
  EXPECT_TRUE(r.inverted);
  EXPECT_NEAR(r.borderMean, 240.0f / 255.0f, 1e-6f);
  EXPECT_THAT(r.stages[5].note, HasSubstr("light background"));
  ASSERT_EQ(r.tensor.shape(), (Shape{1, 1, 28, 28}));
  EXPECT_NEAR(r.tensor.at(0, 0, 0, 0), 1.0f - 240.0f / 255.0f, 1e-6f);   // background now dark
  EXPECT_NEAR(r.tensor.at(0, 0, 14, 14), 1.0f - 20.0f / 255.0f, 1e-6f);  // object now light

  // The same result step by step, composed from the single-step functions.
  Tensor manual = resizeBilinear(centreCropSquare(imageToTensor(photo)), {.outHeight = 28, .outWidth = 28});
  for (std::int64_t i = 0; i < manual.numel(); ++i) manual[i] = 1.0f - manual[i] / 255.0f;
  EXPECT_LE(maxAbsDiff(r.tensor, manual), 1e-6f);
}

TEST(Preprocess, FashionMnistLikeSampleIsUnchanged) {
  Image sample = grayU8(28, 28, 0);  // dark background, light object
  for (std::int64_t i = 0; i < 28; ++i) setGray(sample, i, i, static_cast<std::uint8_t>(100 + i));
  const PreprocessResult r = preprocessImage(sample, {.size = 28});
  EXPECT_FALSE(r.inverted);
  EXPECT_FALSE(r.stages[2].applied);
  EXPECT_FALSE(r.stages[3].applied);
  EXPECT_THAT(r.stages[5].note, HasSubstr("dark background"));
  for (std::int64_t i = 0; i < 28; ++i) EXPECT_FLOAT_EQ(r.tensor.at(0, 0, i, i), static_cast<float>(100 + i) / 255.0f);
  EXPECT_EQ(r.tensor.at(0, 0, 0, 1), 0.0f);
}

TEST(Preprocess, InvertCanBeForced) {
  const Image dark = grayU8(4, 4, 10);
  EXPECT_TRUE(preprocessImage(dark, {.size = 4, .invert = InvertMode::On}).inverted);
  EXPECT_NEAR(preprocessImage(dark, {.size = 4, .invert = InvertMode::On}).tensor[0], 1.0f - 10.0f / 255.0f, 1e-6f);
  const Image light = grayU8(4, 4, 250);
  const PreprocessResult off = preprocessImage(light, {.size = 4, .invert = InvertMode::Off});
  EXPECT_FALSE(off.inverted);
  EXPECT_THAT(off.stages[5].note, HasSubstr("forced off"));
  EXPECT_NEAR(off.tensor[0], 250.0f / 255.0f, 1e-6f);
}

TEST(Preprocess, ScaleOffKeepsPixelScaleAndInvertsAgainst255) {
  const PreprocessResult r = preprocessImage(grayU8(4, 4, 200), {.size = 4, .scale = false});
  EXPECT_FALSE(r.stages[4].applied);
  EXPECT_EQ(r.stages[5].maxValue, 255.0f);
  EXPECT_TRUE(r.inverted);
  EXPECT_FLOAT_EQ(r.tensor[0], 55.0f);
}

TEST(Preprocess, SwitchedOffStepsLeaveTheirInput) {
  Image rgb{.width = 6, .height = 4, .channels = 3, .type = PixelType::U8, .u8 = {}, .f32 = {}};
  rgb.u8.assign(6 * 4 * 3, 0);
  const PreprocessResult r =
      preprocessImage(rgb, {.size = 28, .grayscale = false, .centreCrop = false, .resize = false});
  EXPECT_EQ(r.tensor.shape(), (Shape{1, 3, 4, 6}));  // the model will refuse it: that is the lesson
  EXPECT_THAT(r.stages[1].note, HasSubstr("needs 1 channel"));
  EXPECT_THAT(r.stages[3].note, HasSubstr("needs 28x28"));
  const PreprocessResult stretched = preprocessImage(rgb, {.size = 8, .centreCrop = false});
  EXPECT_EQ(stretched.tensor.shape(), (Shape{1, 1, 8, 8}));
}

TEST(Preprocess, ThreeChannelModelsKeepRgbAndReplicateGray) {
  Image rgb{.width = 2,
            .height = 2,
            .channels = 3,
            .type = PixelType::U8,
            .u8 = {255, 0, 0, 255, 0, 0, 255, 0, 0, 255, 0, 0},
            .f32 = {}};
  const PreprocessResult r = preprocessImage(rgb, {.size = 2, .channels = 3, .invert = InvertMode::Off});
  ASSERT_EQ(r.tensor.shape(), (Shape{1, 3, 2, 2}));
  EXPECT_EQ(r.tensor.toVector(), (std::vector<float>{1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0}));
  const PreprocessResult g = preprocessImage(grayU8(3, 3, 51), {.size = 3, .channels = 3});
  ASSERT_EQ(g.tensor.shape(), (Shape{1, 3, 3, 3}));
  for (std::int64_t i = 0; i < 27; ++i) EXPECT_FLOAT_EQ(g.tensor[i], 0.2f);
}

TEST(Preprocess, FloatImagesAreNotRoundedLikePil) {
  Image f{.width = 1, .height = 1, .channels = 3, .type = PixelType::F32, .u8 = {}, .f32 = {0.1f, 0.2f, 0.3f}};
  const PreprocessResult r = preprocessImage(f, {.size = 1, .invert = InvertMode::Off});
  EXPECT_NEAR(r.tensor[0], 0.299f * 0.1f + 0.587f * 0.2f + 0.114f * 0.3f, 1e-6f);
}

TEST(Preprocess, MatchesPilAndPyTorchGolden) {
  const SafeTensors golden = readSafeTensors(ALEXNET_TEST_DATA_DIR "/preprocess_golden.safetensors");
  const Tensor& rgb = golden.tensor("rgb");  // (H, W, 3), integral 0..255
  Image image{.width = rgb.dim(1), .height = rgb.dim(0), .channels = 3, .type = PixelType::U8, .u8 = {}, .f32 = {}};
  for (std::int64_t i = 0; i < rgb.numel(); ++i) image.u8.push_back(static_cast<std::uint8_t>(rgb[i]));

  const PreprocessResult r = preprocessImage(image, {.size = 28});
  const Tensor& gray = golden.tensor("gray");                // (H, W), PIL's "L"
  EXPECT_EQ(r.stages[1].image.toVector(), gray.toVector());  // exact: same integer formula
  EXPECT_TRUE(r.inverted);
  EXPECT_LE(maxAbsDiff(r.tensor, golden.tensor("expected")), 1e-5f);

  const PreprocessResult c3 = preprocessImage(image, {.size = 32, .channels = 3});
  EXPECT_LE(maxAbsDiff(c3.tensor, golden.tensor("expected_rgb")), 1e-5f);
}

}  // namespace
}  // namespace alexnet
