#pragma once
// ActivationCurvesChart — the "why ReLU" figure: sigmoid and ReLU and their derivatives over
// z ∈ [−8, 8], values from core's activationDerivative (the same function the measured near-zero
// fraction uses), with the near-zero threshold as a dotted line.
#include <QWidget>

class QChart;
class QChartView;

namespace alexnet::ui {

class ActivationCurvesChart : public QWidget {
  Q_OBJECT
 public:
  explicit ActivationCurvesChart(QWidget* parent = nullptr);
  ~ActivationCurvesChart() override;

  int seriesCount() const;

 private:
  QChart* m_chart;
  QChartView* m_view;
};

}  // namespace alexnet::ui
