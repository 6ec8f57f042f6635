// The UI thread never runs network work: while the full d2l AlexNet (1×224×224) is built and runs
// all 21 layers on the worker thread, a 10 ms QTimer on the GUI thread measures the longest gap
// between ticks. The longest gap must stay under 50 ms (model building, the run, and drawing the
// results included). The GUI thread's own CPU time inside the longest gap is reported too: it
// separates work done on the GUI thread from waiting for a CPU on a loaded machine.
//
// Other processes can delay any thread, so a measurement is repeated (up to 5 attempts) and the
// best attempt must pass; work on the GUI thread would make every attempt fail. The GUI thread's
// CPU time between two ticks must stay under 40 ms (one AlexNet conv layer takes longer) in every case. Only when the
// machine is overloaded by other processes (1-minute load average above 3 × the cores, e.g. parallel builds) is the
// wall-clock limit reported instead of asserted: no program can be scheduled on time then.
#include <QElapsedTimer>
#include <QPainter>
#include <QStandardPaths>
#include <QtTest>
#include <QFile>
#include <QThread>
#include <ctime>

#include "ui/inspect/input_panel.h"
#include "ui/inspect/inspect_panel.h"
#include "ui/inspect/run_view.h"
#include "tests/ui/gap_probe.h"
#include "ui/main_window.h"

using namespace alexnet::ui;

using namespace alexnet::ui::test;

namespace {

struct Attempt {
  qint64 buildGap = 0, runGap = 0, runMs = 0;
  double buildCpu = 0, runCpu = 0, maxCpu = 0;
  bool ok = false;
};

Attempt measureOnce() {
  Attempt attempt;
  MainWindow window({.persistSettings = false});
  window.resize(1400, 900);
  window.show();
  window.showTab(QStringLiteral("inspect"));
  if (!QTest::qWaitForWindowExposed(&window)) return attempt;
  InspectPanel* inspect = window.inspectPanel();
  QImage image(300, 200, QImage::Format_RGB32);
  image.fill(Qt::white);
  {
    QPainter painter(&image);
    painter.setBrush(Qt::black);
    painter.drawEllipse(QPoint(150, 100), 70, 60);
  }
  inspect->inputPanel()->setSourceImage(image, QStringLiteral("ellipse"));
  if (!QTest::qWaitFor([&] { return !inspect->isBusy(); }, 30000)) return attempt;

  GapProbe probe;
  probe.start();
  inspect->setModelKey(QStringLiteral("alexnet"));  // builds 58 M parameters on the worker
  RunView* run = inspect->primaryView();
  if (!QTest::qWaitFor([&] { return !inspect->isBusy() && run->layerCount() == 21; }, 120000)) return attempt;
  attempt.buildGap = probe.longest;
  attempt.buildCpu = probe.cpuInLongest;
  const double buildMaxCpu = probe.longestCpu;
  probe.start();
  QElapsedTimer runClock;
  runClock.start();
  inspect->runToEnd();
  if (!QTest::qWaitFor([&] { return !inspect->isBusy() && run->cursor() == 21; }, 120000)) return attempt;
  attempt.runMs = runClock.elapsed();
  QTest::qWait(100);  // the final snapshot renders
  attempt.runGap = probe.longest;
  attempt.runCpu = probe.cpuInLongest;
  attempt.maxCpu = std::max(buildMaxCpu, probe.longestCpu);
  attempt.ok = true;
  return attempt;
}

}  // namespace

class TestEventLoopStall : public QObject {
  Q_OBJECT
 private slots:
  void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

  void alexNetRunDoesNotStallTheGuiThread() {
    constexpr qint64 kLimitMs = 50;
    Attempt best;
    double maxCpu = 0.0;
    for (int i = 1; i <= 5; ++i) {
      const Attempt attempt = measureOnce();
      QVERIFY2(attempt.ok, "AlexNet did not finish");
      qInfo(
          "attempt %d: AlexNet (d2l, 224) build: longest GUI gap %lld ms (GUI-thread CPU in it %.1f ms); "
          "run of 21 layers %lld ms: longest GUI gap %lld ms (GUI-thread CPU in it %.1f ms); "
          "most GUI-thread CPU between two ticks %.1f ms",
          i, attempt.buildGap, attempt.buildCpu, attempt.runMs, attempt.runGap, attempt.runCpu, attempt.maxCpu);
      maxCpu = std::max(maxCpu, attempt.maxCpu);
      if (i == 1 || std::max(attempt.buildGap, attempt.runGap) < std::max(best.buildGap, best.runGap)) best = attempt;
      if (best.buildGap < kLimitMs && best.runGap < kLimitMs) break;
    }
    QVERIFY2(maxCpu < 40.0, qPrintable(QStringLiteral("the GUI thread computed %1 ms between two ticks").arg(maxCpu)));
    const double load = loadAverage();
    const int cores = QThread::idealThreadCount();
    if (load > 3.0 * cores && std::max(best.buildGap, best.runGap) >= kLimitMs) {
      qWarning(
          "machine overloaded (load average %.1f on %d cores): wall-clock gap %lld ms reported, not asserted; "
          "GUI-thread CPU between ticks stayed at most %.1f ms",
          load, cores, std::max(best.buildGap, best.runGap), maxCpu);
      return;
    }
    QVERIFY2(best.buildGap < kLimitMs, qPrintable(QStringLiteral("stall while building: %1 ms").arg(best.buildGap)));
    QVERIFY2(best.runGap < kLimitMs, qPrintable(QStringLiteral("stall while running: %1 ms").arg(best.runGap)));
  }
};

QTEST_MAIN(TestEventLoopStall)
#include "test_event_loop_stall.moc"
