// `alexnet-lab train` and `evaluate` end to end on small slices of Fashion-MNIST (--limit), plus
// their argument and file errors. Needs the dataset (Debian dataset-fashion-mnist) for the runs;
// those tests skip without it.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "app/text_files.h"
#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/io/safetensors.h"

namespace alexnet {
namespace {

namespace fs = std::filesystem;
using test::lines;
using test::readText;

struct RunResult {
  int status = -1;
  std::string out;
  std::string err;
};

bool haveDataset() { return fs::exists(fs::path(std::string(kDefaultFashionMnistDir)) / "train-images-idx3-ubyte.gz"); }

class TrainCli : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("alexnet_train_cli_" + std::to_string(std::random_device{}()));
    fs::create_directories(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }

  RunResult run(const std::string& arguments) const {
    const fs::path out = m_dir / "stdout.txt", err = m_dir / "stderr.txt";
    const std::string command = std::string("'") + ALEXNET_APP_PATH + "' " + arguments + " >'" + out.string() +
                                "' 2>'" + err.string() + "' </dev/null";
    const int raw = std::system(command.c_str());
    RunResult result;
    result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    result.out = readText(out);
    result.err = readText(err);
    return result;
  }
  std::string path(const std::string& name) const { return (m_dir / name).string(); }

  fs::path m_dir;
};

const std::string kHeader =
    "epoch,batch,epoch_fraction,train_loss,train_accuracy,test_accuracy,test_loss,examples_per_s,elapsed_s";

TEST_F(TrainCli, BadArgumentsAreUsageErrors) {
  // Each train line would be a valid run but for one option: --limit/--epochs keep a missed check cheap.
  for (const std::string args :
       {"train", "train --model resnet", "train --model lenet --epochs zero", "train --model lenet --limit 64 --lr -1",
        "train --model lenet --limit 64 --epochs 1 --batch 0", "train --model lenet --limit 64 --momentum 1.5",
        "train --model lenet --limit 64 --epochs 1 --threads -1", "train --model lenet --limit 64 --bogus 1",
        "train --model lenet --limit 64 --widths 1,2,3", "train --model lenet --limit 64 --epochs 1 --weight-decay -1",
        "train --model alexnet2012 --limit 64 --epochs 1", "evaluate --model lenet",
        "evaluate --model lenet --weights x --limit -3"}) {
    const RunResult r = run(args);
    EXPECT_EQ(r.status, 2) << args << "\n" << r.err;
    EXPECT_EQ(lines(r.err).size(), 1u) << args << "\n" << r.err;
  }
}

TEST_F(TrainCli, MissingFilesAreNamedInOneLine) {
  RunResult r = run("evaluate --model lenet --weights '" + path("nope.safetensors") + "'");
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("nope.safetensors"), std::string::npos) << r.err;
  EXPECT_EQ(lines(r.err).size(), 1u) << r.err;

  r = run("train --model lenet --epochs 1 --data '" + path("no-such-dir") + "'");
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("no-such-dir"), std::string::npos) << r.err;

  r = run("train --model lenet --resume '" + path("gone.safetensors") + "'");
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("gone.safetensors"), std::string::npos) << r.err;

  std::ofstream(path("garbage.safetensors")) << "not a safetensors file at all";
  r = run("evaluate --model lenet --weights '" + path("garbage.safetensors") + "'");
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("garbage.safetensors"), std::string::npos) << r.err;
  EXPECT_EQ(lines(r.err).size(), 1u) << r.err;

  // A PyTorch LeNet state_dict (no metadata) given as an AlexNet: the keys that differ are named.
  const std::string golden = std::string(ALEXNET_TEST_DATA_DIR) + "/interop/lenet_pytorch.safetensors";
  r = run("evaluate --model alexnet --widths 12,32,48,48,32,64,64 --weights '" + golden + "' --limit 8");
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("lenet_pytorch.safetensors"), std::string::npos) << r.err;
  EXPECT_EQ(lines(r.err).size(), 1u) << r.err;
}

