// ui_bench_training_soak — issue 18's soak: slim AlexNet trained on the Training screen for a long
// time with the live views on (chart, conv1 kernels, the live sample's maps), while this program
// watches the process as a user's machine would:
//   - resident memory (VmRSS), read once a second: per epoch its floor and its peak (it swings within
//     an epoch with the test pass and the checkpoint write); the figure that matters is the growth from
//     the second epoch to the last complete one (the first allocates the workspaces);
//   - the GUI thread's responsiveness: a 10 ms precise timer, every gap between two ticks over 50 ms
//     recorded with the GUI thread's own CPU time in it (a gap with little own CPU is the thread
//     waiting for a core on a loaded machine, not work done on it).
// A benchmark, not a test: scripts/bench_training_soak.sh runs it and keeps the log.
//
//   ui_bench_training_soak [--minutes M] [--model KEY] [--limit N] [--runs-dir DIR]
// prints one JSON line per minute ("sample") and a last one ("summary").
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "alexnet/core/exec/allocator_tuning.h"
#include "alexnet/core/exec/thread_priority.h"
#include "tests/ui/gap_probe.h"
#include "ui/main_window.h"
#include "ui/model_catalog.h"
#include "ui/training/training_panel.h"
#include "ui/training/training_request.h"

using namespace alexnet::ui;

