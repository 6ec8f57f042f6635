#include "alexnet/image/image_input.h"

#include <QByteArray>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QString>
#include <QtGlobal>

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <cstdio>
#include <string>

namespace alexnet::image {
namespace {

// libjpeg reports a truncated file only as a warning and returns a grey-filled image, and libpng's
// errors arrive as warnings too; Qt forwards them to the message handler under "qt.gui.imageio*".
// While one read runs, the handler below keeps them off stderr (the caller gets one clear error
// instead) and records them. The CLI reads images on one thread; the previous handler is restored.
bool g_truncatedJpeg = false;
std::string g_decoderMessage;
QtMessageHandler g_previousHandler = nullptr;

void decoderWarningCatcher(QtMsgType type, const QMessageLogContext& context, const QString& message) {
  if (context.category != nullptr && QByteArray(context.category).startsWith("qt.gui.imageio")) {
    if (message.contains(QStringLiteral("remature end"), Qt::CaseInsensitive)) g_truncatedJpeg = true;
    g_decoderMessage = message.toStdString();
    return;
  }
  if (g_previousHandler != nullptr) g_previousHandler(type, context, message);
}

// Installs the catcher for the lifetime of one loadImageFile call, exceptions included.
class DecoderWarningScope {
 public:
  DecoderWarningScope() {
    g_truncatedJpeg = false;
    g_decoderMessage.clear();
    g_previousHandler = qInstallMessageHandler(decoderWarningCatcher);
  }
  ~DecoderWarningScope() {
    qInstallMessageHandler(g_previousHandler);
    g_previousHandler = nullptr;
  }
  DecoderWarningScope(const DecoderWarningScope&) = delete;
  DecoderWarningScope& operator=(const DecoderWarningScope&) = delete;
};

// libpng's own error handler writes "libpng error: …" straight to stderr (fprintf, not Qt's logging).
// To keep the CLI's promise of one error line, stderr is pointed at a temporary file while a
// decoder runs; what was written there becomes part of the error message (or is passed on).
class StderrCapture {
 public:
  StderrCapture() {
    std::fflush(stderr);
    m_file = std::tmpfile();
    if (m_file == nullptr) return;
    m_saved = ::dup(STDERR_FILENO);
    if (m_saved < 0 || ::dup2(::fileno(m_file), STDERR_FILENO) < 0) restore();
  }
  ~StderrCapture() { restore(); }
  StderrCapture(const StderrCapture&) = delete;
  StderrCapture& operator=(const StderrCapture&) = delete;

  // Restores stderr and returns what was captured (trailing newlines removed).
  std::string finish() {
    std::string text;
    if (m_file != nullptr && m_saved >= 0) {
      std::fflush(stderr);
      restore();
      std::rewind(m_file);
      char buffer[512];
      std::size_t n = 0;
      while ((n = std::fread(buffer, 1, sizeof(buffer), m_file)) > 0 && text.size() < 4096) text.append(buffer, n);
      while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
      for (char& c : text)
        if (c == '\n') c = ' ';
    }
    restore();
    if (m_file != nullptr) std::fclose(m_file);
    m_file = nullptr;
    return text;
  }

