#include "ui/charts/training_chart_widget.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "ui/charts/chart_run_list.h"

namespace alexnet::ui {

namespace {

// A colour per run: matplotlib's tab10 without its grey (kept for the references), then hues
// spread by the golden angle.
QColor colorForRun(int id) {
  static const QColor kTab[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                QColor(0xe3, 0x77, 0xc2), QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf)};
  constexpr int kTabCount = static_cast<int>(std::size(kTab));
  if (id < kTabCount) return kTab[id];
  return QColor::fromHsv((id * 137) % 360, 200, 190);
}

// The reference lines are grey: LeNet's lighter, AlexNet's darker.
QColor referenceColor(ModelKind kind) {
  return kind == ModelKind::LeNet ? QColor(0x9e, 0x9e, 0x9e) : QColor(0x55, 0x55, 0x55);
}

QString metricName(int metric) {
  switch (metric) {
    case 0:
      return TrainingChartWidget::tr("train loss");
    case 1:
      return TrainingChartWidget::tr("train acc");
    default:
      return TrainingChartWidget::tr("test acc");
  }
}

QString modelLabel(ModelKind kind) {
  return kind == ModelKind::LeNet ? QStringLiteral("LeNet") : QStringLiteral("AlexNet");
}

// d2l reports results for its LeNet and AlexNet on Fashion-MNIST, not for the 2012 original or code of one's own.
bool hasD2lReference(ModelKind kind) { return kind == ModelKind::LeNet || kind == ModelKind::AlexNet; }

QPen linePen(const QColor& color, double width, Qt::PenStyle style) {
  QPen pen(color);
  pen.setWidthF(width);
  pen.setStyle(style);
  return pen;
}

}  // namespace

ReferenceResult d2lReferenceResult(ModelKind kind) {
  if (kind == ModelKind::LeNet) return {0.469, 0.823, 0.779};
  return {0.331, 0.878, 0.883};
}

Qt::PenStyle TrainingChartWidget::metricStyle(TrainingMetric metric) {
  switch (metric) {
    case TrainingMetric::TrainLoss:
      return Qt::SolidLine;
    case TrainingMetric::TrainAccuracy:
      return Qt::DashLine;
    default:
      return Qt::DotLine;
  }
}

TrainingChartWidget::TrainingChartWidget(QWidget* parent)
    : QWidget(parent),
      m_chart(new QChart),
      m_view(new QChartView(m_chart, this)),
      m_x(new QValueAxis(this)),
      m_y(new QValueAxis(this)),
      m_runList(new ChartRunList(this)) {
  setObjectName(QStringLiteral("trainingChart"));
  m_chart->setAnimationOptions(QChart::NoAnimation);
  m_chart->legend()->hide();  // the run list beside the chart is the legend: runs, then line keys
  m_chart->setMargins(QMargins(4, 4, 4, 4));
  m_x->setTitleText(tr("epoch"));
  m_x->setLabelFormat(QStringLiteral("%.0f"));
  m_y->setLabelFormat(QStringLiteral("%.1f"));
  m_chart->addAxis(m_x, Qt::AlignBottom);
  m_chart->addAxis(m_y, Qt::AlignLeft);
  m_view->setRenderHint(QPainter::Antialiasing);
  m_view->setMinimumSize(320, 240);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_view, 1);
  layout->addWidget(m_runList);
  connect(m_runList, &ChartRunList::visibilityToggled, this, &TrainingChartWidget::setRunVisible);
  connect(m_runList, &ChartRunList::removeRequested, this, &TrainingChartWidget::removeRun);
  m_flushTimer.setSingleShot(true);
  m_flushTimer.setInterval(kFlushIntervalMs);
  connect(&m_flushTimer, &QTimer::timeout, this, &TrainingChartWidget::flush);
  updateLegend();
  updateAxes();
}

TrainingChartWidget::~TrainingChartWidget() = default;

void TrainingChartWidget::attach(QLineSeries* series) {
  m_chart->addSeries(series);
  series->attachAxis(m_x);
  series->attachAxis(m_y);
}

void TrainingChartWidget::detach(QLineSeries* series) {
  m_chart->removeSeries(series);
  delete series;
}

TrainingChartWidget::Run* TrainingChartWidget::findRun(int run) {
  const auto it = std::find_if(m_runs.begin(), m_runs.end(), [run](const Run& r) { return r.id == run; });
  return it == m_runs.end() ? nullptr : &*it;
}

const TrainingChartWidget::Run* TrainingChartWidget::findRun(int run) const {
  const auto it = std::find_if(m_runs.begin(), m_runs.end(), [run](const Run& r) { return r.id == run; });
  return it == m_runs.end() ? nullptr : &*it;
}

int TrainingChartWidget::addRun(const QString& label, std::optional<ModelKind> model) {
  Run run;
  run.id = m_nextRunId++;
  run.label = label;
  run.model = model;
  run.color = colorForRun(run.id);
  for (int m = 0; m < 3; ++m) {
    auto* series = new QLineSeries(this);
    series->setName(QStringLiteral("%1: %2").arg(label, metricName(m)));
    series->setPen(linePen(run.color, 2.0, metricStyle(static_cast<TrainingMetric>(m))));
    series->setPointsVisible(m == 2);  // test accuracy: one point per epoch, show the markers
    attach(series);
    run.series[m] = series;
  }
  m_runList->addRun(run.id, label, run.color);
  m_runs.push_back(run);
  showRun(m_runs.back());
  updateReferences();
  return run.id;
}

