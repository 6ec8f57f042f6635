#include "ui/charts/activation_curves_chart.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <QVBoxLayout>
#include <cmath>

#include "alexnet/core/exec/activation_gradients.h"

namespace alexnet::ui {
namespace {

constexpr double kRange = 8.0;
constexpr int kPoints = 321;

QLineSeries* curve(const QString& name, const QColor& color, Qt::PenStyle style, double (*f)(double)) {
  auto* series = new QLineSeries;
  series->setName(name);
  series->setPen(QPen(color, 2.2, style));
  QList<QPointF> points;
  for (int i = 0; i < kPoints; ++i) {
    const double z = -kRange + 2.0 * kRange * i / (kPoints - 1);
    points << QPointF(z, f(z));
  }
  series->replace(points);
  return series;
}

double sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }
double sigmoidDerivative(double z) { return activationDerivative(LayerKind::Sigmoid, static_cast<float>(z)); }
double relu(double z) { return z > 0.0 ? z : 0.0; }  // the plot clips it at its top
double reluDerivative(double z) { return activationDerivative(LayerKind::ReLU, static_cast<float>(z)); }

}  // namespace

ActivationCurvesChart::ActivationCurvesChart(QWidget* parent)
    : QWidget(parent), m_chart(new QChart), m_view(new QChartView(m_chart, this)) {
  setObjectName(QStringLiteral("activationCurvesChart"));
  m_chart->setAnimationOptions(QChart::NoAnimation);
  m_chart->legend()->setAlignment(Qt::AlignRight);
  m_chart->setMargins(QMargins(4, 4, 4, 4));
  const QColor blue(0x1F, 0x77, 0xB4), orange(0xE6, 0x51, 0x00);
  QList<QLineSeries*> series{curve(tr("sigmoid σ(z)"), blue, Qt::SolidLine, sigmoid),
                             curve(tr("gradient σ′(z)"), blue, Qt::DashLine, sigmoidDerivative),
                             curve(tr("ReLU(z)"), orange, Qt::SolidLine, relu),
                             curve(tr("gradient ReLU′(z)"), orange, Qt::DashLine, reluDerivative)};
  auto* x = new QValueAxis(this);
  x->setRange(-kRange, kRange);
  x->setTickCount(9);
  x->setLabelFormat(QStringLiteral("%g"));
  x->setTitleText(tr("input z"));
  auto* y = new QValueAxis(this);
  y->setRange(-0.1, 1.5);
  y->setTickCount(9);
  y->setLabelFormat(QStringLiteral("%.1f"));
  m_chart->addAxis(x, Qt::AlignBottom);
  m_chart->addAxis(y, Qt::AlignLeft);
  for (QLineSeries* s : series) {
    m_chart->addSeries(s);
    s->attachAxis(x);
    s->attachAxis(y);
  }
  m_view->setRenderHint(QPainter::Antialiasing);
  m_view->setMinimumSize(420, 240);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_view);
}

ActivationCurvesChart::~ActivationCurvesChart() = default;

int ActivationCurvesChart::seriesCount() const { return static_cast<int>(m_chart->series().size()); }

}  // namespace alexnet::ui