 private:
  void restore() {
    if (m_saved >= 0) {
      std::fflush(stderr);
      ::dup2(m_saved, STDERR_FILENO);
      ::close(m_saved);
      m_saved = -1;
    }
  }
  std::FILE* m_file = nullptr;
  int m_saved = -1;
};

std::string megapixels(std::int64_t pixels) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%.1f", static_cast<double>(pixels) / 1e6);
  return buffer;
}

std::uint8_t overWhite8(int value, int alpha) {  // both 0..255
  return static_cast<std::uint8_t>((value * alpha + 255 * (255 - alpha) + 127) / 255);
}

Image toImage(const QImage& decoded) {
  if (decoded.isNull() || decoded.width() < 1 || decoded.height() < 1) throw ImageInputError("the image is empty");
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
  if (deep)
    image.f32.resize(count);
  else
    image.u8.resize(count);
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

Image imageFromQImage(const QImage& image) { return toImage(image); }

DecodeSize reducedDecodeSize(std::int64_t fileWidth, std::int64_t fileHeight, int shortSide) {
  DecodeSize size{fileWidth, fileHeight};
  if (shortSide <= 0 || fileWidth < 1 || fileHeight < 1) return size;
  const std::int64_t shorter = std::min(fileWidth, fileHeight);
  for (const std::int64_t factor : {8, 4, 2}) {
    if (shorter / factor >= shortSide) {
      size.width = std::max<std::int64_t>(1, fileWidth / factor);
      size.height = std::max<std::int64_t>(1, fileHeight / factor);
      break;
    }
  }
  return size;
}

Image loadImageFile(const std::filesystem::path& path, const ImageInputOptions& options) {
  return decodeImageFile(path, options).image;
}

DecodedImage decodeImageFile(const std::filesystem::path& path, const ImageInputOptions& options) {
  // Qt's message handler and stderr are process-wide: one decode at a time (the GUI decodes on a
  // worker thread, and two columns or a quick second file may ask at once).
  static std::mutex decoderMutex;
  const std::lock_guard<std::mutex> lock(decoderMutex);
  const std::string name = path.string();
  const QString file = QString::fromStdString(name);
  const QFileInfo info(file);
  if (!info.exists()) throw ImageInputError(name + ": no such file");
  if (info.isDir()) throw ImageInputError(name + ": is a directory, not an image");
  if (!info.isReadable()) throw ImageInputError(name + ": permission denied");
  if (info.size() == 0) throw ImageInputError(name + ": empty file (0 bytes), not an image");

  const DecoderWarningScope warnings;
  QImageReader::setAllocationLimit(options.allocationLimitMb);
  QImageReader reader(file);
  reader.setDecideFormatFromContent(true);
  reader.setAutoTransform(true);  // EXIF orientation, as photo viewers show it
  if (!reader.canRead())
    throw ImageInputError(name + ": not an image format this program can read (" + reader.errorString().toStdString() +
                          "); use PNG, JPEG, BMP, GIF, …");
  const QByteArray format = reader.format();

  DecodedImage result;
  const QSize size = reader.size();
  if (size.isValid()) {
    const std::int64_t w = size.width(), h = size.height();
    if (w < 1 || h < 1) throw ImageInputError(name + ": image header gives an empty size");
    if (w > options.maxSide || h > options.maxSide || w * h > options.maxPixels)
      throw ImageInputError(name + ": image is " + std::to_string(w) + "x" + std::to_string(h) + " (" +
                            megapixels(w * h) + " megapixels), over the limit of " + megapixels(options.maxPixels) +
                            " megapixels and " + std::to_string(options.maxSide) +
                            " pixels per side; scale it down and try again");
    const DecodeSize reduced = reducedDecodeSize(w, h, options.decodeShortSide);
    // With EXIF rotation the reader's size() is the stored (unrotated) one, and so is scaledSize.
    if (reduced.width != w || reduced.height != h)
      reader.setScaledSize(QSize(static_cast<int>(reduced.width), static_cast<int>(reduced.height)));
    result.fileWidth = w;
    result.fileHeight = h;
  }

  QImage decoded;
  StderrCapture capture;
  const bool ok = reader.read(&decoded);
  const std::string decoderOutput = capture.finish();
  if (!ok || decoded.isNull()) {
    std::string reason = reader.errorString().toStdString();
    if (!g_decoderMessage.empty()) reason += "; " + g_decoderMessage;
    if (!decoderOutput.empty()) reason += "; " + decoderOutput;
    if (reader.error() == QImageReader::InvalidDataError) reason += "; the file may be truncated or corrupt";
    throw ImageInputError(name + ": cannot decode the " + format.toUpper().toStdString() + " image (" + reason + ")");
  }
  if (g_truncatedJpeg) throw ImageInputError(name + ": truncated JPEG (the data ends before the image is complete)");
  if (static_cast<std::int64_t>(decoded.width()) * decoded.height() > options.maxPixels)
    throw ImageInputError(name + ": decoded image is over the limit of " + megapixels(options.maxPixels) +
                          " megapixels; scale it down and try again");
  result.image = toImage(decoded);
  if (result.fileWidth == 0 || reader.scaledSize().isEmpty()) {  // no header size, or decoded at full size
    result.fileWidth = result.image.width;
    result.fileHeight = result.image.height;
  } else if (decoded.width() != reader.scaledSize().width()) {  // auto-transform rotated it by 90°
    std::swap(result.fileWidth, result.fileHeight);
  }
  return result;
}

}  // namespace alexnet::image
