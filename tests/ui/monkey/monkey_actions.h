#pragma once
// The monkey test's action table: every thing a user can do on the real MainWindow, one entry each,
// with a weight (how often the walk picks it). An action returns a short description of what it did
// (which file, which key), printed in the replay log. Add an entry here when a screen gains an action;
// the Evaluate screen's pages are walked by name (EvaluatePanel::pageNames()), so a new page is
// visited without a change here.
#include <QString>
#include <functional>
#include <vector>

#include "monkey_context.h"

namespace alexnet::ui::monkey {

struct MonkeyAction {
  QString name;
  int weight = 1;
  std::function<QString(MonkeyContext&)> run;
  bool blocksOnPurpose = false;  // rebuilds the window or waits: its GUI time is not a stall
};

std::vector<MonkeyAction> monkeyActions();

// Clicks and choices anywhere on the visible screen (buttons, check boxes, combo boxes, tabs).
std::vector<MonkeyAction> widgetActions();
// The Inspect screen: stepping, models, weights, images, checkpoints, side by side, explainers.
std::vector<MonkeyAction> inspectActions();
// Training, the Network editor, Shapes, Evaluate, language, window size, keys.
std::vector<MonkeyAction> otherScreenActions();

}  // namespace alexnet::ui::monkey
