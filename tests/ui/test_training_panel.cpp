// The Training screen: a short LeNet run on a slice of Fashion-MNIST makes the chart series grow,
// refreshes conv1's kernels and the live sample (a fixed test image's maps and probabilities), and
// writes its CSV log and checkpoint; Stop ends a run in under 1 s; a loaded run log draws its
// curves with the d2l reference of the model it was made with; a missing dataset says how to
// install it; `--screenshot --tab training --run-log CSV` writes a PNG, and `--train N` one mid-run.
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/models/model_presets.h"
#include "ui/charts/training_chart_widget.h"
#include "ui/inspect/probability_bars.h"
#include "ui/training/kernel_grid_view.h"
#include "ui/training/live_sample_view.h"
#include "ui/training/run_log.h"
#include "ui/training/run_log_model.h"
#include "ui/training/training_panel.h"
#include "ui/training/training_request.h"

using namespace alexnet;
using namespace alexnet::ui;

namespace {

const QString kDataDir = defaultDataDirectory();

bool haveDataset() { return QFileInfo::exists(kDataDir + QStringLiteral("/train-images-idx3-ubyte.gz")); }

// A small valid run log (2 epochs) at `path`.
void writeRunLog(const QString& path) {
  QDir().mkpath(QFileInfo(path).absolutePath());
  QFile file(path);
  QVERIFY(file.open(QIODevice::WriteOnly));
  file.write(QByteArray(kRunLogHeader) + "\n");
  file.write(
      "1,5,0.5,1.5,0.45,,,800,1\n1,10,1,1.0,0.6,0.65,0.9,800,2\n2,5,1.5,0.8,0.7,,,800,3\n2,10,2,0.7,0.75,0.72,0.7,800,"
      "4\n");
}

TrainingRequest smallLeNetRun(std::int64_t limit, std::int64_t epochs) {
  ModelConfig model;
  model.kind = ModelKind::LeNet;
  TrainingRequest r = d2lDefaultRequest(model);
  r.limit = limit;
  r.epochs = epochs;
  r.dataDirectory = kDataDir;
  return r;
}

}  // namespace

