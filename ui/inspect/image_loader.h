#pragma once
// ImageLoader — opens an image file off the GUI thread. A photo is decoded by alexnet_image's
// decodeImageFile on a pool thread (reduced to about kDisplayShortSide pixels on its shorter side when
// it is much larger: an 8000x8000 JPEG decodes at 1/8) and preprocessed there for the side and
// switches the panel shows (ImagePreprocessor: the stages and their thumbnails), and the result comes
// back to the GUI thread as a value through a queued call. One load at a time is current: a new load() or cancel()
// makes the running one stale, and a stale result is dropped when it arrives (a decoder cannot be interrupted mid-file,
// but nobody waits for it).
#include <QObject>
#include <QString>
#include <cstdint>

#include "alexnet/core/data/preprocess.h"
#include "ui/inspect/image_preprocessor.h"

namespace alexnet::ui {

struct LoadedImage {
  QString path;                // as given to load()
  Image image;                 // decoded, possibly reduced
  std::int64_t fileWidth = 0;  // the file's own size
  std::int64_t fileHeight = 0;
  int previewSide = 0;  // the preprocessing done on the pool thread: side, switches and outcome
  PreprocessSwitches switches;
  PreprocessOutcome preview;
};

struct ImageLoadRequest {
  QString path;
  int previewSide = 28;         // preprocess for this model side …
  PreprocessSwitches switches;  // … with these switches, while still on the pool thread
};

class ImageLoader : public QObject {
  Q_OBJECT
 public:
  explicit ImageLoader(QObject* parent = nullptr);
  ~ImageLoader() override;

  void load(const ImageLoadRequest& request);  // emits started now, then loaded or failed (unless cancelled)
  void cancel();                               // the current load's result will be dropped; emits cancelled
  bool isLoading() const { return !m_currentPath.isEmpty(); }
  QString currentPath() const { return m_currentPath; }

 signals:
  void started(const QString& path);
  void loaded(const alexnet::ui::LoadedImage& image);
  void failed(const QString& path, const QString& message);  // message names the file and the problem
  void cancelled(const QString& path);

 private:
  void finish(std::uint64_t generation, LoadedImage image, QString error);

  std::uint64_t m_generation = 0;  // the current load's number; results of other numbers are stale
  QString m_currentPath;           // empty when idle
};

}  // namespace alexnet::ui
