#pragma once
// ReluLesson — why ReLU instead of sigmoid: the two functions and their gradients plotted
// (ActivationCurvesChart), and core's measured fraction of near-zero gradients
// (measureActivationGradients) in the trained LeNet (sigmoid) against the trained AlexNet (ReLU),
// computed on a worker from the first Fashion-MNIST test images.
#include <optional>

#include "ui/lessons/lesson_page.h"

namespace alexnet::ui {

class ReluLesson : public LessonPage {
  Q_OBJECT
 public:
  explicit ReluLesson(QWidget* parent);

  // The measurement shown (once ready()), and the table it is shown in.
  const std::optional<GradientComparison>& measured() const { return m_measured; }
  QLabel* measurementLabel() const { return m_table; }
  // The table's text for one network's numbers, as shown (so a test can compare with core).
  static QString formatRow(const QString& network, const ActivationGradientStats& stats);

 private:
  void show(const GradientComparison& result);

  QLabel* m_table;
  QLabel* m_reading;
  std::optional<GradientComparison> m_measured;
};

}  // namespace alexnet::ui
