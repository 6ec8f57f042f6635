#pragma once
// TrainingChartWidget — d2l's training plot: train loss, train accuracy and test accuracy against
// epoch, several points per epoch, with d2l's published end result as dashed reference lines.
// The only file that includes Qt Charts. Several runs can share the axes (line style per run).
//
// Points are buffered by appendPoint() and pushed to the series on a single-shot timer
// (kFlushIntervalMs) with QXYSeries::replace, so a burst of points costs one redraw; flush()
// pushes them now (screenshots, tests). No animations.
#include <QString>
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
  int addRun(const QString& label);
  void clearRuns();
  int runCount() const { return static_cast<int>(m_runs.size()); }
  // testAccuracy only at epoch ends. Buffered; drawn at the next flush.
  void appendPoint(int run, double epoch, double trainLoss, double trainAccuracy, std::optional<double> testAccuracy);
  void flush();
  // x axis covers at least [0, epochs].
  void setEpochRange(double epochs);
  // Dashed lines at d2l's result for that model (replaces the previous reference).
  void setReference(ModelKind kind);
  void clearReference();

  int pointCount(int run, TrainingMetric metric) const;  // points drawn (after flush)
  QChart* chart() const { return m_chart; }

 private:
  struct Run {
    QString label;
    QLineSeries* series[3] = {nullptr, nullptr, nullptr};
    QVector<QPointF> points[3];  // everything appended; the series are replaced from these
  };
  void scheduleFlush();
  void updateAxes();
  void attach(QLineSeries* series);

  QChart* m_chart;
  QChartView* m_view;
  QValueAxis* m_x;
  QValueAxis* m_y;
  std::vector<Run> m_runs;
  QLineSeries* m_reference[3] = {nullptr, nullptr, nullptr};
  ReferenceResult m_referenceValues;
  bool m_hasReference = false;
  double m_epochs = 1.0;
  QTimer m_flushTimer;
};

}  // namespace alexnet::ui
