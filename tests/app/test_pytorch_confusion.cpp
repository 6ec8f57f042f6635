// Issue 17's done-when check for the Evaluate screen: with a PyTorch-trained LeNet, the confusion
// matrix `alexnet-lab evaluate --json` reports equals PyTorch's own, count for count, over the
// 10,000 Fashion-MNIST test images. Through real PyTorch (/usr/bin/python3 with Debian's
// python3-torch; skipped when torch cannot be imported or the data set is absent):
//   scripts/train_pytorch.py trains d2l's LeNet for 2 epochs (past the sigmoid network's plateau,
//   about 60 % test accuracy, so the matrix is far from trivial), then
//   scripts/train_pytorch.py confusion evaluates it in PyTorch and the app evaluates the same file.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "alexnet/core/data/fashion_mnist.h"
#include "app/run_app.h"

namespace alexnet {
namespace {

namespace fs = std::filesystem;

const fs::path kSource = ALEXNET_SOURCE_DIR;
const fs::path kDataDir{kDefaultFashionMnistDir};

using test::torchAvailable;

// stdout only: the outputs are parsed as JSON.
test::CommandResult run(const std::string& command) { return test::runShellStdout(command); }

TEST(PyTorchConfusion, APyTorchTrainedLeNetsConfusionMatrixEqualsPyTorchs) {
  if (!torchAvailable()) GTEST_SKIP() << "/usr/bin/python3 cannot import torch (Debian: python3-torch)";
  if (!fs::exists(kDataDir / "t10k-images-idx3-ubyte.gz")) GTEST_SKIP() << "Fashion-MNIST is not installed";
  const fs::path dir =
      fs::temp_directory_path() / ("alexnet_pytorch_confusion_" + std::to_string(std::random_device{}()));
  fs::create_directories(dir);
  const fs::path weights = dir / "lenet-pytorch.safetensors";
  const std::string script = "/usr/bin/python3 '" + (kSource / "scripts/train_pytorch.py").string() + "' ";

  const test::CommandResult trained =
      run(script + "--model lenet --epochs 2 --lr 0.9 --batch 256 --device cpu --out '" + weights.string() + "'");
  ASSERT_EQ(trained.status, 0) << trained.output;
  const test::CommandResult torch = run(script + "confusion --weights '" + weights.string() + "'");
  ASSERT_EQ(torch.status, 0) << torch.output;
  const test::CommandResult ours = run("ALEXNET_RUNS_DIR='" + dir.string() + "' '" + std::string(ALEXNET_APP_PATH) +
                                       "' evaluate --weights '" + weights.string() + "' --json");
  ASSERT_EQ(ours.status, 0) << ours.output;
  fs::remove_all(dir);

  const nlohmann::json expected = nlohmann::json::parse(torch.output);
  const nlohmann::json got = nlohmann::json::parse(ours.output);
  ASSERT_EQ(expected.at("examples"), 10000);
  ASSERT_EQ(got.at("examples"), 10000);
  EXPECT_GT(expected.at("test_accuracy").get<double>(), 0.4) << "the LeNet did not learn: a weak comparison";
  EXPECT_EQ(got.at("confusion"), expected.at("confusion"))
      << "ours:    " << got.at("confusion").dump() << "\nPyTorch: " << expected.at("confusion").dump();
  EXPECT_DOUBLE_EQ(got.at("test_accuracy").get<double>(), expected.at("test_accuracy").get<double>());
}

}  // namespace
}  // namespace alexnet