void TrainingChartWidget::removeRun(int run) {
  Run* r = findRun(run);
  if (!r) return;
  for (QLineSeries* series : r->series) detach(series);
  m_runs.erase(m_runs.begin() + (r - m_runs.data()));
  m_runList->removeRun(run);
  if (m_runs.empty()) m_requestedEpochs = 1.0;
  updateReferences();
}

void TrainingChartWidget::setRunVisible(int run, bool visible) {
  Run* r = findRun(run);
  if (!r || r->visible == visible) return;
  r->visible = visible;
  showRun(*r);
  updateAxes();
}

bool TrainingChartWidget::hasRun(int run) const { return findRun(run) != nullptr; }
bool TrainingChartWidget::isRunVisible(int run) const { return findRun(run) && findRun(run)->visible; }
QColor TrainingChartWidget::runColor(int run) const { return findRun(run) ? findRun(run)->color : QColor(); }

bool TrainingChartWidget::isDrawn(int run) const {
  const Run* r = findRun(run);
  return r && r->series[0]->isVisible() && r->series[0]->count() > 0;
}

void TrainingChartWidget::showRun(Run& run) {
  const bool hasPoints = run.series[0]->count() > 0;
  for (QLineSeries* series : run.series) series->setVisible(run.visible && hasPoints);
  m_runList->setHasPoints(run.id, hasPoints);
  if (QCheckBox* box = m_runList->visibilityBox(run.id); box && box->isChecked() != run.visible)
    box->setChecked(run.visible);
}

void TrainingChartWidget::updateLegend() {
  QList<ChartRunList::LineKey> keys;
  for (int m = 0; m < 3; ++m)
    keys.append({metricName(m), linePen(QColor(0x33, 0x33, 0x33), 2.0, metricStyle(static_cast<TrainingMetric>(m))),
                 QString()});
  for (const Reference& reference : m_references) {
    const ReferenceResult result = d2lReferenceResult(reference.kind);
    keys.append({tr("d2l %1").arg(modelLabel(reference.kind)),
                 linePen(referenceColor(reference.kind), 1.5, Qt::SolidLine),
                 tr("d2l's published %1 result: train loss %2, train acc %3, test acc %4 (grey lines)")
                     .arg(modelLabel(reference.kind))
                     .arg(result.trainLoss, 0, 'f', 3)
                     .arg(result.trainAccuracy, 0, 'f', 3)
                     .arg(result.testAccuracy, 0, 'f', 3)});
  }
  m_runList->setLineKeys(keys);
}

QStringList TrainingChartWidget::legendNames() const { return m_runList->lineKeyNames(); }

void TrainingChartWidget::appendPoint(int run, double epoch, double trainLoss, double trainAccuracy,
                                      std::optional<double> testAccuracy) {
  Run* r = findRun(run);
  if (!r) return;  // removed from the chart meanwhile
  r->points[0].append(QPointF(epoch, trainLoss));
  r->points[1].append(QPointF(epoch, trainAccuracy));
  if (testAccuracy) r->points[2].append(QPointF(epoch, *testAccuracy));
  scheduleFlush();
}

void TrainingChartWidget::scheduleFlush() {
  if (!m_flushTimer.isActive()) m_flushTimer.start();
}

void TrainingChartWidget::flush() {
  m_flushTimer.stop();
  for (Run& run : m_runs) {
    const bool wasEmpty = run.series[0]->count() == 0;
    for (int m = 0; m < 3; ++m)
      if (run.series[m]->count() != run.points[m].size()) run.series[m]->replace(run.points[m]);
    if (wasEmpty != (run.series[0]->count() == 0)) showRun(run);
  }
  updateAxes();
}

void TrainingChartWidget::setEpochRange(double epochs) {
  m_requestedEpochs = std::max(m_requestedEpochs, std::ceil(epochs - 1e-9));
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
  if (wanted.isEmpty() && m_defaultReference && hasD2lReference(*m_defaultReference))
    wanted.append(*m_defaultReference);
  if (wanted == referenceModels()) return updateAxes();
  for (Reference& reference : m_references)
    for (QLineSeries* series : reference.series) detach(series);
  m_references.clear();
  for (const ModelKind kind : wanted) {
    Reference reference{kind};
    const ReferenceResult result = d2lReferenceResult(kind);
    const double values[3] = {result.trainLoss, result.trainAccuracy, result.testAccuracy};
    for (int m = 0; m < 3; ++m) {
      auto* series = new QLineSeries(this);
      series->setName(tr("d2l %1 %2 %3").arg(modelLabel(kind), metricName(m)).arg(values[m], 0, 'f', 3));
      series->setPen(linePen(referenceColor(kind), 1.2, metricStyle(static_cast<TrainingMetric>(m))));
      attach(series);
      reference.series[m] = series;
    }
    m_references.push_back(reference);
  }
  updateLegend();
  updateAxes();
}

int TrainingChartWidget::pointCount(int run, TrainingMetric metric) const {
  const Run* r = findRun(run);
  return r ? static_cast<int>(r->series[static_cast<int>(metric)]->count()) : 0;
}

void TrainingChartWidget::updateAxes() {
  double maxY = 1.0, lastEpoch = 0.0;
  for (const Run& run : m_runs) {
    for (const QPointF& p : run.points[0]) {
      lastEpoch = std::max(lastEpoch, p.x());
      if (run.visible) maxY = std::max(maxY, p.y());
    }
  }
  maxY = std::min(maxY, 3.0);  // the first minibatches' loss (≈2.3) stays visible, spikes are clipped
  m_epochs = std::max({1.0, m_requestedEpochs, std::ceil(lastEpoch - 1e-9)});
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
