// Quitting takes at most 300 ms when nothing runs (issue 18, item 7). The real GUI entry point
// (alexnet::runGui, what `alexnet-lab` runs) starts in a child process (offscreen, settings in a
// temporary folder); once its window has been idle for a second, File → Quit is triggered there and
// the child prints the moment (steady clock, shared by both processes); the parent takes the moment
// it sees the child exit. Every step of a real quit is inside: closeEvent and the settings write,
// the window's destruction (worker threads joined), QApplication's teardown, static destructors.
// Two states: the start screen, and Inspect with d2l's AlexNet (224 px) run to its last layer.
// Best of 3 attempts; as in the other timing tests the limit is only reported, not asserted, when the
// 1-minute load average exceeds 3 × the cores. scripts/bench_quit.sh measures the installed binary the
// way a user quits it (Ctrl+Q under Xvfb).
#include <QAction>
#include <QApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>

#include "gap_probe.h"
#include "ui/gui_main.h"
#include "ui/main_window.h"

using namespace alexnet::ui;

namespace {

constexpr double kQuitLimitMs = 300.0;

long long nowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// The child: once the window has been idle for a second, File → Quit (the QAction Ctrl+Q triggers).
void quitWhenIdle() {
  auto* poll = new QTimer(qApp);
  auto idleSince = std::make_shared<long long>(0);
  QObject::connect(poll, &QTimer::timeout, qApp, [poll, idleSince] {
    MainWindow* window = nullptr;
    for (QWidget* widget : QApplication::topLevelWidgets())
      if (auto* main = qobject_cast<MainWindow*>(widget); main && main->isVisible()) window = main;
    if (!window || window->isBusy()) {
      *idleSince = 0;
      return;
    }
    if (*idleSince == 0) *idleSince = nowNs();
    if (nowNs() - *idleSince < 1'000'000'000LL) return;
    poll->stop();
    for (QAction* action : window->findChildren<QAction*>())
      if (action->text() == MainWindow::tr("&Quit")) {  // (offscreen binds no key to QKeySequence::Quit)
        QObject::connect(qApp, &QCoreApplication::aboutToQuit,
                         [] { std::fprintf(stderr, "about-to-quit %lld\n", nowNs()); });
        std::printf("close-request %lld\n", nowNs());
        std::fflush(stdout);
        action->trigger();
        return;
      }
    std::printf("no Quit action\n");
  });
  poll->start(20);
}

int runChild(int argc, char** argv) {
  // Waits for runGui's QApplication, then posts the watcher to its thread.
  std::thread([] {
    while (!QCoreApplication::instance()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    QMetaObject::invokeMethod(QCoreApplication::instance(), &quitWhenIdle, Qt::QueuedConnection);
  }).detach();
  const int status = alexnet::runGui(argc, argv);
  std::fprintf(stderr, "gui-returned %lld\n", nowNs());
  return status;
}

struct QuitMeasurement {
  double totalMs = -1;  // close request → process gone
  QString phases;       // the child's own moments, for the log
};

QuitMeasurement measureQuit(const QStringList& guiArguments) {
  QTemporaryDir home;
  QProcess child;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  // offscreen by default; ALEXNET_QUIT_PLATFORM=xcb (under xvfb-run) measures the X11 path.
  env.insert(QStringLiteral("QT_QPA_PLATFORM"),
             qEnvironmentVariable("ALEXNET_QUIT_PLATFORM", QStringLiteral("offscreen")));
  env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
  child.setProcessEnvironment(env);
  child.start(QCoreApplication::applicationFilePath(), QStringList{QStringLiteral("--quit-child")} + guiArguments);
  QuitMeasurement m;
  if (!child.waitForFinished(180000)) {
    child.kill();
    child.waitForFinished();
    return m;
  }
  const long long exited = nowNs();
  const QByteArray out = child.readAllStandardOutput();
  const QByteArray err = child.readAllStandardError();
  long long request = 0;
  for (const QByteArray& line : out.split('\n'))
    if (line.startsWith("close-request ")) request = line.mid(14).toLongLong();
  if (request == 0) {
    qWarning("child output: %s\n%s", out.constData(), err.constData());
    return m;
  }
  m.totalMs = static_cast<double>(exited - request) / 1e6;
  QStringList phases;
  for (const QByteArray& line : err.split('\n'))
    if (line.startsWith("about-to-quit ") || line.startsWith("gui-returned ")) {
      const QList<QByteArray> parts = line.split(' ');
      phases << QStringLiteral("%1 +%2 ms")
                    .arg(QString::fromLatin1(parts[0]))
                    .arg(static_cast<double>(parts[1].toLongLong() - request) / 1e6, 0, 'f', 1);
    }
  m.phases = phases.join(QStringLiteral(", "));
  return m;
}

}  // namespace

class TestQuitTiming : public QObject {
  Q_OBJECT
 private:
  void check(const QStringList& arguments) {
    double best = 1e9;
    for (int attempt = 0; attempt < 3; ++attempt) {
      const QuitMeasurement m = measureQuit(arguments);
      QVERIFY2(m.totalMs >= 0, "the child did not start, reach idle or quit");
      qInfo("quit %s: %.0f ms (%s)", qPrintable(arguments.join(QLatin1Char(' '))), m.totalMs, qPrintable(m.phases));
      best = std::min(best, m.totalMs);
      if (best <= kQuitLimitMs) break;
    }
    const double load = test::loadAverage();
    const int cores = QThread::idealThreadCount();
    if (best > kQuitLimitMs && load > 3.0 * cores) {
      qWarning("machine overloaded (load average %.1f on %d cores): quit %.0f ms reported, not asserted", load, cores,
               best);
      return;
    }
    QVERIFY2(best <= kQuitLimitMs,
             qPrintable(QStringLiteral("quitting took %1 ms (limit %2 ms)").arg(best).arg(kQuitLimitMs)));
  }

 private slots:
  void quitsFastFromTheStartScreen() { check({}); }
  void quitsFastAfterAlexNetRanInInspect() {
    check({QStringLiteral("--tab"), QStringLiteral("inspect"), QStringLiteral("--model"), QStringLiteral("alexnet"),
           QStringLiteral("--step"), QStringLiteral("99")});
  }
};

int main(int argc, char** argv) {
  if (argc > 1 && std::strcmp(argv[1], "--quit-child") == 0) {
    argv[1] = argv[0];  // runGui sees: program, then the GUI options
    return runChild(argc - 1, argv + 1);
  }
  QApplication app(argc, argv);
  TestQuitTiming test;
  return QTest::qExec(&test, argc, argv);
}

#include "test_quit_timing.moc"
