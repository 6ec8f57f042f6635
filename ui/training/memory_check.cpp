#include "ui/training/memory_check.h"

#include <string>

#include "alexnet/core/models/memory_estimate.h"
#include "ui/model_catalog.h"

namespace alexnet::ui {

QString trainingMemoryProblem(const ModelConfig& config, std::int64_t batchSize,
                              std::optional<std::int64_t> availableBytes) {
  if (!availableBytes) return {};
  const std::string side = std::to_string(effectiveInputSize(config));
  try {
    checkFitsInMemory(cachedShapeReport(config),
                      {.batchSize = batchSize,
                       .use = MemoryUse::Training,
                       .availableBytes = *availableBytes,
                       .modelName = (config.kind == ModelKind::Code ? config.codeName : modelName(config.kind)) +
                                    " (input " + side + "x" + side + ")",
                       .batchSetting = "a Batch size of",
                       .sizeSettings = config.kind == ModelKind::AlexNet ? "Input size or Widths"
                                       : config.kind == ModelKind::Code  ? "network (its code on the Network screen)"
                                                                         : "Input size"});
  } catch (const MemoryLimitError& e) {
    return QString::fromStdString(e.what());
  }
  return {};
}

}  // namespace alexnet::ui
