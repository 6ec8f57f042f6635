// `--model-file FILE`: a network written as nn.Sequential code drives every model-building command.
//  - the d2l AlexNet cell and the English edition's Lazy AlexNet print the chapter's table with
//    46,764,746 parameters, the same table as `--model alexnet`;
//  - code the reader refuses gives one line "FILE:LINE:COL: problem" and exit 1;
//  - a modern LeNet trains from its file, the checkpoint carries the code, so `--weights CKPT` alone
//    evaluates and inspects it; and PyTorch, running the same file, loads the checkpoint with
//    strict=True and agrees on the logits (skipped without /usr/bin/python3 + torch).
#include <gmock/gmock.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/io/safetensors.h"
#include "app/run_app.h"
#include "core/sequential_code_samples.h"

namespace alexnet::test {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::StartsWith;

const fs::path kNetworks = fs::path(ALEXNET_SOURCE_DIR) / "resources/networks";
const fs::path kDataDir{kDefaultFashionMnistDir};

class CliModelFile : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("alexnet_cli_model_file_" + std::to_string(std::random_device{}()));
    fs::create_directories(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }
  fs::path write(const std::string& name, std::string_view text) const {
    const fs::path path = m_dir / name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  static std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }
  fs::path m_dir;
};

TEST_F(CliModelFile, TheChaptersAlexNetCodePrintsTheChaptersTable) {
  const CommandResult builtIn = runApp("shapes --model alexnet");
  ASSERT_EQ(builtIn.status, 0) << builtIn.output;
  for (const fs::path& file :
       {kNetworks / "d2l_alexnet.py", write("cell.py", kD2lAlexNet), write("lazy.py", kD2lLazyAlexNet)}) {
    const CommandResult fromCode = runApp("shapes --model-file " + quoted(file) + " --input-size 224");
    ASSERT_EQ(fromCode.status, 0) << fromCode.output;
    EXPECT_THAT(fromCode.output, HasSubstr("total: 46,764,746 parameters")) << file;
    EXPECT_THAT(fromCode.output, StartsWith("Conv2d output shape: [1, 96, 54, 54]\n"));
    // The layer names (conv1, …) and FLOPs are the built-in model's too.
    EXPECT_EQ(fromCode.output, builtIn.output) << file;
  }
}

TEST_F(CliModelFile, RefusedCodeIsOneCompilerStyleLine) {
  const fs::path bad = write("bad.py", "import torch\nnet = nn.Sequential(nn.Conv2d(1, 6, 5), nn.BatchNorm2d(6))\n");
  const CommandResult r = runApp("shapes --model-file " + quoted(bad));
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.output, StartsWith(bad.string() + ":2:41: BatchNorm2d is not supported"));
  EXPECT_EQ(std::count(r.output.begin(), r.output.end(), '\n'), 1) << r.output;

  const fs::path misfit =
      write("misfit.py", "net = nn.Sequential(nn.Conv2d(3, 6, 5))\nX = torch.randn(1, 1, 28, 28)\n");
  const CommandResult shape = runApp("shapes --model-file " + quoted(misfit));
  EXPECT_EQ(shape.status, 1);
  EXPECT_THAT(shape.output, HasSubstr("misfit.py:1:21: layer 0 (Conv2d)"));
  EXPECT_THAT(shape.output, HasSubstr("Conv2d"));

  EXPECT_EQ(runApp("shapes --model lenet --model-file " + quoted(bad)).status, 2);
  const CommandResult missing = runApp("shapes --model-file " + quoted(m_dir / "nope.py"));
  EXPECT_EQ(missing.status, 1);
  EXPECT_THAT(missing.output, HasSubstr("nope.py"));
}

TEST_F(CliModelFile, AModernLeNetTrainsFromItsFileAndItsCheckpointRebuildsIt) {
  if (!fs::exists(kDataDir / "train-images-idx3-ubyte.gz")) GTEST_SKIP() << "Fashion-MNIST is not installed";
  const fs::path file = kNetworks / "modern_lenet.py";
  const fs::path ckpt = m_dir / "modern.safetensors";
  const CommandResult trained =
      runApp("train --model-file " + quoted(file) + " --epochs 1 --limit 512 --batch 64 --out " + quoted(ckpt));
  ASSERT_EQ(trained.status, 0) << trained.output;
  const auto metadata = readSafeTensorsMetadata(ckpt);
  EXPECT_EQ(metadata.at("model"), "code");
  EXPECT_EQ(metadata.at("code_name"), "modern_lenet.py");
  std::ifstream in(file, std::ios::binary);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(metadata.at("code"), text);

  // No --model-file: the checkpoint's code rebuilds the network.
  const CommandResult evaluated = runApp("evaluate --weights " + quoted(ckpt) + " --limit 256 --json");
  ASSERT_EQ(evaluated.status, 0) << evaluated.output;
  EXPECT_THAT(evaluated.output, HasSubstr("\"model\":\"code\""));
  const fs::path dump = m_dir / "dump.safetensors";
  const CommandResult inspected = runApp("inspect --weights " + quoted(ckpt) + " --sample 3 --dump " + quoted(dump));
  ASSERT_EQ(inspected.status, 0) << inspected.output;

  // PyTorch runs the very file, loads our checkpoint strictly and gives our logits.
  if (std::system("/usr/bin/python3 -c 'import torch, numpy' >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "/usr/bin/python3 cannot import torch (Debian: python3-torch)";
  const std::string script = (fs::path(ALEXNET_SOURCE_DIR) / "scripts/train_pytorch.py").string();
  const int status =
      std::system(("/usr/bin/python3 '" + script + "' check --weights " + quoted(ckpt) + " --dump " + quoted(dump) +
                   " --code " + quoted(file) + " > " + quoted(m_dir / "torch.txt") + " 2>&1")
                      .c_str());
  std::ifstream report(m_dir / "torch.txt");
  const std::string said((std::istreambuf_iterator<char>(report)), std::istreambuf_iterator<char>());
  EXPECT_EQ(status, 0) << said;
  EXPECT_THAT(said, HasSubstr("loaded strictly"));
}

TEST_F(CliModelFile, ANetworkThatDoesNotFitFashionMnistIsRefusedForTraining) {
  const fs::path wide =
      write("seven.py", "net = nn.Sequential(nn.Flatten(), nn.Linear(784, 7))\nX = torch.randn(1, 1, 28, 28)\n");
  const CommandResult r =
      runApp("train --model-file " + quoted(wide) + " --epochs 1 --limit 64 --out " + quoted(m_dir / "x.safetensors"));
  EXPECT_EQ(r.status, 1);
  EXPECT_THAT(r.output, HasSubstr("seven.py: the network's output is [1, 7]; Fashion-MNIST needs [N, 10]"));
  EXPECT_FALSE(fs::exists(m_dir / "x.safetensors"));
}

}  // namespace
}  // namespace alexnet::test