namespace {

// A /proc/self/status field in MB ("VmRSS", "VmHWM").
double statusMb(const char* field) {
  QFile file(QStringLiteral("/proc/self/status"));
  if (!file.open(QIODevice::ReadOnly)) return 0.0;
  for (const QByteArray& line : file.readAll().split('\n'))
    if (line.startsWith(field)) return line.mid(int(qstrlen(field)) + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
  return 0.0;
}

struct SoakOptions {
  double minutes = 60.0;
  QString model = QStringLiteral("alexnet-slim");
  qint64 limit = 0;  // training images (0 = all 60,000)
  QString runsDirectory;
};

struct EpochMemory {
  double floor = 1e12, peak = 0.0;  // MB
};

struct Stall {
  double atSeconds = 0.0;
  qint64 wallMs = 0;
  double ownCpuMs = 0.0;
};

// Every gap over 50 ms between ticks of a 10 ms timer on the GUI thread.
class StallRecorder {
 public:
  static constexpr qint64 kStallMs = 50;

  StallRecorder() {
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(10);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
  }
  void start() {
    m_clock.start();
    m_last = 0;
    m_lastCpu = alexnet::ui::test::threadCpuMs();
    m_timer.start();
  }
  const std::vector<Stall>& stalls() const { return m_stalls; }
  qint64 ticks() const { return m_ticks; }

 private:
  void tick() {
    const qint64 now = m_clock.elapsed();
    const double cpu = alexnet::ui::test::threadCpuMs();
    if (now - m_last > kStallMs) m_stalls.push_back({now / 1000.0, now - m_last, cpu - m_lastCpu});
    m_last = now;
    m_lastCpu = cpu;
    ++m_ticks;
  }

  QElapsedTimer m_clock;
  QTimer m_timer;
  qint64 m_last = 0, m_ticks = 0;
  double m_lastCpu = 0.0;
  std::vector<Stall> m_stalls;
};

SoakOptions parse(const QStringList& args) {
  SoakOptions o;
  for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
    if (args[i] == QLatin1String("--minutes")) o.minutes = args[i + 1].toDouble();
    if (args[i] == QLatin1String("--model")) o.model = args[i + 1];
    if (args[i] == QLatin1String("--limit")) o.limit = args[i + 1].toLongLong();
    if (args[i] == QLatin1String("--runs-dir")) o.runsDirectory = args[i + 1];
  }
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  const SoakOptions options = parse(app.arguments());
  ModelChoice choice;
  if (!findModelChoice(options.model, &choice)) {
    std::fprintf(stderr, "unknown --model %s\n", qPrintable(options.model));
    return 2;
  }
  QStandardPaths::setTestModeEnabled(true);  // no user settings read or written
  QTemporaryDir scratch;
  const QString runs = options.runsDirectory.isEmpty() ? scratch.path() : options.runsDirectory;

  alexnet::keepFreedTensorMemory();      // as app/main.cpp does for the GUI
  alexnet::lowerKernelWorkerPriority();  // as runGui does
  MainWindow window({.persistSettings = false});
  TrainingPanel* training = window.trainingPanel();
  training->setRunsDirectory(runs);
  TrainingRequest request = d2lDefaultRequest(choice.config);
  request.limit = options.limit;
  request.epochs = 1000;  // the soak stops it when the time is up
  request.dataDirectory = training->request().dataDirectory;
  training->setRequest(request);
  window.resize(1400, 900);
  window.showTab(QStringLiteral("training"));  // the live views are on screen and repaint
  window.show();

  StallRecorder recorder;
  QElapsedTimer clock;
  clock.start();
  training->start();
  recorder.start();
  if (!training->isRunning()) {
    std::fprintf(stderr, "training did not start: %s\n", qPrintable(training->lastError()));
    return 1;
  }

  // Resident memory per epoch: its floor (the lowest reading) and its peak. Within an epoch it swings
  // with the test pass and the checkpoint write; a leak shows as a rising floor from epoch to epoch.
  std::vector<EpochMemory> epochs(1);
  double nextSampleSeconds = 60.0, nextRssSeconds = 1.0;
  const double totalSeconds = options.minutes * 60.0;
  while (clock.elapsed() / 1000.0 < totalSeconds && training->isRunning()) {
    // Blocks until an event arrives (the recorder's 10 ms timer at the latest), as the app's event loop
    // does. The overload with a time limit drops WaitForMoreEvents and returned at once: the first
    // hour-long run (2026-12-07) spun this loop on a whole core.
    QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double seconds = clock.elapsed() / 1000.0;
    if (seconds < nextRssSeconds) continue;
    nextRssSeconds = seconds + 1.0;  // reading /proc once a second keeps the probe off the GUI thread's clock
    const double rss = statusMb("VmRSS:");
    while (static_cast<int>(epochs.size()) <= training->epochsCompleted()) {
      const EpochMemory& done = epochs.back();
      std::printf("{\"epoch\":{\"index\":%zu,\"rss_floor_mb\":%.1f,\"rss_peak_mb\":%.1f}}\n", epochs.size(), done.floor,
                  done.peak);
      epochs.emplace_back();
    }
    epochs.back().floor = std::min(epochs.back().floor, rss);
    epochs.back().peak = std::max(epochs.back().peak, rss);
    if (seconds >= nextSampleSeconds) {
      nextSampleSeconds += 60.0;
      std::printf("{\"sample\":{\"minute\":%.0f,\"epochs\":%d,\"rss_mb\":%.1f,\"stalls_over_50ms\":%zu,\"load\":%.2f}}\n",
                  seconds / 60.0, training->epochsCompleted(), rss, recorder.stalls().size(),
                  alexnet::ui::test::loadAverage());
      std::fflush(stdout);
    }
  }
  // Growth after the first epoch: the last complete epoch against the second (the first one allocates).
  const std::size_t complete = epochs.size() - 1;  // the last entry is the epoch still running
  const double floorGrowth =
      complete >= 3 ? 100.0 * (epochs[complete - 1].floor - epochs[1].floor) / epochs[1].floor : 0.0;
  const double peakGrowth = complete >= 3 ? 100.0 * (epochs[complete - 1].peak - epochs[1].peak) / epochs[1].peak : 0.0;
  const bool ranToTheEnd = training->isRunning();
  const QString error = training->lastError();
  QElapsedTimer stopClock;
  stopClock.start();
  training->stop();
  while (training->isRunning() && stopClock.elapsed() < 60000) QApplication::processEvents(QEventLoop::AllEvents, 50);

  qint64 longest = 0, longestOwnCpuBound = 0;
  double cpuInLongest = 0.0;
  int ownCpuStalls = 0;  // stalls in which the GUI thread itself was busy for over 50 ms
  for (const Stall& stall : recorder.stalls()) {
    if (stall.wallMs > longest) {
      longest = stall.wallMs;
      cpuInLongest = stall.ownCpuMs;
    }
    if (stall.ownCpuMs > StallRecorder::kStallMs) {
      ++ownCpuStalls;
      longestOwnCpuBound = std::max(longestOwnCpuBound, stall.wallMs);
    }
  }
  for (const Stall& stall : recorder.stalls())
    std::printf("{\"stall\":{\"at_s\":%.1f,\"wall_ms\":%lld,\"gui_cpu_ms\":%.1f}}\n", stall.atSeconds,
                static_cast<long long>(stall.wallMs), stall.ownCpuMs);
  std::printf(
      "{\"summary\":{\"model\":\"%s\",\"minutes\":%.1f,\"ran_to_the_end\":%s,\"error\":\"%s\",\"epochs\":%d,"
      "\"rss_floor_growth_percent\":%.2f,\"rss_peak_growth_percent\":%.2f,"
      "\"peak_rss_mb\":%.1f,\"ticks\":%lld,\"stalls_over_50ms\":%zu,\"longest_stall_ms\":%lld,"
      "\"gui_cpu_in_longest_ms\":%.1f,\"stalls_with_gui_cpu_over_50ms\":%d,\"longest_such_stall_ms\":%lld,"
      "\"stop_ms\":%lld,\"load\":%.2f}}\n",
      qPrintable(options.model), clock.elapsed() / 60000.0, ranToTheEnd ? "true" : "false", qPrintable(error),
      training->epochsCompleted(), floorGrowth, peakGrowth, statusMb("VmHWM:"),
      static_cast<long long>(recorder.ticks()), recorder.stalls().size(), static_cast<long long>(longest),
      cpuInLongest, ownCpuStalls, static_cast<long long>(longestOwnCpuBound),
      static_cast<long long>(stopClock.elapsed()), alexnet::ui::test::loadAverage());
  return ranToTheEnd ? 0 : 1;
}
