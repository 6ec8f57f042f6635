#pragma once
// ConfusionMatrixView — one run's confusion matrix as a heat map: rows the true class, columns the
// predicted class, class names on both axes, the count in every cell, the cell's colour its
// row-normalised rate (count / images of that true class) on core's viridis scale, so a class the
// network confuses shows as a bright cell off the diagonal whatever the class sizes. Clicking a
// cell selects it (outlined) and emits cellClicked; hovering tells the cell in words.
// Without a matrix it shows a one-line message instead ("Evaluating…", "Cancelled", an error).
#include <QColor>
#include <QStringList>
#include <QVector>
#include <QWidget>

namespace alexnet::ui {

class ConfusionMatrixView : public QWidget {
  Q_OBJECT
 public:
  explicit ConfusionMatrixView(QWidget* parent = nullptr);

  // counts[true][predicted]; names one per class. Clears the selection.
  void setMatrix(const QString& title, const QVector<QVector<qint64>>& counts, const QStringList& names);
  void showMessage(const QString& title, const QString& message);  // no matrix
  void setAccent(const QColor& color) {  // a swatch before the title: the run's colour in the bars
    m_accent = color;
    update();
  }
  bool hasMatrix() const { return !m_counts.isEmpty(); }
  QString message() const { return m_message; }
  QString title() const { return m_title; }

  void setSelectedCell(int trueClass, int predictedClass);  // (-1, -1) = none
  int selectedTrue() const { return m_selectedTrue; }
  int selectedPredicted() const { return m_selectedPredicted; }
  QRect cellRect(int trueClass, int predictedClass) const;  // in widget coordinates (tests click it)

  QSize minimumSizeHint() const override { return {360, 300}; }
  QSize sizeHint() const override { return {520, 460}; }

 signals:
  void cellClicked(int trueClass, int predictedClass);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  bool event(QEvent* event) override;  // tooltips

 private:
  struct Geometry {
    QRect grid;    // the 10×10 cells
    int cell = 0;  // side of one cell
    int labelWidth = 0;
    int headerHeight = 0;
  };
  Geometry geometry() const;
  bool cellAt(QPoint point, int* trueClass, int* predictedClass) const;
  double rowRate(int trueClass, int predictedClass) const;
  QString cellDescription(int trueClass, int predictedClass) const;

  QString m_title;
  QString m_message;
  QColor m_accent;
  QVector<QVector<qint64>> m_counts;
  QStringList m_names;
  int m_selectedTrue = -1;
  int m_selectedPredicted = -1;
};

}  // namespace alexnet::ui