class TestTrainingPanel : public QObject {
  Q_OBJECT
 private:
  QTemporaryDir m_dir;

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
  }

  void shortLeNetRunGrowsTheChart() {
    if (!haveDataset()) QSKIP("Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
    TrainingPanel panel;
    panel.setRunsDirectory(m_dir.filePath(QStringLiteral("runs")));
    TrainingRequest r = smallLeNetRun(512, 1);
    r.batchSize = 64;  // 8 minibatches: 5 chart points and the epoch end
    panel.setRequest(r);
    QSignalSpy finished(&panel, &TrainingPanel::runFinished);
    panel.start();
    QVERIFY(panel.isRunning());
    QVERIFY(finished.wait(120000));
    const auto outcome = finished.first().first().value<TrainingOutcome>();
    QVERIFY2(!outcome.failed, qPrintable(outcome.message));
    QCOMPARE(outcome.status, TrainStatus::Finished);
    TrainingChartWidget* chart = panel.chart();
    QCOMPARE(chart->runCount(), 1);
    // 5 reports + 1 epoch end for loss and train accuracy; one test-accuracy point.
    QVERIFY2(chart->pointCount(0, TrainingMetric::TrainLoss) >= 5,
             qPrintable(QString::number(chart->pointCount(0, TrainingMetric::TrainLoss))));
    QCOMPARE(chart->pointCount(0, TrainingMetric::TestAccuracy), 1);
    QVERIFY(panel.kernelView()->updates() >= 2);
    QCOMPARE(panel.kernelView()->kernelCount(), 6);  // LeNet conv1: 6 kernels
    QVERIFY(QFileInfo::exists(outcome.checkpointPath));
    RunLogReader reader;
    QVERIFY2(reader.read(outcome.logPath), qPrintable(reader.error()));
    QCOMPARE(reader.log().rows.size(), chart->pointCount(0, TrainingMetric::TrainLoss));
    QVERIFY(reader.log().rows.last().testAccuracy.has_value());
    QVERIFY(!panel.lastCheckpoint().isEmpty());
  }

  // The live sample: test image #3 (its label read from the data set here), conv1's activation
  // maps and 10 probabilities, refreshed at the start, at every chart point and at the epoch end,
  // and changing as the weights learn.
  void liveSampleFollowsTheTraining() {
    if (!haveDataset()) QSKIP("Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
    const ImageSet test = loadFashionMnist(Split::Test, {.directory = kDataDir.toStdString(), .limit = 4});
    TrainingPanel panel;
    panel.setRunsDirectory(m_dir.filePath(QStringLiteral("runs-sample")));
    TrainingRequest r = smallLeNetRun(512, 2);
    r.batchSize = 64;
    r.sampleIndex = 3;
    panel.setRequest(r);
    QSignalSpy finished(&panel, &TrainingPanel::runFinished);
    LiveSampleView* view = panel.liveSample();
    // Before the run: the bundled trained LeNet's view of the sample, said to be so.
    QTRY_VERIFY_WITH_TIMEOUT(view->updates() >= 1, 60000);
    QVERIFY2(view->snapshot().weightsNote.contains(QStringLiteral("LeNet")), qPrintable(view->snapshot().weightsNote));
    QVERIFY2(view->caption().contains(QStringLiteral("before any run")), qPrintable(view->caption()));
    const int previews = view->updates();
    panel.start();
    QTRY_VERIFY_WITH_TIMEOUT(view->updates() >= previews + 1, 60000);
    const SampleSnapshot first = view->snapshot();
    QVERIFY(first.weightsNote.isEmpty());
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.first().first().value<TrainingOutcome>().status, TrainStatus::Finished);
    // the previews + 1 untrained + 2 epochs × (4 reports + 1 epoch end)
    QCOMPARE(view->updates(), previews + 11);
    const SampleSnapshot& last = view->snapshot();
    QCOMPARE(last.index, 3);
    QCOMPARE(last.label, static_cast<int>(test.labels[3]));
    QCOMPARE(last.image.size(), QSize(28, 28));
    QCOMPARE(last.image.pixelColor(14, 14).red(), static_cast<int>(test.pixels[3 * 784 + 14 * 28 + 14]));
    QCOMPARE(last.layer, 1);  // d2l's LeNet: 0 Conv2d, 1 Sigmoid
    QCOMPARE(last.layerType, QStringLiteral("Sigmoid"));
    QCOMPARE(last.channels, 6);
    QCOMPARE(last.mapSide, 28);
    QVERIFY(!last.maps.isNull());
    QCOMPARE(last.probabilities.size(), 10);
    double sum = 0.0;
    for (float p : last.probabilities) sum += p;
    QVERIFY(std::abs(sum - 1.0) < 1e-4);
    QCOMPARE(last.epochFraction, 2.0);
    QVERIFY(first.epochFraction < last.epochFraction);
    QVERIFY2(first.probabilities != last.probabilities, "the probabilities did not change while training");
    QVERIFY2(
        view->caption().contains(QStringLiteral("#3")) && view->caption().contains(fashionClassNames()[last.label]),
        qPrintable(view->caption()));
  }

  // Stop cancels a run under way (how fast: test_training_stop_timing.cpp, ctest label "timing").
  void stopCancelsARun() {
    if (!haveDataset()) QSKIP("Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
    TrainingPanel panel;
    panel.setRunsDirectory(m_dir.filePath(QStringLiteral("runs")));
    panel.setRequest(smallLeNetRun(20000, 5));
    QSignalSpy finished(&panel, &TrainingPanel::runFinished);
    panel.start();
    // Wait until training is under way (the first chart point), then stop.
    QTRY_VERIFY_WITH_TIMEOUT(panel.chart()->pointCount(0, TrainingMetric::TrainLoss) > 0 || !finished.isEmpty(),
                             120000);
    QVERIFY2(finished.isEmpty(), "the run ended before Stop could be tested");
    panel.stop();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().value<TrainingOutcome>().status, TrainStatus::Cancelled);
    QVERIFY(!panel.isRunning());
  }

  // Pause holds the worker between minibatches, so the chart stops growing; Stop still ends the run.
  // No sleeping: once the worker is held it cannot emit, so after the events already queued are
  // handled the count is final until Resume or Stop.
  void pausedRunStopsToo() {
    if (!haveDataset()) QSKIP("Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
    TrainingPanel panel;
    panel.setRunsDirectory(m_dir.filePath(QStringLiteral("runs")));
    panel.setRequest(smallLeNetRun(20000, 5));
    QSignalSpy finished(&panel, &TrainingPanel::runFinished);
    panel.start();
    QTRY_VERIFY_WITH_TIMEOUT(panel.chart()->pointCount(0, TrainingMetric::TrainLoss) > 0, 120000);
    panel.pause();
    QVERIFY(panel.isPaused());
    QTRY_VERIFY_WITH_TIMEOUT(panel.isHeldByPause(), 60000);
    QCoreApplication::processEvents();  // what the worker sent before it was held
    panel.chart()->flush();
    const int pointsWhilePaused = panel.chart()->pointCount(0, TrainingMetric::TrainLoss);
    QCoreApplication::processEvents();
    panel.chart()->flush();
    QVERIFY(panel.isHeldByPause());
    QCOMPARE(panel.chart()->pointCount(0, TrainingMetric::TrainLoss), pointsWhilePaused);
    panel.stop();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().value<TrainingOutcome>().status, TrainStatus::Cancelled);
  }

  void missingDatasetSaysHowToInstall() {
    TrainingPanel panel;
    panel.setRunsDirectory(m_dir.filePath(QStringLiteral("runs")));
    TrainingRequest r = smallLeNetRun(256, 1);
    r.dataDirectory = m_dir.filePath(QStringLiteral("no-such-dir"));
    panel.setRequest(r);
    QSignalSpy finished(&panel, &TrainingPanel::runFinished);
    panel.start();
    QVERIFY(finished.wait(10000));
    const auto outcome = finished.first().first().value<TrainingOutcome>();
    QVERIFY(outcome.failed);
    QVERIFY2(outcome.message.contains(QStringLiteral("apt-get install dataset-fashion-mnist")),
             qPrintable(outcome.message));
    QVERIFY(panel.lastError().contains(QStringLiteral("dataset-fashion-mnist")));
  }

  void loadedRunLogDrawsItsCurves() {
    const QString path = m_dir.filePath(QStringLiteral("two-epochs.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(kRunLogHeader) + "\n");
    for (int e = 1; e <= 2; ++e) {
      for (int b = 1; b <= 3; ++b)
        file.write(QStringLiteral("%1,%2,%3,%4,%5,,,900,%6\n")
                       .arg(e)
                       .arg(b * 10)
                       .arg(e - 1 + b / 4.0)
                       .arg(2.0 / (e + b))
                       .arg(0.3 + 0.1 * b)
                       .arg(e * b)
                       .toUtf8());
      file.write(QStringLiteral("%1,40,%1,0.5,0.8,0.75,0.6,900,%2\n").arg(e).arg(e * 5).toUtf8());
    }
    file.close();
    TrainingPanel panel;
    QVERIFY2(panel.loadRunLog(path), qPrintable(panel.lastError()));
    QCOMPARE(panel.chart()->runCount(), 1);
    QCOMPARE(panel.chart()->pointCount(0, TrainingMetric::TrainLoss), 8);
    QCOMPARE(panel.chart()->pointCount(0, TrainingMetric::TrainAccuracy), 8);
    QCOMPARE(panel.chart()->pointCount(0, TrainingMetric::TestAccuracy), 2);
    QVERIFY(panel.loadRunLog(path));  // a second log overlays
    QCOMPARE(panel.chart()->runCount(), 2);
    QCOMPARE(panel.chart()->pointCount(1, TrainingMetric::TestAccuracy), 2);

    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("epoch,batch\n1,2\n");
    badFile.close();
    QVERIFY(!panel.loadRunLog(bad));
    QVERIFY2(panel.lastError().contains(QStringLiteral("missing column")), qPrintable(panel.lastError()));
    QCOMPARE(panel.chart()->runCount(), 2);
  }

  // Each run's reference line is that of its own model, not the one selected in the panel.
  void referenceLinesFollowTheLoadedLogsModels() {
    const QDir dir(m_dir.filePath(QStringLiteral("reference")));
    TrainingPanel panel;  // the LeNet preset is selected
    QCOMPARE(panel.chart()->referenceModels(), QVector<ModelKind>{ModelKind::LeNet});

    // 1. By name: a slim AlexNet log shows AlexNet's 0.883, and LeNet's lines go.
    writeRunLog(dir.filePath(QStringLiteral("slim-alexnet.csv")));
    QVERIFY2(panel.loadRunLog(dir.filePath(QStringLiteral("slim-alexnet.csv"))), qPrintable(panel.lastError()));
    QCOMPARE(panel.chart()->referenceModels(), QVector<ModelKind>{ModelKind::AlexNet});
    QVERIFY(
        panel.chart()->referenceNames().join(QLatin1Char(' ')).contains(QStringLiteral("d2l AlexNet test acc 0.883")));
    QVERIFY(!panel.chart()->referenceNames().join(QLatin1Char(' ')).contains(QStringLiteral("0.779")));

    // 2. By the run folder's name (the Training screen's <stamp>-lenet/log.csv): both references.
    writeRunLog(dir.filePath(QStringLiteral("20261127-101500-lenet/log.csv")));
    QVERIFY(panel.loadRunLog(dir.filePath(QStringLiteral("20261127-101500-lenet/log.csv"))));
    QCOMPARE(panel.chart()->referenceModels(), (QVector<ModelKind>{ModelKind::AlexNet, ModelKind::LeNet}));
    QVERIFY(
        panel.chart()->referenceNames().join(QLatin1Char(' ')).contains(QStringLiteral("d2l LeNet test acc 0.779")));

    // 3. The checkpoint beside the log wins over a misleading name.
    ModelConfig alexnet;
    alexnet.kind = ModelKind::AlexNet;
    alexnet.inputSize = 96;
    alexnet.widths = slimAlexNetWidths();
    auto model = buildModel(alexnet);
    saveCheckpoint(dir.filePath(QStringLiteral("lenet-notes.safetensors")).toStdString(), *model, alexnet);
    writeRunLog(dir.filePath(QStringLiteral("lenet-notes.csv")));
    const RunLogModel byCheckpoint = runLogModel(dir.filePath(QStringLiteral("lenet-notes.csv")));
    QCOMPARE(byCheckpoint.kind, std::optional<ModelKind>(ModelKind::AlexNet));
    QVERIFY(byCheckpoint.evidence.endsWith(QStringLiteral("lenet-notes.safetensors")));
    QCOMPARE(safetensorsModelName(dir.filePath(QStringLiteral("lenet-notes.safetensors"))), QStringLiteral("alexnet"));

    // 4. A log of an unknown model draws no reference of its own; alone, the panel's model is the default.
    writeRunLog(dir.filePath(QStringLiteral("mystery/run.csv")));
    QCOMPARE(runLogModel(dir.filePath(QStringLiteral("mystery/run.csv"))).kind, std::nullopt);
    TrainingPanel other;
    QVERIFY(other.loadRunLog(dir.filePath(QStringLiteral("mystery/run.csv"))));
    QCOMPARE(other.chart()->referenceModels(), QVector<ModelKind>{ModelKind::LeNet});
    QVERIFY(other.loadRunLog(dir.filePath(QStringLiteral("slim-alexnet.csv"))));
    QCOMPARE(other.chart()->referenceModels(), QVector<ModelKind>{ModelKind::AlexNet});
  }

  // `--screenshot F --tab training --train N`: the PNG is taken mid-run (after the third epoch end),
  // with the chart, the kernels and the live sample drawn.
  void screenshotDuringATrainingRun() {
    if (!haveDataset()) QSKIP("Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
    const QString png = m_dir.filePath(QStringLiteral("training-live.png"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config-live")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data-live")));
    env.insert(QStringLiteral("ALEXNET_RUNS_DIR"), m_dir.filePath(QStringLiteral("data-live")));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(ALEXNET_APP_PATH),
                  {QStringLiteral("--screenshot"), png, QStringLiteral("--tab"), QStringLiteral("training"),
                   QStringLiteral("--train"), QStringLiteral("1000")});
    QVERIFY(process.waitForFinished(240000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    qInfo("--train 1000 screenshot: %lld ms", static_cast<long long>(timer.elapsed()));
    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1400, 900));
    // Taken mid-run: the run's log has at least the 3 epoch ends, and not the 10 of a whole run.
    QDirIterator logs(m_dir.filePath(QStringLiteral("data-live")), {QStringLiteral("*.csv")}, QDir::Files,
                      QDirIterator::Subdirectories);
    QVERIFY2(logs.hasNext(), "no run log was written");
    RunLogReader reader;
    QVERIFY2(reader.read(logs.next()), qPrintable(reader.error()));
    const auto epochEnds = std::count_if(reader.log().rows.begin(), reader.log().rows.end(),
                                         [](const RunLogRow& row) { return row.testAccuracy.has_value(); });
    QVERIFY2(epochEnds >= 3 && epochEnds < 10, qPrintable(QString::number(epochEnds)));

    process.start(QStringLiteral(ALEXNET_APP_PATH),
                  {QStringLiteral("--screenshot"), png, QStringLiteral("--train"), QStringLiteral("many")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("--train must be"));
  }

  void screenshotDrawsARunLog() {
    const QString log = m_dir.filePath(QStringLiteral("shot.csv"));
    QFile file(log);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(kRunLogHeader) + "\n1,5,0.5,1.5,0.45,,,800,1\n1,10,1,1.0,0.6,0.65,0.9,800,2\n");
    file.close();
    const QString png = m_dir.filePath(QStringLiteral("training.png"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ALEXNET_APP_PATH), {QStringLiteral("--screenshot"), png, QStringLiteral("--tab"),
                                                     QStringLiteral("training"), QStringLiteral("--run-log"), log});
    QVERIFY(process.waitForFinished(240000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 800);

    // A broken log fails the screenshot with the reader's message.
    const QString bad = m_dir.filePath(QStringLiteral("bad-shot.csv"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("nothing,useful\n");
    badFile.close();
    process.start(QStringLiteral(ALEXNET_APP_PATH),
                  {QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("bad.png")), QStringLiteral("--tab"),
                   QStringLiteral("training"), QStringLiteral("--run-log"), bad});
    QVERIFY(process.waitForFinished(240000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("missing column"));
  }
};

QTEST_MAIN(TestTrainingPanel)
#include "test_training_panel.moc"
