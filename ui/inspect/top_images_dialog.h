#pragma once
// TopImagesDialog — "which test images make this channel fire the most?": the channel, how many
// images to keep and how many to examine; the search runs in the background (TopImagesSearch) with a
// progress bar and Cancel, then shows the top images with their class and maximum activation.
#include <QDialog>

#include "ui/inspect/top_images_search.h"

class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace alexnet::ui {

class TopImagesDialog : public QDialog {
  Q_OBJECT
 public:
  // `channels`: channels (or dense units) of the layer's output; `layerTitle` e.g. "layer 3: Conv2d".
  TopImagesDialog(const TopImagesRequest& request, int channels, const QString& layerTitle, QWidget* parent = nullptr);

  TopImagesSearch* search() const { return m_search; }
  const TopImagesOutcome& outcome() const { return m_outcome; }
  QProgressBar* progressBar() const { return m_progress; }
  void start();
  void cancel();

 private:
  void showOutcome(const TopImagesOutcome& outcome);

  TopImagesRequest m_request;
  TopImagesSearch* m_search;
  TopImagesOutcome m_outcome;
  QSpinBox* m_channel;
  QSpinBox* m_topN;
  QSpinBox* m_limit;
  QPushButton* m_start;
  QPushButton* m_cancel;
  QProgressBar* m_progress;
  QLabel* m_status;
  QGridLayout* m_tiles;
  QWidget* m_tileBox;
};

}  // namespace alexnet::ui
