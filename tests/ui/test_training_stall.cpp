// The Training screen never stalls the GUI thread, and Stop is honoured within 1 s, on AlexNet
// (issue 6). A slim AlexNet (--widths 12,32,48,48,32,64,64, input 96, as the panel's
// "AlexNet, slim" preset) trains on a small slice of Fashion-MNIST in a shown MainWindow while a
// 10 ms QTimer on the GUI thread measures the longest gap between ticks: it must stay under 50 ms
// while the run starts, streams progress, refreshes the chart, conv1's kernels and the live
// sample's maps and probabilities, and finishes. As in test_event_loop_stall.cpp the GUI thread's
// CPU time between ticks is measured too (< 40 ms in at least one attempt), the best of 3 attempts counts,
// and the wall-clock limit is only reported when the 1-minute load average exceeds 3 × the cores.
//
// Stop latency: Stop is clicked at a few moments of a longer run (mid-minibatch, at different offsets
// from a chart point); the time from the click to the worker's finished signal must be < 1 s. The
// same for d2l's full-width AlexNet at 224, stopped in the middle of its first minibatch.
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <ctime>

#include "alexnet/core/models/model_presets.h"
#include "tests/ui/gap_probe.h"
#include "ui/charts/training_chart_widget.h"
#include "ui/main_window.h"
#include "ui/training/kernel_grid_view.h"
#include "ui/training/live_sample_view.h"
#include "ui/training/training_panel.h"
#include "ui/training/training_request.h"

using namespace alexnet;
using namespace alexnet::ui;

using namespace alexnet::ui::test;

namespace {

const QString kDataDir = defaultDataDirectory();

bool haveDataset() { return QFileInfo::exists(kDataDir + QStringLiteral("/train-images-idx3-ubyte.gz")); }

TrainingRequest slimAlexNetRun(std::int64_t limit, std::int64_t epochs) {
  ModelConfig model;
  model.kind = ModelKind::AlexNet;
  model.inputSize = 96;
  model.widths = slimAlexNetWidths();
  TrainingRequest r = d2lDefaultRequest(model);
  r.limit = limit;
  r.epochs = epochs;
  r.dataDirectory = kDataDir;
  return r;
}

struct Attempt {
  bool ok = false;
  QString error;
  qint64 gap = 0, runMs = 0;
  double cpuInGap = 0, maxCpu = 0;
  int ticks = 0, samples = 0, kernels = 0, points = 0;
};

Attempt measureOnce(const QString& runsDirectory) {
  Attempt attempt;
  MainWindow window({.persistSettings = false});
  window.resize(1400, 900);
  window.show();
  window.showTab(QStringLiteral("training"));
  if (!QTest::qWaitForWindowExposed(&window)) {
    attempt.error = QStringLiteral("window not exposed");
    return attempt;
  }
  TrainingPanel* panel = window.trainingPanel();
  panel->setRunsDirectory(runsDirectory);
  panel->setRequest(slimAlexNetRun(640, 2));  // 5 minibatches of 128 per epoch, tested on 640
  QSignalSpy finished(panel, &TrainingPanel::runFinished);
  QTest::qWait(50);
  GapProbe probe;
  probe.start();
  QElapsedTimer run;
  run.start();
  const double cpuBefore = threadCpuMs();
  panel->start();
  qInfo("start() on the GUI thread: %.1f ms CPU", threadCpuMs() - cpuBefore);
  if (!finished.wait(600000)) {
    attempt.error = QStringLiteral("the run did not finish");
    return attempt;
  }
  attempt.runMs = run.elapsed();
  QTest::qWait(100);  // the last chart flush and repaints
  const auto outcome = finished.first().first().value<TrainingOutcome>();
  if (outcome.failed || outcome.status != TrainStatus::Finished) {
    attempt.error = outcome.message;
    return attempt;
  }
  attempt.gap = probe.longest;
  attempt.cpuInGap = probe.cpuInLongest;
  attempt.maxCpu = probe.longestCpu;
  attempt.ticks = probe.ticks;
  attempt.samples = panel->liveSample()->updates();
  attempt.kernels = panel->kernelView()->updates();
  attempt.points = panel->chart()->pointCount(0, TrainingMetric::TrainLoss);
  attempt.ok = true;
  return attempt;
}

}  // namespace

