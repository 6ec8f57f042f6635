// The GUI entry point: parses the GUI options (gui_options.h), installs the language, builds the
// MainWindow in the requested state and either runs the event loop or, with --screenshot, waits
// for the worker threads, grabs the window to a PNG and returns (PRODUCT.md §3).
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QDialog>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QTabWidget>
#include <QThread>
#include <cstdio>
#include <functional>

#include "alexnet/core/exec/thread_priority.h"
#include "alexnet/core/io/weights_library.h"
#include "ui/evaluate/evaluate_panel.h"
#include "ui/evaluate/occlusion_page.h"
#include "ui/gui_main.h"
#include "ui/evaluate/confusion_page.h"
#include "ui/evaluate/evaluate_panel.h"
#include "ui/gui_options.h"
#include "ui/inspect/explainers.h"
#include "ui/inspect/feature_map_view.h"
#include "ui/inspect/inspect_session.h"
#include "ui/inspect/run_view.h"
#include "ui/inspect/input_panel.h"
#include "ui/inspect/inspect_panel.h"
#include "ui/inspect/step_snapshot.h"
#include "ui/language.h"
#include "ui/lessons/lesson_dialog.h"
#include "ui/main_window.h"
#include "ui/model_catalog.h"
#include "ui/network/network_editor_panel.h"
#include "ui/evaluate/evaluate_panel.h"
#include "ui/evaluate/maximize_page.h"
#include "ui/shapes/shapes_panel.h"
#include "ui/training/training_panel.h"

