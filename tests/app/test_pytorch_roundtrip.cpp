// The scale-out path and the strict-load promise, through real PyTorch (/usr/bin/python3 with
// Debian's python3-torch; skipped when torch cannot be imported):
//  - scripts/train_pytorch.py trains a LeNet on 512 images; the app lists the file in the weights
//    library by its id and evaluates it to PyTorch's own test accuracy and loss;
//  - every bundled weights file loads with load_state_dict(strict=True) into the nn.Sequential its
//    metadata names, and PyTorch's logits equal the app's (`inspect --dump`).
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/io/safetensors.h"
#include "app/run_app.h"

namespace alexnet {
namespace {

namespace fs = std::filesystem;

const fs::path kSource = ALEXNET_SOURCE_DIR;
const fs::path kDataDir{kDefaultFashionMnistDir};

using test::torchAvailable;

test::CommandResult shell(const std::string& command) { return test::runShell(command); }

class PyTorchRoundTrip : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!torchAvailable()) GTEST_SKIP() << "/usr/bin/python3 cannot import torch (Debian: python3-torch)";
    if (!fs::exists(kDataDir / "t10k-images-idx3-ubyte.gz")) GTEST_SKIP() << "Fashion-MNIST is not installed";
    m_dir = fs::temp_directory_path() / ("alexnet_pytorch_roundtrip_" + std::to_string(std::random_device{}()));
    fs::create_directories(m_dir);
  }
  void TearDown() override {
    if (!m_dir.empty()) fs::remove_all(m_dir);
  }
  std::string app(const std::string& arguments) const {
    return "ALEXNET_RUNS_DIR='" + m_dir.string() + "' '" + std::string(ALEXNET_APP_PATH) + "' " + arguments;
  }
  fs::path m_dir;
};

TEST_F(PyTorchRoundTrip, APyTorchTrainedLeNetIsListedAndEvaluatesAlike) {
  const fs::path out = m_dir / "lenet-pytorch.safetensors";
  const test::CommandResult trained =
      shell("/usr/bin/python3 '" + (kSource / "scripts/train_pytorch.py").string() +
            "' --model lenet --limit 512 --epochs 1 --lr 0.9 --batch 64 --device cpu --out '" + out.string() + "'");
  ASSERT_EQ(trained.status, 0) << trained.output;

  const test::CommandResult listed = shell(app("weights --json"));
  ASSERT_EQ(listed.status, 0) << listed.output;
  const nlohmann::json list = nlohmann::json::parse(listed.output);
  bool found = false;
  for (const auto& entry : list.at("weights"))
    if (entry.at("id") == "lenet-pytorch") {
      found = true;
      EXPECT_EQ(entry.at("source"), "run");
      EXPECT_EQ(entry.at("model"), "lenet");
      EXPECT_EQ(entry.at("epochs"), 1);
    }
  EXPECT_TRUE(found) << listed.output;

  const test::CommandResult evaluated = shell(app("evaluate --weights lenet-pytorch --limit 512 --json"));
  ASSERT_EQ(evaluated.status, 0) << evaluated.output;
  const nlohmann::json ours = nlohmann::json::parse(evaluated.output);
  const auto metadata = readSafeTensorsMetadata(out);
  EXPECT_NEAR(ours.at("test_accuracy").get<double>(), std::stod(metadata.at("test_accuracy")), 1e-9);
  EXPECT_NEAR(ours.at("test_loss").get<double>(), std::stod(metadata.at("test_loss")), 1e-4);
}

TEST_F(PyTorchRoundTrip, EveryBundledFileLoadsStrictlyAndGivesOurLogits) {
  const nlohmann::json list = nlohmann::json::parse(shell(app("weights --json")).output);
  int checked = 0;
  for (const auto& entry : list.at("weights")) {
    if (entry.at("source") != "bundled") continue;
    const std::string id = entry.at("id");
    const fs::path dump = m_dir / (id + ".dump.safetensors");
    const test::CommandResult inspected =
        shell(app("inspect --weights " + id + " --sample 7 --dump '" + dump.string() + "' --json"));
    ASSERT_EQ(inspected.status, 0) << inspected.output;
    const test::CommandResult checkedByTorch =
        shell("/usr/bin/python3 '" + (kSource / "scripts/train_pytorch.py").string() + "' check --weights '" +
              entry.at("path").get<std::string>() + "' --dump '" + dump.string() + "'");
    EXPECT_EQ(checkedByTorch.status, 0) << id << ": " << checkedByTorch.output;
    ++checked;
  }
  EXPECT_GE(checked, 2);
}

}  // namespace
}  // namespace alexnet
