// ui_bench_image_open — how an 8000x8000 JPEG opens in the GUI (issue 18): the time until the
// image is decoded and until the Inspect screen has run the network on it, the longest time the GUI
// thread went without running its 10 ms timer meanwhile (and how much of that was its own CPU), and
// the process's peak resident memory. A benchmark, not a test: run scripts/bench_image_open.sh.
//
//   ui_bench_image_open --make-jpeg FILE [SIDE]   writes a SIDE x SIDE photo-like JPEG (noise on
//                                                 gradients, about a real photo's size) and exits
//   ui_bench_image_open FILE [--model lenet|alexnet]   opens FILE as a user would, prints one JSON line
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <algorithm>
#include <cstdio>
#include <functional>

#include "tests/ui/gap_probe.h"
#include "ui/inspect/input_panel.h"
#include "ui/inspect/inspect_panel.h"
#include "ui/main_window.h"

using namespace alexnet::ui;

namespace {

// VmHWM (peak resident set) of this process in MB.
double peakRssMb() {
  QFile file(QStringLiteral("/proc/self/status"));
  if (!file.open(QIODevice::ReadOnly)) return 0.0;
  for (const QByteArray& line : file.readAll().split('\n'))
    if (line.startsWith("VmHWM:")) return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
  return 0.0;
}

int makeJpeg(const QString& path, int side) {
  QImage image(side, side, QImage::Format_RGB32);
  QRandomGenerator random(42);
  for (int y = 0; y < side; ++y) {
    auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
    for (int x = 0; x < side; ++x) {
      const int noise = int(random.bounded(48)) - 24;  // sensor-like grain keeps the file photo-sized
      line[x] = qRgb(std::clamp(255 * x / side + noise, 0, 255), std::clamp(255 * y / side + noise, 0, 255),
                     std::clamp(128 + noise, 0, 255));
    }
  }
  if (!image.save(path, "JPEG", 90)) {
    std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    return 1;
  }
  std::printf("%s: %dx%d, %.1f MB\n", qPrintable(path), side, side, QFileInfo(path).size() / 1e6);
  return 0;
}

void processUntil(const std::function<bool()>& done, qint64 timeoutMs) {
  QElapsedTimer timer;
  timer.start();
  while (!done() && timer.elapsed() < timeoutMs) QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
}

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  const QStringList args = app.arguments();
  if (args.size() >= 3 && args[1] == QLatin1String("--make-jpeg"))
    return makeJpeg(args[2], args.size() > 3 ? args[3].toInt() : 8000);
  if (args.size() < 2) {
    std::fprintf(stderr, "usage: ui_bench_image_open FILE [--model lenet|alexnet] | --make-jpeg FILE [SIDE]\n");
    return 2;
  }
  const QString path = args[1];
  const int modelAt = int(args.indexOf(QStringLiteral("--model")));
  const QString model = modelAt > 0 && modelAt + 1 < args.size() ? args[modelAt + 1] : QStringLiteral("alexnet");
  QStandardPaths::setTestModeEnabled(true);  // no user settings read or written

  MainWindow window({.persistSettings = false});
  InspectPanel* inspect = window.inspectPanel();
  inspect->setModelKey(model);
  inspect->useDefaultInput();
  window.resize(1400, 900);
  window.show();
  processUntil([&] { return !inspect->isBusy(); }, 120000);
  const double baselineMb = peakRssMb();

  test::GapProbe probe;
  bool finished = false, ok = false;
  QObject::connect(inspect->inputPanel(), &InputPanel::loadFinished, [&](bool opened) {
    finished = true;
    ok = opened;
  });
  QElapsedTimer clock;
  probe.start();
  clock.start();
  inspect->openImage(path);
  processUntil([&] { return finished; }, 120000);
  const qint64 decodedMs = clock.elapsed();
  processUntil([&] { return !inspect->isBusy(); }, 120000);
  const qint64 readyMs = clock.elapsed();
  processUntil([&] { return clock.elapsed() >= readyMs + 100; }, 1000);  // let the views paint
  probe.timer.stop();
  if (!ok) {
    std::fprintf(stderr, "failed: %s\n", qPrintable(inspect->inputPanel()->lastError()));
    return 1;
  }
  std::printf(
      "{\"file\":\"%s\",\"model\":\"%s\",\"file_width\":%lld,\"file_height\":%lld,\"decoded_ms\":%lld,"
      "\"ready_ms\":%lld,\"longest_gui_gap_ms\":%lld,\"gui_cpu_in_longest_gap_ms\":%.1f,"
      "\"peak_rss_mb_before\":%.0f,\"peak_rss_mb\":%.0f}\n",
      qPrintable(QFileInfo(path).fileName()), qPrintable(model),
      static_cast<long long>(inspect->inputPanel()->fileWidth()),
      static_cast<long long>(inspect->inputPanel()->fileHeight()), static_cast<long long>(decodedMs),
      static_cast<long long>(readyMs), static_cast<long long>(probe.longest), probe.cpuInLongest, baselineMb,
      peakRssMb());
  return 0;
}
