#include "ui/inspect/feature_map_view.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace alexnet::ui {

FeatureMapView::FeatureMapView(QWidget* parent) : QWidget(parent) {
  setMouseTracking(true);
  setFocusPolicy(Qt::ClickFocus);
  setMinimumSize(240, 180);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  m_renderTimer.setSingleShot(true);
  m_renderTimer.setInterval(0);
  connect(&m_renderTimer, &QTimer::timeout, this, &FeatureMapView::renderNow);
  m_placeholder = tr("No output yet: choose an input and press Step (→).");
}

void FeatureMapView::setTensor(const SharedTensor& output, bool isInput) {
  m_tensor = output;  // shared, not copied
  m_isInput = isInput;
  const int channels = output->rank() == 4 ? static_cast<int>(output->dim(1)) : 1;
  if (m_options.onlyChannel >= channels) m_options.onlyChannel = -1;
  scheduleRender();
}

void FeatureMapView::clear() {
  m_tensor = SharedTensor();
  m_grid = FeatureGrid();
  if (inScrollArea()) setMinimumSize(0, 0);
  update();
}

void FeatureMapView::setRenderArea(const QSize& area, int scrollBarWidth) {
  if (area == m_renderArea && scrollBarWidth == m_scrollBarWidth) return;
  m_renderArea = area;
  m_scrollBarWidth = scrollBarWidth;
  if (!m_tensor.empty()) {
    m_renderTimer.setInterval(30);  // coalesce a drag-resize into a few renders
    scheduleRender();
    m_renderTimer.setInterval(0);
  }
}

void FeatureMapView::setScaleMode(ScaleMode mode) {
  m_options.scale = mode;
  scheduleRender();
}

void FeatureMapView::setColorMode(ColorMode mode) {
  m_options.color = mode;
  scheduleRender();
}

void FeatureMapView::setSortByMean(bool sort) {
  m_options.sortByMean = sort;
  scheduleRender();
}

void FeatureMapView::setEnlargedChannel(int channel) {
  m_options.onlyChannel = channel;
  scheduleRender();
}

void FeatureMapView::scheduleRender() { m_renderTimer.start(); }

void FeatureMapView::renderNow() {
  m_renderTimer.stop();
  if (m_tensor.empty()) {
    m_grid = FeatureGrid();
    update();
    return;
  }
  FeatureGridOptions options = m_options;
  options.available = (inScrollArea() ? m_renderArea : size()) - QSize(4, 4);
  if (m_isInput && options.color == ColorMode::Auto) options.color = ColorMode::Gray;
  m_grid = FeatureGrid::render(m_tensor, options);
  if (inScrollArea()) {
    if (m_grid.image().height() > options.available.height()) {  // rows run on: leave room for the scroll bar
      options.available.rwidth() -= m_scrollBarWidth;
      m_grid = FeatureGrid::render(m_tensor, options);
    }
    setMinimumSize(m_grid.image().size() + QSize(4, 4));
  }
  update();
  emit rendered(m_grid.renderMs(), m_grid.channels());
}

QPoint FeatureMapView::imageOrigin() const {
  const QSize image = m_grid.image().size();
  return QPoint(std::max(0, (width() - image.width()) / 2), std::max(0, (height() - image.height()) / 2));
}

void FeatureMapView::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), QColor(0xFA, 0xFA, 0xFA));
  if (m_grid.image().isNull()) {
    painter.setPen(QColor(0x75, 0x75, 0x75));
    painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
    return;
  }
  painter.drawImage(imageOrigin(), m_grid.image());
}

void FeatureMapView::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  if (!m_tensor.empty() && !inScrollArea()) {
    m_renderTimer.setInterval(30);  // coalesce a drag-resize into a few renders
    scheduleRender();
    m_renderTimer.setInterval(0);
  }
}

void FeatureMapView::mouseMoveEvent(QMouseEvent* event) {
  const FeatureGridHit hit = m_grid.hitTest(event->position().toPoint() - imageOrigin());
  if (!hit.valid) {
    emit hoverText(QString());
    return;
  }
  QString text;
  if (m_grid.isDense())
    text = tr("unit %1: %2").arg(hit.x).arg(static_cast<double>(hit.value), 0, 'g', 5) +
           tr("  · click: explain this unit");
  else
    text = tr("channel %1, row %2, column %3: %4%5")
               .arg(hit.channel)
               .arg(hit.y)
               .arg(hit.x)
               .arg(static_cast<double>(hit.value), 0, 'g', 5)
               .arg(m_grid.dead()[static_cast<std::size_t>(hit.channel)] ? tr("  (dead channel)") : QString());
  if (m_options.onlyChannel >= 0)
    text += tr("  · click: explain this value · right-click or Esc: all channels");
  else if (m_grid.channels() > 1)
    text += tr("  · click: enlarge");
  emit hoverText(text);
}

void FeatureMapView::mousePressEvent(QMouseEvent* event) {
  if (m_grid.isDense()) {
    const FeatureGridHit hit = m_grid.hitTest(event->position().toPoint() - imageOrigin());
    if (event->button() == Qt::LeftButton && hit.valid) emit unitClicked(hit.x);
    return;
  }
  if (m_options.onlyChannel >= 0) {
    if (event->button() == Qt::RightButton) {
      setEnlargedChannel(-1);
      return;
    }
    const FeatureGridHit hit = m_grid.hitTest(event->position().toPoint() - imageOrigin());
    if (event->button() == Qt::LeftButton && hit.valid) emit pixelClicked(hit.channel, hit.y, hit.x);
    return;
  }
  if (event->button() != Qt::LeftButton) return;
  const FeatureGridHit hit = m_grid.hitTest(event->position().toPoint() - imageOrigin());
  if (hit.valid && m_grid.channels() > 1) setEnlargedChannel(hit.channel);
}

void FeatureMapView::keyPressEvent(QKeyEvent* event) {
  if (event->key() == Qt::Key_Escape && m_options.onlyChannel >= 0) {
    setEnlargedChannel(-1);
    return;
  }
  QWidget::keyPressEvent(event);
}

void FeatureMapView::leaveEvent(QEvent*) { emit hoverText(QString()); }

}  // namespace alexnet::ui
