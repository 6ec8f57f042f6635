#include "ui/inspect/image_loader.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <exception>
#include <utility>

#include "alexnet/image/image_input.h"

namespace alexnet::ui {

ImageLoader::ImageLoader(QObject* parent) : QObject(parent) {}

ImageLoader::~ImageLoader() = default;  // a decode still running posts to a QPointer that is null by then

void ImageLoader::load(const ImageLoadRequest& request) {
  if (isLoading()) cancel();
  const std::uint64_t generation = ++m_generation;
  m_currentPath = request.path;
  emit started(request.path);
  const QPointer<ImageLoader> self(this);
  QThreadPool::globalInstance()->start([self, generation, request] {
    LoadedImage result;
    result.path = request.path;
    QString error;
    try {
      image::DecodedImage decoded =
          image::decodeImageFile(request.path.toStdString(), {.decodeShortSide = image::kDisplayShortSide});
      result.image = std::move(decoded.image);
      result.fileWidth = decoded.fileWidth;
      result.fileHeight = decoded.fileHeight;
      result.previewSide = request.previewSide;
      result.switches = request.switches;
      result.preview = ImagePreprocessor::run(result.image, request.previewSide, request.switches);
    } catch (const std::exception& e) {
      error = QString::fromStdString(e.what());
    }
    // Back on the GUI thread; self is only read there (it is null once the loader is gone).
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [self, generation, result = std::move(result), error]() mutable {
          if (self) self->finish(generation, std::move(result), error);
        },
        Qt::QueuedConnection);
  });
}

void ImageLoader::cancel() {
  if (!isLoading()) return;
  ++m_generation;
  const QString path = std::exchange(m_currentPath, QString());
  emit cancelled(path);
}

void ImageLoader::finish(std::uint64_t generation, LoadedImage image, QString error) {
  if (generation != m_generation) return;  // superseded or cancelled
  m_currentPath.clear();
  if (error.isEmpty())
    emit loaded(image);
  else
    emit failed(image.path, error);
}

}  // namespace alexnet::ui
