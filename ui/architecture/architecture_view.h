#pragma once
// ArchitectureView — a QGraphicsView with Ctrl+wheel zoom, drag-to-pan and click-to-select:
// a click (press and release without dragging) on a block emits layerClicked(family, layer).
#include <QGraphicsView>

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

 protected:
  void wheelEvent(QWheelEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;

 private:
  QPoint m_pressPos;
};

}  // namespace alexnet::ui
