#include "ui/inspect/image_preprocessor.h"

#include <QCoreApplication>
#include <cmath>

#include "alexnet/core/data/resize.h"

namespace alexnet::ui {
namespace {

QString trStage(const char* text) { return QCoreApplication::translate("alexnet::ui::ImagePreprocessor", text); }

// (1, 1, H, W) tensor in [0, 1] → 8-bit gray image.
QImage toImage(const Tensor& t) {
  const int h = static_cast<int>(t.dim(2)), w = static_cast<int>(t.dim(3));
  QImage image(w, h, QImage::Format_Grayscale8);
  for (int y = 0; y < h; ++y) {
    uchar* line = image.scanLine(y);
    for (int x = 0; x < w; ++x)
      line[x] = static_cast<uchar>(std::lround(std::clamp(t[std::int64_t(y) * w + x], 0.0f, 1.0f) * 255.0f));
  }
  return image;
}

}  // namespace

PreprocessOutcome ImagePreprocessor::run(const QImage& source, int side, const PreprocessSwitches& switches) {
  PreprocessOutcome out;
  if (source.isNull() || side <= 0) return out;
  out.stages.push_back({trStage("Original"), true, QStringLiteral("%1×%2").arg(source.width()).arg(source.height()), source});

  // 1. Grayscale: ITU-R 601 luma (as PIL's convert("L")); always on, the models take one channel.
  const QImage rgb = source.convertToFormat(QImage::Format_RGB32);
  const int w = rgb.width(), h = rgb.height();
  Tensor gray(Shape{1, 1, h, w});  // (1, 1, H, W), 0..1
  for (int y = 0; y < h; ++y) {
    const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
    for (int x = 0; x < w; ++x) {
      const QRgb p = line[x];
      const unsigned luma = (unsigned(qRed(p)) * 19595u + unsigned(qGreen(p)) * 38470u + unsigned(qBlue(p)) * 7471u + 32768u) >> 16;
      gray[std::int64_t(y) * w + x] = static_cast<float>(luma) / 255.0f;
    }
  }
  out.stages.push_back({trStage("Grayscale"), true, trStage("1 channel (the model's input)"), toImage(gray)});

  // 2. Centre crop to the largest square.
  Tensor cropped = gray;  // (1, 1, H', W')
  if (switches.centreCrop && w != h) {
    const int s = std::min(w, h);
    const int top = static_cast<int>(std::nearbyint((h - s) / 2.0)), left = static_cast<int>(std::nearbyint((w - s) / 2.0));
    cropped = Tensor(Shape{1, 1, s, s});
    for (int y = 0; y < s; ++y)
      for (int x = 0; x < s; ++x) cropped[std::int64_t(y) * s + x] = gray[std::int64_t(y + top) * w + (x + left)];
  }
  out.stages.push_back({trStage("Centre crop"), switches.centreCrop,
                        switches.centreCrop ? QStringLiteral("%1×%2").arg(cropped.dim(3)).arg(cropped.dim(2))
                                            : trStage("off: the image is squeezed"),
                        toImage(cropped)});

  // 3. Bilinear resize to side × side (PyTorch align_corners=False); 4. values already in [0, 1].
  Tensor resized = resizeBilinear(cropped, ResizeOptions{.outHeight = side, .outWidth = side});  // (1, 1, S, S)
  out.stages.push_back({trStage("Resize"), true, QStringLiteral("%1×%1, bilinear").arg(side), toImage(resized)});

  // 5. Invert when the background (the border ring) is light.
  double border = 0.0;
  int count = 0;
  for (int i = 0; i < side; ++i) {
    border += resized[i] + resized[std::int64_t(side - 1) * side + i];
    border += resized[std::int64_t(i) * side] + resized[std::int64_t(i) * side + side - 1];
    count += 4;
  }
  border /= std::max(1, count);
  bool invert = switches.invert == InvertChoice::On || (switches.invert == InvertChoice::Auto && border > 0.5);
  if (invert)
    for (std::int64_t i = 0; i < resized.numel(); ++i) resized[i] = 1.0f - resized[i];
  QString note = switches.invert == InvertChoice::Auto
                     ? trStage("auto: border mean %1 %2 0.5").arg(border, 0, 'f', 2).arg(border > 0.5 ? QStringLiteral(">") : QStringLiteral("≤"))
                     : (switches.invert == InvertChoice::On ? trStage("forced on") : trStage("forced off"));
  out.stages.push_back({trStage("Invert"), invert, note, toImage(resized)});
  out.tensor = std::move(resized);
  out.inverted = invert;
  return out;
}

}  // namespace alexnet::ui
