// The Training screen under bad input (issue 7): a run log that does not parse is refused with core's one
// line naming the file, shown in the panel, and the curves already drawn stay; a batch / input size whose
// training could not fit in memory is refused before the run starts, saying what to change, and the form
// keeps its values.
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

#include "alexnet/core/models/memory_estimate.h"
#include "ui/charts/training_chart_widget.h"
#include "ui/localized_text.h"
#include "ui/training/memory_check.h"
#include "ui/training/run_log.h"
#include "ui/training/training_panel.h"

using namespace alexnet;
using namespace alexnet::ui;

namespace {

// Whether some label of the panel shows `text` (the status line).
bool panelShows(const TrainingPanel& panel, const QString& text) {
  for (const QLabel* label : panel.findChildren<QLabel*>())
    if (label->text().contains(text.toHtmlEscaped())) return true;
  return false;
}

ModelConfig bigLeNet() {
  ModelConfig config;
  config.kind = ModelKind::LeNet;
  config.inputSize = 384;  // 16·93·93 inputs to fc1; ≈ 13 MB of activations per example
  return config;
}

}  // namespace

class TestTrainingLimits : public QObject {
  Q_OBJECT
 private slots:
  void badRunLogKeepsTheCurvesAndShowsTheError() {
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.csv"));
    QFile file(good);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(kRunLogHeader) +
               "\n1,5,0.5,1.5,0.45,,,800,1\n1,10,1,1.0,0.6,0.65,0.9,800,2\n"
               "2,5,1.5,0.8,0.7,,,800,3\n2,10,2,0.7,0.72,0.7,0.75,800,4\n");
    file.close();
    TrainingPanel panel;
    QVERIFY2(panel.loadRunLog(good), qPrintable(panel.lastError()));
    TrainingChartWidget* chart = panel.chart();
    QCOMPARE(chart->runCount(), 1);
    const int lossPoints = chart->pointCount(0, TrainingMetric::TrainLoss);
    const int testPoints = chart->pointCount(0, TrainingMetric::TestAccuracy);
    QCOMPARE(lossPoints, 4);
    QCOMPARE(testPoints, 2);

