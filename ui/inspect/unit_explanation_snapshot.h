#pragma once
// UnitExplanationSnapshot — the answer to "why is this pooling / activation / dense value what it
// is?", computed on the Inspect worker thread (which owns the model and the Stepper) and sent to the
// GUI by value. The arithmetic itself is core's (alexnet/core/exec/unit_explanation.h).
#include <QMetaType>
#include <QString>
#include <optional>

#include "alexnet/core/exec/stepper.h"
#include "alexnet/core/exec/unit_explanation.h"

namespace alexnet::ui {

struct UnitExplanationSnapshot {
  quint64 serial = 0;      // ModelInfo::serial of the model that produced it
  int layer = -1;          // Sequential index
  QString layerType;       // "MaxPool2d", …
  QString layerRepr;       // "MaxPool2d(kernel_size=3, stride=2, …)"
  UnitIndex unit;
  std::optional<UnitExplanation> explanation;  // empty: this layer type is not explained (see error)
  float layerValue = 0.0f; // what the layer computed for the unit (the displayed activation)
  QString error;           // why there is no explanation
};

// Explains unit `unit` of layer `layer` from the stepper's kept outputs (the layer must have been
// computed). Flatten → Linear inputs are mapped back to (channel, row, column).
UnitExplanationSnapshot explainStepperUnit(const Sequential& model, const Stepper& stepper, int layer,
                                           const UnitIndex& unit, std::int64_t topK = 10);

}  // namespace alexnet::ui

Q_DECLARE_METATYPE(alexnet::ui::UnitExplanationSnapshot)
