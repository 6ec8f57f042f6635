// `alexnet-lab shapes` and the CLI's error handling, run as a user would (the built binary).
#include <gmock/gmock.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>

#include "app/run_app.h"
#include "core/reference.h"

namespace alexnet::test {
namespace {

TEST(CliShapes, PrintsTheD2lTable) {
  const auto r = runApp("shapes --model alexnet");
  EXPECT_EQ(r.status, 0);
  EXPECT_THAT(r.output, ::testing::StartsWith("Conv2d output shape: [1, 96, 54, 54]\n"
                                              "ReLU output shape: [1, 96, 54, 54]\n"
                                              "MaxPool2d output shape: [1, 96, 26, 26]\n"));
  EXPECT_THAT(r.output, ::testing::HasSubstr("Flatten output shape: [1, 6400]\n"));
  EXPECT_THAT(r.output, ::testing::HasSubstr("Linear output shape: [1, 10]\n"));
  EXPECT_THAT(r.output, ::testing::HasSubstr("46,764,746 parameters"));
}

TEST(CliShapes, JsonListsEveryLayer) {
  const auto r = runApp("shapes --model lenet --json");
  ASSERT_EQ(r.status, 0) << r.output;
  const auto json = nlohmann::json::parse(r.output);
  ASSERT_EQ(json.size(), 12u);
  EXPECT_EQ(json[0]["index"], 0);
  EXPECT_EQ(json[0]["type"], "Conv2d");
  EXPECT_EQ(json[0]["output_shape"], nlohmann::json::parse("[1, 6, 28, 28]"));
  EXPECT_EQ(json[0]["params"], 156);
  EXPECT_EQ(json[0]["flops"], 2 * 6 * 28 * 28 * 25);
  EXPECT_EQ(json[11]["name"], "fc5");
}

TEST(CliShapes, WidthsAndInputSize) {
  const auto r = runApp("shapes --model alexnet --widths 12,32,48,48,32,64,64 --input-size 96 --json");
  ASSERT_EQ(r.status, 0) << r.output;
  const auto json = nlohmann::json::parse(r.output);
  EXPECT_EQ(json[0]["output_shape"], nlohmann::json::parse("[1, 12, 22, 22]"));
  EXPECT_EQ(json[14]["output_shape"], nlohmann::json::parse("[1, 64]"));
}

TEST(CliShapes, BadArgumentsExitWithStatus2AndOneLine) {
  for (const std::string args : {"shapes --model vgg", "shapes", "shapes --model alexnet --widths 1,2",
                                 "shapes --model alexnet --bogus", "frobnicate"}) {
    const auto r = runApp(args);
    EXPECT_EQ(r.status, 2) << args << ": " << r.output;
    EXPECT_EQ(std::count(r.output.begin(), r.output.end(), '\n'), 1) << args << ": " << r.output;
  }
}

TEST(CliShapes, ModelTooSmallForItsInputIsAFailureNotACrash) {
  const auto r = runApp("shapes --model alexnet --input-size 40");
  EXPECT_EQ(r.status, 1) << r.output;
  EXPECT_THAT(r.output, ::testing::HasSubstr("MaxPool2d"));
}

TEST(CliInspect, DumpsEveryLayerOfTheReferenceInput) {
  const auto out = std::filesystem::temp_directory_path() / "alexnet_cli_dump.safetensors";
  const auto weights = std::filesystem::temp_directory_path() / "alexnet_cli_lenet_weights.safetensors";
  {
    SafeTensors ref = readSafeTensors(referenceDir() / "lenet_e2e.safetensors");
    SafeTensors w;
    for (const auto& [key, t] : ref.floats)
      if (key.find("weight") != std::string::npos || key.find("bias") != std::string::npos)
        if (key.rfind("grad.", 0) != 0 && key.rfind("step.", 0) != 0) w.floats.emplace(key, t);
    writeSafeTensors(weights, w);
  }
  const auto r = runApp("inspect --model lenet --weights " + weights.string() + " --tensor " +
                        (referenceDir() / "lenet_e2e.safetensors").string() + " --dump " + out.string());
  ASSERT_EQ(r.status, 0) << r.output;
  const SafeTensors dump = readSafeTensors(out);
  const SafeTensors ref = readSafeTensors(referenceDir() / "lenet_e2e.safetensors");
  EXPECT_EQ(dump.tensor("input").shape(), (Shape{4, 1, 28, 28}));
  for (int i = 0; i < 12; ++i) {
    const std::string key = "out." + std::to_string(i);
    EXPECT_TENSOR_CLOSE("cli dump " + key, dump.tensor(key), ref.tensor(key), 1e-5);
  }
  EXPECT_EQ(dump.tensor("probs").shape(), (Shape{4, 10}));
  std::filesystem::remove(out);
  std::filesystem::remove(weights);
}

TEST(CliInspect, BadCheckpointIsOneLineNamingTheFile) {
  const auto path = std::filesystem::temp_directory_path() / "alexnet_cli_garbage.safetensors";
  std::ofstream(path) << "this is not a checkpoint";
  const auto r = runApp("inspect --model lenet --weights " + path.string() + " --tensor " + path.string());
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.output, ::testing::HasSubstr(path.string()));
  EXPECT_EQ(std::count(r.output.begin(), r.output.end(), '\n'), 1) << r.output;
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace alexnet::test
