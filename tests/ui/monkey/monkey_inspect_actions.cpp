// The Inspect screen's actions for the monkey test (monkey_actions.h).
#include <QComboBox>
#include <QDialog>
#include <QFileInfo>
#include <QPushButton>

#include "monkey_actions.h"
#include "ui/inspect/explainers.h"
#include "ui/inspect/input_panel.h"
#include "ui/inspect/inspect_panel.h"
#include "ui/inspect/inspect_session.h"
#include "ui/inspect/run_view.h"
#include "ui/inspect/weights_chooser.h"
#include "ui/model_catalog.h"

namespace alexnet::ui::monkey {
namespace {

InspectPanel* inspect(MonkeyContext& c) { return c.window->inspectPanel(); }

QString fileName(const QString& path) { return QFileInfo(path).fileName(); }

// Picks an entry of a weights chooser as a user would (its `activated` signal is what the panel follows).
QString chooseWeights(MonkeyContext& c, WeightsChooser* chooser) {
  c.window->showTab(QStringLiteral("inspect"));
  if (!chooser->isVisibleTo(c.window.get()) || chooser->count() == 0) return QStringLiteral("(hidden)");
  const int index = c.random->between(0, chooser->count() - 1);
  chooser->setCurrentIndex(index);
  emit chooser->activated(index);
  return chooser->itemText(index);
}

QString explain(MonkeyContext& c) {
  InspectPanel* panel = inspect(c);
  RunView* view = panel->isCompare() && c.random->chance(40) ? panel->secondaryView() : panel->primaryView();
  const QStringList names = explainerNames();
  const QString name = c.random->pick(names);
  const auto kind = explainerFromName(name);
  const StepSnapshot& snapshot = view->session()->lastSnapshot();
  UnitChoice unit = centreUnit(snapshot.output);
  if (c.random->chance(30) && snapshot.output->shape().size() == 4) {  // any unit, not only the centre
    unit.channel = c.random->between(0, static_cast<int>(snapshot.output->dim(1)) - 1);
    unit.y = c.random->between(0, static_cast<int>(snapshot.output->dim(2)) - 1);
    unit.x = c.random->between(0, static_cast<int>(snapshot.output->dim(3)) - 1);
  }
  QString error;
  QDialog* dialog = openExplainer(view, *kind, unit, &error);
  return QStringLiteral("%1 (%2,%3,%4)%5")
      .arg(name)
      .arg(unit.channel)
      .arg(unit.y)
      .arg(unit.x)
      .arg(dialog ? QString() : QStringLiteral(" refused: ") + error);
}

}  // namespace

std::vector<MonkeyAction> inspectActions() {
  std::vector<MonkeyAction> a;
  a.push_back({QStringLiteral("inspect-step"), 6, [](MonkeyContext& c) {
                 InspectPanel* p = inspect(c);
                 switch (c.random->between(0, 4)) {
                   case 0:
                     p->step();
                     return QStringLiteral("step");
                   case 1:
                     p->back();
                     return QStringLiteral("back");
                   case 2:
                     p->runToEnd();
                     return QStringLiteral("run to end");
                   case 3:
                     p->reset();
                     return QStringLiteral("reset");
                   default:
                     p->setAutoPlay(!p->isAutoPlaying());
                     return QStringLiteral("auto-play toggled");
                 }
               }});
  a.push_back({QStringLiteral("inspect-model"), 3, [](MonkeyContext& c) {
                 const QStringList keys = modelKeys(false);
                 const QString key = c.random->pick(keys);
                 inspect(c)->setModelKey(key);
                 return key;
               }});
  a.push_back({QStringLiteral("inspect-weights-choice"), 3, [](MonkeyContext& c) {
                 InspectPanel* p = inspect(c);
                 WeightsChooser* chooser =
                     p->isCompare() && c.random->chance(40) ? p->secondaryWeightsChooser() : p->weightsChooser();
                 return chooseWeights(c, chooser);
               }});
  a.push_back({QStringLiteral("inspect-untrained"), 1, [](MonkeyContext& c) {
                 inspect(c)->useUntrained();
                 return QString();
               }});
  a.push_back({QStringLiteral("load-good-checkpoint"), 2, [](MonkeyContext& c) {
                 const QString path = c.random->pick(c.files.goodCheckpoints);
                 inspect(c)->loadCheckpoint(path);
                 return fileName(path);
               }});
  a.push_back({QStringLiteral("load-bad-checkpoint"), 2, [](MonkeyContext& c) {
                 const QString path = c.random->pick(c.files.badCheckpoints);
                 inspect(c)->loadCheckpoint(path);
                 return fileName(path);
               }});
  a.push_back({QStringLiteral("dismiss-load-error"), 1, [](MonkeyContext& c) {
                 auto* dismiss = inspect(c)->findChild<QPushButton*>(QStringLiteral("dismissLoadError"));
                 if (!dismiss || !dismiss->isVisibleTo(inspect(c))) return QStringLiteral("(none)");
                 dismiss->click();
                 return QString();
               }});
  a.push_back({QStringLiteral("load-good-image"), 2, [](MonkeyContext& c) {
                 const QString path = c.random->pick(c.files.goodImages);
                 inspect(c)->openImage(path);
                 return fileName(path);
               }});
  a.push_back({QStringLiteral("load-bad-image"), 2, [](MonkeyContext& c) {
                 const QString path = c.random->pick(c.files.badImages);
                 inspect(c)->openImage(path);
                 return fileName(path);
               }});
  a.push_back({QStringLiteral("cancel-image-load"), 1, [](MonkeyContext& c) {
                 InputPanel* input = inspect(c)->inputPanel();
                 const bool loading = input->isLoading();
                 input->cancelLoad();
                 return loading ? QStringLiteral("while loading") : QStringLiteral("idle");
               }});
  a.push_back({QStringLiteral("fashion-sample"), 2, [](MonkeyContext& c) {
                 const int index = c.random->between(0, 30);
                 const bool ok = inspect(c)->inputPanel()->useSample(index);
                 return QString::number(index) + (ok ? QString() : QStringLiteral(" (no data)"));
               }});
  a.push_back({QStringLiteral("side-by-side"), 2, [](MonkeyContext& c) {
                 const bool on = !inspect(c)->isCompare();
                 inspect(c)->setCompare(on);
                 return on ? QStringLiteral("on") : QStringLiteral("off");
               }});
  a.push_back({QStringLiteral("untrained-vs-trained"), 1, [](MonkeyContext& c) {
                 const bool on = !inspect(c)->isCompareUntrained();
                 inspect(c)->setCompareUntrained(on);
                 return on ? QStringLiteral("on") : QStringLiteral("off");
               }});
  a.push_back({QStringLiteral("explainer"), 3, [](MonkeyContext& c) { return explain(c); }});
  a.push_back({QStringLiteral("close-dialogs"), 2, [](MonkeyContext& c) {
                 int closed = 0;
                 for (QDialog* dialog : c.window->findChildren<QDialog*>())
                   if (dialog->isVisible()) {
                     dialog->close();
                     ++closed;
                   }
                 return QString::number(closed);
               }});
  return a;
}

}  // namespace alexnet::ui::monkey
