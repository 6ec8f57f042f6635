#pragma once
// GuiOptions — the GUI's command line (PRODUCT.md §3):
//   alexnet-lab [--screenshot FILE] [--tab architecture|inspect|shapes|training|network|evaluate|conv-arithmetic|
//               receptive-field|saliency|guided-backprop|an Evaluate page (EvaluatePanel::pageNames())|a lesson
//               (lessonNames(): lesson-relu, …, over the Architecture screen)] [--model M] [--image IMG] [--weights CKPT]
//               [--step K]
//               [--run-log CSV] [--lang en|zh_CN] [--train N] [--compare lenet-alexnet|untrained|M]
//               [--model-file PY] [--size WxH]
// --weights takes a checkpoint path or a weights-library id ("lenet-d2l"); --compare opens Inspect
// with two columns: LeNet and AlexNet, or the chosen weights next to the same network untrained.
// With --tab shapes, --compare M (a model key) puts model M's table beside --model's on the Shapes screen.
// Without --screenshot the same options set the window's starting state. The explainer tabs show
// the Inspect screen at step K (default 1 for the per-unit explainers, the end for saliency) and
// open that explainer for the centre unit of the layer shown (ui/inspect/explainers.h). --train N
// starts a d2l-recipe run of --model on N training images (with --screenshot: the PNG is taken mid-run).
// --size WxH sets the window's size (default 1400x900 for screenshots; 1024x700 is the smallest the
// layout is made for, 640x480 … 7680x4320 accepted). --model-file loads nn.Sequential code into the Network screen's
// editor (code that does not parse is loaded too, its error underlined) and opens that screen unless --tab says
// otherwise.
#include <QSize>
#include <QString>
#include <QStringList>

namespace alexnet::ui {

struct GuiOptions {
  QString screenshot;  // PNG path; empty = interactive
  QString tab;         // "" = last used; a screen or an explainer name
  QString model;       // model key (see model_catalog.h); "" = last used
  QString image;
  QString weights;
  int step = -1;          // -1 = not given
  QString runLog;         // the last --run-log
  QStringList runLogs;    // every --run-log, in order (repeat the option to overlay runs)
  QString language;       // "" = settings; "en" / "zh_CN"
  int train = -1;         // --train N: start a training run on N training images (0 = all) at startup; -1 = no
  QString compare;        // "" / "lenet-alexnet" / "untrained"
  QString shapesCompare;  // --compare M with --tab shapes: the Shapes screen's second network; "" = none
  QString modelFile;      // --model-file: code for the Network screen's editor
  QSize size;             // --size WxH; invalid = not given (screenshots: 1400x900)
};

struct GuiOptionsResult {
  GuiOptions options;
  QString error;  // one line; non-empty means a usage error (exit status 2)
};

// args excludes the program name.
GuiOptionsResult parseGuiOptions(const QStringList& args);

}  // namespace alexnet::ui
