// `alexnet-lab explain maximize` end to end on the bundled lenet-d2l weights: --json reports the
// activation reached (above the starting noise) and the best test image's, --dump writes the tensor
// `input` in [0, 1] that the same seed reproduces bit for bit, --png writes a picture, and bad
// layers, channels and modes are usage errors (exit 2) that name the valid range.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "alexnet/core/io/safetensors.h"
#include "app/run_app.h"

namespace alexnet::test {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

const std::string kWeights =
    "'" + (fs::path(ALEXNET_SOURCE_DIR) / "resources" / "weights" / "lenet-d2l.safetensors").string() + "'";

fs::path scratch(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("alexnet_explain_maximize_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir / name;
}

TEST(CliExplainMaximize, JsonReportsTheActivationAndTheDumpHoldsTheInput) {
  const fs::path dump = scratch("a.safetensors"), again = scratch("b.safetensors"), png = scratch("a.png");
  const auto r = runApp("explain maximize --weights " + kWeights + " --layer 3 --channel 2 --steps 30 --seed 4" +
                        " --test-limit 200 --json --dump '" + dump.string() + "' --png '" + png.string() + "'");
  ASSERT_EQ(r.status, 0) << r.output;
  const auto json = nlohmann::json::parse(r.output.substr(r.output.find('{')));
  EXPECT_EQ(json["model"], "lenet");
  EXPECT_EQ(json["layer"], 3);
  EXPECT_EQ(json["layer_type"], "Conv2d");
  EXPECT_EQ(json["channel"], 2);
  EXPECT_EQ(json["steps"], 30);
  EXPECT_EQ(json["seed"], 4);
  EXPECT_GT(json["activation"].get<double>(), json["start_activation"].get<double>());
  if (!json["best_test_image"].is_null()) {  // the data set is installed
    EXPECT_EQ(json["test_images_examined"], 200);
    EXPECT_LT(json["best_test_image"]["index"].get<int>(), 200);
    EXPECT_EQ(json["beats_test_images"].get<bool>(),
              json["activation"].get<double>() > json["best_test_image"]["activation"].get<double>());
  }
  EXPECT_TRUE(fs::exists(png));

  const SafeTensors file = readSafeTensors(dump);
  ASSERT_EQ(file.floats.count("input"), 1u);
  const Tensor& input = file.floats.at("input");
  EXPECT_EQ(input.shape(), (Shape{1, 1, 28, 28}));
  EXPECT_GE(*std::min_element(input.data(), input.data() + input.numel()), 0.0f);
  EXPECT_LE(*std::max_element(input.data(), input.data() + input.numel()), 1.0f);

  ASSERT_EQ(runApp("explain maximize --weights " + kWeights + " --layer 3 --channel 2 --steps 30 --seed 4" +
                   " --test-limit 1 --dump '" + again.string() + "'")
                .status,
            0);
  EXPECT_EQ(readSafeTensors(again).floats.at("input").toVector(), input.toVector());
  fs::remove_all(dump.parent_path());
}

TEST(CliExplainMaximize, BadArgumentsAreUsageErrorsNamingTheRange) {
  auto r = runApp("explain maximize --weights " + kWeights + " --layer 12 --channel 0");
  EXPECT_EQ(r.status, 2);
  EXPECT_THAT(r.output, HasSubstr("--layer 12 is outside 0..11"));
  r = runApp("explain maximize --weights " + kWeights + " --layer 3 --channel 16");
  EXPECT_EQ(r.status, 2);
  EXPECT_THAT(r.output, HasSubstr("--channel 16 is outside 0..15 of layer 3"));
  r = runApp("explain maximize --weights " + kWeights + " --layer 6 --channel 0 --steps 0");
  EXPECT_EQ(r.status, 2);
  r = runApp("explain maximize --weights " + kWeights + " --channel 0");
  EXPECT_EQ(r.status, 2);
  EXPECT_THAT(r.output, HasSubstr("--layer"));
  r = runApp("explain maximise --weights " + kWeights);
  EXPECT_EQ(r.status, 2);
  EXPECT_THAT(r.output, HasSubstr("did you mean 'maximize'?"));
  r = runApp("explain maximize --layer 0 --channel 0 --weights /nonexistent.safetensors");
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.output, HasSubstr("/nonexistent.safetensors"));
}

}  // namespace
}  // namespace alexnet::test
