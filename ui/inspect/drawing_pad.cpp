#include "ui/inspect/drawing_pad.h"

#include <QMouseEvent>
#include <QPainter>

namespace alexnet::ui {

DrawingPad::DrawingPad(QWidget* parent) : QWidget(parent), m_image(280, 280, QImage::Format_RGB32) {
  m_image.fill(Qt::black);
  setMinimumSize(140, 140);
  setCursor(Qt::CrossCursor);
  setToolTip(tr("Draw with the mouse; the network re-runs when you release the button."));
}

void DrawingPad::clearPad() {
  m_image.fill(Qt::black);
  m_blank = true;
  update();
}

QPointF DrawingPad::toImage(const QPointF& p) const {
  const int side = std::min(width(), height());
  return QPointF(p.x() * m_image.width() / side, p.y() * m_image.height() / side);
}

void DrawingPad::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  const int side = std::min(width(), height());
  painter.drawImage(QRect(0, 0, side, side), m_image);
  painter.setPen(QColor(0x90, 0xA4, 0xAE));
  painter.drawRect(0, 0, side - 1, side - 1);
}

void DrawingPad::mousePressEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) return;
  m_drawing = true;
  m_last = toImage(event->position());
}

void DrawingPad::mouseMoveEvent(QMouseEvent* event) {
  if (!m_drawing) return;
  const QPointF point = toImage(event->position());
  QPainter painter(&m_image);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(QPen(Qt::white, 22, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
  painter.drawLine(m_last, point);
  m_last = point;
  m_blank = false;
  update();
}

void DrawingPad::mouseReleaseEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || !m_drawing) return;
  m_drawing = false;
  if (!m_blank) emit drawingFinished();
}

}  // namespace alexnet::ui
