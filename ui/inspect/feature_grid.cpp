#include "ui/inspect/feature_grid.h"

#include <QElapsedTimer>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace alexnet::ui {

int FeatureGrid::deadCount() const { return static_cast<int>(std::count(m_dead.begin(), m_dead.end(), true)); }

FeatureGrid FeatureGrid::render(const Tensor& output, const FeatureGridOptions& options) {
  return render(SharedTensor(output), options);
}

FeatureGrid FeatureGrid::render(const SharedTensor& values, const FeatureGridOptions& options) {
  QElapsedTimer timer;
  timer.start();
  FeatureGrid grid;
  const Tensor& output = *values;
  if (output.empty() || (output.rank() != 4 && output.rank() != 2)) return grid;
  grid.m_values = values;  // shared, not copied
  grid.m_gap = options.gap;
  grid.m_scale = options.scale;
  if (output.rank() == 4) {
    grid.m_channels = static_cast<int>(output.dim(1));
    grid.m_mapH = static_cast<int>(output.dim(2));
    grid.m_mapW = static_cast<int>(output.dim(3));
  } else {  // dense (1, F): one strip wrapped into rows, about 4:1 wide
    grid.m_dense = true;
    grid.m_features = static_cast<int>(output.dim(1));
    grid.m_channels = 1;
    const int wrap =
        grid.m_features <= 32 ? grid.m_features : static_cast<int>(std::ceil(std::sqrt(4.0 * grid.m_features)));
    grid.m_mapW = std::max(1, wrap);
    grid.m_mapH = (grid.m_features + grid.m_mapW - 1) / grid.m_mapW;
  }
  const int channels = grid.m_channels;
  const std::int64_t plane = grid.m_dense ? grid.m_features : static_cast<std::int64_t>(grid.m_mapH) * grid.m_mapW;
  const float* data = output.data();  // batch item 0

  // Statistics per channel.
  std::vector<float> mins(static_cast<std::size_t>(channels)), maxs(static_cast<std::size_t>(channels));
  grid.m_means.assign(static_cast<std::size_t>(channels), 0.0f);
  grid.m_dead.assign(static_cast<std::size_t>(channels), false);
  float globalMin = std::numeric_limits<float>::max(), globalMax = std::numeric_limits<float>::lowest();
  for (int c = 0; c < channels; ++c) {
    const float* p = data + static_cast<std::int64_t>(c) * plane;
    float lo = p[0], hi = p[0];
    double sum = 0.0;
    for (std::int64_t i = 0; i < plane; ++i) {
      lo = std::min(lo, p[i]);
      hi = std::max(hi, p[i]);
      sum += p[i];
    }
    mins[static_cast<std::size_t>(c)] = lo;
    maxs[static_cast<std::size_t>(c)] = hi;
    grid.m_means[static_cast<std::size_t>(c)] = static_cast<float>(sum / static_cast<double>(plane));
    grid.m_dead[static_cast<std::size_t>(c)] = !grid.m_dense && hi - lo <= 1e-12f * std::max(1.0f, std::abs(hi));
    globalMin = std::min(globalMin, lo);
    globalMax = std::max(globalMax, hi);
  }
  ColorMode mode = options.color;
  if (mode == ColorMode::Auto) mode = globalMin >= 0.0f ? ColorMode::Sequential : ColorMode::Diverging;
  grid.m_kind = mode == ColorMode::Gray        ? ColorMapKind::Gray
                : mode == ColorMode::Diverging ? ColorMapKind::Diverging
                                               : ColorMapKind::Sequential;
  const bool diverging = grid.m_kind == ColorMapKind::Diverging;
  if (diverging) {
    const float bound = std::max(std::abs(globalMin), std::abs(globalMax));
    grid.m_min = -bound;
    grid.m_max = bound;
  } else {
    grid.m_min = globalMin;
    grid.m_max = globalMax;
  }

  grid.m_order.resize(static_cast<std::size_t>(channels));
  std::iota(grid.m_order.begin(), grid.m_order.end(), 0);
  if (options.sortByMean)
    std::stable_sort(grid.m_order.begin(), grid.m_order.end(), [&grid](int a, int b) {
      return grid.m_means[static_cast<std::size_t>(a)] > grid.m_means[static_cast<std::size_t>(b)];
    });
  grid.m_onlyChannel = options.onlyChannel >= 0 && options.onlyChannel < channels ? options.onlyChannel : -1;
  const int tiles = grid.m_onlyChannel >= 0 ? 1 : channels;

  // Layout: the number of columns that gives the largest tiles inside `available`.
  const int availW = std::max(64, options.available.width());
  const int availH = std::max(64, options.available.height());
  const int gap = grid.m_gap;
  int bestColumns = 1;
  double bestScale = 0.0;
  for (int columns = 1; columns <= tiles; ++columns) {
    const int rows = (tiles + columns - 1) / columns;
    const double scale = std::min(double(availW - columns * gap) / (double(columns) * grid.m_mapW),
                                  double(availH - rows * gap) / (double(rows) * grid.m_mapH));
    if (scale > bestScale) {
      bestScale = scale;
      bestColumns = columns;
    }
  }
  if (bestScale < 1.0) {
    // Never below one pixel per value: as many columns as fit the width, the rows run on below
    // (the view scrolls them).
    bestScale = 1.0;
    bestColumns = std::clamp(availW / (grid.m_mapW + gap), 1, tiles);
  }
  grid.m_columns = bestColumns;
  grid.m_tileW = std::max(1, static_cast<int>(std::floor(bestScale * grid.m_mapW)));
  grid.m_tileH = std::max(1, static_cast<int>(std::floor(bestScale * grid.m_mapH)));
  const int rows = (tiles + bestColumns - 1) / bestColumns;
  grid.m_image = QImage(bestColumns * (grid.m_tileW + gap), rows * (grid.m_tileH + gap), QImage::Format_RGB32);
  grid.m_image.fill(QColor(0xFA, 0xFA, 0xFA));

  const ColorMap colorMap(grid.m_kind);
  // Source column/row of each tile pixel (nearest neighbour), shared by all tiles.
  std::vector<int> srcX(static_cast<std::size_t>(grid.m_tileW)), srcY(static_cast<std::size_t>(grid.m_tileH));
  for (int x = 0; x < grid.m_tileW; ++x)
    srcX[static_cast<std::size_t>(x)] = std::min(grid.m_mapW - 1, x * grid.m_mapW / grid.m_tileW);
  for (int y = 0; y < grid.m_tileH; ++y)
    srcY[static_cast<std::size_t>(y)] = std::min(grid.m_mapH - 1, y * grid.m_mapH / grid.m_tileH);
  for (int position = 0; position < tiles; ++position) {
    const int c = grid.m_onlyChannel >= 0 ? grid.m_onlyChannel : grid.m_order[static_cast<std::size_t>(position)];
    float lo = grid.m_min, hi = grid.m_max;
    if (options.scale == ScaleMode::PerMap) {
      lo = mins[static_cast<std::size_t>(c)];
      hi = maxs[static_cast<std::size_t>(c)];
      if (diverging) {
        const float bound = std::max(std::abs(lo), std::abs(hi));
        lo = -bound;
        hi = bound;
      }
    }
    const float span = hi - lo > 1e-20f ? hi - lo : 1.0f;
    const float inv = 1.0f / span;
    const float* p = data + static_cast<std::int64_t>(c) * plane;
    const QRect rect = grid.tileRect(position);
    for (int y = 0; y < grid.m_tileH; ++y) {
      auto* line = reinterpret_cast<QRgb*>(grid.m_image.scanLine(rect.top() + y)) + rect.left();
      const int sy = srcY[static_cast<std::size_t>(y)];
      for (int x = 0; x < grid.m_tileW; ++x) {
        const std::int64_t i = static_cast<std::int64_t>(sy) * grid.m_mapW + srcX[static_cast<std::size_t>(x)];
        line[x] = i < plane ? colorMap.at((p[i] - lo) * inv) : qRgb(0xE0, 0xE0, 0xE0);
      }
    }
  }
  // Dead channels: a red frame and a diagonal cross.
  if (!grid.m_dense && grid.deadCount() > 0) {
    QPainter painter(&grid.m_image);
    painter.setPen(QPen(QColor(0xD3, 0x2F, 0x2F), 1));
    for (int position = 0; position < tiles; ++position) {
      const int c = grid.m_onlyChannel >= 0 ? grid.m_onlyChannel : grid.m_order[static_cast<std::size_t>(position)];
      if (!grid.m_dead[static_cast<std::size_t>(c)]) continue;
      const QRect rect = grid.tileRect(position).adjusted(0, 0, -1, -1);
      painter.drawRect(rect);
      painter.drawLine(rect.topLeft(), rect.bottomRight());
    }
  }
  grid.m_renderMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
  return grid;
}