    struct Bad {
      const char* name;
      QByteArray text;
      const char* problem;
    };
    const QByteArray header = QByteArray(kRunLogHeader) + "\n";
    const Bad cases[] = {
        {"garbage.csv", header + "1,5,0.5,banana,0.45,,,800,1\n", "\"banana\" is not a number"},
        {"nan.csv", header + "1,5,0.5,nan,0.45,,,800,1\n", "not a finite number"},
        {"missing.csv", "epoch,batch\n1,2\n", "missing column \"epoch_fraction\""},
        {"empty.csv", "", "empty file"},
        {"header-only.csv", header, "only the header"},
        {"binary.csv", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "binary data"},
        {"semicolon.csv", QByteArray(kRunLogHeader).replace(',', ';') + "\n", "separated by ';'"},
        {"backwards.csv", header + "2,5,1.5,0.8,0.7,,,800,3\n1,5,0.5,1.5,0.45,,,800,1\n", "training order"},
    };
    for (const Bad& bad : cases) {
      const QString path = dir.filePath(QString::fromLatin1(bad.name));
      QFile out(path);
      QVERIFY(out.open(QIODevice::WriteOnly));
      out.write(bad.text);
      out.close();
      QVERIFY2(!panel.loadRunLog(path), bad.name);
      const QString error = panel.lastError();
      QVERIFY2(error.startsWith(QStringLiteral("The run log cannot be read.")),
               qPrintable(error));  // lead, then core's detail
      QVERIFY2(error.contains(path + QStringLiteral(": ")), qPrintable(error));
      QVERIFY2(error.contains(QString::fromUtf8(bad.problem)), qPrintable(error));
      QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
      QVERIFY2(panelShows(panel, error), qPrintable(error));
      // The good run's curves are untouched.
      QCOMPARE(chart->runCount(), 1);
      QCOMPARE(chart->pointCount(0, TrainingMetric::TrainLoss), lossPoints);
      QCOMPARE(chart->pointCount(0, TrainingMetric::TestAccuracy), testPoints);
    }
    QVERIFY(panel.loadRunLog(good));  // and a good log still loads afterwards
    QCOMPARE(chart->runCount(), 2);
    QVERIFY(panel.lastError().isEmpty());
  }

  void memoryProblemNamesTheFieldsToChange() {
    const ModelConfig config = bigLeNet();
    const QString refused = trainingMemoryProblem(config, 4096, std::int64_t{8} << 30);  // 8 GiB available
    QVERIFY2(refused.startsWith(QStringLiteral("lenet (input 384x384) at batch 4096 needs about")),
             qPrintable(refused));
    QVERIFY2(refused.contains(QStringLiteral("for training but only 8.6 GB of memory is available")),
             qPrintable(refused));
    QVERIFY2(refused.contains(QStringLiteral("; use a Batch size of ")), qPrintable(refused));
    QVERIFY2(!refused.contains(QStringLiteral("--")), qPrintable(refused));  // no CLI options in the GUI
    QVERIFY(trainingMemoryProblem(config, 1, std::int64_t{8} << 30).isEmpty());
    QVERIFY(trainingMemoryProblem(config, 4096, std::nullopt).isEmpty());          // unknown: not checked
    const QString none = trainingMemoryProblem(config, 1, std::int64_t{1} << 20);  // 1 MiB: not even batch 1
    QVERIFY2(none.contains(QStringLiteral("even batch 1 does not fit: use a smaller Input size")), qPrintable(none));
  }

  void impossibleBatchIsRefusedBeforeStarting() {
    // A fixed figure: MemAvailable moves between the test's read and the panel's (CI once saw
    // 24.5 GB in one and 24.4 GB in the other), and a big machine would have room for the run.
    const std::optional<std::int64_t> available = std::int64_t{8} << 30;  // 8 GiB
    const QString expected = trainingMemoryProblem(bigLeNet(), 4096, available);
    QVERIFY2(!expected.isEmpty(), "LeNet at 384x384, batch 4096 should not fit in 8 GiB");
    TrainingPanel panel;
    panel.setMemoryProbe([available] { return available; });
    TrainingRequest request = panel.request();
    request.model = bigLeNet();
    request.batchSize = 4096;
    request.epochs = 3;
    request.dataDirectory = QStringLiteral("/nonexistent");  // a run that started would fail differently
    panel.setRequest(request);
    QCOMPARE(panel.request().batchSize, 4096);
    QCOMPARE(effectiveInputSize(panel.request().model), 384);

    panel.start();
    QVERIFY(!panel.isRunning());
    QCOMPARE(panel.lastError(),
             withDetail(QStringLiteral("This run does not fit in memory."), expected));  // lead + core's detail
    QVERIFY2(panel.lastError().contains(QStringLiteral("use a Batch size of")), qPrintable(panel.lastError()));
    QVERIFY(panelShows(panel, expected));
    QCOMPARE(panel.chart()->runCount(), 0);     // no live run was added
    QCOMPARE(panel.request().batchSize, 4096);  // the form keeps its values
    QCOMPARE(panel.request().epochs, 3);
    QCOMPARE(effectiveInputSize(panel.request().model), 384);

    // With the batch the message suggests, the check passes (the run would start).
    const QString suggested =
        expected.section(QStringLiteral("use a Batch size of "), 1).section(QLatin1Char(' '), 0, 0);
    bool ok = false;
    const int fits = suggested.toInt(&ok);
    QVERIFY2(ok && fits >= 1 && fits < 4096, qPrintable(expected));
    QVERIFY(trainingMemoryProblem(bigLeNet(), fits, available).isEmpty());
    QVERIFY(!trainingMemoryProblem(bigLeNet(), fits + 1, available).isEmpty());
  }

  void theDefaultProbeReadsThisMachinesMemory() {
    // Without a probe the panel reads /proc/meminfo: a run far beyond any machine is refused.
    if (!availableMemoryBytes()) QSKIP("no MemAvailable in /proc/meminfo");
    TrainingPanel panel;
    TrainingRequest request = panel.request();
    request.model = bigLeNet();
    request.model.inputSize = 512;  // the form's largest: ≈ 300 GB at batch 4096
    request.batchSize = 4096;
    request.dataDirectory = QStringLiteral("/nonexistent");
    panel.setRequest(request);
    panel.start();
    QVERIFY(!panel.isRunning());
    QVERIFY2(panel.lastError().startsWith(QStringLiteral("This run does not fit in memory.")),
             qPrintable(panel.lastError()));
  }
};

QTEST_MAIN(TestTrainingLimits)
#include "test_training_limits.moc"
