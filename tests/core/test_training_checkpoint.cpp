// Training checkpoints: metadata + momentum buffers round-trip, resume continues exactly, and
// malformed files are refused with the file named and the model left unchanged.
#include "alexnet/core/train/training_checkpoint.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <string>

#include "alexnet/core/models/model_config.h"
#include "alexnet/core/train/trainer.h"
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

class TrainingCheckpointTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("alexnet_training_ckpt_" + std::to_string(std::random_device{}()) + "_" +
                                         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }
  fs::path path(const std::string& name) const { return m_dir / name; }

  fs::path m_dir;
};

std::vector<std::vector<float>> parameterValues(Sequential& model) {
  std::vector<std::vector<float>> values;
  for (const NamedParameter& p : model.namedParameters()) values.push_back(p.parameter->value.toVector());
  return values;
}

TrainConfig momentumConfig(std::int64_t epochs) {
  TrainConfig config;
  config.epochs = epochs;
  config.batchSize = 32;
  config.sgd = {.learningRate = 0.5f, .momentum = 0.9f, .weightDecay = 1e-4f};
  config.seed = 9;
  return config;
}

TEST_F(TrainingCheckpointTest, MetadataAndMomentumRoundTrip) {
  const ModelConfig config = lenetConfig(4);
  auto model = buildModel(config);
  TrainingState state;
  state.epoch = 3;
  state.trainLoss = 0.4689;
  state.trainAccuracy = 0.823;
  state.testAccuracy = 0.779;
  state.testLoss = 0.55;
  state.sgd = SgdOptions{.learningRate = 0.9f, .momentum = 0.5f, .weightDecay = 1e-3f};
  state.batchSize = 256;
  state.status = "running";
  Tensor buffer(model->namedParameters().front().parameter->value.shape(), 0.25f);
  state.momentumBuffers["0.weight"] = buffer;
  state.lrSchedule = "cosine";
  state.command = "alexnet-lab train --model lenet";
  state.created = "2026-12-02T15:00:00Z";
  saveTrainingCheckpoint(path("a.safetensors"), *model, config, state);

  // The checkpoint holds exactly the state_dict (PyTorch's strict load takes it); the momentum
  // lives in a.optim.safetensors.
  const SafeTensors file = readSafeTensors(path("a.safetensors"));
  EXPECT_EQ(file.metadata.at("epoch"), "3");
  EXPECT_EQ(file.metadata.at("status"), "running");
  EXPECT_EQ(file.metadata.at("learning_rate"), "0.9");
  EXPECT_EQ(file.metadata.at("weight_decay"), "0.001");
  EXPECT_EQ(file.metadata.at("lr_schedule"), "cosine");
  EXPECT_EQ(file.floats.size(), model->namedParameters().size());
  EXPECT_FALSE(file.floats.count("optimizer.momentum.0.weight"));
  const SafeTensors optimizer = readSafeTensors(path("a.optim.safetensors"));
  EXPECT_EQ(optimizer.metadata.at("epoch"), "3");
  EXPECT_EQ(optimizer.metadata.at("checkpoint"), "a.safetensors");
  EXPECT_TRUE(optimizer.floats.count("optimizer.momentum.0.weight"));

  auto other = buildModel(lenetConfig(5));
  const TrainingState back = loadTrainingCheckpoint(path("a.safetensors"), *other);
  EXPECT_EQ(parameterValues(*other), parameterValues(*model));
  EXPECT_EQ(back.epoch, 3);
  EXPECT_NEAR(*back.trainLoss, 0.4689, 1e-9);
  EXPECT_NEAR(*back.trainAccuracy, 0.823, 1e-9);
  EXPECT_NEAR(*back.testAccuracy, 0.779, 1e-9);
  EXPECT_NEAR(*back.testLoss, 0.55, 1e-9);
  ASSERT_TRUE(back.sgd.has_value());
  EXPECT_FLOAT_EQ(back.sgd->learningRate, 0.9f);
  EXPECT_FLOAT_EQ(back.sgd->momentum, 0.5f);
  EXPECT_FLOAT_EQ(back.sgd->weightDecay, 1e-3f);
  EXPECT_EQ(back.batchSize, 256);
  EXPECT_EQ(back.status, "running");
  EXPECT_EQ(back.lrSchedule, "cosine");
  EXPECT_EQ(back.command, "alexnet-lab train --model lenet");
  EXPECT_EQ(back.created, "2026-12-02T15:00:00Z");
  EXPECT_TRUE(back.optimizerNote.empty());
  ASSERT_EQ(back.momentumBuffers.size(), 1u);
  EXPECT_EQ(back.momentumBuffers.at("0.weight").toVector(), buffer.toVector());
}

TEST_F(TrainingCheckpointTest, OptimizerStatePathSitsBesideTheCheckpoint) {
  EXPECT_EQ(optimizerStatePath("runs/lenet.safetensors"), fs::path("runs/lenet.optim.safetensors"));
  EXPECT_EQ(optimizerStatePath("model"), fs::path("model.optim.safetensors"));
}

TEST_F(TrainingCheckpointTest, ReleaseZeroTwoFilesWithMomentumInsideStillResume) {
  const ModelConfig config = lenetConfig(4);
  auto model = buildModel(config);
  TrainingState state;
  state.epoch = 2;
  CheckpointOptions options = trainingCheckpointOptions(state);
  const Tensor buffer(model->namedParameters().front().parameter->value.shape(), 0.5f);
  options.extraTensors["optimizer.momentum.0.weight"] = buffer;  // how 0.2 wrote it
  saveCheckpoint(path("old.safetensors"), *model, config, options);

  auto other = buildModel(lenetConfig(5));
  const TrainingState back = loadTrainingCheckpoint(path("old.safetensors"), *other);
  EXPECT_EQ(parameterValues(*other), parameterValues(*model));
  ASSERT_EQ(back.momentumBuffers.size(), 1u);
  EXPECT_EQ(back.momentumBuffers.at("0.weight").toVector(), buffer.toVector());
}

