#include "ui/inspect/image_preprocessor.h"

#include <QCoreApplication>
#include <cmath>
#include <cstring>

#include "alexnet/core/data/thumbnail.h"

#include "ui/inspect/preprocess_notes.h"
#include "ui/localized_text.h"

namespace alexnet::ui {
namespace {

QString stageName(const std::string& name) {
  if (name == "input") return QCoreApplication::translate("alexnet::ui::ImagePreprocessor", "Original");
  if (name == "grayscale") return QCoreApplication::translate("alexnet::ui::ImagePreprocessor", "Grayscale");
  if (name == "centre crop") return QCoreApplication::translate("alexnet::ui::ImagePreprocessor", "Centre crop");
  if (name == "resize") return QCoreApplication::translate("alexnet::ui::ImagePreprocessor", "Resize");
  if (name == "scale") return QCoreApplication::translate("alexnet::ui::ImagePreprocessor", "Scale to [0, 1]");
  if (name == "invert") return QCoreApplication::translate("alexnet::ui::ImagePreprocessor", "Invert");
  return QString::fromStdString(name);
}

// (1, C, H, W) stage tensor with values in [0, maxValue] → an 8-bit image (gray or RGB).
QImage toQImage(const Tensor& t, float maxValue) {
  const int channels = static_cast<int>(t.dim(1)), h = static_cast<int>(t.dim(2)), w = static_cast<int>(t.dim(3));
  const std::int64_t plane = std::int64_t(h) * w;
  auto byte = [maxValue](float v) {
    return static_cast<int>(std::lround(std::clamp(v / maxValue, 0.0f, 1.0f) * 255.0f));
  };
  QImage image(w, h, QImage::Format_RGB32);
  for (int y = 0; y < h; ++y) {
    auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
    for (int x = 0; x < w; ++x) {
      const std::int64_t i = std::int64_t(y) * w + x;
      if (channels >= 3)
        line[x] = qRgb(byte(t[i]), byte(t[plane + i]), byte(t[2 * plane + i]));
      else
        line[x] = qRgb(byte(t[i]), byte(t[i]), byte(t[i]));
    }
  }
  return image;
}

// The original as decoded (8-bit interleaved H×W×C) → a QImage by rows, without the float stage.
QImage originalPicture(const Image& source) {
  const int w = static_cast<int>(source.width), h = static_cast<int>(source.height);
  const bool gray = source.channels == 1;
  QImage image(w, h, gray ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
  const std::size_t row = static_cast<std::size_t>(w) * static_cast<std::size_t>(source.channels);
  for (int y = 0; y < h; ++y) std::memcpy(image.scanLine(y), source.u8.data() + static_cast<std::size_t>(y) * row, row);
  return image;
}

}  // namespace

PreprocessOutcome ImagePreprocessor::run(const Image& source, int side, const PreprocessSwitches& switches) {
  PreprocessOutcome out;
  if (source.width <= 0 || source.height <= 0 || side <= 0) return out;
  PreprocessOptions options;
  options.size = side;
  options.channels = 1;
  options.grayscale = switches.grayscale;
  options.centreCrop = switches.centreCrop;
  options.resize = switches.resize;
  options.scale = switches.scale;
  options.invert = switches.invert == InvertChoice::On    ? InvertMode::On
                   : switches.invert == InvertChoice::Off ? InvertMode::Off
                                                          : InvertMode::Auto;
  try {
    const PreprocessResult result = preprocessImage(source, options);
    // The original stays full size (the receptive-field view draws on it); the steps after it are
    // only ever shown as 50-pixel pictures, so they are made small in core first.
    for (std::size_t i = 0; i < result.stages.size(); ++i) {
      const PreprocessStage& stage = result.stages[i];
      QImage picture = i > 0 ? toQImage(thumbnail(stage.image, kStageThumbnailSide), stage.maxValue)
                       : source.type == PixelType::U8 && source.channels != 2 ? originalPicture(source)
                                                                              : toQImage(stage.image, stage.maxValue);
      out.stages.push_back(
          {stageName(stage.name), stage.applied, preprocessNote(result, i, options), std::move(picture)});
    }
    out.tensor = result.tensor;
    out.inverted = result.inverted;
    out.geometry = inputGeometry(source.width, source.height, options);
  } catch (const std::exception& error) {
    out.error = withDetail(
        QCoreApplication::translate("alexnet::ui::ImagePreprocessor", "The image cannot be prepared for the network."),
        QString::fromStdString(error.what()));
  }
  return out;
}

}  // namespace alexnet::ui
