#include "ui/inspect/explainers.h"

#include <QCoreApplication>

#include "ui/inspect/conv_explain_dialog.h"
#include "ui/inspect/inspect_session.h"
#include "ui/inspect/receptive_field_dialog.h"
#include "ui/inspect/run_view.h"
#include "ui/inspect/saliency_dialog.h"

namespace alexnet::ui {
namespace {
QString tr(const char* text) { return QCoreApplication::translate("alexnet::ui", text); }
}  // namespace

QStringList explainerNames() {
  return {QStringLiteral("conv-arithmetic"), QStringLiteral("receptive-field"), QStringLiteral("saliency"),
          QStringLiteral("guided-backprop")};
}

std::optional<ExplainerKind> explainerFromName(const QString& name) {
  switch (explainerNames().indexOf(name)) {
    case 0:
      return ExplainerKind::ConvArithmetic;
    case 1:
      return ExplainerKind::ReceptiveField;
    case 2:
      return ExplainerKind::Saliency;
    case 3:
      return ExplainerKind::GuidedSaliency;
    default:
      return std::nullopt;
  }
}

UnitChoice centreUnit(const Tensor& output) {
  UnitChoice unit;
  if (output.shape().size() != 4) return unit;
  const std::int64_t channels = output.dim(1), h = output.dim(2), w = output.dim(3);
  unit.y = static_cast<int>(h / 2);
  unit.x = static_cast<int>(w / 2);
  float best = 0.0f;
  for (std::int64_t c = 0; c < channels; ++c) {
    const float value = output[(c * h + unit.y) * w + unit.x];
    if (c == 0 || value > best) {
      best = value;
      unit.channel = static_cast<int>(c);
    }
  }
  return unit;
}

QDialog* openExplainer(RunView* view, ExplainerKind kind, const UnitChoice& unit, QString* error) {
  InspectSession* session = view->session();
  const StepSnapshot& snapshot = session->lastSnapshot();
  auto refuse = [error](const QString& message) -> QDialog* {
    if (error) *error = message;
    return nullptr;
  };
  if (!session->hasModel() || snapshot.output.empty())
    return refuse(tr("No network output yet: load a model and an image."));
  QDialog* dialog = nullptr;
  if (isSaliency(kind)) {
    auto* saliency = new SaliencyDialog(session, view);
    if (kind == ExplainerKind::GuidedSaliency) saliency->setGuided(true);
    dialog = saliency;
  } else {
    if (snapshot.layer < 0) return refuse(tr("The input image has no receptive field: step to a layer first."));
    const ReceptiveFieldRequest request{
        .report = &session->modelInfo().report,
        .fields = &session->modelInfo().fields,
        .layer = snapshot.layer,
        .y = unit.y,
        .x = unit.x,
        .geometry = view->inputSource().isValid() ? &view->inputSource().geometry : nullptr,
        .fileWidth = view->inputSource().fileWidth,
        .fileHeight = view->inputSource().fileHeight};
    const ReceptiveFieldExplanation field = explainReceptiveField(request);
    const QImage original = view->inputSource().original;
    if (kind == ExplainerKind::ConvArithmetic) {
      if (!snapshot.isConv())
        return refuse(tr("Layer %1 is a %2: the arithmetic is explained for Conv2d layers.")
                          .arg(snapshot.layer)
                          .arg(snapshot.layerType));
      if (unit.channel < 0 || unit.channel >= snapshot.output->dim(1) || !field.valid)
        return refuse(field.valid ? tr("No such channel.") : field.error);
      // The dialog asks the worker for the arithmetic and fills in when it answers.
      dialog = new ConvExplainDialog(session,
                                     {.layer = snapshot.layer,
                                      .channel = unit.channel,
                                      .y = unit.y,
                                      .x = unit.x,
                                      .field = field,
                                      .original = original,
                                      .modelInput = snapshot.modelInput},
                                     view);
    } else {
      if (!field.valid) return refuse(field.error);
      dialog = new ReceptiveFieldDialog(field, original, *snapshot.modelInput, view);
    }
  }
  dialog->show();
  return dialog;
}

}  // namespace alexnet::ui