namespace alexnet {
namespace {

// Our options are "--name value"; Qt's own ("-platform offscreen", "-style fusion", …) are skipped
// here and consumed by QApplication.
QStringList ownArguments(int argc, char** argv) {
  static const QStringList qtValueOptions{QStringLiteral("-platform"),           QStringLiteral("-style"),
                                          QStringLiteral("-stylesheet"),         QStringLiteral("-session"),
                                          QStringLiteral("-qwindowgeometry"),    QStringLiteral("-qwindowtitle"),
                                          QStringLiteral("-qwindowicon"),        QStringLiteral("-display"),
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

// Processes events until the window's workers are idle; false on timeout.
// Waits (processing events) while the window is busy or `alsoWaitFor` says so; false on time-out.
bool waitWhileBusy(const ui::MainWindow& window, const std::function<bool()>& alsoWaitFor = {}) {
  QElapsedTimer timer;
  timer.start();
  constexpr qint64 kTimeoutMs = 180000;
  const auto waiting = [&] { return window.isBusy() || (alsoWaitFor && alsoWaitFor()); };
  while (waiting() && timer.elapsed() < kTimeoutMs) {
    QApplication::processEvents(QEventLoop::AllEvents, 20);
    QThread::msleep(5);
  }
  for (int i = 0; i < 10; ++i) {  // deferred renders and layouts
    QApplication::processEvents(QEventLoop::AllEvents, 20);
    QThread::msleep(10);
  }
  return !waiting();
}

// The main window with the explainer dialog drawn over its centre, as a user sees them.
QImage grabWithDialog(ui::MainWindow& window, QDialog* dialog) {
  QImage image = window.grab().toImage();
  if (!dialog) return image;
  const QImage front = dialog->grab().toImage();
  QPainter painter(&image);
  const QPoint at((image.width() - front.width()) / 2, (image.height() - front.height()) / 2);
  painter.fillRect(image.rect(), QColor(0, 0, 0, 70));                            // the window behind, dimmed
  painter.fillRect(QRect(at + QPoint(6, 6), front.size()), QColor(0, 0, 0, 60));  // shadow
  painter.drawImage(at, front);
  painter.setPen(QColor(0x45, 0x5A, 0x64));
  painter.drawRect(QRect(at, front.size()).adjusted(-1, -1, 0, 0));
  return image;
}

}  // namespace

int runGui(int argc, char** argv) {
  const ui::GuiOptionsResult parsed = ui::parseGuiOptions(ownArguments(argc, argv));
  if (!parsed.error.isEmpty()) {
    std::fprintf(stderr, "alexnet-lab: %s\n", qPrintable(parsed.error));
    return 2;
  }
  ui::GuiOptions options = parsed.options;
  if (!options.weights.isEmpty() && !QFileInfo(options.weights).exists()) {  // a weights-library id
    try {
      options.weights = QString::fromStdString(
          resolveWeights(options.weights.toStdString(), defaultWeightsLibraryOptions()).path.string());
    } catch (const std::exception& error) {
      return fail(QString::fromStdString(error.what()));
    }
  }
  for (const QString& file : QStringList{options.image, options.weights, options.modelFile} + options.runLogs)
    if (!file.isEmpty() && !QFileInfo(file).isFile()) return fail(QStringLiteral("%1: no such file").arg(file));

  alexnet::lowerKernelWorkerPriority();  // compute threads yield to the GUI thread (exec/thread_priority.h)
  QApplication app(argc, argv);
  QApplication::setOrganizationName(QStringLiteral("AlexNetLab"));
  QApplication::setApplicationName(QStringLiteral("alexnet-lab"));
  QApplication::setApplicationDisplayName(QStringLiteral("AlexNet Lab"));
  ui::registerInspectMetaTypes();
  const bool screenshot = !options.screenshot.isEmpty();
  const QString language = !options.language.isEmpty() ? options.language
                           : screenshot                ? QStringLiteral("en")
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
  if (!options.shapesCompare.isEmpty()) window.shapesPanel()->setCompareKey(options.shapesCompare);
  if (!options.weights.isEmpty()) inspect->loadCheckpoint(options.weights);
  // The Evaluate screen's confusion page evaluates when first shown; --weights is its first run (the
  // second stays AlexNet, or becomes LeNet when the first is that AlexNet).
  if (auto* confusion = qobject_cast<ui::ConfusionPage*>(window.evaluatePanel()->page(QStringLiteral("confusion")))) {
    confusion->setAutoStart(true);
    if (!options.weights.isEmpty()) confusion->setWeights(0, options.weights);
    if (confusion->weightsPath(1) == confusion->weightsPath(0)) confusion->setWeights(1, QStringLiteral("lenet-d2l"));
  }
  if (auto* maximize = qobject_cast<ui::MaximizePage*>(window.evaluatePanel()->page(QStringLiteral("maximize")));
      maximize && !options.weights.isEmpty() && options.tab == QLatin1String("maximize"))
    maximize->useCheckpoint(options.weights);
  if (!options.image.isEmpty()) {
    ui::InputPanel* input = inspect->inputPanel();
    bool opened = false;
    QEventLoop loop;  // the file decodes on a pool thread; a screenshot needs it (or its error) first
    QObject::connect(input, &ui::InputPanel::loadFinished, &loop, [&opened, &loop](bool ok) {
      opened = ok;
      loop.quit();
    });
    inspect->openImage(options.image);
    if (screenshot) {
      if (input->isLoading()) loop.exec();
      if (!opened) return fail(input->lastError());
    }
  } else {
    inspect->useDefaultInput();
  }
  // The occlusion page takes --weights and --image itself (it computes as soon as both are there).
  if (auto* occlusion = qobject_cast<ui::OcclusionPage*>(window.evaluatePanel()->page(QStringLiteral("occlusion")));
      occlusion && options.tab == QLatin1String("occlusion")) {
    if (!occlusion->setWeights(options.weights) && screenshot) return fail(QStringLiteral("--weights: not usable"));
    if (!options.image.isEmpty()) occlusion->openImage(options.image);
  }
  if (options.compare == QLatin1String("lenet-alexnet")) inspect->setCompare(true);
  if (options.compare == QLatin1String("untrained")) inspect->setCompareUntrained(true);
  const std::optional<ui::ExplainerKind> explainer = ui::explainerFromName(options.tab);
  if (options.step >= 0)
    inspect->goToStep(options.step);
  else if (explainer)  // conv1 for the per-unit explainers; the whole network (the prediction) for saliency
    inspect->goToStep(ui::isSaliency(*explainer) ? 1000 : 1);
  if (explainer) window.showTab(QStringLiteral("inspect"));
  const std::optional<ui::LessonId> lesson = ui::lessonFromName(options.tab);  // over the Architecture screen
  if (lesson) window.showTab(QStringLiteral("architecture"));
  for (const QString& runLog : options.runLogs)
    if (!window.trainingPanel()->loadRunLog(runLog) && screenshot) return fail(window.trainingPanel()->lastError());
  if (!options.modelFile.isEmpty()) {
    if (!window.networkPanel()->openFile(options.modelFile) && screenshot)
      return fail(window.networkPanel()->lastError());
    if (options.tab.isEmpty()) window.showTab(QStringLiteral("network"));
  }
  if (!options.tab.isEmpty() && !explainer && !lesson) window.showTab(options.tab);
  ui::TrainingPanel* training = window.trainingPanel();
  if (options.train >= 0) {  // a run of --model (default LeNet) with d2l's recipe on N images
    ModelConfig model = training->request().model;
    if (ui::ModelChoice choice; !options.model.isEmpty() && ui::findModelChoice(options.model, &choice))
      model = choice.config;
    ui::TrainingRequest request = ui::d2lDefaultRequest(model);
    request.limit = options.train;
    request.dataDirectory = training->request().dataDirectory;
    training->setRequest(request);
    if (screenshot) {  // the form's measured estimate first, for the GUI-vs-CLI benchmark (scripts/)
      QElapsedTimer clock;
      clock.start();
      while (training->expectedExamplesPerSecond() <= 0.0 && clock.elapsed() < 120000) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
      }
      std::printf("training: expected %.1f examples/s (the form's warm-up on this machine)\n",
                  training->expectedExamplesPerSecond());
      std::fflush(stdout);
    }
    training->start();
  }

  if (!screenshot) {
    if (options.size.isValid()) window.resize(options.size);
    window.show();
    if (lesson) ui::openLesson(*lesson, &window);
    if (explainer && waitWhileBusy(window)) {
      const ui::UnitChoice unit = ui::centreUnit(inspect->primaryView()->session()->lastSnapshot().output);
      QString error;
      if (!ui::openExplainer(inspect->primaryView(), *explainer, unit, &error))
        std::fprintf(stderr, "alexnet-lab: %s\n", qPrintable(error));
    }
    return app.exec();
  }

  window.resize(options.size.isValid() ? options.size : QSize(1400, 900));
  window.show();
  // With --train the PNG is taken mid-run: after the third epoch end (or when a shorter run ends).
  constexpr int kScreenshotEpochs = 3;
  bool pausedForScreenshot = false;
  const auto trainingBeforeScreenshot = [&] {
    if (options.train < 0 || !training->isRunning()) return false;
    if (training->epochsCompleted() < kScreenshotEpochs) return true;
    // Hold the run still while the window settles and is grabbed (a small LeNet run would otherwise
    // finish meanwhile); it is stopped when the program exits.
    if (!pausedForScreenshot) training->pause();
    pausedForScreenshot = true;
    return false;
  };
  if (!waitWhileBusy(window, trainingBeforeScreenshot))
    return fail(QStringLiteral("%1: timed out waiting for the network").arg(options.screenshot));
  if (options.train >= 0 && !training->isRunning() && !training->lastError().isEmpty())
    return fail(training->lastError());
  if (!firstError.isEmpty()) return fail(firstError);
  QDialog* dialog = nullptr;
  if (explainer) {
    // The centre unit of the layer shown (explainers.h: centre pixel, most active channel).
    ui::RunView* view = inspect->primaryView();
    const ui::UnitChoice unit = ui::centreUnit(view->session()->lastSnapshot().output);
    if (!ui::isSaliency(*explainer) && view->session()->lastSnapshot().output->shape().size() == 4) {
      view->featureView()->setEnlargedChannel(unit.channel);
      view->featureView()->renderNow();
    }
    QString error;
    dialog = ui::openExplainer(view, *explainer, unit, &error);
    if (!dialog) return fail(QStringLiteral("--tab %1: %2").arg(options.tab, error));
    dialog->resize(dialog->size().boundedTo(QSize(1340, 840)));
    if (!waitWhileBusy(window))
      return fail(QStringLiteral("%1: timed out waiting for the explainer").arg(options.screenshot));
    if (!firstError.isEmpty()) return fail(firstError);
  }
  if (lesson) {
    ui::LessonDialog* lessonDialog = ui::openLesson(*lesson, &window);
    if (!waitWhileBusy(window, [lessonDialog] { return lessonDialog->isBusy(); }))
      return fail(QStringLiteral("%1: timed out waiting for the lesson").arg(options.screenshot));
    dialog = lessonDialog;
  }
  const QImage image = grabWithDialog(window, dialog);
  if (image.isNull() || !image.save(options.screenshot, "PNG"))
    return fail(QStringLiteral("%1: cannot write the PNG file").arg(options.screenshot));
  return 0;
}

}  // namespace alexnet