TEST_F(TrainingCheckpointTest, AnOptimizerFileFromAnotherEpochIsIgnoredWithANote) {
  const ModelConfig config = lenetConfig(4);
  auto model = buildModel(config);
  TrainingState state;
  state.epoch = 4;
  state.momentumBuffers["0.weight"] = Tensor(model->namedParameters().front().parameter->value.shape(), 1.0f);
  saveTrainingCheckpoint(path("run.safetensors"), *model, config, state);
  // A crash after the optimizer file of epoch 4 but before its checkpoint: the checkpoint says 3.
  state.epoch = 3;
  saveCheckpoint(path("run.safetensors"), *model, config, trainingCheckpointOptions(state));

  const TrainingState back = loadTrainingCheckpoint(path("run.safetensors"), *model);
  EXPECT_EQ(back.epoch, 3);
  EXPECT_TRUE(back.momentumBuffers.empty());
  EXPECT_NE(back.optimizerNote.find("epoch 4"), std::string::npos) << back.optimizerNote;
}

TEST_F(TrainingCheckpointTest, PlainSgdRemovesAStaleOptimizerFile) {
  const ModelConfig config = lenetConfig(4);
  auto model = buildModel(config);
  TrainingState state;
  state.epoch = 1;
  state.momentumBuffers["0.weight"] = Tensor(model->namedParameters().front().parameter->value.shape(), 1.0f);
  saveTrainingCheckpoint(path("run.safetensors"), *model, config, state);
  ASSERT_TRUE(fs::exists(path("run.optim.safetensors")));
  state.momentumBuffers.clear();
  saveTrainingCheckpoint(path("run.safetensors"), *model, config, state);
  EXPECT_FALSE(fs::exists(path("run.optim.safetensors")));
}

TEST_F(TrainingCheckpointTest, ResumeFromAFileContinuesLikeAnUninterruptedRun) {
  const ImageSet train = testing::makeSquaresSet(96, 1);
  const ImageSet test = testing::makeSquaresSet(32, 2);
  const ModelConfig config = lenetConfig(21);

  auto straight = buildModel(config);
  Trainer(*straight, momentumConfig(3)).run(train, test, nullptr);

  {
    auto model = buildModel(config);
    Trainer trainer(*model, momentumConfig(2));
    const TrainResult r = trainer.run(train, test, nullptr);
    TrainingState state;
    state.epoch = r.epochsCompleted;
    state.sgd = momentumConfig(2).sgd;
    state.momentumBuffers = trainer.optimizer().momentumBuffers();
    ASSERT_FALSE(state.momentumBuffers.empty());
    saveTrainingCheckpoint(path("epoch2.safetensors"), *model, config, state);
  }
  auto resumed = buildModel(lenetConfig(99));  // other initial weights
  const TrainingState state = loadTrainingCheckpoint(path("epoch2.safetensors"), *resumed);
  EXPECT_EQ(state.epoch, 2);
  TrainConfig rest = momentumConfig(3);
  rest.startEpoch = state.epoch;
  Trainer trainer(*resumed, rest);
  trainer.optimizer().setMomentumBuffers(state.momentumBuffers);
  EXPECT_EQ(trainer.run(train, test, nullptr).epochsCompleted, 3);
  EXPECT_EQ(parameterValues(*resumed), parameterValues(*straight));
}

TEST_F(TrainingCheckpointTest, AFileWithoutTrainingMetadataStartsAtEpochZero) {
  const ModelConfig config = lenetConfig(0);
  auto model = buildModel(config);
  saveCheckpoint(path("plain.safetensors"), *model, config);
  const TrainingState state = loadTrainingCheckpoint(path("plain.safetensors"), *model);
  EXPECT_EQ(state.epoch, 0);
  EXPECT_FALSE(state.sgd.has_value());
  EXPECT_TRUE(state.momentumBuffers.empty());
}

TEST_F(TrainingCheckpointTest, MismatchedMomentumBufferIsRefusedAndTheModelKept) {
  const ModelConfig config = lenetConfig(1);
  auto model = buildModel(config);
  TrainingState state;
  state.epoch = 1;
  state.momentumBuffers["0.weight"] = Tensor({6, 1, 5, 4});  // the weight is (6, 1, 5, 5)
  saveTrainingCheckpoint(path("bad.safetensors"), *model, config, state);

  auto other = buildModel(lenetConfig(2));
  const auto before = parameterValues(*other);
  try {
    loadTrainingCheckpoint(path("bad.safetensors"), *other);
    FAIL() << "expected CheckpointError";
  } catch (const CheckpointError& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find("bad.optim.safetensors"), std::string::npos) << message;
    EXPECT_NE(message.find("0.weight"), std::string::npos) << message;
  }
  EXPECT_EQ(parameterValues(*other), before);
}

TEST_F(TrainingCheckpointTest, MalformedMetadataNamesTheFile) {
  const ModelConfig config = lenetConfig(0);
  auto model = buildModel(config);
  CheckpointOptions options;
  options.metadata["epoch"] = "three";
  saveCheckpoint(path("meta.safetensors"), *model, config, options);
  try {
    loadTrainingCheckpoint(path("meta.safetensors"), *model);
    FAIL() << "expected CheckpointError";
  } catch (const CheckpointError& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find("meta.safetensors"), std::string::npos) << message;
    EXPECT_NE(message.find("epoch"), std::string::npos) << message;
  }
}

}  // namespace
}  // namespace alexnet
