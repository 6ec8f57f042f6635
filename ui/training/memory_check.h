#pragma once
// The Training screen's memory check before a run starts: core's estimate (alexnet/core/models/memory_estimate.h)
// on the cached shape report of the model, worded for the panel's fields ("use a Batch size of 300 or less").
#include <QString>
#include <cstdint>
#include <optional>

#include "alexnet/core/models/memory_estimate.h"
#include "alexnet/core/models/model_config.h"

namespace alexnet::ui {

// Empty when training `config` at `batchSize` fits in `availableBytes` (nullopt: unknown, not checked);
// otherwise the one-line refusal saying what to change.
QString trainingMemoryProblem(const ModelConfig& config, std::int64_t batchSize,
                              std::optional<std::int64_t> availableBytes);

}  // namespace alexnet::ui
