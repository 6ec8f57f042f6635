#include "ui/architecture/layer_block_item.h"

#include <QCoreApplication>
#include <QCursor>
#include <QPainter>
#include <QFontMetricsF>
#include <QPainterPath>

#include "ui/lessons/lesson_registry.h"

namespace alexnet::ui {
namespace {

QColor fillFor(StageCategory category, bool output) {
  switch (category) {
    case StageCategory::Input:
      return QColor(0xEC, 0xEF, 0xF1);
    case StageCategory::Conv:
      return QColor(0xBB, 0xDE, 0xFB);
    case StageCategory::Pool:
      return QColor(0xFF, 0xE0, 0xB2);
    case StageCategory::Norm:
      return QColor(0xE1, 0xBE, 0xE7);
    case StageCategory::Flatten:
      return QColor(0xE0, 0xE0, 0xE0);
    case StageCategory::Dense:
      return output ? QColor(0xA5, 0xD6, 0xA7) : QColor(0xC8, 0xE6, 0xC9);
    case StageCategory::Other:
      break;
  }
  return QColor(0xF5, 0xF5, 0xF5);
}

constexpr qreal kTagMinWidth = 48;
constexpr qreal kTagHeight = 19;

}  // namespace

LayerBlockItem::LayerBlockItem(const DiagramBlock& block, QString family)
    : m_block(block), m_family(std::move(family)) {
  setAcceptHoverEvents(false);
  setCursor(Qt::PointingHandCursor);
  // What the block does (the main layer, then its tags), its shape, and where the lesson is.
  QStringList tip{QStringLiteral("<b>%1</b> → %2").arg(m_block.title.toHtmlEscaped(), m_block.shapeText)};
  tip << layerPurpose(m_block.kind).toHtmlEscaped();
  for (const DiagramTag& tag : m_block.tags) tip << layerPurpose(tag.kind).toHtmlEscaped();
  tip << QStringLiteral("<i>%1</i>")
             .arg(QCoreApplication::translate("alexnet::ui::LayerBlockItem", "Right-click: Why? (%1)")
                      .arg(lessonTitle(lessonsFor(m_block.kind).front()))
                      .toHtmlEscaped());
  setToolTip(tip.join(QStringLiteral("<br>")));
}

LayerKind LayerBlockItem::kindOf(int layer) const {
  for (const DiagramTag& tag : m_block.tags)
    if (tag.layer == layer) return tag.kind;
  return m_block.kind;
}

QRectF LayerBlockItem::boundingRect() const { return QRectF(-4, -4, kWidth + 8, kHeight + 8); }

QFont LayerBlockItem::tagFont() {
  QFont font;
  font.setPointSizeF(9.5);
  return font;
}

QRectF LayerBlockItem::tagRect(std::size_t tag) const {
  // Tags stack leftwards from the right edge, each as wide as its text.
  const QFontMetricsF metrics(tagFont());
  qreal right = kWidth - 8;
  QRectF rect;
  for (std::size_t t = m_block.tags.size(); t-- > tag;) {
    const qreal width = std::max(kTagMinWidth, metrics.horizontalAdvance(m_block.tags[t].text) + 14);
    rect = QRectF(right - width, kHeight - kTagHeight - 5, width, kTagHeight);
    right -= width + 4;
  }
  return rect;
}

int LayerBlockItem::layerAt(const QPointF& pos) const {
  for (std::size_t t = 0; t < m_block.tags.size(); ++t)
    if (tagRect(t).contains(pos)) return m_block.tags[t].layer;
  return m_block.layer;
}

void LayerBlockItem::setSelectedLayer(int layer) {
  const int value = covers(layer) ? layer : -2;
  if (value == m_selected) return;
  m_selected = value;
  update();
}

void LayerBlockItem::setCurrentLayer(int layer) {
  const int value = covers(layer) ? layer : -2;
  if (value == m_current) return;
  m_current = value;
  update();
}

void LayerBlockItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
  painter->setRenderHint(QPainter::Antialiasing);
  const QRectF box(0, 0, kWidth, kHeight);
  QColor fill = fillFor(m_block.category, m_block.isOutput);
  if (m_current == m_block.layer) fill = QColor(0xFF, 0xCC, 0x80);  // the stepper is here
  QPen pen(QColor(0x54, 0x6E, 0x7A), 1.2);
  if (m_current != -2) pen = QPen(QColor(0xE6, 0x51, 0x00), 3);
  if (m_selected == m_block.layer) pen = QPen(QColor(0x15, 0x65, 0xC0), 3.5);
  painter->setPen(pen);
  painter->setBrush(fill);
  painter->drawRoundedRect(box, 8, 8);

  QFont titleFont = painter->font();
  titleFont.setPointSizeF(11.5);
  titleFont.setBold(true);
  painter->setFont(titleFont);
  painter->setPen(QColor(0x21, 0x21, 0x21));
  const qreal tagsWidth = m_block.tags.empty() ? 0.0 : kWidth - 8 - tagRect(0).left();
  painter->drawText(QRectF(12, 3, kWidth - 60, 22), Qt::AlignLeft | Qt::AlignVCenter,
                    painter->fontMetrics().elidedText(m_block.title, Qt::ElideRight, int(kWidth - 60)));

  QFont small = painter->font();
  small.setPointSizeF(9.5);
  small.setBold(false);
  painter->setFont(small);
  painter->setPen(QColor(0x45, 0x5A, 0x64));
  painter->drawText(QRectF(12, 25, kWidth - 24 - tagsWidth, 20), Qt::AlignLeft | Qt::AlignVCenter,
                    QStringLiteral("→ ") + m_block.shapeText);
  if (m_block.layer >= 0)
    painter->drawText(QRectF(kWidth - 52, 4, 42, 20), Qt::AlignRight | Qt::AlignVCenter,
                      QStringLiteral("#%1").arg(m_block.layer));

  for (std::size_t t = 0; t < m_block.tags.size(); ++t) {
    const QRectF rect = tagRect(t);
    const bool current = m_current == m_block.tags[t].layer;
    const bool selected = m_selected == m_block.tags[t].layer;
    painter->setPen(selected ? QPen(QColor(0x15, 0x65, 0xC0), 2.5) : QPen(QColor(0x78, 0x90, 0x9C), 1));
    painter->setBrush(current ? QColor(0xFF, 0xB7, 0x4D) : QColor(0xFF, 0xFF, 0xFF, 220));
    painter->drawRoundedRect(rect, kTagHeight / 2, kTagHeight / 2);
    painter->setPen(QColor(0x37, 0x47, 0x4F));
    painter->setFont(tagFont());
    painter->drawText(rect, Qt::AlignCenter, m_block.tags[t].text);
  }
}

}  // namespace alexnet::ui
