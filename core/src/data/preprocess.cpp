#include "alexnet/core/data/preprocess.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "alexnet/core/data/resize.h"

namespace alexnet {
namespace {

// Largest side accepted (the app's decoder refuses larger images before they get here).
constexpr std::int64_t kMaxSide = 1 << 16;

std::string sizeText(const Tensor& x) { return std::to_string(x.dim(3)) + "x" + std::to_string(x.dim(2)); }

std::string formatFloat(float value) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%.3f", static_cast<double>(value));
  return buffer;
}

void checkNchw1(const Tensor& x, const char* what) {
  if (x.rank() != 4 || x.dim(0) != 1 || x.dim(2) < 1 || x.dim(3) < 1)
    throw PreprocessError(std::string(what) + ": expected a (1, C, H, W) image, got " + toString(x.shape()));
}

Tensor replicateChannels(const Tensor& x, std::int64_t channels) {
  const std::int64_t h = x.dim(2), w = x.dim(3);
  Tensor y({1, channels, h, w});  // (1, channels, H, W)
  for (std::int64_t c = 0; c < channels; ++c) std::copy(x.data(), x.data() + h * w, y.data() + c * h * w);
  return y;
}

}  // namespace

void Image::validate() const {
  if (width < 1 || height < 1)
    throw PreprocessError("image has no pixels (" + std::to_string(width) + "x" + std::to_string(height) + ")");
  if (width > kMaxSide || height > kMaxSide)
    throw PreprocessError("image " + std::to_string(width) + "x" + std::to_string(height) +
                          " is larger than the limit of " + std::to_string(kMaxSide) + " pixels per side");
  if (channels != 1 && channels != 3)
    throw PreprocessError("image has " + std::to_string(channels) + " channels; expected 1 (gray) or 3 (RGB)");
  const auto expected = static_cast<std::size_t>(width * height * channels);
  const std::size_t actual = type == PixelType::U8 ? u8.size() : f32.size();
  if (actual != expected)
    throw PreprocessError("image buffer holds " + std::to_string(actual) + " values, expected " +
                          std::to_string(expected) + " for " + std::to_string(width) + "x" + std::to_string(height) +
                          "x" + std::to_string(channels));
}

Tensor imageToTensor(const Image& image) {
  image.validate();
  const std::int64_t h = image.height, w = image.width, c = image.channels;
  Tensor x({1, c, h, w});  // (1, C, H, W), pixel scale 0..255
  for (std::int64_t ch = 0; ch < c; ++ch) {
    float* plane = x.data() + ch * h * w;
    for (std::int64_t i = 0; i < h * w; ++i) {
      const auto k = static_cast<std::size_t>(i * c + ch);
      plane[i] = image.type == PixelType::U8 ? static_cast<float>(image.u8[k]) : image.f32[k] * 255.0f;
    }
  }
  return x;
}

Tensor toGrayscale(const Tensor& x, bool roundLikePil) {
  checkNchw1(x, "grayscale");
  if (x.dim(1) == 1) return x;
  if (x.dim(1) != 3) throw PreprocessError("grayscale: expected 1 or 3 channels, got " + std::to_string(x.dim(1)));
  const std::int64_t plane = x.dim(2) * x.dim(3);
  Tensor y({1, 1, x.dim(2), x.dim(3)});  // (1, 1, H, W)
  const float* r = x.data();
  const float* g = r + plane;
  const float* b = g + plane;
  for (std::int64_t i = 0; i < plane; ++i) {
    if (roundLikePil) {
      // PIL's L24 macro on 8-bit values (Convert.c): fixed point 16.16 with rounding.
      const auto ri = static_cast<std::int64_t>(std::lround(r[i]));
      const auto gi = static_cast<std::int64_t>(std::lround(g[i]));
      const auto bi = static_cast<std::int64_t>(std::lround(b[i]));
      y[i] = static_cast<float>((ri * 19595 + gi * 38470 + bi * 7471 + 0x8000) >> 16);
    } else {
      y[i] = 0.299f * r[i] + 0.587f * g[i] + 0.114f * b[i];
    }
  }
  return y;
}

Tensor centreCropSquare(const Tensor& x) {
  checkNchw1(x, "centre crop");
  const std::int64_t c = x.dim(1), h = x.dim(2), w = x.dim(3);
  const std::int64_t side = std::min(h, w);
  // torchvision CenterCrop: int(round((H − side) / 2)), Python's round (half to even) = nearbyint.
  const auto top = static_cast<std::int64_t>(std::nearbyint(static_cast<double>(h - side) / 2.0));
  const auto left = static_cast<std::int64_t>(std::nearbyint(static_cast<double>(w - side) / 2.0));
  Tensor y({1, c, side, side});  // (1, C, side, side)
  for (std::int64_t ch = 0; ch < c; ++ch)
    for (std::int64_t row = 0; row < side; ++row) {
      const float* src = x.data() + (ch * h + top + row) * w + left;
      std::copy(src, src + side, y.data() + (ch * side + row) * side);
    }
  return y;
}

