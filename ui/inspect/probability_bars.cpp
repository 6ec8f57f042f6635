#include "ui/inspect/probability_bars.h"

#include <QPainter>
#include <algorithm>

namespace alexnet::ui {

QStringList fashionClassNames() {
  return {ProbabilityBars::tr("T-shirt/top"), ProbabilityBars::tr("Trouser"), ProbabilityBars::tr("Pullover"),
          ProbabilityBars::tr("Dress"),       ProbabilityBars::tr("Coat"),    ProbabilityBars::tr("Sandal"),
          ProbabilityBars::tr("Shirt"),       ProbabilityBars::tr("Sneaker"), ProbabilityBars::tr("Bag"),
          ProbabilityBars::tr("Ankle boot")};
}

ProbabilityBars::ProbabilityBars(QWidget* parent) : QWidget(parent) {
  setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ProbabilityBars::setProbabilities(const Tensor& probabilities, bool current) {
  m_values = probabilities.empty() ? std::vector<float>{} : probabilities.toVector();
  m_current = current;
  update();
}

void ProbabilityBars::clear() {
  m_values.clear();
  update();
}

void ProbabilityBars::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  if (m_values.empty()) {
    painter.setPen(QColor(0x75, 0x75, 0x75));
    painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                     tr("Class probabilities appear when the last layer has run (Run to end)."));
    return;
  }
  const QStringList names = fashionClassNames();
  const int count = static_cast<int>(m_values.size());
  const int best = static_cast<int>(std::max_element(m_values.begin(), m_values.end()) - m_values.begin());
  const int rowHeight = std::max(12, std::min(22, height() / std::max(1, count)));
  const int labelWidth = std::min(120, width() / 3);
  const int valueWidth = 52;
  const int barSpace = std::max(20, width() - labelWidth - valueWidth - 12);
  for (int i = 0; i < count && i * rowHeight < height(); ++i) {
    const int y = i * rowHeight;
    const QString name = i < names.size() && count == names.size() ? names[i] : QString::number(i);
    painter.setPen(i == best ? QColor(0x0D, 0x47, 0xA1) : QColor(0x37, 0x47, 0x4F));
    QFont font = painter.font();
    font.setBold(i == best);
    painter.setFont(font);
    painter.drawText(QRect(0, y, labelWidth - 6, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                     painter.fontMetrics().elidedText(name, Qt::ElideRight, labelWidth - 6));
    const float p = std::clamp(m_values[static_cast<std::size_t>(i)], 0.0f, 1.0f);
    const QRectF bar(labelWidth, y + 3, std::max(1.0, double(p) * barSpace), rowHeight - 6);
    QColor color = i == best ? QColor(0x1E, 0x88, 0xE5) : QColor(0x90, 0xCA, 0xF9);
    if (!m_current) color = QColor(0xBD, 0xBD, 0xBD);
    painter.fillRect(QRectF(labelWidth, y + 3, barSpace, rowHeight - 6), QColor(0xF1, 0xF3, 0xF4));
    painter.fillRect(bar, color);
    painter.setPen(QColor(0x37, 0x47, 0x4F));
    painter.drawText(QRect(labelWidth + barSpace + 4, y, valueWidth + 6, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("%1%").arg(double(p) * 100.0, 0, 'f', 1));
  }
}

}  // namespace alexnet::ui
