#include "ui/charts/memory_batch_chart.h"

#include <QChart>
#include <QChartView>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "alexnet/core/models/memory_estimate.h"

namespace alexnet::ui {
namespace {

const QColor kNetworkColors[] = {QColor(0x1F, 0x77, 0xB4), QColor(0xFF, 0x7F, 0x0E)};
const QColor kUsableColor(0xC6, 0x28, 0x28);

}  // namespace

MemoryBatchChart::MemoryBatchChart(QWidget* parent)
    : QWidget(parent),
      m_chart(new QChart),
      m_view(new QChartView(m_chart, this)),
      m_x(new QLogValueAxis(this)),
      m_y(new QLogValueAxis(this)) {
  setObjectName(QStringLiteral("memoryBatchChart"));
  m_chart->setAnimationOptions(QChart::NoAnimation);
  m_chart->legend()->setAlignment(Qt::AlignRight);
  m_chart->setMargins(QMargins(4, 4, 4, 4));
  m_x->setBase(2);
  m_x->setRange(1, kMaxBatch);
  m_x->setLabelFormat(QStringLiteral("%g"));
  m_x->setTitleText(tr("batch size"));
  m_y->setBase(10);
  m_y->setLabelFormat(QStringLiteral("%g"));
  m_y->setMinorTickCount(-1);
  m_chart->addAxis(m_x, Qt::AlignBottom);
  m_chart->addAxis(m_y, Qt::AlignLeft);
  m_view->setRenderHint(QPainter::Antialiasing);
  m_view->setMinimumHeight(200);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_view);
  if (const std::optional<std::int64_t> available = availableMemoryBytes())
    m_usable = static_cast<std::int64_t>(static_cast<double>(*available) * kUsableMemoryFraction);
  rebuild();
}

MemoryBatchChart::~MemoryBatchChart() = default;

void MemoryBatchChart::setNetworks(const std::vector<Network>& networks) {
  m_networks = networks;
  rebuild();
}

void MemoryBatchChart::setUsableMemoryBytes(std::optional<std::int64_t> bytes) {
  m_usable = bytes;
  rebuild();
}

QList<QPointF> MemoryBatchChart::trainingPoints(int index) const {
  if (index < 0 || index >= networkCount()) return {};
  return m_series[static_cast<std::size_t>(index)]->points();
}

QString MemoryBatchChart::seriesName(int index) const {
  if (index < 0 || index >= networkCount()) return {};
  return m_series[static_cast<std::size_t>(index)]->name();
}

QString MemoryBatchChart::usableLineName() const { return m_usableSeries ? m_usableSeries->name() : QString(); }

QString MemoryBatchChart::unitName() const { return m_unitBytes >= 1e9 ? tr("GB") : tr("MB"); }

void MemoryBatchChart::rebuild() {
  m_chart->removeAllSeries();  // deletes the series
  m_series.clear();
  m_usableSeries = nullptr;

  // The unit follows the largest estimate shown (the usable line may be far above it).
  double largest = 0;
  for (const Network& network : m_networks)
    largest = std::max(largest,
                       static_cast<double>(estimateMemory(network.report, kMaxBatch, MemoryUse::Training).totalBytes));
  m_unitBytes = largest >= 1e9 ? 1e9 : 1e6;
  m_y->setTitleText(tr("training memory (%1)").arg(unitName()));

  double low = 0, high = 0;
  const auto include = [&](double value) {
    low = low == 0 ? value : std::min(low, value);
    high = std::max(high, value);
  };
  for (std::size_t n = 0; n < m_networks.size(); ++n) {
    auto* series = new QLineSeries;
    series->setName(tr("%1, training").arg(m_networks[n].name));
    QPen pen(kNetworkColors[n % 2]);
    pen.setWidthF(2.0);
    series->setPen(pen);
    series->setPointsVisible(true);
    for (int batch = 1; batch <= kMaxBatch; batch *= 2) {
      const double value =
          static_cast<double>(estimateMemory(m_networks[n].report, batch, MemoryUse::Training).totalBytes) /
          m_unitBytes;
      series->append(batch, value);
      include(value);
    }
    m_chart->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    m_series.push_back(series);
  }
  if (m_usable && *m_usable > 0) {
    const double value = static_cast<double>(*m_usable) / m_unitBytes;
    m_usableSeries = new QLineSeries;
    m_usableSeries->setName(tr("usable memory (%1% of available): %2")
                                .arg(qRound(kUsableMemoryFraction * 100))
                                .arg(QString::fromStdString(formatBytes(*m_usable))));
    QPen pen(kUsableColor);
    pen.setWidthF(1.5);
    pen.setStyle(Qt::DashLine);
    m_usableSeries->setPen(pen);
    m_usableSeries->append(1, value);
    m_usableSeries->append(kMaxBatch, value);
    m_chart->addSeries(m_usableSeries);
    m_usableSeries->attachAxis(m_x);
    m_usableSeries->attachAxis(m_y);
    include(value);
  }
  if (high <= 0) {
    m_y->setRange(1, 10);
    return;
  }
  // Whole decades around everything shown.
  m_y->setRange(std::pow(10.0, std::floor(std::log10(low))), std::pow(10.0, std::ceil(std::log10(high) + 1e-9)));
}

}  // namespace alexnet::ui
