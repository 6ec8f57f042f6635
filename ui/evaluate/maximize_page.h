#pragma once
// MaximizePage — the Evaluate screen's "maximize" page: what does each channel of a layer respond
// to? For the chosen network, weights and layer (conv, activation and pooling layers), MaximizeRun
// computes in the background the input that maximizes every channel's spatial mean (a grid that
// fills in as channels finish; progress bar and Cancel), then ranks the Fashion-MNIST test images by
// the same measure. Each tile shows the activation reached against the best test image's; the
// selected channel is shown large beside its top activating test images (click one: Inspect).
// Starts by itself the first time the page is shown, and again whenever the layer or weights change.
#include <QMap>
#include <QWidget>
#include <vector>

#include "alexnet/core/io/weights_library.h"
#include "ui/evaluate/maximize_run.h"

class QComboBox;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QToolButton;

namespace alexnet::ui {

class WeightsChooser;

class MaximizePage : public QWidget {
  Q_OBJECT
 public:
  explicit MaximizePage(QWidget* parent = nullptr);

  bool isBusy() const;  // the background run is computing (or about to restart)
  void setModelKey(const QString& key);
  void chooseWeights(const QString& path);  // a checkpoint file or library path ("" = untrained)
  // --weights: the network the checkpoint was made for (from the library, else from the file), then it.
  bool useCheckpoint(const QString& path, QString* error = nullptr);
  void setLayer(int layer);  // a layer index with a (1, C, H, W) output
  int layer() const;
  void setSteps(int steps);  // gradient-ascent steps per channel, for the next run
  void start();              // recomputes the grid for the current choices
  void cancel();             // stops the run; the finished channels stay
  void selectChannel(int channel);

  MaximizeRun* run() const { return m_run; }
  int finishedChannels() const { return static_cast<int>(m_channels.size()); }
  const MaximizedChannel* channel(int channel) const;  // nullptr until it is done
  const ChannelTopImages& topImages() const { return m_top; }

 signals:
  void statusMessage(const QString& text);
  void openInInspectRequested(int testSample);

 protected:
  void showEvent(QShowEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;  // the grid's viewport resized: reflow

 private:
  void fillLayers();
  void restartSoon();
  void clearGrid();
  void addTile(const MaximizedChannel& result);
  void updateTile(int channel);
  int gridColumns() const;  // √channels (4…12), fewer when the visible width holds fewer tiles
  void placeTiles();        // lays the tiles out in channel order over gridColumns()
  void showDetail();
  ModelConfig currentConfig() const;

  MaximizeRun* m_run;
  QComboBox* m_model;
  WeightsChooser* m_weights;
  QComboBox* m_layer;
  QSpinBox* m_steps;
  QPushButton* m_start;
  QPushButton* m_cancel;
  QProgressBar* m_progress;
  QLabel* m_status;
  QGridLayout* m_grid;
  QWidget* m_gridBox;
  QScrollArea* m_gridScroll;
  int m_gridColumns = 0;  // of the tiles as placed
  QLabel* m_detailImage;
  QLabel* m_detailText;
  QGridLayout* m_topGrid;
  QWidget* m_topBox;

  std::vector<WeightsEntry> m_library;
  QMap<int, MaximizedChannel> m_channels;  // finished channels
  QMap<int, QToolButton*> m_tiles;
  ChannelTopImages m_top;
  MaximizeRequest m_request;  // of the grid shown
  int m_selected = 0;
  bool m_started = false;
  bool m_restartPending = false;
};

}  // namespace alexnet::ui
