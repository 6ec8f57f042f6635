#include "ui/evaluate/class_accuracy_bars.h"

#include <QPainter>
#include <algorithm>

namespace alexnet::ui {

ClassAccuracyBars::ClassAccuracyBars(QWidget* parent) : QWidget(parent) {
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QColor ClassAccuracyBars::runColor(int run) { return run == 0 ? QColor(52, 120, 198) : QColor(232, 128, 32); }

void ClassAccuracyBars::setRuns(const QStringList& runNames, const QVector<QVector<double>>& accuracy,
                                const QStringList& classNames) {
  m_runNames = runNames;
  m_accuracy = accuracy;
  m_classNames = classNames;
  update();
}

void ClassAccuracyBars::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), palette().base());
  const QFontMetrics metrics(font());
  const int lineHeight = metrics.height();
  QFont bold = font();
  bold.setBold(true);
  painter.setFont(bold);
  painter.setPen(palette().text().color());
  painter.drawText(QRect(4, 0, width() - 8, lineHeight + 4), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("Accuracy per class"));
  painter.setFont(font());
  // Legend: a swatch and the run's name, one line per run.
  int y = lineHeight + 6;
  const int runs = static_cast<int>(m_accuracy.size());
  for (int run = 0; run < runs; ++run) {
    painter.fillRect(QRect(6, y + 3, 12, lineHeight - 6), runColor(run));
    painter.setPen(palette().text().color());
    painter.drawText(QRect(24, y, width() - 28, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(m_runNames.value(run), Qt::ElideRight, width() - 28));
    y += lineHeight;
  }
  y += 4;
  const int classes = static_cast<int>(m_classNames.size());
  if (classes == 0) return;
  int labelWidth = 0;
  for (const QString& name : m_classNames) labelWidth = std::max(labelWidth, metrics.horizontalAdvance(name));
  labelWidth += 8;
  const int percentWidth = metrics.horizontalAdvance(QStringLiteral("100.0%")) + 6;
  const int barLeft = labelWidth;
  const int barSpan = std::max(20, width() - barLeft - percentWidth - 4);
  const int rowHeight = std::max(runs * 8 + 4, (height() - y - 4) / classes);
  const int barHeight = std::max(5, std::min(lineHeight, (rowHeight - 4) / std::max(1, runs)));
  // Grid lines at 0, 50 and 100 %.
  painter.setPen(QPen(palette().mid().color(), 1, Qt::DotLine));
  for (double tick : {0.0, 0.5, 1.0}) {
    const int x = barLeft + static_cast<int>(tick * barSpan);
    painter.drawLine(x, y, x, y + classes * rowHeight);
  }
  for (int c = 0; c < classes; ++c) {
    const int rowTop = y + c * rowHeight;
    painter.setPen(palette().text().color());
    painter.drawText(QRect(0, rowTop, labelWidth - 6, rowHeight), Qt::AlignRight | Qt::AlignVCenter, m_classNames[c]);
    const int barsTop = rowTop + (rowHeight - runs * barHeight) / 2;
    for (int run = 0; run < runs; ++run) {
      const double accuracy = value(run, c);
      if (accuracy < 0.0) continue;
      const QRect bar(barLeft, barsTop + run * barHeight, std::max(1, static_cast<int>(accuracy * barSpan)),
                      barHeight - 1);
      painter.fillRect(bar, runColor(run));
      painter.setPen(palette().text().color());
      painter.drawText(QRect(bar.right() + 4, bar.top(), percentWidth, bar.height()), Qt::AlignLeft | Qt::AlignVCenter,
                       QString::number(100.0 * accuracy, 'f', 1) + QLatin1Char('%'));
    }
  }
}

}  // namespace alexnet::ui
