#include "ui/evaluate/confusion_matrix_view.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

#include "alexnet/core/display/viridis.h"

namespace alexnet::ui {

namespace {

constexpr int kTitleHeight = 22;
constexpr int kAxisTitle = 18;  // "True class" (rotated, left) and "Predicted class" (top)
constexpr int kMargin = 4;

QColor viridisColor(double t) {
  const Rgb8 rgb = viridis(static_cast<float>(t));
  return {rgb.red, rgb.green, rgb.blue};
}

}  // namespace

ConfusionMatrixView::ConfusionMatrixView(QWidget* parent) : QWidget(parent) {
  setMouseTracking(false);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ConfusionMatrixView::setMatrix(const QString& title, const QVector<QVector<qint64>>& counts,
                                    const QStringList& names) {
  m_title = title;
  m_counts = counts;
  m_names = names;
  m_message.clear();
  m_selectedTrue = m_selectedPredicted = -1;
  update();
}

void ConfusionMatrixView::showMessage(const QString& title, const QString& message) {
  m_title = title;
  m_message = message;
  m_counts.clear();
  m_selectedTrue = m_selectedPredicted = -1;
  update();
}

void ConfusionMatrixView::setSelectedCell(int trueClass, int predictedClass) {
  m_selectedTrue = trueClass;
  m_selectedPredicted = predictedClass;
  update();
}

ConfusionMatrixView::Geometry ConfusionMatrixView::geometry() const {
  Geometry g;
  const QFontMetrics metrics(font());
  int widest = 0;
  for (const QString& name : m_names) widest = std::max(widest, metrics.horizontalAdvance(name));
  g.labelWidth = widest + 8;
  g.headerHeight = widest + 8;  // column names are written upwards
  const int classes = std::max<int>(1, static_cast<int>(m_counts.size()));
  const int left = kMargin + kAxisTitle + g.labelWidth;
  const int top = kTitleHeight + kAxisTitle + g.headerHeight;
  const int side = std::min(width() - left - kMargin, height() - top - kMargin);
  g.cell = std::max(8, side / classes);
  g.grid = QRect(left, top, g.cell * classes, g.cell * classes);
  return g;
}

QRect ConfusionMatrixView::cellRect(int trueClass, int predictedClass) const {
  const Geometry g = geometry();
  return {g.grid.left() + predictedClass * g.cell, g.grid.top() + trueClass * g.cell, g.cell, g.cell};
}

bool ConfusionMatrixView::cellAt(QPoint point, int* trueClass, int* predictedClass) const {
  if (m_counts.isEmpty()) return false;
  const Geometry g = geometry();
  if (!g.grid.contains(point)) return false;
  *predictedClass = (point.x() - g.grid.left()) / g.cell;
  *trueClass = (point.y() - g.grid.top()) / g.cell;
  return *trueClass < m_counts.size() && *predictedClass < m_counts.size();
}

double ConfusionMatrixView::rowRate(int trueClass, int predictedClass) const {
  const QVector<qint64>& row = m_counts[trueClass];
  qint64 total = 0;
  for (qint64 count : row) total += count;
  return total > 0 ? static_cast<double>(row[predictedClass]) / static_cast<double>(total) : 0.0;
}

QString ConfusionMatrixView::cellDescription(int trueClass, int predictedClass) const {
  const qint64 count = m_counts[trueClass][predictedClass];
  const QString rate = QString::number(100.0 * rowRate(trueClass, predictedClass), 'f', 1);
  if (trueClass == predictedClass)
    return tr("%1: %2 images recognised (%3% of the class). Click to see them.")
        .arg(m_names.value(trueClass))
        .arg(count)
        .arg(rate);
  return tr("%1 taken for %2: %3 images (%4% of the class). Click to see them.")
      .arg(m_names.value(trueClass), m_names.value(predictedClass))
      .arg(count)
      .arg(rate);
}

void ConfusionMatrixView::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), palette().base());
  QFont bold = font();
  bold.setBold(true);
  painter.setFont(bold);
  painter.setPen(palette().text().color());
  int titleLeft = kMargin;
  if (m_accent.isValid()) {
    painter.fillRect(QRect(kMargin, kTitleHeight / 2 - 6, 12, 12), m_accent);
    titleLeft += 18;
  }
  painter.drawText(QRect(titleLeft, 0, width() - titleLeft - kMargin, kTitleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetrics(bold).elidedText(m_title, Qt::ElideRight, width() - titleLeft - kMargin));
  painter.setFont(font());
  if (m_counts.isEmpty()) {
    painter.drawText(rect().adjusted(kMargin, kTitleHeight, -kMargin, -kMargin), Qt::AlignCenter | Qt::TextWordWrap,
                     m_message);
    return;
  }
  const Geometry g = geometry();
  const int classes = static_cast<int>(m_counts.size());
  // Axis titles.
  painter.setPen(palette().placeholderText().color());
  painter.drawText(QRect(g.grid.left(), kTitleHeight, g.grid.width(), kAxisTitle), Qt::AlignCenter,
                   tr("Predicted class"));
  painter.save();
  painter.translate(kMargin, g.grid.center().y());
  painter.rotate(-90);
  painter.drawText(QRect(-g.grid.height() / 2, 0, g.grid.height(), kAxisTitle), Qt::AlignCenter, tr("True class"));
  painter.restore();
  // Class names: rows on the left, columns written upwards above the grid.
  painter.setPen(palette().text().color());
  for (int i = 0; i < classes; ++i) {
    const QString name = m_names.value(i);
    painter.drawText(QRect(g.grid.left() - g.labelWidth, g.grid.top() + i * g.cell, g.labelWidth - 6, g.cell),
                     Qt::AlignRight | Qt::AlignVCenter, name);
    painter.save();
    painter.translate(g.grid.left() + i * g.cell, g.grid.top() - 4);
    painter.rotate(-90);
    painter.drawText(QRect(0, 0, g.headerHeight - 4, g.cell), Qt::AlignLeft | Qt::AlignVCenter, name);
    painter.restore();
  }
  // Cells: colour = row-normalised rate, text = count (dark text on the bright end of viridis).
  QFont cellFont = font();
  if (g.cell < 34) cellFont.setPointSizeF(std::max(6.0, cellFont.pointSizeF() * 0.85));
  painter.setFont(cellFont);
  for (int t = 0; t < classes; ++t)
    for (int p = 0; p < classes; ++p) {
      const QRect cell = cellRect(t, p);
      const double rate = rowRate(t, p);
      painter.fillRect(cell, viridisColor(rate));
      painter.setPen(rate > 0.55 ? Qt::black : Qt::white);
      painter.drawText(cell, Qt::AlignCenter, QString::number(m_counts[t][p]));
    }
  painter.setPen(QPen(palette().mid().color(), 1));
  painter.setBrush(Qt::NoBrush);
  painter.drawRect(g.grid.adjusted(0, 0, -1, -1));
  if (m_selectedTrue >= 0 && m_selectedPredicted >= 0 && m_selectedTrue < classes && m_selectedPredicted < classes) {
    painter.setPen(QPen(QColor(230, 40, 40), 3));
    painter.drawRect(cellRect(m_selectedTrue, m_selectedPredicted).adjusted(1, 1, -2, -2));
  }
}

void ConfusionMatrixView::mousePressEvent(QMouseEvent* event) {
  int t = 0, p = 0;
  if (event->button() != Qt::LeftButton || !cellAt(event->position().toPoint(), &t, &p)) {
    QWidget::mousePressEvent(event);
    return;
  }
  setSelectedCell(t, p);
  emit cellClicked(t, p);
}

bool ConfusionMatrixView::event(QEvent* event) {
  if (event->type() == QEvent::ToolTip) {
    auto* help = static_cast<QHelpEvent*>(event);
    int t = 0, p = 0;
    if (cellAt(help->pos(), &t, &p))
      QToolTip::showText(help->globalPos(), cellDescription(t, p), this, cellRect(t, p));
    else
      QToolTip::hideText();
    return true;
  }
  return QWidget::event(event);
}

}  // namespace alexnet::ui
