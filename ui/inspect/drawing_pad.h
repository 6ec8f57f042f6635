#pragma once
// DrawingPad — draw an object with the mouse: white strokes on black, like Fashion-MNIST.
// Emits drawingFinished() when a stroke ends, so the network can re-run on the drawing.
#include <QImage>
#include <QWidget>

namespace alexnet::ui {

class DrawingPad : public QWidget {
  Q_OBJECT
 public:
  explicit DrawingPad(QWidget* parent = nullptr);
  QImage image() const { return m_image; }
  bool isBlank() const { return m_blank; }
  QSize sizeHint() const override { return {168, 168}; }

 public slots:
  void clearPad();

 signals:
  void drawingFinished();

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;

 private:
  QPointF toImage(const QPointF& widgetPos) const;
  QImage m_image;  // 280×280 grayscale canvas
  QPointF m_last;
  bool m_drawing = false;
  bool m_blank = true;
};

}  // namespace alexnet::ui
