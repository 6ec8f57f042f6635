#pragma once
// UnitExplanationSnapshot — the answer to "why is this Conv2d / pooling / activation / dense value
// what it is?", computed on the Inspect worker thread (which owns the model and the Stepper) and sent
// to the GUI by value. The arithmetic is core's (alexnet/core/exec/unit_explanation.h), the Conv2d
// one ui/inspect/conv_explanation.h.
#include <QMetaType>
#include <QString>
#include <optional>

#include "alexnet/core/exec/stepper.h"
#include "alexnet/core/exec/unit_explanation.h"
#include "ui/inspect/conv_explanation.h"

namespace alexnet::ui {

struct UnitExplanationSnapshot {
  quint64 serial = 0;   // ModelInfo::serial of the model that produced it
  quint64 request = 0;  // what InspectSession::explainUnit returned for the question it answers
  int layer = -1;       // Sequential index
  QString layerType;    // "MaxPool2d", …
  QString layerRepr;    // "MaxPool2d(kernel_size=3, stride=2, …)"
  UnitIndex unit;
  std::optional<UnitExplanation> explanation;  // pooling / activation / dense; empty otherwise
  std::optional<ConvExplanation> conv;         // Conv2d: bias + Σ patch × kernel
  float layerValue = 0.0f;                     // what the layer computed for the unit (the displayed activation)
  QString error;                               // why there is neither explanation nor conv
};

// Explains unit `unit` of layer `layer` from the stepper's kept outputs (the layer must have been
// computed): a Conv2d fills `conv`, other layers `explanation`. Flatten → Linear inputs are mapped
// back to (channel, row, column).
UnitExplanationSnapshot explainStepperUnit(const Sequential& model, const Stepper& stepper, int layer,
                                           const UnitIndex& unit, std::int64_t topK = 10);

}  // namespace alexnet::ui

Q_DECLARE_METATYPE(alexnet::ui::UnitExplanationSnapshot)
