#include "ui/charts/training_chart_widget.h"

#include <QChart>
#include <QChartView>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace alexnet::ui {

namespace {

// d2l's colours for the three curves (matplotlib C0, C1-ish dashed, C2).
const QColor kMetricColors[3] = {QColor(0x1f, 0x77, 0xb4), QColor(0x9b, 0x3d, 0xb8), QColor(0x2c, 0xa0, 0x2c)};
const Qt::PenStyle kRunStyles[] = {Qt::SolidLine, Qt::DashDotLine, Qt::DotLine, Qt::DashDotDotLine};

QString metricName(int metric) {
  switch (metric) {
    case 0: return TrainingChartWidget::tr("train loss");
    case 1: return TrainingChartWidget::tr("train acc");
    default: return TrainingChartWidget::tr("test acc");
  }
}

// d2l reports results for its LeNet and AlexNet on Fashion-MNIST, not for the 2012 original or code of one's own.
bool hasD2lReference(ModelKind kind) { return kind == ModelKind::LeNet || kind == ModelKind::AlexNet; }

}  // namespace

ReferenceResult d2lReferenceResult(ModelKind kind) {
  if (kind == ModelKind::LeNet) return {0.469, 0.823, 0.779};
  return {0.331, 0.878, 0.883};
}

TrainingChartWidget::TrainingChartWidget(QWidget* parent)
    : QWidget(parent), m_chart(new QChart), m_view(new QChartView(m_chart, this)), m_x(new QValueAxis(this)),
      m_y(new QValueAxis(this)) {
  setObjectName(QStringLiteral("trainingChart"));
  m_chart->setAnimationOptions(QChart::NoAnimation);
  m_chart->legend()->setAlignment(Qt::AlignRight);  // a column: overlaid runs do not truncate the names
  m_chart->setMargins(QMargins(4, 4, 4, 4));
  m_x->setTitleText(tr("epoch"));
  m_x->setLabelFormat(QStringLiteral("%.0f"));
  m_y->setLabelFormat(QStringLiteral("%.1f"));
  m_chart->addAxis(m_x, Qt::AlignBottom);
  m_chart->addAxis(m_y, Qt::AlignLeft);
  m_view->setRenderHint(QPainter::Antialiasing);
  m_view->setMinimumSize(360, 260);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_view);
  m_flushTimer.setSingleShot(true);
  m_flushTimer.setInterval(kFlushIntervalMs);
  connect(&m_flushTimer, &QTimer::timeout, this, &TrainingChartWidget::flush);
  updateAxes();
}

TrainingChartWidget::~TrainingChartWidget() = default;

void TrainingChartWidget::attach(QLineSeries* series) {
  m_chart->addSeries(series);
  series->attachAxis(m_x);
  series->attachAxis(m_y);
}

int TrainingChartWidget::addRun(const QString& label, std::optional<ModelKind> model) {
  Run run;
  run.label = label;
  run.model = model;
  const int index = static_cast<int>(m_runs.size());
  for (int m = 0; m < 3; ++m) {
    auto* series = new QLineSeries(this);
    series->setName(label.isEmpty() ? metricName(m) : QStringLiteral("%1: %2").arg(label, metricName(m)));
    QPen pen(kMetricColors[m]);
    pen.setWidthF(2.0);
    pen.setStyle(kRunStyles[index % 4]);
    series->setPen(pen);
    series->setPointsVisible(m == 2);  // test accuracy: one point per epoch, show the markers
    attach(series);
    run.series[m] = series;
  }
  m_runs.push_back(run);
  updateReferences();
  return index;
}

void TrainingChartWidget::appendPoint(int run, double epoch, double trainLoss, double trainAccuracy,
                                      std::optional<double> testAccuracy) {
  if (run < 0 || run >= runCount()) return;
  Run& r = m_runs[static_cast<std::size_t>(run)];
  r.points[0].append(QPointF(epoch, trainLoss));
  r.points[1].append(QPointF(epoch, trainAccuracy));
  if (testAccuracy) r.points[2].append(QPointF(epoch, *testAccuracy));
  m_epochs = std::max(m_epochs, std::ceil(epoch - 1e-9));
  scheduleFlush();
}

