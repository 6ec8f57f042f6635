#pragma once
// ClassAccuracyBars — per-class test accuracy of one or two runs as horizontal bars: a row per class
// (its name on the left), one bar per run in the run's colour with the percentage at its end, and a
// legend naming the runs. Two runs side by side show at a glance where one network beats the other.
#include <QColor>
#include <QStringList>
#include <QVector>
#include <QWidget>

namespace alexnet::ui {

class ClassAccuracyBars : public QWidget {
  Q_OBJECT
 public:
  explicit ClassAccuracyBars(QWidget* parent = nullptr);

  static QColor runColor(int run);  // the colour of run 0 and run 1 (also used by the page's legend)

  // accuracy[run][class] in [0, 1]; a run with an empty vector has no bars (not evaluated yet).
  void setRuns(const QStringList& runNames, const QVector<QVector<double>>& accuracy, const QStringList& classNames);
  int runCount() const { return static_cast<int>(m_accuracy.size()); }
  double value(int run, int classIndex) const { return m_accuracy.value(run).value(classIndex, -1.0); }

  QSize minimumSizeHint() const override { return {260, 260}; }
  QSize sizeHint() const override { return {380, 460}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  QStringList m_runNames;
  QVector<QVector<double>> m_accuracy;
  QStringList m_classNames;
};

}  // namespace alexnet::ui
