// `train` refusing before it touches anything (issue 7): a batch that could never fit in memory is
// refused before the dataset is read, and a corrupt checkpoint given to --resume never replaces a good one.
#include <gmock/gmock.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <vector>

#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/models/model_config.h"

namespace alexnet {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

class CliRefusals : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("alexnet_cli_refusals_" + std::to_string(std::random_device{}()));
    fs::create_directories(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }
  fs::path m_dir;
};

// `train` refuses AlexNet at batch 65536 (terabytes of activations) before it loads the dataset: the data
// directory does not even exist, and the message is about memory, not about the missing files.
TEST_F(CliRefusals, TrainRefusesAnImpossibleBatchUpFront) {
  const fs::path& dir = m_dir;
  const fs::path err = dir / "stderr.txt";
  const std::string command = std::string("'") + ALEXNET_APP_PATH + "' train --model alexnet --batch 65536 --data '" +
                              (dir / "no-such-dataset").string() + "' --out '" + (dir / "c.safetensors").string() +
                              "' >/dev/null 2>'" + err.string() + "' </dev/null";
  const int raw = std::system(command.c_str());
  std::stringstream text;
  text << std::ifstream(err).rdbuf();
  const std::string message = text.str();
  EXPECT_TRUE(WIFEXITED(raw));
  EXPECT_EQ(WEXITSTATUS(raw), 1) << message;
  EXPECT_THAT(message, HasSubstr("alexnet (input 224x224) at batch 65536 needs about"));
  EXPECT_THAT(message, HasSubstr("use --batch"));
  EXPECT_THAT(message, Not(HasSubstr("no-such-dataset")));
  EXPECT_EQ(std::count(message.begin(), message.end(), '\n'), 1) << message;
  EXPECT_FALSE(fs::exists(dir / "c.safetensors"));
}

// `train --resume corrupt --out good`: the corrupt file is refused in one line naming it, and neither file
// is touched (the refusal comes before the dataset is read, so no dataset is needed).
TEST_F(CliRefusals, CorruptResumeNeverReplacesAGoodCheckpoint) {
  const fs::path good = m_dir / "good.safetensors", corrupt = m_dir / "corrupt.safetensors";
  const ModelConfig config;  // LeNet
  auto model = buildModel(config);
  saveCheckpoint(good, *model, config);
  std::ifstream in(good, std::ios::binary);
  std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::vector<char> goodBytes = bytes;
  bytes.resize(bytes.size() / 2);  // a half-downloaded copy
  std::ofstream(corrupt, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));

  for (const fs::path& out : {good, corrupt}) {
    SCOPED_TRACE(out.string());
    const fs::path err = m_dir / "stderr.txt";
    const std::string command = std::string("'") + ALEXNET_APP_PATH + "' train --model lenet --epochs 2 --resume '" +
                                corrupt.string() + "' --out '" + out.string() + "' --data '" +
                                (m_dir / "nodata").string() + "' >/dev/null 2>'" + err.string() + "' </dev/null";
    const int raw = std::system(command.c_str());
    std::stringstream text;
    text << std::ifstream(err).rdbuf();
    const std::string message = text.str();
    EXPECT_EQ(WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, 1) << message;
    EXPECT_THAT(message, HasSubstr(corrupt.string()));
    EXPECT_EQ(std::count(message.begin(), message.end(), '\n'), 1) << message;
    std::ifstream after(good, std::ios::binary);
    EXPECT_EQ(std::vector<char>((std::istreambuf_iterator<char>(after)), std::istreambuf_iterator<char>()), goodBytes);
    EXPECT_EQ(fs::file_size(corrupt), bytes.size());
  }
}

}  // namespace
}  // namespace alexnet
