#include "ui/training/kernel_grid_view.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace alexnet::ui {

KernelGridView::KernelGridView(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("kernelGrid"));
  setMinimumSize(160, 80);
}

void KernelGridView::setKernels(const KernelSnapshot& s) {
  ++m_updates;
  m_count = s.outChannels;
  m_size = s.size;
  if (s.outChannels <= 0 || s.size <= 0 || s.values.size() < s.outChannels * s.inChannels * s.size * s.size) {
    m_image = QImage();
    update();
    return;
  }
  m_columns = std::min(m_count, std::max(1, static_cast<int>(std::ceil(std::sqrt(m_count * 2.0)))));
  const int rows = (m_count + m_columns - 1) / m_columns;
  const int cell = m_size + 1;
  m_image = QImage(m_columns * cell - 1, rows * cell - 1, QImage::Format_RGB32);
  m_image.fill(palette().color(QPalette::Window));
  const int kernelSize = s.inChannels * s.size * s.size;
  for (int k = 0; k < m_count; ++k) {
    const float* w = s.values.constData() + k * kernelSize;  // first input channel: (size, size)
    const auto [lo, hi] = std::minmax_element(w, w + s.size * s.size);
    const float range = std::max(*hi - *lo, 1e-12f);
    const int x0 = (k % m_columns) * cell;
    const int y0 = (k / m_columns) * cell;
    for (int y = 0; y < s.size; ++y)
      for (int x = 0; x < s.size; ++x) {
        const int g = static_cast<int>(std::lround(255.0f * (w[y * s.size + x] - *lo) / range));
        m_image.setPixel(x0 + x, y0 + y, qRgb(g, g, g));
      }
  }
  update();
}

void KernelGridView::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  if (m_image.isNull()) {
    painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("conv1 kernels appear when training starts"));
    return;
  }
  const QSize scaled = m_image.size().scaled(size(), Qt::KeepAspectRatio);
  const QRect target(QPoint((width() - scaled.width()) / 2, (height() - scaled.height()) / 2), scaled);
  painter.drawImage(target, m_image);  // nearest-neighbour: no smooth-pixmap hint
}

}  // namespace alexnet::ui
