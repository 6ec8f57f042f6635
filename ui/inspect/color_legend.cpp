#include "ui/inspect/color_legend.h"

#include <QPainter>

namespace alexnet::ui {

ColorLegend::ColorLegend(QWidget* parent) : QWidget(parent) {
  setMinimumHeight(48);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ColorLegend::setGrid(const FeatureGrid& grid) {
  m_valid = !grid.image().isNull();
  m_kind = grid.colorMap();
  m_scale = grid.scaleMode();
  m_min = grid.minValue();
  m_max = grid.maxValue();
  m_dead = grid.isDense() ? 0 : grid.deadCount();
  m_channels = grid.channels();
  update();
}

void ColorLegend::clear() {
  m_valid = false;
  update();
}

void ColorLegend::paintEvent(QPaintEvent*) {
  if (!m_valid) return;
  QPainter painter(this);
  const ColorMap map(m_kind);
  const int barWidth = std::min(260, width() / 2);
  const QRect bar(60, 4, barWidth, 12);
  for (int x = 0; x < bar.width(); ++x) {
    painter.setPen(QColor::fromRgb(map.at(float(x) / float(std::max(1, bar.width() - 1)))));
    painter.drawLine(bar.left() + x, bar.top(), bar.left() + x, bar.bottom());
  }
  painter.setPen(QColor(0x90, 0xA4, 0xAE));
  painter.drawRect(bar.adjusted(0, 0, -1, -1));
  painter.setPen(QColor(0x37, 0x47, 0x4F));
  QFont font = painter.font();
  font.setPointSizeF(8.5);
  painter.setFont(font);
  const QString low = m_scale == ScaleMode::PerMap ? tr("min") : QString::number(double(m_min), 'g', 3);
  const QString high = m_scale == ScaleMode::PerMap ? tr("max") : QString::number(double(m_max), 'g', 3);
  painter.drawText(QRect(0, 2, 56, 16), Qt::AlignRight | Qt::AlignVCenter, low);
  painter.drawText(QRect(bar.right() + 6, 2, 80, 16), Qt::AlignLeft | Qt::AlignVCenter, high);
  if (m_kind == ColorMapKind::Diverging)
    painter.drawText(QRect(bar.left(), bar.bottom() + 1, bar.width(), 14), Qt::AlignHCenter | Qt::AlignTop,
                     QStringLiteral("0"));
  QString kind = m_kind == ColorMapKind::Diverging ? tr("diverging (signed values)")
                 : m_kind == ColorMapKind::Gray    ? tr("gray (input image)")
                                                   : tr("sequential (non-negative)");
  QString text =
      (m_scale == ScaleMode::PerMap ? tr("per-map scale") : tr("shared scale")) + QStringLiteral(" · ") + kind;
  if (m_dead > 0) text += QStringLiteral(" · ") + tr("%1 of %2 channels dead (red cross)").arg(m_dead).arg(m_channels);
  // Second line, under the bar: scale, map and dead channels.
  painter.drawText(QRect(4, bar.bottom() + 14, width() - 8, 16), Qt::AlignLeft | Qt::AlignVCenter,
                   painter.fontMetrics().elidedText(text, Qt::ElideRight, width() - 8));
}

}  // namespace alexnet::ui
