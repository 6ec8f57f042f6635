#pragma once
// MemoryBatchChart — the Shapes screen's "change the batch size and watch memory" plot: core's
// training-memory estimate (estimateMemory(report, batch, MemoryUse::Training)) of one or two
// networks against the batch size 1, 2, 4, … 512 (log2 x axis, log10 y axis in MB or GB), with a
// dashed horizontal line at the memory a run may use (availableMemoryBytes() × kUsableMemoryFraction).
#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>
#include <cstdint>
#include <optional>
#include <vector>

#include "alexnet/core/models/shape_report.h"

class QChart;
class QChartView;
class QLineSeries;
class QLogValueAxis;

namespace alexnet::ui {

class MemoryBatchChart : public QWidget {
  Q_OBJECT
 public:
  static constexpr int kMaxBatch = 512;

  struct Network {
    QString name;
    ShapeReport report;
  };

  explicit MemoryBatchChart(QWidget* parent = nullptr);
  ~MemoryBatchChart() override;

  // One training-memory line per network (in order); replaces the previous ones.
  void setNetworks(const std::vector<Network>& networks);
  // The horizontal "usable memory" line; nullopt hides it. Defaults to this machine's
  // availableMemoryBytes() × kUsableMemoryFraction (none when /proc/meminfo is unreadable).
  void setUsableMemoryBytes(std::optional<std::int64_t> bytes);
  std::optional<std::int64_t> usableMemoryBytes() const { return m_usable; }

  int networkCount() const { return static_cast<int>(m_series.size()); }
  // (batch size, training memory in unitBytes()) of network `index`.
  QList<QPointF> trainingPoints(int index) const;
  QString seriesName(int index) const;
  QString usableLineName() const;
  double unitBytes() const { return m_unitBytes; }  // 1e6 (MB) or 1e9 (GB)
  QString unitName() const;

 private:
  void rebuild();

  QChart* m_chart;
  QChartView* m_view;
  QLogValueAxis* m_x;
  QLogValueAxis* m_y;
  std::vector<Network> m_networks;
  std::vector<QLineSeries*> m_series;
  QLineSeries* m_usableSeries = nullptr;
  std::optional<std::int64_t> m_usable;
  double m_unitBytes = 1e6;
};

}  // namespace alexnet::ui
