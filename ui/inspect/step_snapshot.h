#pragma once
// Value snapshots the Inspect worker thread sends to the GUI through queued signals. Their tensors
// are SharedTensors: immutable and shared, so the GUI never touches the worker's model or stepper,
// and passing a snapshot on (queued signal → session → view → feature grid) copies no values.
#include <QMetaType>
#include <QString>

#include <vector>

#include "alexnet/core/layer.h"
#include "alexnet/core/models/model_config.h"
#include "alexnet/core/models/receptive_field.h"
#include "alexnet/core/models/shape_report.h"
#include "alexnet/core/tensor.h"
#include "ui/inspect/shared_tensor.h"

namespace alexnet::ui {

struct ModelInfo {
  quint64 serial = 0;  // increases with every successful load; snapshots carry it
  ModelConfig config;  // what was built (a checkpoint's metadata wins over the request)
  QString source;      // "untrained (seed 0)" or the weights in brief ("LeNet, d2l recipe, test acc 0.808")
  ShapeReport report;
  QString path;                        // the checkpoint loaded ("" = untrained); shown only as a tooltip
  std::vector<ReceptiveField> fields;  // core's receptiveFields of the model, one per layer (empty if unknown)
};

struct StepSnapshot {
  quint64 serial = 0;  // ModelInfo::serial of the model that produced it
  int cursor = 0;      // layers computed and shown (0 = just the input)
  int layerCount = 0;
  int layer = -1;                          // whose output this is: cursor - 1 (-1 = the input image)
  QString layerType;                       // "Conv2d", "ReLU", … ("Input" for the image)
  LayerKind layerKind = LayerKind::Other;  // layer's kind (meaningless for the input image)
  SharedTensor output;                     // (1, C, H, W) or (1, F)
  SharedTensor kernels;        // (C_out, C_in, k, k) when the layer is a Conv2d (the kernel grid), else empty
  SharedTensor probabilities;  // (1, K) softmax of the last layer once the whole network has run, else empty
  double layerMs = 0.0;        // time of the last computed layer
  SharedTensor modelInput;     // (1, C, H, W): the network's input, for receptive fields
  // A Conv2d value's arithmetic is not shipped here: ConvExplainDialog asks the worker
  // (InspectSession::explainUnit), like every other explainer.

  bool isConv() const { return layer >= 0 && layerKind == LayerKind::Conv2d; }
};

// The gradient of one class score with respect to the input (core's computeSaliency), for the
// input the worker holds.
struct SaliencySnapshot {
  quint64 serial = 0;         // ModelInfo::serial of the model that produced it
  Tensor input;               // (1, C, H, W): the model input it was computed for
  Tensor gradient;            // (1, C, H, W): ∂ logits[classIndex] / ∂ input
  Tensor map;                 // (H, W): max over channels of |gradient|
  Tensor probabilities;       // (1, K): softmax of the logits
  int classIndex = 0;         // the differentiated class
  bool predicted = true;      // true when classIndex was chosen as the argmax
  bool guided = false;        // guided backpropagation (Springenberg et al. 2015) instead of the plain gradient
  float score = 0.0f;         // logits[classIndex]
  double milliseconds = 0.0;  // forward + backward time on the worker
};

// Registers the types above for queued connections (idempotent).
void registerInspectMetaTypes();

}  // namespace alexnet::ui

Q_DECLARE_METATYPE(alexnet::ui::ModelInfo)
Q_DECLARE_METATYPE(alexnet::ui::StepSnapshot)
Q_DECLARE_METATYPE(alexnet::ui::SaliencySnapshot)
