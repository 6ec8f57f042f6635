#include "alexnet/core/models/model_presets.h"

#include <stdexcept>
#include <string>

namespace alexnet {

AlexNetWidths slimAlexNetWidths() { return AlexNetWidths{{12, 32, 48, 48, 32, 64, 64}}; }

const std::vector<ModelPreset>& modelPresets() {
  static const std::vector<ModelPreset> presets = {
      {.key = "lenet", .kind = ModelKind::LeNet, .trainingInputSize = 28},
      {.key = "alexnet", .kind = ModelKind::AlexNet, .trainingInputSize = 224},
      {.key = "alexnet-slim", .kind = ModelKind::AlexNet, .widths = slimAlexNetWidths(), .trainingInputSize = 96},
      {.key = "alexnet2012", .kind = ModelKind::AlexNet2012, .trainingInputSize = 224},
  };
  return presets;
}

const ModelPreset& modelPreset(std::string_view key) {
  for (const ModelPreset& preset : modelPresets())
    if (preset.key == key) return preset;
  throw std::invalid_argument("unknown model preset '" + std::string(key) + "'");
}

}  // namespace alexnet