float borderMean(const Tensor& x) {
  checkNchw1(x, "border mean");
  const std::int64_t c = x.dim(1), h = x.dim(2), w = x.dim(3);
  double sum = 0.0;
  std::int64_t count = 0;
  for (std::int64_t ch = 0; ch < c; ++ch)
    for (std::int64_t row = 0; row < h; ++row) {
      const float* line = x.data() + (ch * h + row) * w;
      if (row == 0 || row == h - 1) {
        for (std::int64_t col = 0; col < w; ++col) sum += line[col];
        count += w;
      } else {
        sum += line[0];
        ++count;
        if (w > 1) {
          sum += line[w - 1];
          ++count;
        }
      }
    }
  return static_cast<float>(sum / static_cast<double>(count));
}

PreprocessResult preprocessImage(const Image& image, const PreprocessOptions& options) {
  if (options.size < 1 || options.size > kMaxSide)
    throw PreprocessError("preprocess: model input size " + std::to_string(options.size) + " is out of range");
  if (options.channels != 1 && options.channels != 3)
    throw PreprocessError("preprocess: models take 1 or 3 input channels, not " + std::to_string(options.channels));

  PreprocessResult result;
  auto addStage = [&](std::string name, bool applied, std::string note, Tensor stageImage, float stageMax) {
    result.stages.push_back({std::move(name), applied, std::move(note), std::move(stageImage), stageMax});
  };
  Tensor x = imageToTensor(image);  // (1, C0, H, W), 0..255
  addStage("input", true,
           std::to_string(image.width) + "x" + std::to_string(image.height) + (image.channels == 1 ? " gray" : " RGB"),
           x, 255.0f);

  // 1. grayscale (or channel matching for a 3-channel model)
  if (options.channels == 3) {
    if (x.dim(1) == 1) {
      x = replicateChannels(x, 3);
      addStage("grayscale", false, "gray image replicated to RGB for a 3-channel model", x, 255.0f);
    } else {
      addStage("grayscale", false, "RGB kept for a 3-channel model", x, 255.0f);
    }
  } else if (x.dim(1) == 1) {
    addStage("grayscale", false, "already gray", x, 255.0f);
  } else if (options.grayscale) {
    x = toGrayscale(x, image.type == PixelType::U8);
    addStage("grayscale", true, "ITU-R 601 luma (PIL \"L\")", x, 255.0f);
  } else {
    addStage("grayscale", false, "off: RGB kept, the model needs 1 channel", x, 255.0f);
  }

  // 2. centre crop
  if (x.dim(2) == x.dim(3)) {
    addStage("centre crop", false, "already square", x, 255.0f);
  } else if (options.centreCrop) {
    const std::string before = sizeText(x);
    x = centreCropSquare(x);
    addStage("centre crop", true, before + " -> " + sizeText(x), x, 255.0f);
  } else {
    addStage("centre crop", false, "off: the resize will stretch the image", x, 255.0f);
  }

  // 3. resize
  if (x.dim(2) == options.size && x.dim(3) == options.size) {
    addStage("resize", false, "already " + sizeText(x), x, 255.0f);
  } else if (options.resize) {
    const std::string before = sizeText(x);
    x = resizeBilinear(x, {.outHeight = options.size, .outWidth = options.size});
    addStage("resize", true, before + " -> " + sizeText(x) + " bilinear", x, 255.0f);
  } else {
    addStage("resize", false,
             "off: " + sizeText(x) + " kept, the model needs " + std::to_string(options.size) + "x" +
                 std::to_string(options.size),
             x, 255.0f);
  }

  // 4. scale
  float maxValue = 255.0f;
  if (options.scale) {
    for (std::int64_t i = 0; i < x.numel(); ++i) x[i] /= 255.0f;
    maxValue = 1.0f;
    addStage("scale", true, "0..255 -> 0..1", x, maxValue);
  } else {
    addStage("scale", false, "off: values stay 0..255", x, maxValue);
  }

  // 5. invert
  result.borderMean = borderMean(x) / maxValue;
  const bool lightBackground = result.borderMean > 0.5f;
  const std::string borderNote =
      "border mean " + formatFloat(result.borderMean) + (lightBackground ? " > " : " <= ") + "0.5";
  bool invert = false;
  std::string note;
  switch (options.invert) {
    case InvertMode::On:
      invert = true;
      note = "forced on (" + borderNote + ")";
      break;
    case InvertMode::Off:
      note = "forced off (" + borderNote + ")";
      break;
    case InvertMode::Auto:
      invert = lightBackground;
      note = "auto: " + borderNote + (invert ? ", light background" : ", dark background");
      break;
  }
  if (invert)
    for (std::int64_t i = 0; i < x.numel(); ++i) x[i] = maxValue - x[i];
  result.inverted = invert;
  addStage("invert", invert, note, x, maxValue);

  result.tensor = std::move(x);
  return result;
}

}  // namespace alexnet
