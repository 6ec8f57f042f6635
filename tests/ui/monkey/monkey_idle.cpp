#include "monkey_idle.h"

#include <QElapsedTimer>
#include <QtTest>

#include "ui/inspect/input_panel.h"
#include "ui/inspect/inspect_panel.h"
#include "ui/inspect/inspect_session.h"
#include "ui/inspect/run_view.h"
#include "ui/inspect/weights_status.h"
#include "ui/evaluate/evaluate_panel.h"
#include "ui/main_window.h"
#include "ui/training/training_panel.h"

namespace alexnet::ui::monkey {

QString busyReason(MainWindow& window) {
  InspectPanel* inspect = window.inspectPanel();
  if (window.isBusy()) return QStringLiteral("a worker is busy (MainWindow::isBusy)");
  if (inspect->inputPanel()->isLoading()) return QStringLiteral("an image is still loading");
  if (window.trainingPanel()->isRunning()) return QStringLiteral("the training run has not ended");
  std::vector<RunView*> views{inspect->primaryView()};
  if (inspect->isCompare()) views.push_back(inspect->secondaryView());
  for (RunView* view : views) {
    if (view->isBusy()) return QStringLiteral("a column is busy");
    if (!view->session()->hasModel()) return QStringLiteral("a column has no model");
    const QString loading = RunView::tr("Loading %1…").section(QStringLiteral("%1"), 0, 0);
    if (view->title().startsWith(loading) || !view->title().contains(view->modelInfo().source))
      return QStringLiteral("a column's header reads \"%1\", not the weights in use \"%2\"")
          .arg(view->title(), view->modelInfo().source);
  }
  if (auto* status = inspect->findChild<WeightsStatus*>(); status && status->text() == WeightsStatus::tr("Loading…"))
    return QStringLiteral("the weights line still reads \"Loading…\"");
  return {};
}

QString settle(MainWindow& window, double seconds) {
  window.trainingPanel()->stop();
  window.evaluatePanel()->cancel();  // a whole-test-set evaluation may take minutes: Cancel must end it
  window.inspectPanel()->setAutoPlay(false);
  QElapsedTimer clock;
  clock.start();
  QString reason = busyReason(window);
  while (!reason.isEmpty() && clock.elapsed() < seconds * 1000.0) {
    QTest::qWait(20);
    reason = busyReason(window);
  }
  return reason;
}

}  // namespace alexnet::ui::monkey
