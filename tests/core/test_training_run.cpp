// TrainingRun — the one training run of the CLI and the GUI: a run stopped mid-epoch (after a
// time-based checkpoint or on Stop) and continued ends with exactly the parameters of an
// uninterrupted run, its log continues without duplicated rows, and the chunk policy and the
// warm-up estimate behave.
#include "alexnet/core/train/training_run.h"

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <random>

#include "alexnet/core/io/safetensors.h"
#include "alexnet/core/models/model_presets.h"
#include "alexnet/core/train/run_log.h"
#include "alexnet/core/train/throughput_probe.h"
#include "core/trainer_test_data.h"

namespace alexnet {
namespace {

namespace fs = std::filesystem;

class TrainingRunTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("alexnet_training_run_" + std::to_string(std::random_device{}()) + "_" +
                                         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }

  TrainingRunOptions options(const std::string& name) const {
    TrainingRunOptions o;
    o.model.kind = ModelKind::LeNet;
    o.model.seed = 11;
    o.recipe = {.epochs = 2,
                .batchSize = 16,
                .sgd = {.learningRate = 0.3f, .momentum = 0.9f},
                .lrSchedule = LrSchedule::Cosine};
    o.reportsPerEpoch = 4;
    o.checkpointPath = m_dir / (name + ".safetensors");
    o.logPath = m_dir / (name + ".csv");
    o.command = "test";
    return o;
  }
  static std::vector<std::vector<float>> parameters(Sequential& model) {
    std::vector<std::vector<float>> values;
    for (const NamedParameter& p : model.namedParameters()) values.push_back(p.parameter->value.toVector());
    return values;
  }

  fs::path m_dir;
  const ImageSet m_train = testing::makeSquaresSet(128, 1);  // 8 minibatches per epoch
  const ImageSet m_test = testing::makeSquaresSet(32, 2);
};

TEST_F(TrainingRunTest, StoppedMidEpochAndContinuedEqualsAnUninterruptedRun) {
  TrainingRun straight(options("straight"));
  ASSERT_EQ(straight.run(m_train, m_test, nullptr).train.status, TrainStatus::Finished);

  // Stop at the second chart point of epoch 2 (batch 4 of 8): saved there, "cancelled".
  TrainingRun first(options("run"));
  const TrainingRunResult stopped = first.run(m_train, m_test, [](const TrainProgress& p) {
    return !(p.epoch == 1 && p.kind == ProgressKind::Report && p.batch == 4);
  });
  ASSERT_EQ(stopped.train.status, TrainStatus::Cancelled);
  const SafeTensors saved = readSafeTensors(m_dir / "run.safetensors");
  EXPECT_EQ(saved.metadata.at("epoch"), "1");
  EXPECT_EQ(saved.metadata.at("batch"), "4");
  EXPECT_EQ(saved.metadata.at("status"), "cancelled");
  EXPECT_EQ(saved.metadata.at("epochs_planned"), "2");
  EXPECT_NE(stopped.summary.find("epoch 1 + 4 minibatches"), std::string::npos) << stopped.summary;

  TrainingRunOptions more = options("run");
  more.resumeFrom = more.checkpointPath;
  TrainingRun second(more);
  EXPECT_EQ(second.resumedState().epoch, 1);
  EXPECT_EQ(second.resumedState().batch, 4);
  ASSERT_EQ(second.run(m_train, m_test, nullptr).train.status, TrainStatus::Finished);
  EXPECT_EQ(parameters(second.model()), parameters(straight.model()));

  // The log: epoch 1's 4 rows, epoch 2's first two reports, then the rest: no row twice.
  const RunLog log = readRunLog(m_dir / "run.csv");
  ASSERT_EQ(log.rows.size(), 8u);
  for (std::size_t i = 1; i < log.rows.size(); ++i) EXPECT_GT(log.rows[i].epochFraction, log.rows[i - 1].epochFraction);
}

TEST_F(TrainingRunTest, ATimeBasedCheckpointIsTakenMidEpoch) {
  TrainingRunOptions o = options("timed");
  o.checkpointEverySeconds = 1e-9;  // at every chart point
  TrainingRun run(o);
  std::int64_t checked = 0;
  run.run(m_train, m_test, [&](const TrainProgress& p) {
    if (p.kind == ProgressKind::Report && p.epoch == 0 && p.batch == 2) {
      const auto metadata = readSafeTensorsMetadata(o.checkpointPath);
      EXPECT_EQ(metadata.at("epoch"), "0");
      EXPECT_EQ(metadata.at("batch"), "2");
      EXPECT_EQ(metadata.at("status"), "running");
      ++checked;
    }
    return true;
  });
  EXPECT_EQ(checked, 1);
  EXPECT_EQ(readSafeTensorsMetadata(o.checkpointPath).at("status"), "finished");
}

TEST_F(TrainingRunTest, AStopAtAnEpochEndMarksTheCheckpointCancelled) {
  // The epoch-end checkpoint was just written as "running"; a Stop that lands exactly there must
  // not leave a file that says the run is still going.
  TrainingRun run(options("epoch_end"));
  const TrainingRunResult r = run.run(
      m_train, m_test, [](const TrainProgress& p) { return !(p.epoch == 0 && p.kind == ProgressKind::EpochEnd); });
  ASSERT_EQ(r.train.status, TrainStatus::Cancelled);
  const auto metadata = readSafeTensorsMetadata(m_dir / "epoch_end.safetensors");
  EXPECT_EQ(metadata.at("epoch"), "1");
  EXPECT_EQ(metadata.at("status"), "cancelled");
}

TEST_F(TrainingRunTest, AStopBeforeAnyMinibatchWritesNothing) {
  std::atomic<bool> stop{true};
  TrainingRunOptions o = options("early");
  o.stopRequested = &stop;
  TrainingRun run(o);
  const TrainingRunResult r = run.run(m_train, m_test, nullptr);
  EXPECT_EQ(r.train.status, TrainStatus::Cancelled);
  EXPECT_FALSE(r.savedEpoch.has_value());
  EXPECT_FALSE(fs::exists(o.checkpointPath));
}

TEST(TrainingChunks, FollowTheWorkOfAnImage) {
  ModelConfig lenet;
  lenet.kind = ModelKind::LeNet;
  EXPECT_EQ(trainingChunkSize(*buildModel(lenet), 256), 0);  // never chunked
  ModelConfig d2l;
  d2l.kind = ModelKind::AlexNet;
  EXPECT_EQ(trainingChunkSize(*buildModel(d2l), 128), 17);  // 96 GFLOP / (3 × 1.88 GFLOP)
  ModelConfig slim = d2l;
  slim.widths = slimAlexNetWidths();
  slim.inputSize = 96;
  EXPECT_EQ(trainingChunkSize(*buildModel(slim), 128), 0);
}

TEST(ThroughputProbe, MeasuresAPositiveRateAndEstimates) {
  ModelConfig lenet;
  lenet.kind = ModelKind::LeNet;
  const std::optional<double> rate = measureTrainingThroughput({.model = lenet, .batchSize = 64});
  ASSERT_TRUE(rate.has_value());
  EXPECT_GT(*rate, 10.0);
  EXPECT_DOUBLE_EQ(estimateTrainingSeconds(1000.0, 2, 60000, 9000), 2 * (60000 + 3000) / 1000.0);
  std::atomic<bool> stop{true};
  EXPECT_FALSE(measureTrainingThroughput({.model = lenet, .batchSize = 64, .stopRequested = &stop}).has_value());
}

}  // namespace
}  // namespace alexnet
