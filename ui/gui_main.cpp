// The GUI entry point: parses the GUI options (gui_options.h), installs the language, builds the
// MainWindow in the requested state and either runs the event loop or, with --screenshot, waits
// for the worker threads, grabs the window to a PNG and returns (PRODUCT.md §3).
#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QTabWidget>
#include <QThread>
#include <cstdio>

#include "app/gui.h"
#include "ui/gui_options.h"
#include "ui/inspect/input_panel.h"
#include "ui/inspect/inspect_panel.h"
#include "ui/inspect/step_snapshot.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/model_catalog.h"
#include "ui/shapes/shapes_panel.h"
#include "ui/training/training_panel.h"

namespace alexnet {
namespace {

// Our options are "--name value"; Qt's own ("-platform offscreen", "-style fusion", …) are skipped
// here and consumed by QApplication.
QStringList ownArguments(int argc, char** argv) {
  static const QStringList qtValueOptions{QStringLiteral("-platform"), QStringLiteral("-style"),
                                          QStringLiteral("-stylesheet"), QStringLiteral("-session"),
                                          QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowtitle"),
                                          QStringLiteral("-qwindowicon"), QStringLiteral("-display"),
                                          QStringLiteral("-platformpluginpath"), QStringLiteral("-platformtheme")};
  QStringList args;
  for (int i = 1; i < argc; ++i) {
    const QString arg = QString::fromLocal8Bit(argv[i]);
    if (arg.startsWith(QLatin1Char('-')) && !arg.startsWith(QStringLiteral("--"))) {
      if (qtValueOptions.contains(arg)) ++i;
      continue;
    }
    args << arg;
  }
  return args;
}

int fail(const QString& message) {
  std::fprintf(stderr, "alexnet-lab: %s\n", qPrintable(message));
  return 1;
}

}  // namespace

int runGui(int argc, char** argv) {
  const ui::GuiOptionsResult parsed = ui::parseGuiOptions(ownArguments(argc, argv));
  if (!parsed.error.isEmpty()) {
    std::fprintf(stderr, "alexnet-lab: %s\n", qPrintable(parsed.error));
    return 2;
  }
  const ui::GuiOptions& options = parsed.options;
  for (const QString& file : QStringList{options.image, options.weights} + options.runLogs)
    if (!file.isEmpty() && !QFileInfo(file).isFile()) return fail(QStringLiteral("%1: no such file").arg(file));

  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("AlexNetLab"));
  QApplication::setApplicationName(QStringLiteral("alexnet-lab"));
  QApplication::setApplicationDisplayName(QStringLiteral("AlexNet Lab"));
  ui::registerInspectMetaTypes();
  const bool screenshot = !options.screenshot.isEmpty();
  const QString language = !options.language.isEmpty() ? options.language
                           : screenshot                 ? QStringLiteral("en")
                                                        : ui::configuredLanguage();
  ui::installTranslators(app, language);

  ui::MainWindow window({.persistSettings = !screenshot});
  ui::InspectPanel* inspect = window.inspectPanel();
  QString firstError;
  QObject::connect(inspect, &ui::InspectPanel::errorOccurred, &window, [&firstError](const QString& message) {
    if (firstError.isEmpty()) firstError = message;
  });

  if (!options.model.isEmpty()) {
    window.shapesPanel()->setModelKey(options.model);
    if (options.model != QLatin1String("alexnet2012")) inspect->setModelKey(options.model);
  }
  if (!options.weights.isEmpty()) inspect->loadCheckpoint(options.weights);
  if (!options.image.isEmpty()) {
    if (!inspect->openImage(options.image) && screenshot) return fail(inspect->inputPanel()->lastError());
  } else {
    inspect->useDefaultInput();
  }
  if (options.step >= 0) inspect->goToStep(options.step);
  for (const QString& runLog : options.runLogs)
    if (!window.trainingPanel()->loadRunLog(runLog) && screenshot) return fail(window.trainingPanel()->lastError());
  if (!options.tab.isEmpty()) window.showTab(options.tab);
  ui::TrainingPanel* training = window.trainingPanel();
  if (options.train >= 0) {  // a run of --model (default LeNet) with d2l's recipe on N images
    ModelConfig model = training->request().model;
    if (ui::ModelChoice choice; !options.model.isEmpty() && ui::findModelChoice(options.model, &choice)) model = choice.config;
    ui::TrainingRequest request = ui::d2lDefaultRequest(model);
    request.limit = options.train;
    request.dataDirectory = training->request().dataDirectory;
    training->setRequest(request);
    training->start();
  }

  if (!screenshot) {
    window.show();
    return app.exec();
  }

  window.resize(1400, 900);
  window.show();
  QElapsedTimer timer;
  timer.start();
  constexpr qint64 kTimeoutMs = 180000;
  // With --train the PNG is taken mid-run: after the third epoch end (or when a shorter run ends).
  constexpr int kScreenshotEpochs = 3;
  auto waiting = [&] {
    return window.isBusy() || (options.train >= 0 && training->isRunning() && training->epochsCompleted() < kScreenshotEpochs);
  };
  while (waiting() && timer.elapsed() < kTimeoutMs) {
    QApplication::processEvents(QEventLoop::AllEvents, 20);
    QThread::msleep(5);
  }
  if (waiting()) return fail(QStringLiteral("%1: timed out waiting for the network").arg(options.screenshot));
  if (options.train >= 0 && !training->isRunning() && !training->lastError().isEmpty()) return fail(training->lastError());
  for (int i = 0; i < 10; ++i) {  // deferred renders and layouts
    QApplication::processEvents(QEventLoop::AllEvents, 20);
    QThread::msleep(10);
  }
  if (!firstError.isEmpty()) return fail(firstError);
  const QImage image = window.grab().toImage();
  if (image.isNull() || !image.save(options.screenshot, "PNG"))
    return fail(QStringLiteral("%1: cannot write the PNG file").arg(options.screenshot));
  return 0;
}

}  // namespace alexnet