TEST_F(TrainCli, TrainsLogsSavesResumesAndEvaluates) {
  if (!haveDataset()) GTEST_SKIP() << "Fashion-MNIST not installed (Debian dataset-fashion-mnist)";
  const std::string ckpt = path("lenet.safetensors"), csv = path("lenet.csv");
  RunResult r =
      run("train --model lenet --epochs 2 --limit 512 --batch 64 --lr 0.9 --momentum 0.5 --seed 3 "
          "--threads 1 --out '" +
          ckpt + "' --log '" + csv + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("test acc"), std::string::npos) << r.out;
  // Not a terminal: plain progress lines, no carriage returns.
  EXPECT_EQ(r.err.find('\r'), std::string::npos);
  EXPECT_NE(r.err.find("epoch 1/2  batch"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("ETA"), std::string::npos) << r.err;

  std::vector<std::string> rows = lines(readText(csv));
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows[0], kHeader);
  ASSERT_EQ(rows.size(), 1u + 2u * 5u);                  // 5 rows per epoch: 4 reports + the epoch end
  EXPECT_EQ(rows[5].rfind("1,8,1,", 0), 0u) << rows[5];  // epoch 1, batch 8 of 8, fraction 1
  EXPECT_EQ(rows[10].rfind("2,8,2,", 0), 0u) << rows[10];
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const bool epochEnd = i % 5 == 0;
    std::vector<std::string> cells;
    std::stringstream row(rows[i]);
    for (std::string cell; std::getline(row, cell, ',');) cells.push_back(cell);
    if (rows[i].back() == ',') cells.push_back("");
    ASSERT_EQ(cells.size(), 9u) << rows[i];
    EXPECT_EQ(cells[5].empty(), !epochEnd) << rows[i];  // test accuracy only at an epoch's end
    EXPECT_EQ(cells[6].empty(), !epochEnd) << rows[i];
  }

  SafeTensors saved = readSafeTensors(ckpt);
  EXPECT_EQ(saved.metadata.at("model"), "lenet");
  EXPECT_EQ(saved.metadata.at("epoch"), "2");
  EXPECT_EQ(saved.metadata.at("status"), "finished");
  EXPECT_FALSE(saved.floats.count("optimizer.momentum.0.weight"));  // PyTorch loads the file strictly
  std::string optimizerPath = ckpt;
  optimizerPath.replace(optimizerPath.size() - std::string(".safetensors").size(), std::string::npos,
                        ".optim.safetensors");
  EXPECT_TRUE(readSafeTensors(optimizerPath).floats.count("optimizer.momentum.0.weight"));  // resume reads it

  // Resume: --epochs is the total, so one more epoch (numbered 3); the log is appended to.
  r = run("train --model lenet --epochs 3 --limit 512 --threads 1 --resume '" + ckpt + "' --out '" + ckpt +
          "' --log '" + csv + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("epochs 3..3"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("lr 0.9, batch 64, momentum 0.5"), std::string::npos) << r.err;  // from the file
  rows = lines(readText(csv));
  ASSERT_EQ(rows.size(), 1u + 3u * 5u);
  EXPECT_EQ(rows[15].rfind("3,8,3,", 0), 0u) << rows[15];
  saved = readSafeTensors(ckpt);
  EXPECT_EQ(saved.metadata.at("epoch"), "3");

  // Resuming a finished run does nothing.
  r = run("train --model lenet --epochs 3 --limit 512 --resume '" + ckpt + "'");
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.err.find("nothing to train"), std::string::npos) << r.err;

  // evaluate --json on the same 512 test images reproduces the checkpoint's test accuracy.
  r = run("evaluate --model lenet --weights '" + ckpt + "' --limit 512 --json");
  ASSERT_EQ(r.status, 0) << r.err;
  const nlohmann::json json = nlohmann::json::parse(r.out);
  EXPECT_EQ(json.at("model"), "lenet");
  EXPECT_EQ(json.at("examples"), 512);
  EXPECT_NEAR(json.at("test_accuracy").get<double>(), std::stod(saved.metadata.at("test_accuracy")), 1e-6);
  EXPECT_GE(json.at("test_accuracy").get<double>(), 0.0);  // learning itself is test_trainer's business
  EXPECT_LE(json.at("test_accuracy").get<double>(), 1.0);
  EXPECT_GT(json.at("test_loss").get<double>(), 0.0);
  EXPECT_EQ(json.size(), 6u);  // + confusion (10×10) and per_class_accuracy (10)
  ASSERT_EQ(json.at("confusion").size(), 10u);
  std::int64_t counted = 0;
  for (const auto& row : json.at("confusion")) {
    ASSERT_EQ(row.size(), 10u);
    for (const auto& cell : row) counted += cell.get<std::int64_t>();
  }
  EXPECT_EQ(counted, 512);
  EXPECT_EQ(json.at("per_class_accuracy").size(), 10u);

  // A checkpoint of another model is refused, naming the file.
  r = run("evaluate --model alexnet --weights '" + ckpt + "' --limit 16");
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("lenet.safetensors"), std::string::npos) << r.err;
}

TEST_F(TrainCli, DivergenceKeepsTheLastGoodCheckpoint) {
  if (!haveDataset()) GTEST_SKIP() << "Fashion-MNIST not installed (Debian dataset-fashion-mnist)";
  // A tiny ReLU AlexNet: d2l's sigmoid LeNet merely saturates under a huge learning rate.
  const std::string model = "--model alexnet --widths 8,16,16,16,16,32,32 --input-size 65 ";
  const std::string ckpt = path("good.safetensors");
  RunResult r = run("train " + model + "--epochs 1 --limit 256 --threads 1 --out '" + ckpt + "'");
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string before = readText(ckpt);

  // Resume with an absurd learning rate: NaN in epoch 2, the epoch-1 checkpoint stays as it was.
  r = run("train " + model + "--epochs 3 --limit 256 --threads 1 --lr 1e30 --resume '" + ckpt + "' --out '" + ckpt +
          "'");
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.err.find("diverged"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("kept the last good checkpoint"), std::string::npos) << r.err;
  EXPECT_EQ(readText(ckpt), before);
}

}  // namespace
}  // namespace alexnet