class TestTrainingStall : public QObject {
  Q_OBJECT
 private:
  QTemporaryDir m_dir;

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
  }

  void slimAlexNetTrainingDoesNotStallTheGuiThread() {
    if (!haveDataset()) QSKIP("Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
    constexpr qint64 kLimitMs = 50;
    Attempt best;
    double maxCpu = 0.0, leastMaxCpu = 1e9;
    for (int i = 1; i <= 3; ++i) {
      const Attempt attempt = measureOnce(m_dir.filePath(QStringLiteral("stall-%1").arg(i)));
      QVERIFY2(attempt.ok, qPrintable(attempt.error));
      qInfo(
          "attempt %d: slim AlexNet (96, 12,32,48,48,32,64,64), 2 epochs of 640 images, %lld ms: longest GUI gap "
          "%lld ms (GUI-thread CPU in it %.1f ms), most GUI-thread CPU between two ticks %.1f ms; %d ticks, "
          "%d chart points, %d kernel and %d live-sample refreshes",
          i, attempt.runMs, attempt.gap, attempt.cpuInGap, attempt.maxCpu, attempt.ticks, attempt.points,
          attempt.kernels, attempt.samples);
      // The run refreshed what the GUI shows: 5 points and an epoch end per epoch, and the
      // kernels and the live sample at each of them (+ the untrained start).
      QVERIFY(attempt.points >= 10);
      QVERIFY(attempt.samples >= 11);
      QVERIFY(attempt.kernels >= 11);
      maxCpu = std::max(maxCpu, attempt.maxCpu);
      leastMaxCpu = std::min(leastMaxCpu, attempt.maxCpu);
      if (i == 1 || attempt.gap < best.gap) best = attempt;
      if (best.gap < kLimitMs && leastMaxCpu < 40.0) break;
    }
    // Work on the GUI thread would show in every attempt; a one-off (page faults, a first glyph
    // cache fill on a loaded machine) in one of them is reported but does not fail the test.
    qInfo("most GUI-thread CPU between two ticks: %.1f ms (best attempt %.1f ms)", maxCpu, leastMaxCpu);
    QVERIFY2(leastMaxCpu < 40.0,
             qPrintable(QStringLiteral("the GUI thread computed %1 ms between two ticks").arg(leastMaxCpu)));
    const double load = loadAverage();
    const int cores = QThread::idealThreadCount();
    if (load > 3.0 * cores && best.gap >= kLimitMs) {
      qWarning(
          "machine overloaded (load average %.1f on %d cores): wall-clock gap %lld ms reported, not asserted; "
          "GUI-thread CPU between ticks stayed at most %.1f ms",
          load, cores, best.gap, maxCpu);
      return;
    }
    QVERIFY2(best.gap < kLimitMs, qPrintable(QStringLiteral("the GUI thread stalled %1 ms").arg(best.gap)));
  }

  void stopEndsASlimAlexNetRunWithinOneSecond() {
    if (!haveDataset()) QSKIP("Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
    MainWindow window({.persistSettings = false});
    window.resize(1400, 900);
    window.show();
    window.showTab(QStringLiteral("training"));
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TrainingPanel* panel = window.trainingPanel();
    panel->setRunsDirectory(m_dir.filePath(QStringLiteral("stop")));
    auto* stopButton = panel->findChild<QPushButton*>(QStringLiteral("stopTraining"));
    QVERIFY(stopButton);
    qint64 worst = 0;
    const int delaysMs[] = {0, 170, 330};  // after the first chart point: different places in a minibatch
    for (const int delay : delaysMs) {
      panel->setRequest(slimAlexNetRun(4096, 3));
      QSignalSpy finished(panel, &TrainingPanel::runFinished);
      const int run = panel->chart()->runCount();
      panel->start();
      QTRY_VERIFY_WITH_TIMEOUT(panel->chart()->pointCount(run, TrainingMetric::TrainLoss) > 0 || !finished.isEmpty(),
                               600000);
      QVERIFY2(finished.isEmpty(), "the run ended before Stop could be tested");
      QTest::qWait(delay);
      QElapsedTimer timer;
      timer.start();
      QTest::mouseClick(stopButton, Qt::LeftButton);
      QVERIFY(finished.wait(10000));
      const qint64 ms = timer.elapsed();
      worst = std::max(worst, ms);
      qInfo("stop latency (slim AlexNet, 96, batch 128, chunks of 32), clicked %d ms after a chart point: %lld ms",
            delay, ms);
      QCOMPARE(finished.first().first().value<TrainingOutcome>().status, TrainStatus::Cancelled);
      QVERIFY(!panel->isRunning());
    }
    qInfo("longest stop latency: %lld ms", worst);
    const double load = loadAverage();
    const int cores = QThread::idealThreadCount();
    if (load > 3.0 * cores && worst >= 1000) {
      qWarning("machine overloaded (load average %.1f on %d cores): stop latency %lld ms reported, not asserted", load,
               cores, worst);
      return;
    }
    QVERIFY2(worst < 1000, qPrintable(QStringLiteral("Stop took %1 ms").arg(worst)));
  }

  // d2l's full-width AlexNet (224×224, 58 M parameters) trains in chunks of 17 images, so Stop
  // still lands within 1 s although one of its minibatches of 128 takes ~15 s on 2 cores.
  void stopEndsAFullAlexNetRunWithinOneSecond() {
    if (!haveDataset()) QSKIP("Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
    TrainingPanel panel;
    panel.setRunsDirectory(m_dir.filePath(QStringLiteral("stop-full")));
    ModelConfig model;
    model.kind = ModelKind::AlexNet;
    TrainingRequest r = d2lDefaultRequest(model);
    r.limit = 256;
    r.epochs = 1;
    r.dataDirectory = kDataDir;
    panel.setRequest(r);
    auto* status = panel.findChild<QLabel*>(QStringLiteral("trainingStatus"));
    QVERIFY(status);
    QSignalSpy finished(&panel, &TrainingPanel::runFinished);
    panel.start();
    // "Training on 256 images…" comes after the model is built and the untrained snapshot is sent.
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Training on")) || !finished.isEmpty(), 120000);
    QVERIFY2(finished.isEmpty(), qPrintable(status->text()));
    QTest::qWait(1500);  // in the middle of the first minibatch
    QVERIFY(finished.isEmpty());
    QElapsedTimer timer;
    timer.start();
    panel.stop();
    QVERIFY(finished.wait(20000));
    const qint64 ms = timer.elapsed();
    qInfo("stop latency (d2l AlexNet, 224, batch 128, chunks of 17): %lld ms", ms);
    QCOMPARE(finished.first().first().value<TrainingOutcome>().status, TrainStatus::Cancelled);
    const double load = loadAverage();
    const int cores = QThread::idealThreadCount();
    if (load > 3.0 * cores && ms >= 1000) {
      qWarning("machine overloaded (load average %.1f on %d cores): stop latency %lld ms reported, not asserted", load,
               cores, ms);
      return;
    }
    QVERIFY2(ms < 1000, qPrintable(QStringLiteral("Stop took %1 ms").arg(ms)));
  }
};

QTEST_MAIN(TestTrainingStall)
#include "test_training_stall.moc"
