#pragma once
// LiveSampleView — one fixed Fashion-MNIST test image seen through the weights as they train: the
// image with its true label, one layer's feature maps (conv1's activation by default) and the 10
// class probabilities, refreshed from the worker's SampleSnapshots a few times per epoch.
// Everything is computed (and the maps rendered) on the worker; this widget only paints images.
#include <QImage>
#include <QWidget>

#include "ui/training/training_worker.h"

class QLabel;
class QStackedWidget;

namespace alexnet::ui {

class ElidedLabel;
class ProbabilityBars;

class LiveSampleView : public QWidget {
  Q_OBJECT
 public:
  explicit LiveSampleView(QWidget* parent = nullptr);
  void setSnapshot(const SampleSnapshot& snapshot);
  void clear();

  int updates() const { return m_updates; }  // snapshots shown so far (tests)
  const SampleSnapshot& snapshot() const { return m_snapshot; }
  QString caption() const;  // the line above the maps
  ProbabilityBars* probabilityBars() const { return m_bars; }

 private:
  class ImageView;  // a QImage scaled to fit, nearest-neighbour
  SampleSnapshot m_snapshot;
  int m_updates = 0;
  QLabel* m_caption;
  ElidedLabel* m_mapsTitle;
  ImageView* m_image;
  ImageView* m_maps;
  ProbabilityBars* m_bars;
  QStackedWidget* m_barsStack;  // a placeholder until the first snapshot, then the bars
};

}  // namespace alexnet::ui
