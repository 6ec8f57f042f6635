#include "ui/architecture/architecture_view.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>
#include <algorithm>
#include <cmath>
#include <QWheelEvent>

#include "ui/architecture/layer_block_item.h"

namespace alexnet::ui {

ArchitectureView::ArchitectureView(QWidget* parent) : QGraphicsView(parent) {
  setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
  setDragMode(QGraphicsView::ScrollHandDrag);
  setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
  setResizeAnchor(QGraphicsView::AnchorViewCenter);
  setObjectName(QStringLiteral("architectureView"));
}

void ArchitectureView::setZoom(qreal factor) {
  factor = std::clamp(factor, 0.2, 5.0);
  setTransform(QTransform::fromScale(factor, factor));
  emit zoomChanged(factor);
}

void ArchitectureView::fitAll() {
  if (!scene()) return;
  fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
  setZoom(zoom());  // clamp and report
}

void ArchitectureView::wheelEvent(QWheelEvent* event) {
  if (event->modifiers() & Qt::ControlModifier) {
    const qreal steps = event->angleDelta().y() / 120.0;
    setZoom(zoom() * std::pow(1.15, steps));
    event->accept();
    return;
  }
  QGraphicsView::wheelEvent(event);
}

void ArchitectureView::mousePressEvent(QMouseEvent* event) {
  m_pressPos = event->position().toPoint();
  QGraphicsView::mousePressEvent(event);
}

void ArchitectureView::mouseReleaseEvent(QMouseEvent* event) {
  QGraphicsView::mouseReleaseEvent(event);
  if (event->button() != Qt::LeftButton) return;
  if ((event->position().toPoint() - m_pressPos).manhattanLength() > 4) return;  // that was a pan
  for (QGraphicsItem* item : items(event->position().toPoint())) {
    if (item->type() == LayerBlockItem::Type) {
      auto* block = static_cast<LayerBlockItem*>(item);
      emit layerClicked(block->family(), block->layerAt(block->mapFromScene(mapToScene(event->position().toPoint()))));
      return;
    }
  }
}

QMenu* ArchitectureView::lessonMenuAt(const QPoint& position) {
  for (QGraphicsItem* item : items(position)) {
    if (item->type() != LayerBlockItem::Type) continue;
    auto* block = static_cast<LayerBlockItem*>(item);
    const LayerKind kind = block->kindOf(block->layerAt(block->mapFromScene(mapToScene(position))));
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("lessonMenu"));
    for (LessonId lesson : lessonsFor(kind))
      menu->addAction(tr("Why? %1").arg(lessonTitle(lesson)), this, [this, lesson] { emit lessonRequested(lesson); });
    return menu;
  }
  return nullptr;
}

void ArchitectureView::contextMenuEvent(QContextMenuEvent* event) {
  QMenu* menu = lessonMenuAt(event->pos());
  if (!menu) {
    QGraphicsView::contextMenuEvent(event);
    return;
  }
  menu->setAttribute(Qt::WA_DeleteOnClose);
  menu->popup(event->globalPos());
  event->accept();
}

}  // namespace alexnet::ui
