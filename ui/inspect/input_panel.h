#pragma once
// InputPanel — where the image comes from (open file, drag and drop, paste, Fashion-MNIST test
// sample, drawing pad) and how it is preprocessed, each step shown as a thumbnail with its switch.
// Files open off the GUI thread (ImageLoader): a busy row with Cancel shows while a photo decodes,
// the previous image stays in use until the new one is ready, and a file that cannot be read shows
// an error line and keeps the previous image.
#include <QImage>
#include <QWidget>

#include "ui/inspect/image_preprocessor.h"

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace alexnet::ui {

class DrawingPad;
class ImageLoader;
struct LoadedImage;

class InputPanel : public QWidget {
  Q_OBJECT
 public:
  explicit InputPanel(QWidget* parent = nullptr);

  // Starts decoding on a pool thread and returns at once; loadFinished reports the outcome (on
  // failure the error is shown and the previous image kept). A second call replaces a running load.
  void loadImageFile(const QString& path);
  void cancelLoad();
  bool isLoading() const;
  bool useSample(int index);
  bool pasteFromClipboard();
  void setSourceImage(const QImage& image, const QString& description);

  bool hasImage() const { return m_source.width > 0; }
  QString description() const { return m_description; }
  QString imagePath() const { return m_imagePath; }  // the file shown; empty for a sample, a paste or a drawing
  int sampleIndex() const { return m_sampleIndex; }  // the Fashion-MNIST test sample shown; -1 otherwise
  QString lastError() const { return m_lastError; }
  // The image file's own size when the current image is a reduced decode of a large photo, else 0.
  std::int64_t fileWidth() const { return m_fileWidth; }
  std::int64_t fileHeight() const { return m_fileHeight; }
  PreprocessSwitches switches() const;
  // The preprocessed (1, 1, side, side) tensor; also refreshes the thumbnails for that side.
  PreprocessOutcome preprocess(int side);
  void setPreviewSide(int side);

 public slots:
  void openImageDialog();

 signals:
  void inputChanged();                   // new image or a switch changed
  void fileOpened(const QString& path);  // for the recent-files menu
  void loadFinished(bool ok);            // a loadImageFile ended: opened, failed or cancelled
  void errorOccurred(const QString& message);

 protected:
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  void showError(const QString& message);
  void takeLoadedImage(const LoadedImage& loaded);
  void showBusy(const QString& path);
  void refreshThumbnails();                               // preprocess again, then show
  void showThumbnails(const PreprocessOutcome& outcome);  // the stage pictures and notes

  Image m_source;  // decoded (interleaved H×W×C), as alexnet_image (image/) produces it
  QString m_description;
  QString m_imagePath;
  int m_sampleIndex = -1;
  QString m_lastError;
  std::int64_t m_fileWidth = 0;
  std::int64_t m_fileHeight = 0;
  int m_previewSide = 28;
  PreprocessOutcome m_cached;  // the last outcome, for m_cachedSide; cleared when the source or a switch changes
  int m_cachedSide = -1;
  QLabel* m_sourceLabel;
  QLabel* m_errorLabel;
  QSpinBox* m_sampleSpin;
  DrawingPad* m_pad;
  QWidget* m_padBox;
  QCheckBox* m_grayCheck;
  QCheckBox* m_cropCheck;
  QCheckBox* m_resizeCheck;
  QCheckBox* m_scaleCheck;
  ImageLoader* m_loader;
  QWidget* m_busyRow;  // "Opening NAME…", a busy bar and Cancel while a file decodes
  QLabel* m_busyLabel;
  QComboBox* m_invertCombo;
  QGridLayout* m_stageGrid;
  std::vector<QLabel*> m_stageImages;
  std::vector<QLabel*> m_stageTexts;
};

}  // namespace alexnet::ui
