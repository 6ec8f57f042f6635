// Learning-rate schedules: the cosine values, parsing, and the trainer applying the rate per epoch
// (a 2-epoch cosine run equals epoch 1 at lr then epoch 2 at lr/2, run as a resume).
#include "alexnet/core/train/lr_schedule.h"

#include <gtest/gtest.h>

#include "alexnet/core/models/model_config.h"
#include "alexnet/core/train/trainer.h"
#include "core/trainer_test_data.h"

namespace alexnet {
namespace {

TEST(LrSchedule, ConstantKeepsTheRate) {
  for (std::int64_t e = 0; e < 5; ++e) EXPECT_FLOAT_EQ(learningRateAt(0.9f, LrSchedule::Constant, e, 5), 0.9f);
}

TEST(LrSchedule, CosineFollowsPyTorchsCosineAnnealingStepPerEpoch) {
  // torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=4): 0.1, 0.085355, 0.05, 0.014645
  EXPECT_FLOAT_EQ(learningRateAt(0.1f, LrSchedule::Cosine, 0, 4), 0.1f);
  EXPECT_NEAR(learningRateAt(0.1f, LrSchedule::Cosine, 1, 4), 0.0853553, 1e-7);
  EXPECT_NEAR(learningRateAt(0.1f, LrSchedule::Cosine, 2, 4), 0.05, 1e-7);
  EXPECT_NEAR(learningRateAt(0.1f, LrSchedule::Cosine, 3, 4), 0.0146447, 1e-7);
}

TEST(LrSchedule, NamesRoundTripAndUnknownIsRefused) {
  EXPECT_EQ(parseLrSchedule("cosine"), LrSchedule::Cosine);
  EXPECT_EQ(parseLrSchedule("constant"), LrSchedule::Constant);
  EXPECT_EQ(parseLrSchedule(""), LrSchedule::Constant);  // files written before schedules existed
  EXPECT_FALSE(parseLrSchedule("step").has_value());
  EXPECT_EQ(lrScheduleName(LrSchedule::Cosine), "cosine");
}

std::vector<std::vector<float>> parameterValues(Sequential& model) {
  std::vector<std::vector<float>> values;
  for (const NamedParameter& p : model.namedParameters()) values.push_back(p.parameter->value.toVector());
  return values;
}

TEST(LrSchedule, TheTrainerSetsTheRateAtEveryEpoch) {
  const ImageSet train = testing::makeSquaresSet(64, 1);
  const ImageSet test = testing::makeSquaresSet(16, 2);
  ModelConfig model;
  model.kind = ModelKind::LeNet;
  model.seed = 3;
  TrainConfig config;
  config.batchSize = 16;
  config.sgd = {.learningRate = 0.4f, .momentum = 0.9f};
  config.seed = 5;

  auto cosine = buildModel(model);
  TrainConfig cosineConfig = config;
  cosineConfig.epochs = 2;
  cosineConfig.lrSchedule = LrSchedule::Cosine;
  Trainer(*cosine, cosineConfig).run(train, test, nullptr);

  auto byHand = buildModel(model);
  TrainConfig first = config;
  first.epochs = 1;
  Trainer firstTrainer(*byHand, first);
  firstTrainer.run(train, test, nullptr);
  TrainConfig second = config;
  second.epochs = 2;
  second.startEpoch = 1;
  second.sgd.learningRate = 0.2f;  // ½·(1 + cos(π/2)) = ½
  Trainer secondTrainer(*byHand, second);
  secondTrainer.optimizer().setMomentumBuffers(firstTrainer.optimizer().momentumBuffers());
  secondTrainer.run(train, test, nullptr);

  EXPECT_EQ(parameterValues(*cosine), parameterValues(*byHand));
  // And the schedule matters: a constant-rate run ends elsewhere.
  auto constant = buildModel(model);
  TrainConfig constantConfig = config;
  constantConfig.epochs = 2;
  Trainer(*constant, constantConfig).run(train, test, nullptr);
  EXPECT_NE(parameterValues(*cosine), parameterValues(*constant));
}

}  // namespace
}  // namespace alexnet
