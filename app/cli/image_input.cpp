#include "cli/image_input.h"

#include <QByteArray>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QString>
#include <QtGlobal>

#include <cmath>
#include <cstdio>
#include <string>

namespace alexnet::cli {
namespace {

// libjpeg reports a truncated file only as a warning and returns a grey-filled image; Qt forwards the
// warning to the message handler. While one read runs, the handler below records those warnings.
// (The CLI reads images on one thread; the previous handler is restored afterwards.)
bool g_truncatedJpeg = false;
QtMessageHandler g_previousHandler = nullptr;

void jpegWarningCatcher(QtMsgType type, const QMessageLogContext& context, const QString& message) {
  const bool jpegCategory = context.category != nullptr && QByteArray(context.category).contains("imageio.jpeg");
  if (jpegCategory && message.contains(QStringLiteral("remature end"), Qt::CaseInsensitive)) {
    g_truncatedJpeg = true;
    return;
  }
  if (g_previousHandler != nullptr) g_previousHandler(type, context, message);
}

std::string megapixels(std::int64_t pixels) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%.1f", static_cast<double>(pixels) / 1e6);
  return buffer;
}

std::uint8_t overWhite8(int value, int alpha) {  // both 0..255
  return static_cast<std::uint8_t>((value * alpha + 255 * (255 - alpha) + 127) / 255);
}

Image toImage(const QImage& decoded) {
  const bool alpha = decoded.hasAlphaChannel();
  const bool gray = decoded.isGrayscale();
  // 16-bit sources (Grayscale16, RGBX64/RGBA64, half/float formats) keep their precision as F32.
  const bool deep = decoded.format() == QImage::Format_Grayscale16 || decoded.depth() > 32;
  Image image;
  image.width = decoded.width();
  image.height = decoded.height();
  image.channels = gray ? 1 : 3;
  image.type = deep ? PixelType::F32 : PixelType::U8;
  const auto count = static_cast<std::size_t>(image.width * image.height * image.channels);
  if (deep) image.f32.resize(count);
  else image.u8.resize(count);
  const int w = decoded.width(), h = decoded.height();
  const auto c = static_cast<std::size_t>(image.channels);

  if (deep && gray && !alpha) {
    const QImage g = decoded.convertToFormat(QImage::Format_Grayscale16);
    for (int y = 0; y < h; ++y) {
      const auto* line = reinterpret_cast<const quint16*>(g.constScanLine(y));
      for (int x = 0; x < w; ++x) image.f32[static_cast<std::size_t>(y) * w + x] = line[x] / 65535.0f;
    }
  } else if (deep) {
    const QImage g = decoded.convertToFormat(QImage::Format_RGBA64);  // not premultiplied
    for (int y = 0; y < h; ++y) {
      const auto* line = reinterpret_cast<const QRgba64*>(g.constScanLine(y));
      for (int x = 0; x < w; ++x) {
        const float a = line[x].alpha() / 65535.0f;
        const float rgb[3] = {line[x].red() / 65535.0f, line[x].green() / 65535.0f, line[x].blue() / 65535.0f};
        const std::size_t base = (static_cast<std::size_t>(y) * w + x) * c;
        for (std::size_t k = 0; k < c; ++k) image.f32[base + k] = rgb[k] * a + (1.0f - a);  // over white
      }
    }
  } else if (gray && !alpha) {
    const QImage g = decoded.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < h; ++y) {
      const uchar* line = g.constScanLine(y);
      std::copy(line, line + w, image.u8.begin() + static_cast<std::ptrdiff_t>(y) * w);
    }
  } else {
    const QImage g = decoded.convertToFormat(QImage::Format_ARGB32);  // not premultiplied
    for (int y = 0; y < h; ++y) {
      const auto* line = reinterpret_cast<const QRgb*>(g.constScanLine(y));
      for (int x = 0; x < w; ++x) {
        const int a = qAlpha(line[x]);
        const int rgb[3] = {qRed(line[x]), qGreen(line[x]), qBlue(line[x])};
        const std::size_t base = (static_cast<std::size_t>(y) * w + x) * c;
        for (std::size_t k = 0; k < c; ++k) image.u8[base + k] = overWhite8(rgb[k], a);
      }
    }
  }
  return image;
}

}  // namespace

Image loadImageFile(const std::filesystem::path& path, const ImageInputOptions& options) {
  const std::string name = path.string();
  const QString file = QString::fromStdString(name);
  const QFileInfo info(file);
  if (!info.exists()) throw ImageInputError(name + ": no such file");
  if (info.isDir()) throw ImageInputError(name + ": is a directory, not an image");
  if (!info.isReadable()) throw ImageInputError(name + ": permission denied");
  if (info.size() == 0) throw ImageInputError(name + ": empty file (0 bytes), not an image");

  QImageReader::setAllocationLimit(options.allocationLimitMb);
  QImageReader reader(file);
  reader.setDecideFormatFromContent(true);
  reader.setAutoTransform(true);  // EXIF orientation, as photo viewers show it
  if (!reader.canRead())
    throw ImageInputError(name + ": not an image format this program can read (" +
                          reader.errorString().toStdString() + "); use PNG, JPEG, BMP, GIF, …");
  const QByteArray format = reader.format();

  const QSize size = reader.size();
  if (size.isValid()) {
    const std::int64_t w = size.width(), h = size.height();
    if (w < 1 || h < 1) throw ImageInputError(name + ": image header gives an empty size");
    if (w > options.maxSide || h > options.maxSide || w * h > options.maxPixels)
      throw ImageInputError(name + ": image is " + std::to_string(w) + "x" + std::to_string(h) + " (" +
                            megapixels(w * h) + " megapixels), over the limit of " + megapixels(options.maxPixels) +
                            " megapixels and " + std::to_string(options.maxSide) +
                            " pixels per side; scale it down and try again");
  }

  QImage decoded;
  g_truncatedJpeg = false;
  g_previousHandler = qInstallMessageHandler(jpegWarningCatcher);
  const bool ok = reader.read(&decoded);
  qInstallMessageHandler(g_previousHandler);
  g_previousHandler = nullptr;
  if (!ok || decoded.isNull()) {
    std::string reason = reader.errorString().toStdString();
    if (reader.error() == QImageReader::InvalidDataError && format == "png") reason += "; the file may be truncated";
    throw ImageInputError(name + ": cannot decode the " + format.toUpper().toStdString() + " image (" + reason + ")");
  }
  if (g_truncatedJpeg)
    throw ImageInputError(name + ": truncated JPEG (the data ends before the image is complete)");
  if (static_cast<std::int64_t>(decoded.width()) * decoded.height() > options.maxPixels)
    throw ImageInputError(name + ": decoded image is over the limit of " + megapixels(options.maxPixels) +
                          " megapixels; scale it down and try again");
  return toImage(decoded);
}

}  // namespace alexnet::cli
