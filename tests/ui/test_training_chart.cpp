// The Training screen's chart with several runs (issue 18, Chart): a colour per run and a line
// style per metric, so the legend has one entry per metric and per reference (not three per run);
// the run list beside the chart shows, hides and removes runs; a run with no points is neither
// drawn nor listed.
#include <QAbstractButton>
#include <QChart>
#include <QCheckBox>
#include <QLineSeries>
#include <QSet>
#include <QtTest>

#include "ui/charts/chart_run_list.h"
#include "ui/charts/training_chart_widget.h"

using namespace alexnet;
using namespace alexnet::ui;

namespace {

// Two epochs of a made-up curve, five points per epoch.
void addCurve(TrainingChartWidget& chart, int run, double offset) {
  for (int i = 1; i <= 10; ++i) {
    const double epoch = i / 5.0;
    const bool epochEnd = i % 5 == 0;
    chart.appendPoint(run, epoch, 2.0 / (1.0 + epoch) + offset, 0.5 + 0.1 * epoch - offset,
                      epochEnd ? std::optional<double>(0.6 + 0.1 * epoch - offset) : std::nullopt);
  }
}

QList<QLineSeries*> seriesOf(const TrainingChartWidget& chart, const QString& label) {
  QList<QLineSeries*> found;
  for (QAbstractSeries* series : chart.chart()->series())
    if (series->name().startsWith(label + QStringLiteral(": "))) found << qobject_cast<QLineSeries*>(series);
  return found;
}

}  // namespace

class TestTrainingChart : public QObject {
  Q_OBJECT
 private slots:
  void fourRunsAColourEachAndAStylePerMetric() {
    TrainingChartWidget chart;
    chart.resize(900, 400);
    chart.show();
    const int lenet1 = chart.addRun(QStringLiteral("lenet run 1"), ModelKind::LeNet);
    const int lenet2 = chart.addRun(QStringLiteral("lenet run 2"), ModelKind::LeNet);
    const int alexnet = chart.addRun(QStringLiteral("alexnet run"), ModelKind::AlexNet);
    const int mystery = chart.addRun(QStringLiteral("mystery"));
    const int empty = chart.addRun(QStringLiteral("stopped before its first point"), ModelKind::LeNet);
    for (int run : {lenet1, lenet2, alexnet, mystery}) addCurve(chart, run, 0.02 * run);
    chart.flush();

    // A colour per run; within a run, solid loss, dashed train accuracy, dotted test accuracy.
    QSet<QRgb> colours;
    for (int run : {lenet1, lenet2, alexnet, mystery}) {
      colours.insert(chart.runColor(run).rgb());
      QVERIFY(chart.isDrawn(run));
    }
    QCOMPARE(colours.size(), 4);
    const QList<QLineSeries*> series = seriesOf(chart, QStringLiteral("alexnet run"));
    QCOMPARE(series.size(), 3);
    for (int m = 0; m < 3; ++m) {
      QCOMPARE(series[m]->pen().color().rgb(), chart.runColor(alexnet).rgb());
      QCOMPARE(series[m]->pen().style(), TrainingChartWidget::metricStyle(static_cast<TrainingMetric>(m)));
    }
    QCOMPARE(QSet<Qt::PenStyle>({series[0]->pen().style(), series[1]->pen().style(), series[2]->pen().style()}).size(),
             3);

    // Legend: three metrics and two references (LeNet, AlexNet), not 3 entries per run + 6 references.
    QTRY_COMPARE(chart.legendNames().size(), 5);  // the legend lays its markers out on the next event-loop turns
    const QStringList legend = chart.legendNames();
    QVERIFY2(legend.join(QLatin1Char('|')).contains(QStringLiteral("train loss|train acc|test acc")),
             qPrintable(legend.join(QLatin1Char('|'))));
    QVERIFY(legend.join(QLatin1Char(' ')).contains(QStringLiteral("d2l LeNet")));
    QVERIFY(legend.join(QLatin1Char(' ')).contains(QStringLiteral("d2l AlexNet")));
    for (const QString& name : legend) QVERIFY2(!name.contains(QStringLiteral("run")), qPrintable(name));

    // The empty run: not drawn, not in the list; it appears with its first point.
    QVERIFY(!chart.isDrawn(empty));
    for (QLineSeries* s : seriesOf(chart, QStringLiteral("stopped before its first point"))) QVERIFY(!s->isVisible());
    QCOMPARE(chart.runList()->shownRows(), 4);
    QVERIFY(!chart.runList()->visibilityBox(empty)->isVisibleTo(chart.runList()));
    chart.appendPoint(empty, 0.2, 2.0, 0.3, std::nullopt);
    chart.flush();
    QVERIFY(chart.isDrawn(empty));
    QCOMPARE(chart.runList()->shownRows(), 5);
    chart.removeRun(empty);

    // Hide and show from the run list.
    QCheckBox* box = chart.runList()->visibilityBox(lenet2);
    QVERIFY(box && box->isChecked());
    box->click();
    QVERIFY(!chart.isRunVisible(lenet2));
    QVERIFY(!chart.isDrawn(lenet2));
    for (QLineSeries* s : seriesOf(chart, QStringLiteral("lenet run 2"))) QVERIFY(!s->isVisible());
    QCOMPARE(chart.runCount(), 4);
    box->click();
    QVERIFY(chart.isDrawn(lenet2));

    // Remove from the run list: the run's curves, its row and its model's reference go; the other
    // runs keep their ids and points.
    chart.runList()->removeButton(alexnet)->click();
    QCOMPARE(chart.runCount(), 3);
    QVERIFY(!chart.hasRun(alexnet));
    QVERIFY(seriesOf(chart, QStringLiteral("alexnet run")).isEmpty());
    QCOMPARE(chart.runList()->shownRows(), 3);
    QCOMPARE(chart.referenceModels(), QVector<ModelKind>{ModelKind::LeNet});
    QTRY_COMPARE(chart.legendNames().size(), 4);
    QCOMPARE(chart.pointCount(mystery, TrainingMetric::TrainLoss), 10);
    QCOMPARE(chart.pointCount(mystery, TrainingMetric::TestAccuracy), 2);
    chart.appendPoint(alexnet, 3.0, 1.0, 0.5, 0.5);  // a late point of a removed run goes nowhere
    chart.flush();
    QCOMPARE(chart.runCount(), 3);
  }
};

QTEST_MAIN(TestTrainingChart)
#include "test_training_chart.moc"
