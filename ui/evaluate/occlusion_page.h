#pragma once
// OcclusionPage — the Evaluate screen's "occlusion" page (issue 17): Zeiler & Fergus occlusion
// sensitivity. Pick trained weights from the weights library and an input (a Fashion-MNIST test
// sample or an image file, decoded off the GUI thread by ImageLoader), set patch / stride / fill /
// class; the map is computed on a worker (OcclusionJob) with progress and Cancel, and drawn over
// the original picture (OcclusionView) with the predicted class and its probability.
#include <QImage>
#include <QWidget>
#include <vector>

#include "alexnet/core/data/input_geometry.h"
#include "alexnet/core/io/weights_library.h"
#include "alexnet/core/tensor.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace alexnet::ui {

class ImageLoader;
class OcclusionJob;
class OcclusionView;
struct LoadedImage;
struct OcclusionOutcome;

class OcclusionPage : public QWidget {
  Q_OBJECT
 public:
  explicit OcclusionPage(QWidget* parent = nullptr);

  // Weights by path or library id ("" keeps the current choice); false (with a status message) if unknown.
  bool setWeights(const QString& pathOrId);
  void setSample(int index);            // a Fashion-MNIST test image as the input
  void openImage(const QString& path);  // an image file as the input (decoded off the GUI thread)
  bool isBusy() const;                  // decoding or computing
  void cancel();                        // stops a map being computed (Cancel)
  bool hasMap() const;
  QString weightsPath() const;

 signals:
  void statusMessage(const QString& text);

 protected:
  void showEvent(QShowEvent* event) override;  // the first show computes the map (nothing runs before)

 private:
  void populateWeights();
  ModelConfig currentConfig() const;
  void reloadInput();  // for the current weights' input side
  void useInput(const QImage& original, const InputGeometry& geometry, const Tensor& tensor, const QString& what);
  void compute();  // on a worker; waits for the first show
  void showOutcome(const OcclusionOutcome& outcome);
  void chooseImageFile();
  // The sample box names the input: a test image's index, or the opened file (its one value below 0).
  void showOpenedFileInSampleBox(bool opened);

  std::vector<WeightsEntry> m_library;
  QComboBox* m_weights;
  QSpinBox* m_sample;
  QPushButton* m_openImage;
  QSpinBox* m_patch;
  QSpinBox* m_stride;
  QDoubleSpinBox* m_fill;
  QComboBox* m_class;
  QPushButton* m_cancel;
  QProgressBar* m_progress;
  QLabel* m_summary;
  QLabel* m_hover;
  OcclusionView* m_view;
  ImageLoader* m_loader;
  OcclusionJob* m_job;
  QString m_imagePath;  // "" = the test sample
  QString m_shownPath;  // the opened file whose picture is in use (empty: a test image)
  QString m_inputText;
  Tensor m_input;  // (1, C, S, S)
  bool m_shown = false;  // computing starts when the page is first on screen
};

}  // namespace alexnet::ui
