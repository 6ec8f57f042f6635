#pragma once
// TrainingChartWidget — d2l's training plot: train loss, train accuracy and test accuracy against
// epoch, several points per epoch, with d2l's published end result as thin grey reference lines.
// Qt Charts is included only in ui/charts/ (this and memory_batch_chart).
//
// Several runs share the axes: each run has its own colour, each metric its own line style (solid
// train loss, dashed train accuracy, dotted test accuracy with markers). The chart's legend has one
// entry per metric and one per reference; the run list beside the chart (ChartRunList) is the runs'
// legend, with show/hide and remove per run. A run with no points is neither drawn nor listed.
// Runs are named by the id addRun() returns; ids stay valid when other runs are removed.
//
// Reference lines follow the runs: every model among the runs on the chart (the live run's, and
// each loaded log's) gets its own d2l reference, so a LeNet log overlaid on an AlexNet run is
// compared with LeNet's 0.779, not AlexNet's 0.883. With no run of a known model the chart shows the
// default reference (the model selected in the Training panel, setReference()).
//
// Points are buffered by appendPoint() and pushed to the series on a single-shot timer
// (kFlushIntervalMs) with QXYSeries::replace, so a burst of points costs one redraw; flush()
// pushes them now (screenshots, tests). No animations.
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QVector>
#include <QWidget>
#include <QPointF>
#include <QColor>
#include <optional>

#include "alexnet/core/models/model_config.h"

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace alexnet::ui {

class ChartRunList;

enum class TrainingMetric { TrainLoss = 0, TrainAccuracy = 1, TestAccuracy = 2 };

// d2l's end-of-training numbers (10 epochs; "AlexNet" chapter, 224 input, full widths).
struct ReferenceResult {
  double trainLoss = 0;
  double trainAccuracy = 0;
  double testAccuracy = 0;
};
ReferenceResult d2lReferenceResult(ModelKind kind);

class TrainingChartWidget : public QWidget {
  Q_OBJECT
 public:
  static constexpr int kFlushIntervalMs = 60;

  explicit TrainingChartWidget(QWidget* parent = nullptr);
  ~TrainingChartWidget() override;

  // Starts a run's three series; returns its id. `label` names it in the run list.
  // `model`: the model the run trains (nullopt: unknown, no reference of its own).
  int addRun(const QString& label, std::optional<ModelKind> model = std::nullopt);
  void removeRun(int run);  // its curves, its list row and (if no other run needs it) its reference
  void setRunVisible(int run, bool visible);
  bool hasRun(int run) const;
  bool isRunVisible(int run) const;
  int runCount() const { return static_cast<int>(m_runs.size()); }
  QColor runColor(int run) const;
  // testAccuracy only at epoch ends. Buffered; drawn at the next flush.
  void appendPoint(int run, double epoch, double trainLoss, double trainAccuracy, std::optional<double> testAccuracy);
  void flush();
  // x axis covers at least [0, epochs].
  void setEpochRange(double epochs);
  // The default reference: d2l's result for that model while no run names a model.
  void setReference(ModelKind kind);
  // The models whose reference lines are drawn, in the order of their first run.
  QVector<ModelKind> referenceModels() const;
  // The reference series' names (tests, screenshots).
  QStringList referenceNames() const;
  // The legend's line keys: the metrics (once each), then the references.
  QStringList legendNames() const;
  static Qt::PenStyle metricStyle(TrainingMetric metric);

  int pointCount(int run, TrainingMetric metric) const;  // points drawn (after flush)
  bool isDrawn(int run) const;                           // shown, and has points
  QChart* chart() const { return m_chart; }
  ChartRunList* runList() const { return m_runList; }

 private:
  struct Run {
    int id = 0;
    QString label;
    std::optional<ModelKind> model;
    QColor color;
    bool visible = true;
    QLineSeries* series[3] = {nullptr, nullptr, nullptr};
    QVector<QPointF> points[3];  // everything appended; the series are replaced from these
  };
  Run* findRun(int run);
  const Run* findRun(int run) const;
  void scheduleFlush();
  void updateAxes();
  void attach(QLineSeries* series);
  void detach(QLineSeries* series);
  void showRun(Run& run);   // drawn when visible and not empty; listed when not empty
  void updateLegend();      // the line keys: metrics, then references
  void updateReferences();  // draws the references the runs (or the default) call for

  QChart* m_chart;
  QChartView* m_view;
  QValueAxis* m_x;
  QValueAxis* m_y;
  std::vector<Run> m_runs;
  struct Reference {
    ModelKind kind;
    QLineSeries* series[3] = {nullptr, nullptr, nullptr};
  };
  std::vector<Reference> m_references;
  std::optional<ModelKind> m_defaultReference;
  ChartRunList* m_runList;
  int m_nextRunId = 0;
  double m_requestedEpochs = 1.0;  // setEpochRange: the live run's length
  double m_epochs = 1.0;
  QTimer m_flushTimer;
};

}  // namespace alexnet::ui
