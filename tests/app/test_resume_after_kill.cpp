// "No lost work" for training itself (issue 7): `alexnet-lab train` SIGKILLed in the middle of an epoch and
// resumed from its last checkpoint continues its CSV log — the rows of the checkpoint's epochs kept byte for
// byte, the interrupted epoch's rows dropped and written again, none duplicated or missing — and ends in
// exactly the state of a run that was never interrupted (LeNet with one thread is deterministic).
#include <gmock/gmock.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "app/text_files.h"
#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/io/safetensors.h"
#include "alexnet/core/train/run_log.h"

extern char** environ;

namespace alexnet {
namespace {

namespace fs = std::filesystem;
using test::lines;
using test::readText;
using ::testing::HasSubstr;

// The row's cells that a rerun must reproduce: all but examples_per_s and elapsed_s (timings).
std::string deterministicPart(const std::string& row) {
  std::size_t at = 0;
  for (int comma = 0; comma < 7; ++comma) at = row.find(',', at) + 1;
  return row.substr(0, at);
}

class ResumeAfterKill : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(fs::path(std::string(kDefaultFashionMnistDir)) / "train-images-idx3-ubyte.gz"))
      GTEST_SKIP() << "Fashion-MNIST not installed (Debian dataset-fashion-mnist)";
    m_dir = fs::temp_directory_path() / ("alexnet_resume_after_kill_" + std::to_string(std::random_device{}()));
    fs::create_directories(m_dir);
  }
  void TearDown() override {
    if (!m_dir.empty()) fs::remove_all(m_dir);
  }

  // Starts `alexnet-lab train <common> <extra>` with stdout/stderr in files; returns its pid.
  pid_t spawnTrain(const std::vector<std::string>& extra, const std::string& tag, const char* epochs = "3") const {
    std::vector<std::string> args = {ALEXNET_APP_PATH,
                                     "train",
                                     "--model",
                                     "lenet",
                                     "--epochs",
                                     epochs,
                                     "--limit",
                                     "2048",
                                     "--test-limit",
                                     "256",
                                     "--batch",
                                     "64",
                                     "--reports-per-epoch",
                                     "16",
                                     "--seed",
                                     "3",
                                     "--threads",
                                     "1"};
    args.insert(args.end(), extra.begin(), extra.end());
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const std::string out = (m_dir / (tag + ".out")).string(), err = (m_dir / (tag + ".err")).string();
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    return rc == 0 ? pid : -1;
  }

  // Runs to the end; returns the exit status (-1 when killed by a signal).
  int runTrain(const std::vector<std::string>& extra, const std::string& tag, const char* epochs = "3") const {
    const pid_t pid = spawnTrain(extra, tag, epochs);
    if (pid < 0) return -2;
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  std::string err(const std::string& tag) const { return readText(m_dir / (tag + ".err")); }
  fs::path m_dir;
};

