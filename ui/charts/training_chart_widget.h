#pragma once
// TrainingChartWidget — d2l's training plot: train loss, train accuracy and test accuracy against
// epoch, several points per epoch, with d2l's published end result as dashed reference lines.
// Qt Charts is included only in ui/charts/ (this and memory_batch_chart). Several runs can share the axes (line style per run).
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
#include <optional>

#include "alexnet/core/models/model_config.h"

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace alexnet::ui {

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

  // Starts a run's three series; returns its index. `label` prefixes the legend ("LeNet — …").
  // `model`: the model the run trains (nullopt: unknown, no reference of its own).
  int addRun(const QString& label, std::optional<ModelKind> model = std::nullopt);
  int runCount() const { return static_cast<int>(m_runs.size()); }
  // testAccuracy only at epoch ends. Buffered; drawn at the next flush.
  void appendPoint(int run, double epoch, double trainLoss, double trainAccuracy, std::optional<double> testAccuracy);
  void flush();
  // x axis covers at least [0, epochs].
  void setEpochRange(double epochs);
  // The default reference: dashed lines at d2l's result for that model while no run names a model.
  void setReference(ModelKind kind);
  // The models whose reference lines are drawn, in the order of their first run.
  QVector<ModelKind> referenceModels() const;
  // The reference series' legend names (tests, screenshots).
  QStringList referenceNames() const;

  int pointCount(int run, TrainingMetric metric) const;  // points drawn (after flush)
  QChart* chart() const { return m_chart; }

 private:
  struct Run {
    QString label;
    std::optional<ModelKind> model;
    QLineSeries* series[3] = {nullptr, nullptr, nullptr};
    QVector<QPointF> points[3];  // everything appended; the series are replaced from these
  };
  void scheduleFlush();
  void updateAxes();
  void attach(QLineSeries* series);
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
  double m_epochs = 1.0;
  QTimer m_flushTimer;
};

}  // namespace alexnet::ui
