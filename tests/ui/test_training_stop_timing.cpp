// Timing (ctest label "timing", outside the default run: scripts/test.sh --timing): Stop ends a
// LeNet run within one second, running or paused. (That Stop cancels, and that Pause holds the
// worker, is checked without a clock in test_training_panel.cpp; the GUI's responsiveness during a
// run in test_training_stall.cpp, which the default run keeps.)
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "ui/charts/training_chart_widget.h"
#include "ui/training/training_panel.h"
#include "ui/training/training_request.h"

using namespace alexnet;
using namespace alexnet::ui;

namespace {

bool haveDataset() { return QFileInfo::exists(defaultDataDirectory() + QStringLiteral("/train-images-idx3-ubyte.gz")); }

TrainingRequest smallLeNetRun() {
  ModelConfig model;
  model.kind = ModelKind::LeNet;
  TrainingRequest r = d2lDefaultRequest(model);
  r.limit = 20000;
  r.epochs = 5;
  return r;
}

}  // namespace

class TestTrainingStopTiming : public QObject {
  Q_OBJECT
 private:
  QTemporaryDir m_dir;

  // Starts a run, waits for its first chart point, optionally pauses (until the worker is held), then
  // stops it and returns the milliseconds from Stop to runFinished (-1 on failure).
  qint64 stopLatency(bool paused) {
    TrainingPanel panel;
    panel.setRunsDirectory(m_dir.filePath(QStringLiteral("runs")));
    panel.setRequest(smallLeNetRun());
    QSignalSpy finished(&panel, &TrainingPanel::runFinished);
    panel.start();
    if (!QTest::qWaitFor(
            [&] { return panel.chart()->pointCount(0, TrainingMetric::TrainLoss) > 0 || !finished.isEmpty(); },
            120000) ||
        !finished.isEmpty())
      return -1;
    if (paused) {
      panel.pause();
      if (!QTest::qWaitFor([&] { return panel.isHeldByPause(); }, 60000)) return -1;
    }
    QElapsedTimer timer;
    timer.start();
    panel.stop();
    if (!finished.wait(5000)) return -1;
    return finished.first().first().value<TrainingOutcome>().status == TrainStatus::Cancelled ? timer.elapsed() : -1;
  }

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    if (!haveDataset()) QSKIP("Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
  }

  void stopEndsARunWithinOneSecond() {
    const qint64 ms = stopLatency(false);
    qInfo("stop latency (LeNet, batch 256): %lld ms", static_cast<long long>(ms));
    QVERIFY2(ms >= 0 && ms < 1000, qPrintable(QStringLiteral("stop took %1 ms").arg(ms)));
  }

  void stopEndsAPausedRunWithinOneSecond() {
    const qint64 ms = stopLatency(true);
    qInfo("stop latency while paused: %lld ms", static_cast<long long>(ms));
    QVERIFY2(ms >= 0 && ms < 1000, qPrintable(QStringLiteral("stop took %1 ms").arg(ms)));
  }
};

QTEST_MAIN(TestTrainingStopTiming)
#include "test_training_stop_timing.moc"
