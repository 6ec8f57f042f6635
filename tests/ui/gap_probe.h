#pragma once
// GapProbe — how long the GUI event loop goes without running a 10 ms timer (the longest gap
// between ticks), and how much of that was the GUI thread's own CPU time rather than waiting for a
// CPU on a loaded machine. Shared by the stall tests (test_event_loop_stall, test_training_stall)
// and the feature-grid render test (threadCpuMs).
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTimer>
#include <algorithm>
#include <ctime>

namespace alexnet::ui::test {

// CPU time of the calling thread, in ms.
inline double threadCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// The 1-minute load average (0 when /proc/loadavg cannot be read).
inline double loadAverage() {
  QFile file(QStringLiteral("/proc/loadavg"));
  if (!file.open(QIODevice::ReadOnly)) return 0.0;
  return file.readAll().split(' ').value(0).toDouble();
}

struct GapProbe {
  QElapsedTimer clock;
  QTimer timer;
  qint64 last = 0, longest = 0;                                // ms of wall clock between ticks
  double lastCpu = 0.0, cpuInLongest = 0.0, longestCpu = 0.0;  // ms of GUI-thread CPU between ticks
  int ticks = 0;

  GapProbe() {
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, [this] {
      const qint64 now = clock.elapsed();
      const double cpu = threadCpuMs();
      if (now - last > longest) {
        longest = now - last;
        cpuInLongest = cpu - lastCpu;
      }
      longestCpu = std::max(longestCpu, cpu - lastCpu);
      last = now;
      lastCpu = cpu;
      ++ticks;
    });
  }
  // Starts (or restarts) the measurement from zero.
  void start() {
    clock.start();
    last = 0;
    lastCpu = threadCpuMs();
    longest = 0;
    cpuInLongest = longestCpu = 0.0;
    timer.start();
  }
};

}  // namespace alexnet::ui::test
