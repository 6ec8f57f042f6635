// The one table of named networks: the slim AlexNet's widths (PRODUCT.md §3, the reference vectors'
// "narrow" model), the keys in menu order, the side each trains at, and an unknown key refused.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "alexnet/core/models/model_presets.h"

namespace alexnet {
namespace {

TEST(ModelPresets, SlimWidthsAreTheNarrowModel) {
  EXPECT_EQ(toString(slimAlexNetWidths()), "12,32,48,48,32,64,64");
  EXPECT_EQ(modelPreset("alexnet-slim").widths, slimAlexNetWidths());
  EXPECT_EQ(modelPreset("alexnet-slim").kind, ModelKind::AlexNet);
}

TEST(ModelPresets, KeysKindsAndTrainingSides) {
  std::vector<std::string> keys;
  for (const ModelPreset& preset : modelPresets()) keys.emplace_back(preset.key);
  EXPECT_EQ(keys, (std::vector<std::string>{"lenet", "alexnet", "alexnet-slim", "alexnet2012"}));
  EXPECT_EQ(modelPreset("lenet").trainingInputSize, 28);
  EXPECT_EQ(modelPreset("alexnet-slim").trainingInputSize, 96);
  EXPECT_EQ(modelPreset("alexnet").trainingInputSize, 224);
  EXPECT_EQ(modelPreset("alexnet").widths, AlexNetWidths{});  // d2l's 96,256,384,384,256,4096,4096
  EXPECT_EQ(modelPreset("alexnet2012").kind, ModelKind::AlexNet2012);
  EXPECT_THROW(modelPreset("resnet"), std::invalid_argument);
}

}  // namespace
}  // namespace alexnet
