#pragma once
// Which model a run log was made with, so an overlaid run is compared with its own d2l reference.
// The CSV itself has no model column (PRODUCT.md §3 fixes its columns), so, in order:
//   1. the checkpoint written beside it: <dir>/checkpoint.safetensors (a Training-screen run) or
//      <dir>/<log name>.safetensors (`train --log run.csv --out run.safetensors`); its
//      __metadata__ "model" is read from the safetensors header only (a few KB, not the weights);
//   2. the file's or its folder's name: "alexnet" or "lenet" in it (the Training screen names run
//      folders <yyyyMMdd-HHmmss>-lenet, …-alexnet-slim; docs/results/lenet_d2l.csv, alexnet_slim_96.csv).
#include <QString>
#include <optional>

#include "alexnet/core/models/model_config.h"

namespace alexnet::ui {

struct RunLogModel {
  std::optional<ModelKind> kind;  // nullopt: not known
  QString evidence;               // the checkpoint path or the name it was read from ("" when unknown)
};

RunLogModel runLogModel(const QString& logPath);

// The "model" entry of a safetensors file's __metadata__, reading only its header; "" when absent.
QString safetensorsModelName(const QString& path);

}  // namespace alexnet::ui
