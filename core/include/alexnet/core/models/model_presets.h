#pragma once
// ModelPresets — the named networks the app offers ("lenet", "alexnet", "alexnet-slim",
// "alexnet2012"): one table for every screen and for the tests, so the slim widths and the side
// each network trains at are typed once.
#include <string_view>
#include <vector>

#include "alexnet/core/models/model_config.h"

namespace alexnet {

struct ModelPreset {
  std::string_view key;  // also the GUI's model key; "alexnet-slim" is `--model alexnet --widths …`
  ModelKind kind = ModelKind::LeNet;
  AlexNetWidths widths;                // ignored by LeNet
  std::int64_t trainingInputSize = 0;  // the side the Training screen proposes (28; 96 for the slim AlexNet)
};

// The slim AlexNet of PRODUCT.md §3 (the reference vectors' "narrow" model): 12,32,48,48,32,64,64.
AlexNetWidths slimAlexNetWidths();

// lenet, alexnet, alexnet-slim, alexnet2012, in menu order.
const std::vector<ModelPreset>& modelPresets();
// The preset named `key`; throws std::invalid_argument for an unknown key.
const ModelPreset& modelPreset(std::string_view key);

}  // namespace alexnet