void TrainingChartWidget::scheduleFlush() {
  if (!m_flushTimer.isActive()) m_flushTimer.start();
}

void TrainingChartWidget::flush() {
  m_flushTimer.stop();
  for (Run& run : m_runs)
    for (int m = 0; m < 3; ++m)
      if (run.series[m]->count() != run.points[m].size()) run.series[m]->replace(run.points[m]);
  updateAxes();
}

void TrainingChartWidget::setEpochRange(double epochs) {
  m_epochs = std::max({1.0, m_epochs, std::ceil(epochs - 1e-9)});
  updateAxes();
}

void TrainingChartWidget::setReference(ModelKind kind) {
  m_defaultReference = kind;
  updateReferences();
}

QVector<ModelKind> TrainingChartWidget::referenceModels() const {
  QVector<ModelKind> kinds;
  for (const Reference& reference : m_references) kinds.append(reference.kind);
  return kinds;
}

QStringList TrainingChartWidget::referenceNames() const {
  QStringList names;
  for (const Reference& reference : m_references)
    for (const QLineSeries* series : reference.series) names << series->name();
  return names;
}

void TrainingChartWidget::updateReferences() {
  QVector<ModelKind> wanted;
  for (const Run& run : m_runs)
    if (run.model && hasD2lReference(*run.model) && !wanted.contains(*run.model)) wanted.append(*run.model);
  if (wanted.isEmpty() && m_defaultReference && hasD2lReference(*m_defaultReference)) wanted.append(*m_defaultReference);
  if (wanted == referenceModels()) return updateAxes();
  for (Reference& reference : m_references)
    for (QLineSeries* series : reference.series) {
      m_chart->removeSeries(series);
      delete series;
    }
  m_references.clear();
  static const Qt::PenStyle kReferenceStyles[] = {Qt::DashLine, Qt::DotLine};
  for (const ModelKind kind : wanted) {
    Reference reference{kind};
    const ReferenceResult result = d2lReferenceResult(kind);
    const double values[3] = {result.trainLoss, result.trainAccuracy, result.testAccuracy};
    for (int m = 0; m < 3; ++m) {
      auto* series = new QLineSeries(this);
      series->setName(tr("d2l %1 %2 %3")
                          .arg(kind == ModelKind::LeNet ? QStringLiteral("LeNet") : QStringLiteral("AlexNet"), metricName(m))
                          .arg(values[m], 0, 'f', 3));
      QPen pen(kMetricColors[m].lighter(130));
      pen.setWidthF(1.2);
      pen.setStyle(kReferenceStyles[m_references.size() % 2]);
      series->setPen(pen);
      attach(series);
      reference.series[m] = series;
    }
    m_references.push_back(reference);
  }
  updateAxes();
}

int TrainingChartWidget::pointCount(int run, TrainingMetric metric) const {
  if (run < 0 || run >= runCount()) return 0;
  return static_cast<int>(m_runs[static_cast<std::size_t>(run)].series[static_cast<int>(metric)]->count());
}

void TrainingChartWidget::updateAxes() {
  double maxY = 1.0;
  for (const Run& run : m_runs)
    for (const QPointF& p : run.points[0]) maxY = std::max(maxY, p.y());
  maxY = std::min(maxY, 3.0);  // the first minibatches' loss (≈2.3) stays visible, spikes are clipped
  m_x->setRange(0.0, m_epochs);
  m_x->setTickCount(std::min(11, static_cast<int>(m_epochs) + 1));
  const double top = std::ceil(maxY * 2.0) / 2.0;  // multiples of 0.5
  m_y->setRange(0.0, top);
  m_y->setTickCount(static_cast<int>(std::lround(top / (top > 1.5 ? 0.5 : 0.1))) + 1);
  for (const Reference& reference : m_references) {
    const ReferenceResult result = d2lReferenceResult(reference.kind);
    const double values[3] = {result.trainLoss, result.trainAccuracy, result.testAccuracy};
    for (int m = 0; m < 3; ++m) reference.series[m]->replace({QPointF(0.0, values[m]), QPointF(m_epochs, values[m])});
  }
}

}  // namespace alexnet::ui