QRect FeatureGrid::tileRect(int position) const {
  const int column = position % m_columns, row = position / m_columns;
  return QRect(column * (m_tileW + m_gap) + m_gap / 2, row * (m_tileH + m_gap) + m_gap / 2, m_tileW, m_tileH);
}

FeatureGridHit FeatureGrid::hitTest(const QPoint& pixel) const {
  FeatureGridHit hit;
  if (m_image.isNull() || pixel.x() < 0 || pixel.y() < 0) return hit;
  const int column = pixel.x() / (m_tileW + m_gap), row = pixel.y() / (m_tileH + m_gap);
  if (column >= m_columns) return hit;
  const int position = row * m_columns + column;
  const int tiles = m_onlyChannel >= 0 ? 1 : m_channels;
  if (position >= tiles) return hit;
  const QRect rect = tileRect(position);
  if (!rect.contains(pixel)) return hit;
  const int channel = m_onlyChannel >= 0 ? m_onlyChannel : m_order[static_cast<std::size_t>(position)];
  const int y = std::min(m_mapH - 1, (pixel.y() - rect.top()) * m_mapH / m_tileH);
  const int x = std::min(m_mapW - 1, (pixel.x() - rect.left()) * m_mapW / m_tileW);
  if (m_dense) {
    const int feature = y * m_mapW + x;
    if (feature >= m_features) return hit;
    hit = {true, 0, 0, feature, (*m_values)[feature]};
    return hit;
  }
  const std::int64_t index = (static_cast<std::int64_t>(channel) * m_mapH + y) * m_mapW + x;
  hit = {true, channel, y, x, (*m_values)[index]};
  return hit;
}

}  // namespace alexnet::ui
