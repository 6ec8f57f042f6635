#pragma once
// Explainers (issue 8) — one door to the per-unit and per-class explanations of a RunView:
//   conv-arithmetic   ConvExplainDialog: bias + Σ patch × kernel = the activation (Conv2d layers),
//                     computed on the worker like every unit explanation
//   receptive-field   ReceptiveFieldDialog: the unit's field on the original image (spatial layers)
//   saliency          SaliencyDialog: ∂ class score / ∂ input (the whole network, any layer)
// A click on an enlarged feature map opens the arithmetic (Conv2d layers); pooling, activation and
// dense units are explained by ExplainLauncher's UnitExplainDialog, which offers the receptive field
// too (layers with no explainer of their own, such as Flatten or Dropout, open it directly).
// `alexnet-lab --tab NAME` opens one for the centre unit.
#include <QString>
#include <QStringList>
#include <optional>

#include "alexnet/core/tensor.h"
#include "ui/inspect/shared_tensor.h"

class QDialog;

namespace alexnet::ui {

class RunView;

enum class ExplainerKind { ConvArithmetic, ReceptiveField, Saliency, GuidedSaliency };

QStringList explainerNames();  // "conv-arithmetic", "receptive-field", "saliency", "guided-backprop"
// The saliency dialog, in either mode (GuidedSaliency opens it on guided backpropagation).
constexpr bool isSaliency(ExplainerKind kind) {
  return kind == ExplainerKind::Saliency || kind == ExplainerKind::GuidedSaliency;
}
std::optional<ExplainerKind> explainerFromName(const QString& name);

struct UnitChoice {
  int channel = 0;
  int y = 0;
  int x = 0;
};

// The centre unit of a (1, C, H, W) output: pixel (H / 2, W / 2) and, of all channels, the one
// most active there (the largest value; the lowest index on ties). A dead channel 0 would explain
// a zero; the most active channel shows a number that matters for the prediction.
UnitChoice centreUnit(const Tensor& output);
inline UnitChoice centreUnit(const SharedTensor& output) { return centreUnit(*output); }

// Opens the explainer (non-modal, deleted on close, a child of `view`) for `unit` of the layer the
// view shows. Worker-computed explainers (conv-arithmetic, saliency) open at once and fill in when
// the worker answers. Returns nullptr and sets *error when it does not apply: arithmetic for a layer that
// is not a Conv2d, a receptive field for a dense layer or the input, nothing computed yet.
QDialog* openExplainer(RunView* view, ExplainerKind kind, const UnitChoice& unit, QString* error);

}  // namespace alexnet::ui
