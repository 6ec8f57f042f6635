#include "cli/feature_map_png.h"

#include <QString>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "alexnet/core/display/viridis.h"

namespace alexnet::cli {
namespace {

constexpr QRgb kGapColour = 0xff202020;

struct Range {
  float lo = 0.0f, hi = 0.0f;
  float normalise(float v) const { return hi > lo ? (v - lo) / (hi - lo) : 0.5f; }
};

Range rangeOf(const float* data, std::int64_t count) {
  Range r{data[0], data[0]};
  for (std::int64_t i = 1; i < count; ++i) {
    if (!std::isfinite(data[i])) continue;
    r.lo = std::min(r.lo, data[i]);
    r.hi = std::max(r.hi, data[i]);
  }
  return r;
}

void fillRect(QImage& image, int x0, int y0, int w, int h, QRgb colour) {
  for (int y = y0; y < y0 + h; ++y) {
    auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
    std::fill(line + x0, line + x0 + w, colour);
  }
}

void drawColourBar(QImage& image, int top, int height) {
  for (int x = 0; x < image.width(); ++x) {
    const QRgb c = viridis(image.width() > 1 ? static_cast<float>(x) / static_cast<float>(image.width() - 1) : 0.5f);
    for (int y = top; y < top + height; ++y) reinterpret_cast<QRgb*>(image.scanLine(y))[x] = c;
  }
}

std::int64_t checkSample(const Tensor& t, std::int64_t sample) {
  if (t.rank() < 2 || t.dim(0) < 1) throw std::runtime_error("cannot draw a tensor of shape " + toString(t.shape()));
  if (sample < 0 || sample >= t.dim(0))
    throw std::runtime_error("sample " + std::to_string(sample) + " is outside the batch of " +
                             std::to_string(t.dim(0)));
  return t.numel() / t.dim(0);
}

}  // namespace

QRgb viridis(float t) {
  const Rgb8 c = alexnet::viridis(t);
  return qRgb(c.red, c.green, c.blue);
}

QImage renderFeatureGrid(const Tensor& activation, const FeatureGridOptions& options) {
  const std::int64_t perSample = checkSample(activation, options.sample);
  const float* data = activation.data() + options.sample * perSample;
  const Range range = rangeOf(data, perSample);
  const int bar = options.colourBarPixels;
  const int gap = options.gapPixels;

  if (activation.rank() == 4) {
    const auto channels = static_cast<int>(activation.dim(1));
    const auto h = static_cast<int>(activation.dim(2)), w = static_cast<int>(activation.dim(3));
    const int zoom = std::max(1, (options.minTilePixels + std::min(h, w) - 1) / std::min(h, w));
    const int columns = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(channels))));
    const int rows = (channels + columns - 1) / columns;
    const int tileW = w * zoom, tileH = h * zoom;
    const int gridH = rows * tileH + (rows + 1) * gap;
    QImage image(columns * tileW + (columns + 1) * gap, gridH + (bar > 0 ? bar + gap : 0), QImage::Format_RGB32);
    image.fill(kGapColour);
    for (int c = 0; c < channels; ++c) {
      const int x0 = gap + (c % columns) * (tileW + gap), y0 = gap + (c / columns) * (tileH + gap);
      const float* plane = data + static_cast<std::int64_t>(c) * h * w;
      for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
          fillRect(image, x0 + x * zoom, y0 + y * zoom, zoom, zoom, viridis(range.normalise(plane[y * w + x])));
    }
    if (bar > 0) drawColourBar(image, gridH, bar);
    return image;
  }

  // Dense (N, F) — or any other rank, flattened per sample.
  const int cell = options.denseCellPixels;
  const auto count = static_cast<int>(perSample);
  const int columns = std::min(count, options.denseColumns);
  const int rows = (count + columns - 1) / columns;
  const int gridH = rows * cell + (rows + 1) * gap;
  QImage image(columns * cell + (columns + 1) * gap, gridH + (bar > 0 ? bar + gap : 0), QImage::Format_RGB32);
  image.fill(kGapColour);
  for (int i = 0; i < count; ++i)
    fillRect(image, gap + (i % columns) * (cell + gap), gap + (i / columns) * (cell + gap), cell, cell,
             viridis(range.normalise(data[i])));
  if (bar > 0) drawColourBar(image, gridH, bar);
  return image;
}

QImage renderInputImage(const Tensor& input, std::int64_t sample) {
  checkSample(input, sample);
  if (input.rank() != 4 || (input.dim(1) != 1 && input.dim(1) != 3))
    return renderFeatureGrid(input, {.sample = sample});
  const auto c = input.dim(1), h = input.dim(2), w = input.dim(3);
  QImage image(static_cast<int>(w), static_cast<int>(h), QImage::Format_RGB32);
  auto byte = [](float v) { return static_cast<int>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)); };
  for (std::int64_t y = 0; y < h; ++y) {
    auto* line = reinterpret_cast<QRgb*>(image.scanLine(static_cast<int>(y)));
    for (std::int64_t x = 0; x < w; ++x) {
      if (c == 1) {
        const int v = byte(input.at(sample, 0, y, x));
        line[x] = qRgb(v, v, v);
      } else {
        line[x] =
            qRgb(byte(input.at(sample, 0, y, x)), byte(input.at(sample, 1, y, x)), byte(input.at(sample, 2, y, x)));
      }
    }
  }
  return image;
}

void savePng(const QImage& image, const std::filesystem::path& path) {
  if (!image.save(QString::fromStdString(path.string()), "PNG"))
    throw std::runtime_error(path.string() + ": cannot write the PNG file");
}

std::string featureMapFileName(std::size_t index, const std::string& typeName) {
  char prefix[16];
  std::snprintf(prefix, sizeof(prefix), "%02zu_", index);
  return prefix + typeName + ".png";
}

}  // namespace alexnet::cli
