#pragma once
// InputPanel — where the image comes from (open file, drag and drop, paste, Fashion-MNIST test
// sample, drawing pad) and how it is preprocessed, each step shown as a thumbnail with its switch.
// A file that cannot be read shows an error line and keeps the previous image.
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

class InputPanel : public QWidget {
  Q_OBJECT
 public:
  explicit InputPanel(QWidget* parent = nullptr);

  bool loadImageFile(const QString& path);  // false: error shown, previous image kept
  bool useSample(int index);
  bool pasteFromClipboard();
  void setSourceImage(const QImage& image, const QString& description);

  bool hasImage() const { return m_source.width > 0; }
  QString description() const { return m_description; }
  QString imagePath() const { return m_imagePath; }  // the file shown; empty for a sample, a paste or a drawing
  int sampleIndex() const { return m_sampleIndex; }  // the Fashion-MNIST test sample shown; -1 otherwise
  QString lastError() const { return m_lastError; }
  PreprocessSwitches switches() const;
  // The preprocessed (1, 1, side, side) tensor; also refreshes the thumbnails for that side.
  PreprocessOutcome preprocess(int side);
  void setPreviewSide(int side);

 public slots:
  void openImageDialog();

 signals:
  void inputChanged();                      // new image or a switch changed
  void fileOpened(const QString& path);     // for the recent-files menu
  void errorOccurred(const QString& message);

 protected:
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  void showError(const QString& message);
  void refreshThumbnails();

  Image m_source;  // decoded (interleaved H×W×C), as alexnet_image (image/) produces it
  QString m_description;
  QString m_imagePath;
  int m_sampleIndex = -1;
  QString m_lastError;
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
  QComboBox* m_invertCombo;
  QGridLayout* m_stageGrid;
  std::vector<QLabel*> m_stageImages;
  std::vector<QLabel*> m_stageTexts;
};

}  // namespace alexnet::ui
