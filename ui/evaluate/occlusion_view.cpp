#include "ui/evaluate/occlusion_view.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>

#include "alexnet/core/display/viridis.h"

namespace alexnet::ui {
namespace {

constexpr int kLegendHeight = 34;

QColor viridisColour(float t) {
  const Rgb8 c = alexnet::viridis(t);
  return QColor(c.red, c.green, c.blue);
}

}  // namespace

OcclusionView::OcclusionView(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("occlusionView"));
  setMouseTracking(true);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void OcclusionView::setPicture(const QImage& original, const InputGeometry& geometry) {
  m_original = original;
  m_geometry = geometry;
  clearMap();
}

void OcclusionView::clearMap() {
  m_overlay = QImage();
  m_result = {};
  update();
}

void OcclusionView::setOpacity(double opacity) {
  m_opacity = opacity;
  update();
}

void OcclusionView::setMap(const OcclusionResult& result) {
  m_result = result;
  const std::int64_t height = m_geometry.inputHeight, width = m_geometry.inputWidth;
  if (result.map.empty() || height <= 0 || width <= 0) return clearMap();
  const Tensor pixels = occlusionPixelMap(result.map, result.patch, result.stride, height, width);  // (H, W)
  m_min = *std::min_element(result.map.data(), result.map.data() + result.map.numel());
  m_max = *std::max_element(result.map.data(), result.map.data() + result.map.numel());
  m_overlay = QImage(static_cast<int>(width), static_cast<int>(height), QImage::Format_ARGB32);
  for (int y = 0; y < m_overlay.height(); ++y)
    for (int x = 0; x < m_overlay.width(); ++x) {
      const float v = pixels[static_cast<std::int64_t>(y) * width + x];
      m_overlay.setPixel(x, y, viridisColour(m_max > m_min ? (v - m_min) / (m_max - m_min) : 0.5f).rgb());
    }
  update();
}

QRectF OcclusionView::pictureRect() const {
  const QRectF area(4, 4, width() - 8, height() - 12 - kLegendHeight);
  if (m_original.isNull() || area.width() <= 0 || area.height() <= 0) return {};
  const double scale = std::min(area.width() / m_original.width(), area.height() / m_original.height());
  const QSizeF size(m_original.width() * scale, m_original.height() * scale);
  return QRectF(area.center() - QPointF(size.width() / 2, size.height() / 2), size);
}

QRectF OcclusionView::mapRect() const {
  const QRectF picture = pictureRect();
  if (picture.isEmpty() || m_geometry.inputWidth <= 0) return {};
  const ImageRect region = toOriginalImage(
      InputRect{.x = 0, .y = 0, .width = m_geometry.inputWidth, .height = m_geometry.inputHeight}, m_geometry);
  const double sx = picture.width() / m_original.width(), sy = picture.height() / m_original.height();
  return QRectF(picture.left() + region.x * sx, picture.top() + region.y * sy, region.width * sx, region.height * sy);
}

QRect OcclusionView::legendRect() const { return QRect(40, height() - kLegendHeight - 4, width() - 80, 12); }

bool OcclusionView::dropAt(QPoint point, int* row, int* col, float* drop) const {
  const QRectF area = mapRect();
  if (m_overlay.isNull() || !area.contains(point)) return false;
  // The model-input pixel under the point, then the square whose centre is nearest to it.
  const double x = (point.x() - area.left()) / area.width() * m_geometry.inputWidth;
  const double y = (point.y() - area.top()) / area.height() * m_geometry.inputHeight;
  const std::int64_t rows = m_result.map.dim(0), cols = m_result.map.dim(1);
  const double half = (m_result.patch - 1) / 2.0;
  const std::int64_t i = std::clamp<std::int64_t>(std::llround((y - 0.5 - half) / m_result.stride), 0, rows - 1);
  const std::int64_t j = std::clamp<std::int64_t>(std::llround((x - 0.5 - half) / m_result.stride), 0, cols - 1);
  *row = static_cast<int>(i);
  *col = static_cast<int>(j);
  *drop = m_result.map[i * cols + j];
  return true;
}

void OcclusionView::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), QColor(0x26, 0x32, 0x38));
  if (m_original.isNull()) return;
  painter.setRenderHint(QPainter::SmoothPixmapTransform, m_original.width() > 64);
  painter.drawImage(pictureRect(), m_original);
  if (m_overlay.isNull()) return;
  painter.setOpacity(m_opacity);
  painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
  painter.drawImage(mapRect(), m_overlay);
  painter.setOpacity(1.0);
  painter.setPen(QPen(QColor(255, 255, 255, 160), 1, Qt::DashLine));
  painter.drawRect(mapRect());
  // The legend: viridis from the smallest drop (left) to the largest (right).
  const QRect bar = legendRect();
  for (int x = 0; x < bar.width(); ++x)
    painter.fillRect(
        bar.left() + x, bar.top(), 1, bar.height(),
        viridisColour(bar.width() > 1 ? static_cast<float>(x) / static_cast<float>(bar.width() - 1) : 0.5f));
  painter.setPen(Qt::white);
  const QRect labels(bar.left(), bar.bottom() + 2, bar.width(), kLegendHeight - bar.height() - 2);
  painter.drawText(labels, Qt::AlignLeft | Qt::AlignTop, QString::number(double(m_min), 'f', 3));
  painter.drawText(labels, Qt::AlignHCenter | Qt::AlignTop, tr("drop in p(class) when the square hides that spot"));
  painter.drawText(labels, Qt::AlignRight | Qt::AlignTop, QString::number(double(m_max), 'f', 3));
}

void OcclusionView::mouseMoveEvent(QMouseEvent* event) {
  int row = 0, col = 0;
  float drop = 0.0f;
  if (dropAt(event->position().toPoint(), &row, &col, &drop))
    emit hovered(tr("Square (%1, %2) at input pixels (%3, %4): p drops by %5")
                     .arg(row)
                     .arg(col)
                     .arg(row * m_result.stride)
                     .arg(col * m_result.stride)
                     .arg(double(drop), 0, 'f', 4));
  else
    emit hovered(QString());
}

void OcclusionView::leaveEvent(QEvent*) { emit hovered(QString()); }

}  // namespace alexnet::ui
