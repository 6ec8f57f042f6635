#pragma once
// ArchitectureView — a QGraphicsView with Ctrl+wheel zoom, drag-to-pan and click-to-select:
// a click (press and release without dragging) on a block emits layerClicked(family, layer); a
// right-click offers the lessons of the layer under the mouse ("Why? …") and emits lessonRequested.
#include <QGraphicsView>

#include "ui/lessons/lesson_registry.h"

namespace alexnet::ui {

class ArchitectureView : public QGraphicsView {
  Q_OBJECT
 public:
  explicit ArchitectureView(QWidget* parent = nullptr);

  qreal zoom() const { return transform().m11(); }
  void setZoom(qreal factor);  // clamped to [0.2, 5]

 public slots:
  void zoomIn() { setZoom(zoom() * 1.25); }
  void zoomOut() { setZoom(zoom() / 1.25); }
  void resetZoom() { setZoom(1.0); }
  void fitAll();

 signals:
  void layerClicked(const QString& family, int layer);
  void zoomChanged(qreal factor);
  void lessonRequested(alexnet::ui::LessonId lesson);

 protected:
  void wheelEvent(QWheelEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void contextMenuEvent(QContextMenuEvent* event) override;

 public:
  // The "Why?" menu for the block at a viewport position (nullptr if there is none); the caller owns it.
  QMenu* lessonMenuAt(const QPoint& position);

 private:
  QPoint m_pressPos;
};

}  // namespace alexnet::ui
