// "No lost work" (issue 7): a checkpoint write that fails part-way — the process killed mid-write, the
// disk full — leaves the previous checkpoint intact and loadable, a leftover temporary file is never
// mistaken for the checkpoint (`train --resume` with a corrupt checkpoint: tests/app/test_cli_refusals.cpp).
#include <gmock/gmock.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/io/safetensors.h"
#include "alexnet/core/models/model_config.h"

namespace alexnet {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

// A checkpoint-sized file (4 MB) whose every value is `fill`, so a torn write would show.
SafeTensors bigFile(float fill) {
  SafeTensors file;
  file.floats.emplace("w", Tensor({1024 * 1024}, std::vector<float>(1024 * 1024, fill)));
  file.metadata["fill"] = std::to_string(fill);
  return file;
}

// Parses `path` and returns the single value every element holds (fails the test if they differ).
float uniformValue(const fs::path& path) {
  const SafeTensors file = readSafeTensors(path);
  const std::vector<float> values = file.tensor("w").toVector();
  EXPECT_EQ(values.size(), 1024u * 1024);
  for (float v : values)
    if (v != values.front()) {
      ADD_FAILURE() << path << " holds a mixture of two writes";
      break;
    }
  EXPECT_EQ(file.metadata.at("fill"), std::to_string(values.front()));
  return values.front();
}

class NoLostWork : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("alexnet_no_lost_work_" + std::to_string(std::random_device{}()));
    fs::create_directories(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }
  fs::path m_dir;
};

// A child process rewrites the checkpoint in a loop and is SIGKILLed at a random moment, five times over:
// each time the file on disk is one complete checkpoint (the previous or the new one), never a torn one.
TEST_F(NoLostWork, KilledWriterLeavesACompleteCheckpoint) {
  const fs::path path = m_dir / "ckpt.safetensors";
  writeSafeTensors(path, bigFile(1.0f));
  std::mt19937 random(1234);
  int sawNew = 0;
  for (int round = 0; round < 5; ++round) {
    const float previous = uniformValue(path);
    const float next = previous + 1.0f;
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      const SafeTensors file = bigFile(next);
      for (;;) writeSafeTensors(path, file);  // killed somewhere in here
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(std::uniform_int_distribution<int>(1, 80)(random)));
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status));
    const float now = uniformValue(path);
    EXPECT_TRUE(now == previous || now == next) << "round " << round << ": " << now;
    if (now == next) ++sawNew;
    // The killed write may leave its temporary file behind: it must not be taken for the checkpoint,
    // and the next write must still succeed.
    const SafeTensors again = bigFile(next);
    writeSafeTensors(path, again);
    EXPECT_EQ(uniformValue(path), next);
  }
  std::size_t leftovers = 0;
  for (const auto& entry : fs::directory_iterator(m_dir))
    if (entry.path().filename().string().find(".tmp-") != std::string::npos) ++leftovers;
  RecordProperty("rounds_where_the_new_file_had_landed", sawNew);
  RecordProperty("leftover_temporary_files", static_cast<int>(leftovers));
}

// Disk full: the child's file-size limit (RLIMIT_FSIZE) stops the write after 1 MB of the 4 MB checkpoint.
// writeSafeTensors must report it, remove its temporary file and leave the old checkpoint as it was.
TEST_F(NoLostWork, DiskFullDuringAWriteKeepsThePreviousCheckpoint) {
  const fs::path path = m_dir / "ckpt.safetensors";
  writeSafeTensors(path, bigFile(1.0f));
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    ::signal(SIGXFSZ, SIG_IGN);  // write() then fails with EFBIG instead of killing the process
    const rlimit limit{1 << 20, 1 << 20};
    ::setrlimit(RLIMIT_FSIZE, &limit);
    try {
      writeSafeTensors(path, bigFile(2.0f));
    } catch (const SafeTensorsError& error) {
      const std::string message = error.what();
      const bool named =
          message.find(path.string()) != std::string::npos && message.find("unchanged") != std::string::npos;
      ::_exit(named ? 0 : 3);
    }
    ::_exit(4);  // the write claimed success
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << "3: error without the path, 4: no error at all";
  EXPECT_EQ(uniformValue(path), 1.0f);
  for (const auto& entry : fs::directory_iterator(m_dir))
    EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos) << entry.path();
}

}  // namespace
}  // namespace alexnet
