#pragma once
// LayerBlockItem — one block of the architecture diagram: the book label, the output shape, the
// Sequential index and the activation/dropout tags. Knows whether it is selected or is the
// stepper's current layer and paints itself accordingly.
#include <QGraphicsObject>

#include "ui/architecture/diagram_layout.h"

namespace alexnet::ui {

class LayerBlockItem : public QGraphicsItem {
 public:
  enum { Type = UserType + 51 };
  static constexpr qreal kWidth = 340;
  static constexpr qreal kHeight = 50;

  LayerBlockItem(const DiagramBlock& block, QString family);

  int type() const override { return Type; }
  QRectF boundingRect() const override;
  void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

  const DiagramBlock& block() const { return m_block; }
  const QString& family() const { return m_family; }
  bool covers(int layer) const { return layer >= m_block.layer && layer <= m_block.lastLayer; }
  // The layer under a point in item coordinates: a tag's layer, else the main layer.
  int layerAt(const QPointF& pos) const;
  // The kind of one of the block's layers (a tag's or the main one's; Other for the input image).
  LayerKind kindOf(int layer) const;

  void setSelectedLayer(int layer);  // -2 = none
  void setCurrentLayer(int layer);   // -2 = none
  bool isHighlighted() const { return m_current != -2; }
  bool isLayerSelected() const { return m_selected != -2; }

 private:
  static QFont tagFont();
  QRectF tagRect(std::size_t tag) const;

  DiagramBlock m_block;
  QString m_family;
  int m_selected = -2;  // the selected layer if this block covers it
  int m_current = -2;   // the current (stepped) layer if this block covers it
};

}  // namespace alexnet::ui
