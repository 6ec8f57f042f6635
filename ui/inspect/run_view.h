#pragma once
// RunView — one network running on the Inspect screen: it owns an InspectSession (worker thread)
// and shows the current layer's feature maps with legend and hover readout, the conv kernels of
// conv layers, and the class probabilities. Two RunViews side by side compare LeNet and AlexNet.
#include <QWidget>

#include "ui/inspect/feature_grid.h"
#include "ui/inspect/input_source.h"
#include "ui/inspect/step_snapshot.h"

class QLabel;
class QSpinBox;
class QToolButton;

namespace alexnet::ui {

class ColorLegend;
class ElidedLabel;
class FeatureMapScroll;
class ExplainLauncher;
class FeatureMapView;
class InspectSession;
class ProbabilityBars;

class RunView : public QWidget {
  Q_OBJECT
 public:
  explicit RunView(QWidget* parent = nullptr);

  InspectSession* session() const { return m_session; }
  FeatureMapView* featureView() const { return m_features; }
  FeatureMapView* kernelView() const { return m_kernels; }
  ProbabilityBars* probabilityBars() const { return m_bars; }
  ExplainLauncher* explainLauncher() const { return m_explain; }  // pooling / activation / dense clicks
  QToolButton* whyButton() const { return m_why; }  // the lessons of the shown layer's kind (lessons/)

  // Loads a model; once ready, inputRequested() asks the owner for an input of the model's size.
  void loadModel(const ModelConfig& config, const QString& checkpointPath);
  const ModelInfo& modelInfo() const;
  QString family() const;  // "lenet" / "alexnet" (selection key); "" before the first model
  int inputSide() const;
  int cursor() const;  // layers computed for the shown snapshot
  int layerCount() const;
  bool isBusy() const;
  double lastRenderMs() const { return m_lastRenderMs; }
  QString title() const;  // the header: the weights in use, or "Loading FILE…"

  void setDisplayOptions(ScaleMode scale, bool sortByMean);
  void setCompact(bool compact);  // side-by-side: hide the kernels panel
  void setNarrow(bool narrow);    // two columns: smaller minimum widths, so both fit the window
  // The original image the current input was made from (receptive fields are drawn on it).
  void setInputSource(const InputSource& source) { m_source = source; }
  const InputSource& inputSource() const { return m_source; }

 signals:
  void inputRequested();          // a model became ready: please call session()->setInput
  void cursorChanged(int layer);  // a snapshot arrived (layer = cursor - 1)
  void runProgress(int layer);    // during Run to end
  void statusMessage(const QString& text);
  void failed(const QString& message);
  void busyChanged(bool busy);

 private:
  void showSnapshot(const StepSnapshot& snapshot);
  void showKernels();
  void showTitle(const ModelInfo& info);
  void showLessons(LayerKind kind);  // the "Why?" menu for the shown layer  // "LeNet, d2l recipe, test acc 0.808" (tooltip: the file)

  InspectSession* m_session;
  ElidedLabel* m_title;
  QLabel* m_layerLabel;
  QLabel* m_hoverLabel;
  FeatureMapView* m_features;
  ColorLegend* m_legend;
  QWidget* m_kernelBox;
  QLabel* m_kernelTitle;
  QSpinBox* m_kernelInput;
  FeatureMapView* m_kernels;
  FeatureMapScroll* m_featureScroll;
  FeatureMapScroll* m_kernelScroll;
  ColorLegend* m_kernelLegend;
  ProbabilityBars* m_bars;
  QWidget* m_barsBox = nullptr;
  ExplainLauncher* m_explain;
  QToolButton* m_why;
  SharedTensor m_kernelTensor;  // (C_out, C_in, k, k) of the shown conv layer (the worker's, shared)
  InputSource m_source;
  double m_lastRenderMs = 0.0;
  bool m_compact = false;
};

}  // namespace alexnet::ui
