// PyTorch ⇄ AlexNet Lab: a LeNet state_dict saved by PyTorch (from the reference vectors' weights)
// loads here and gives PyTorch's logits; what we save loads back into PyTorch with
// load_state_dict(strict=True) and gives the same logits. The PyTorch half runs
// scripts/checkpoint_interop.py through /usr/bin/python3 when torch is importable (skipped
// otherwise); the C++ half always runs on the committed golden tests/data/interop/lenet_pytorch.safetensors,
// which that script wrote with torch.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>

#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/io/safetensors.h"
#include "alexnet/core/models/model_config.h"
#include "alexnet/core/train/trainer.h"
#include "alexnet/core/train/training_checkpoint.h"
#include "core/trainer_test_data.h"

namespace alexnet {
namespace {

namespace fs = std::filesystem;

ModelConfig lenetConfig(std::uint64_t seed) {
  ModelConfig config;
  config.kind = ModelKind::LeNet;
  config.seed = seed;
  return config;
}

const fs::path kDataDir = ALEXNET_TEST_DATA_DIR;
const fs::path kReference = kDataDir / "reference" / "lenet_e2e.safetensors";
const fs::path kGolden = kDataDir / "interop" / "lenet_pytorch.safetensors";
const fs::path kScript = kDataDir.parent_path().parent_path() / "scripts" / "checkpoint_interop.py";

double scaledError(const Tensor& got, const Tensor& want) {
  double diff = 0.0, scale = 0.0;
  for (std::int64_t i = 0; i < want.numel(); ++i) {
    diff = std::max(diff, static_cast<double>(std::fabs(got[i] - want[i])));
    scale = std::max(scale, static_cast<double>(std::fabs(want[i])));
  }
  return diff / std::max(scale, 1e-30);
}

bool torchAvailable() {
  static const bool available = std::system("/usr/bin/python3 -c 'import torch, numpy' >/dev/null 2>&1") == 0;
  return available;
}

int runScript(const std::string& arguments, const fs::path& logFile) {
  const std::string command =
      "/usr/bin/python3 '" + kScript.string() + "' " + arguments + " >'" + logFile.string() + "' 2>&1";
  return std::system(command.c_str());
}

std::string readText(const fs::path& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return {};
  std::string text;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, f)) text.append(buffer, n);
  std::fclose(f);
  return text;
}

class CheckpointInterop : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("alexnet_interop_" + std::to_string(std::random_device{}()));
    fs::create_directories(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }
  fs::path m_dir;
};

// Loads a PyTorch-written LeNet checkpoint, checks its logits on the reference input, evaluates it,
// saves it, and returns the saved path; the logits go to `logitsPath`.
fs::path loadEvaluateSave(const fs::path& pytorchFile, const fs::path& dir, const fs::path& logitsPath) {
  const SafeTensors reference = readSafeTensors(kReference);
  const Tensor& input = reference.tensor("input");      // (4, 1, 28, 28)
  const Tensor& expected = reference.tensor("out.11");  // (4, 10), PyTorch's logits

  const ModelConfig config = lenetConfig(0);
  auto model = buildModel(config);
  loadCheckpoint(pytorchFile, *model);
  const Tensor logits = model->forward(input, Mode::Eval);  // (4, 10)
  EXPECT_EQ(logits.shape(), expected.shape());
  EXPECT_LE(scaledError(logits, expected), 1e-5);

  // Evaluate it like `alexnet-lab evaluate` does (on a small in-memory set: the data reader is not needed).
  const EvaluationResult eval = evaluate(*model, testing::makeSquaresSet(40, 3));
  EXPECT_EQ(eval.examples, 40);
  EXPECT_TRUE(std::isfinite(eval.loss));

  const fs::path saved = dir / "from_alexnet_lab.safetensors";
  TrainingState state;
  state.testAccuracy = eval.accuracy;
  state.testLoss = eval.loss;
  saveCheckpoint(saved, *model, config, trainingCheckpointOptions(state));
  SafeTensors logitsFile;
  logitsFile.floats["logits"] = logits;
  writeSafeTensors(logitsPath, logitsFile);

  // And it loads here again, bit for bit.
  auto again = buildModel(lenetConfig(77));
  loadCheckpoint(saved, *again);
  EXPECT_EQ(again->forward(input, Mode::Eval).toVector(), logits.toVector());
  return saved;
}

TEST_F(CheckpointInterop, GoldenPyTorchCheckpointLoadsAndRoundTrips) {
  ASSERT_TRUE(fs::exists(kGolden)) << kGolden;
  const fs::path saved = loadEvaluateSave(kGolden, m_dir, m_dir / "logits.safetensors");
  // Same tensors, same keys, same values as PyTorch wrote (the parameters are untouched).
  const SafeTensors golden = readSafeTensors(kGolden);
  const SafeTensors ours = parametersOnly(readSafeTensors(saved));
  ASSERT_EQ(ours.floats.size(), golden.floats.size());
  for (const auto& [key, tensor] : golden.floats) {
    ASSERT_TRUE(ours.floats.count(key)) << key;
    EXPECT_EQ(ours.floats.at(key).shape(), tensor.shape()) << key;
    EXPECT_EQ(ours.floats.at(key).toVector(), tensor.toVector()) << key;
  }
  EXPECT_EQ(ours.metadata.at("model"), "lenet");
}

TEST_F(CheckpointInterop, PyTorchToAlexNetLabAndBack) {
  if (!torchAvailable()) GTEST_SKIP() << "/usr/bin/python3 cannot import torch (Debian: python3-torch)";
  ASSERT_TRUE(fs::exists(kScript)) << kScript;
  const fs::path fromTorch = m_dir / "from_pytorch.safetensors";
  const fs::path log = m_dir / "python.log";
  ASSERT_EQ(runScript("from-reference '" + kReference.string() + "' '" + fromTorch.string() + "'", log), 0)
      << readText(log);

  const fs::path logits = m_dir / "logits.safetensors";
  const fs::path saved = loadEvaluateSave(fromTorch, m_dir, logits);
  ASSERT_EQ(
      runScript("check '" + saved.string() + "' '" + kReference.string() + "' --logits '" + logits.string() + "'", log),
      0)
      << readText(log);
  EXPECT_NE(readText(log).find("\"model\": \"lenet\""), std::string::npos) << readText(log);
}

TEST_F(CheckpointInterop, TheCheckerRefusesAWrongCheckpoint) {
  if (!torchAvailable()) GTEST_SKIP() << "/usr/bin/python3 cannot import torch (Debian: python3-torch)";
  // A freshly initialised LeNet (not the reference weights) must fail the PyTorch-side comparison:
  // the round-trip test above can fail.
  const ModelConfig config = lenetConfig(5);
  auto model = buildModel(config);
  const fs::path other = m_dir / "other.safetensors";
  saveCheckpoint(other, *model, config);
  const fs::path log = m_dir / "python.log";
  EXPECT_NE(runScript("check '" + other.string() + "' '" + kReference.string() + "'", log), 0) << readText(log);
  EXPECT_NE(readText(log).find("MISMATCH"), std::string::npos) << readText(log);
}

}  // namespace
}  // namespace alexnet