TEST_F(ResumeAfterKill, ResumedRunContinuesTheLogAndMatchesAnUninterruptedRun) {
  const fs::path ckpt = m_dir / "run.safetensors", log = m_dir / "run.csv";
  const std::vector<std::string> files = {"--out", ckpt.string(), "--log", log.string()};

  // 1. Train; SIGKILL once epoch 2 has logged three of its reports (its checkpoint is epoch 1's).
  const pid_t pid = spawnTrain(files, "killed");
  ASSERT_GT(pid, 0);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(5);
  std::size_t epochTwoRows = 0;
  bool exited = false;
  while (epochTwoRows < 3 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    epochTwoRows = 0;
    for (const std::string& row : lines(readText(log)))
      if (row.rfind("2,", 0) == 0) ++epochTwoRows;
    if (::waitpid(pid, nullptr, WNOHANG) == pid) {
      exited = true;
      break;
    }
  }
  if (!exited) {
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status)) << err("killed");
  }
  ASSERT_FALSE(exited) << "the run ended before it could be killed: " << err("killed");
  ASSERT_GE(epochTwoRows, 3u) << "no progress within 5 minutes: " << err("killed");

  // Killed mid-epoch: the log has epoch 2's first reports but not its end; the checkpoint is epoch 1's.
  const std::string killedLog = readText(log);
  const std::vector<std::string> killedRows = lines(killedLog);
  ASSERT_GE(killedRows.size(), 1u + 16u + 3u);
  for (const std::string& row : killedRows) ASSERT_NE(row.rfind("3,", 0), 0u) << "epoch 3 started: " << row;
  EXPECT_EQ(readSafeTensors(ckpt).metadata.at("epoch"), "1");
  EXPECT_EQ(readSafeTensors(ckpt).metadata.at("status"), "running");

  // 2. Resume from the checkpoint with the same log.
  ASSERT_EQ(runTrain({"--resume", ckpt.string(), "--out", ckpt.string(), "--log", log.string()}, "resumed"), 0)
      << err("resumed");
  EXPECT_THAT(err("resumed"), HasSubstr("epochs 2..3"));
  EXPECT_THAT(err("resumed"), HasSubstr("rows written after epoch 1 (the checkpoint's), continuing the log"));

  // 3. The same run, never interrupted.
  const fs::path fullCkpt = m_dir / "full.safetensors", fullLog = m_dir / "full.csv";
  ASSERT_EQ(runTrain({"--out", fullCkpt.string(), "--log", fullLog.string()}, "full"), 0) << err("full");

  // The resumed log parses (rows in training order), and has exactly the uninterrupted run's rows:
  // 16 per epoch, the same epochs, batches, losses and accuracies.
  const RunLog resumed = readRunLog(log);
  ASSERT_EQ(resumed.rows.size(), 3u * 16u);
  const std::vector<std::string> resumedRows = lines(readText(log)), fullRows = lines(readText(fullLog));
  ASSERT_EQ(resumedRows.size(), fullRows.size());
  for (std::size_t i = 0; i < fullRows.size(); ++i)
    EXPECT_EQ(deterministicPart(resumedRows[i]), deterministicPart(fullRows[i])) << "row " << i;
  // Epoch 1's rows (and the header) are the killed run's, byte for byte.
  for (std::size_t i = 0; i <= 16; ++i) EXPECT_EQ(resumedRows[i], killedRows[i]) << "row " << i;
  for (std::int64_t epoch = 1; epoch <= 3; ++epoch) {
    int ends = 0;
    for (const RunLogRow& row : resumed.rows) ends += row.epoch == epoch && row.testAccuracy.has_value();
    EXPECT_EQ(ends, 1) << "epoch " << epoch;
  }

  // The final checkpoints are identical: parameters, momentum buffers, epoch and status.
  const SafeTensors a = readSafeTensors(ckpt), b = readSafeTensors(fullCkpt);
  EXPECT_EQ(a.metadata.at("epoch"), "3");
  EXPECT_EQ(a.metadata.at("status"), "finished");
  EXPECT_EQ(a.metadata.at("epoch"), b.metadata.at("epoch"));
  ASSERT_EQ(a.floats.size(), b.floats.size());
  for (const auto& [name, tensor] : b.floats) {
    ASSERT_TRUE(a.floats.count(name)) << name;
    EXPECT_EQ(a.floats.at(name).toVector(), tensor.toVector()) << name;
  }
}

// `train --resume --log` with a log that does not parse stops before training, in one line naming the log,
// and writes neither the log nor the checkpoint.
TEST_F(ResumeAfterKill, ABadLogIsRefusedBeforeAnythingIsWritten) {
  const fs::path ckpt = m_dir / "run.safetensors", log = m_dir / "run.csv";
  ASSERT_EQ(runTrain({"--out", ckpt.string()}, "first", "1"), 0) << err("first");
  const std::string bad = std::string(kRunLogHeader) + "\n1,4,0.25,banana,0.5,,,100,1\n";
  std::ofstream(log, std::ios::binary) << bad;
  const std::string before = readText(ckpt);
  EXPECT_EQ(runTrain({"--resume", ckpt.string(), "--out", ckpt.string(), "--log", log.string()}, "bad"), 1);
  const std::string message = err("bad");
  EXPECT_THAT(message, HasSubstr(log.string() + ": line 2: column \"train_loss\": \"banana\" is not a number"));
  EXPECT_EQ(std::count(message.begin(), message.end(), '\n'), 1) << message;
  EXPECT_EQ(readText(log), bad);
  EXPECT_EQ(readText(ckpt), before);
}

}  // namespace
}  // namespace alexnet
