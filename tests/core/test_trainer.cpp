// Trainer: d2l train_ch6 semantics on small in-memory sets (a few seconds in all).
#include "alexnet/core/train/trainer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <limits>
#include <thread>
#include <vector>

#include "alexnet/core/layers/conv2d.h"
#include "alexnet/core/layers/flatten.h"
#include "alexnet/core/layers/linear.h"
#include "alexnet/core/layers/max_pool2d.h"
#include "alexnet/core/layers/relu.h"
#include "alexnet/core/models/lenet.h"
#include "alexnet/core/models/init.h"
#include "alexnet/core/models/model_config.h"
#include "core/trainer_test_data.h"

namespace alexnet {
namespace {

using testing::makeSquaresSet;

std::unique_ptr<Sequential> smallLeNet(std::uint64_t seed = 7, std::int64_t inputSize = 28) {
  auto model = lenet({.inputSize = inputSize});
  initializeXavier(*model, seed);
  return model;
}

// A small ReLU CNN: learns the squares in a few dozen steps (d2l's sigmoid LeNet needs hundreds
// before its loss leaves 2.3, too slow for a unit test), and explodes under a huge learning rate.
std::unique_ptr<Sequential> smallReluNet(std::uint64_t seed = 7) {
  auto model = std::make_unique<Sequential>(Shape{1, 1, 28, 28});
  model->emplace<Conv2d>(Conv2dOptions{.inChannels = 1, .outChannels = 8, .kernelSize = 5, .padding = 2});
  model->emplace<ReLU>();                                        // (N, 8, 28, 28)
  model->emplace<MaxPool2d>(MaxPool2dOptions{.kernelSize = 4});  // (N, 8, 7, 7)
  model->emplace<Flatten>();                                     // (N, 392)
  model->emplace<Linear>(LinearOptions{.inFeatures = 8 * 7 * 7, .outFeatures = 10});
  initializeXavier(*model, seed);
  return model;
}

std::vector<std::vector<float>> parameterValues(Sequential& model) {
  std::vector<std::vector<float>> values;
  for (const NamedParameter& p : model.namedParameters()) values.push_back(p.parameter->value.toVector());
  return values;
}

TrainConfig quickConfig(std::int64_t epochs) {
  TrainConfig config;
  config.epochs = epochs;
  config.batchSize = 32;
  config.sgd = {.learningRate = 0.9f, .momentum = 0.9f};
  config.seed = 3;
  config.reportsPerEpoch = 4;
  return config;
}

// Passes its input through, but returns NaN logits on the `trigger`-th training forward (1-based).
class NanInjector : public Layer {
 public:
  explicit NanInjector(int trigger) : m_trigger(trigger) {}
  std::string_view typeName() const override { return "NanInjector"; }
  std::string repr() const override { return "NanInjector()"; }
  Shape outputShape(const Shape& in) const override { return in; }
  Tensor forward(const Tensor& x, Mode mode) override {
    Tensor y = x;
    if (mode == Mode::Train && ++m_calls == m_trigger) y[0] = std::numeric_limits<float>::quiet_NaN();
    return y;
  }
  Tensor backward(const Tensor& gradOut) override { return gradOut; }

 private:
  int m_trigger;
  int m_calls = 0;
};

TEST(Trainer, LossFallsAndTestAccuracyBeatsChance) {
  const ImageSet train = makeSquaresSet(512, 1);
  const ImageSet test = makeSquaresSet(256, 2);
  auto model = smallReluNet();
  TrainConfig config = quickConfig(2);
  config.sgd = {.learningRate = 0.05f};
  Trainer trainer(*model, config);
  std::vector<TrainProgress> epochEnds;
  const TrainResult result = trainer.run(train, test, [&](const TrainProgress& p) {
    if (p.kind == ProgressKind::EpochEnd) epochEnds.push_back(p);
    return true;
  });
  ASSERT_EQ(result.status, TrainStatus::Finished) << result.message;
  EXPECT_EQ(result.epochsCompleted, 2);
  ASSERT_EQ(epochEnds.size(), 2u);
  EXPECT_LT(epochEnds.back().trainLoss, 0.7 * epochEnds.front().trainLoss);
  ASSERT_TRUE(epochEnds.back().testAccuracy.has_value());
  EXPECT_GT(*epochEnds.back().testAccuracy, 0.5);  // chance is 0.1
  EXPECT_TRUE(std::isfinite(*epochEnds.back().testLoss));
  // The test metrics reported are those evaluate() computes on the final parameters.
  const EvaluationResult eval = evaluate(*model, test, 100);
  EXPECT_EQ(eval.examples, 256);
  EXPECT_NEAR(eval.accuracy, *epochEnds.back().testAccuracy, 1e-12);
  EXPECT_NEAR(eval.loss, *epochEnds.back().testLoss, 1e-5);
}

TEST(Trainer, ReportsStepsReportsAndEpochEnds) {
  const ImageSet train = makeSquaresSet(500, 1);  // 16 batches of 32, the last one of 20
  const ImageSet test = makeSquaresSet(64, 2);
  auto model = smallReluNet();
  TrainConfig config = quickConfig(2);
  config.sgd = {.learningRate = 0.05f};
  Trainer trainer(*model, config);
  int steps = 0, reports = 0, epochEnds = 0;
  double lastFraction = 0.0;
  const TrainResult result = trainer.run(train, test, [&](const TrainProgress& p) {
    EXPECT_EQ(p.batchesPerEpoch, 16);
    EXPECT_EQ(p.epochs, 2);
    EXPECT_GT(p.epochFraction, lastFraction);
    EXPECT_DOUBLE_EQ(p.epochFraction, static_cast<double>(p.epoch) + static_cast<double>(p.batch) / 16.0);
    lastFraction = p.epochFraction;
    EXPECT_GE(p.trainAccuracy, 0.0);
    EXPECT_LE(p.trainAccuracy, 1.0);
    switch (p.kind) {
      case ProgressKind::Step:
        ++steps;
        EXPECT_FALSE(p.testAccuracy);
        break;
      case ProgressKind::Report:
        ++reports;
        EXPECT_FALSE(p.testAccuracy);
        break;
      case ProgressKind::EpochEnd:
        ++epochEnds;
        EXPECT_TRUE(p.testAccuracy);
        EXPECT_EQ(p.batch, 16);
        break;
    }
    return true;
  });
  ASSERT_EQ(result.status, TrainStatus::Finished);
  EXPECT_EQ(reports, 2 * 3);           // reportsPerEpoch − 1 before each epoch's end
  EXPECT_EQ(steps + reports, 2 * 15);  // every minibatch but the last, which ends in EpochEnd
  EXPECT_EQ(epochEnds, 2);
  EXPECT_DOUBLE_EQ(lastFraction, 2.0);
  EXPECT_EQ(result.last.examplesSeen, 1000);
  EXPECT_GT(result.last.examplesPerSecond, 0.0);
}

TEST(Trainer, CancelStopsAfterTheCurrentMinibatch) {
  const ImageSet train = makeSquaresSet(512, 1);
  const ImageSet test = makeSquaresSet(64, 2);
  auto model = smallLeNet();
  Trainer trainer(*model, quickConfig(3));
  int calls = 0;
  const auto start = std::chrono::steady_clock::now();
  const TrainResult result = trainer.run(train, test, [&](const TrainProgress&) { return ++calls < 2; });
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(result.status, TrainStatus::Cancelled);
  EXPECT_EQ(calls, 2);
  EXPECT_EQ(result.last.batch, 2);
  EXPECT_EQ(result.epochsCompleted, 0);
  EXPECT_NE(result.message.find("cancelled"), std::string::npos);
  EXPECT_LT(seconds, 2.0);
}

TEST(Trainer, CancelAtAnEpochEndKeepsTheCompletedEpochs) {
  const ImageSet train = makeSquaresSet(128, 1);
  const ImageSet test = makeSquaresSet(32, 2);
  auto model = smallLeNet();
  Trainer trainer(*model, quickConfig(3));
  const TrainResult result =
      trainer.run(train, test, [](const TrainProgress& p) { return p.kind != ProgressKind::EpochEnd; });
  EXPECT_EQ(result.status, TrainStatus::Cancelled);
  EXPECT_EQ(result.epochsCompleted, 1);
  EXPECT_TRUE(result.last.testAccuracy.has_value());
}

TEST(Trainer, NanLossStopsAndRestoresTheLastEpochEnd) {
  const ImageSet train = makeSquaresSet(128, 1);  // 4 batches per epoch
  const ImageSet test = makeSquaresSet(32, 2);
  auto model = smallLeNet();
  model->add(std::make_unique<NanInjector>(4 + 3));  // epoch 2, batch 3
  Trainer trainer(*model, quickConfig(3));
  std::vector<std::vector<float>> atEpochEnd;
  std::map<std::string, Tensor> momentumAtEpochEnd;
  const TrainResult result = trainer.run(train, test, [&](const TrainProgress& p) {
    if (p.kind == ProgressKind::EpochEnd) {
      atEpochEnd = parameterValues(*model);
      momentumAtEpochEnd = trainer.optimizer().momentumBuffers();
    }
    return true;
  });
  ASSERT_EQ(result.status, TrainStatus::Diverged);
  EXPECT_NE(result.message.find("NaN"), std::string::npos) << result.message;
  EXPECT_NE(result.message.find("epoch 2, batch 3"), std::string::npos) << result.message;
  EXPECT_NE(result.message.find("end of epoch 1"), std::string::npos) << result.message;
  EXPECT_TRUE(result.restoredLastGoodState);
  EXPECT_EQ(result.epochsCompleted, 1);
  ASSERT_FALSE(atEpochEnd.empty());
  EXPECT_EQ(parameterValues(*model), atEpochEnd);  // not the weights of epoch 2's two good steps
  ASSERT_EQ(trainer.optimizer().momentumBuffers().size(), momentumAtEpochEnd.size());
  for (const auto& [key, buffer] : momentumAtEpochEnd)
    EXPECT_EQ(trainer.optimizer().momentumBuffers().at(key).toVector(), buffer.toVector()) << key;
}

TEST(Trainer, HugeLearningRateDivergesWithAClearMessage) {
  const ImageSet train = makeSquaresSet(256, 1);
  const ImageSet test = makeSquaresSet(32, 2);
  auto model = smallReluNet();
  const auto initial = parameterValues(*model);
  TrainConfig config = quickConfig(3);
  config.sgd = {.learningRate = 1e30f};
  Trainer trainer(*model, config);
  const TrainResult result = trainer.run(train, test, nullptr);
  ASSERT_EQ(result.status, TrainStatus::Diverged);
  EXPECT_NE(result.message.find("became"), std::string::npos) << result.message;
  EXPECT_NE(result.message.find("learning rate 1e+30"), std::string::npos) << result.message;
  EXPECT_NE(result.message.find("initial values"), std::string::npos) << result.message;
  EXPECT_EQ(result.epochsCompleted, 0);
  EXPECT_EQ(parameterValues(*model), initial);
  for (const auto& values : parameterValues(*model))
    for (float v : values) ASSERT_TRUE(std::isfinite(v));
}

TEST(Trainer, DeterministicForASeed) {
  const ImageSet train = makeSquaresSet(256, 1);
  const ImageSet test = makeSquaresSet(32, 2);
  auto runOnce = [&](std::uint64_t shuffleSeed) {
    auto model = smallReluNet(11);
    TrainConfig config = quickConfig(2);
    config.sgd = {.learningRate = 0.05f, .momentum = 0.5f};
    config.seed = shuffleSeed;
    Trainer trainer(*model, config);
    std::vector<double> losses;
    trainer.run(train, test, [&](const TrainProgress& p) {
      losses.push_back(p.trainLoss);
      return true;
    });
    return std::make_pair(parameterValues(*model), losses);
  };
  const auto a = runOnce(5);
  const auto b = runOnce(5);
  const auto c = runOnce(6);
  EXPECT_EQ(a.first, b.first);
  EXPECT_EQ(a.second, b.second);
  EXPECT_NE(a.first, c.first);  // another shuffling order
}

TEST(Trainer, ResumingContinuesTheEpochCountExactly) {
  const ImageSet train = makeSquaresSet(128, 1);
  const ImageSet test = makeSquaresSet(32, 2);
  auto straight = smallLeNet(13);
  Trainer(*straight, quickConfig(3)).run(train, test, nullptr);

  auto resumed = smallLeNet(13);
  Trainer first(*resumed, quickConfig(2));
  ASSERT_EQ(first.run(train, test, nullptr).epochsCompleted, 2);
  TrainConfig rest = quickConfig(3);
  rest.startEpoch = 2;
  Trainer second(*resumed, rest);
  second.optimizer().setMomentumBuffers(first.optimizer().momentumBuffers());
  std::vector<std::int64_t> epochsSeen;
  const TrainResult result = second.run(train, test, [&](const TrainProgress& p) {
    if (p.kind == ProgressKind::EpochEnd) epochsSeen.push_back(p.epoch);
    return true;
  });
  EXPECT_EQ(result.status, TrainStatus::Finished);
  EXPECT_EQ(result.epochsCompleted, 3);
  EXPECT_EQ(epochsSeen, std::vector<std::int64_t>{2});
  EXPECT_EQ(parameterValues(*resumed), parameterValues(*straight));
}

TEST(Trainer, ResizesTheImagesToTheModelInput) {
  const ImageSet train = makeSquaresSet(64, 1);
  const ImageSet test = makeSquaresSet(32, 2);
  auto model = smallLeNet(7, 32);  // (N, 1, 32, 32): every batch is resized from 28×28
  Trainer trainer(*model, quickConfig(1));
  const TrainResult result = trainer.run(train, test, nullptr);
  EXPECT_EQ(result.status, TrainStatus::Finished) << result.message;
  EXPECT_TRUE(result.last.testAccuracy.has_value());
  const EvaluationResult eval = evaluate(*model, test);
  EXPECT_EQ(eval.examples, 32);
}

TEST(Trainer, CallbackTimeIsNotCountedAsTraining) {
  const ImageSet train = makeSquaresSet(64, 1);
  const ImageSet test = makeSquaresSet(16, 2);
  auto model = smallLeNet();
  Trainer trainer(*model, quickConfig(1));
  int calls = 0;
  const auto start = std::chrono::steady_clock::now();
  const TrainResult result = trainer.run(train, test, [&](const TrainProgress&) {
    ++calls;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));  // a paused GUI
    return true;
  });
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(result.status, TrainStatus::Finished);
  EXPECT_LT(result.last.elapsedSeconds, wall - 0.09 * calls);
}

// Sets a stop flag on its `trigger`-th training forward (1-based), as a GUI thread would mid-batch.
class StopRequester : public Layer {
 public:
  StopRequester(int trigger, std::atomic<bool>& flag) : m_trigger(trigger), m_flag(&flag) {}
  std::string_view typeName() const override { return "StopRequester"; }
  std::string repr() const override { return "StopRequester()"; }
  Shape outputShape(const Shape& in) const override { return in; }
  Tensor forward(const Tensor& x, Mode mode) override {
    if (mode == Mode::Train && ++m_calls == m_trigger) m_flag->store(true);
    return x;
  }
  Tensor backward(const Tensor& gradOut) override { return gradOut; }

 private:
  int m_trigger;
  std::atomic<bool>* m_flag;
  int m_calls = 0;
};

TEST(Trainer, ChunkedMinibatchesGiveTheSameStep) {
  const ImageSet train = makeSquaresSet(96, 1);
  const ImageSet test = makeSquaresSet(16, 2);
  auto whole = smallReluNet(5);
  auto chunked = smallReluNet(5);
  TrainConfig config = quickConfig(1);
  config.sgd = {.learningRate = 0.05f};
  Trainer(*whole, config).run(train, test, nullptr);
  config.chunkSize = 10;  // 32 = 10 + 10 + 10 + 2
  Trainer(*chunked, config).run(train, test, nullptr);
  const auto a = parameterValues(*whole);
  const auto b = parameterValues(*chunked);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t p = 0; p < a.size(); ++p) {
    float scale = 0.0f, diff = 0.0f;
    for (std::size_t i = 0; i < a[p].size(); ++i) {
      scale = std::max(scale, std::fabs(a[p][i]));
      diff = std::max(diff, std::fabs(a[p][i] - b[p][i]));
    }
    EXPECT_LE(diff, 1e-4f * scale) << "parameter " << p;
  }
  EXPECT_NE(a, parameterValues(*smallReluNet(5)));  // training did move the parameters
}

TEST(Trainer, AStopRequestInterruptsAMinibatchBetweenChunks) {
  const ImageSet train = makeSquaresSet(128, 1);
  const ImageSet test = makeSquaresSet(16, 2);
  std::atomic<bool> stop{false};
  auto model = smallReluNet();
  model->add(std::make_unique<StopRequester>(4 + 2, stop));  // batch 2, its second chunk of 8
  TrainConfig config = quickConfig(1);
  config.sgd = {.learningRate = 0.05f};
  config.chunkSize = 8;
  config.stopRequested = &stop;
  Trainer trainer(*model, config);
  std::vector<std::vector<float>> afterFirstBatch;
  const TrainResult result = trainer.run(train, test, [&](const TrainProgress& p) {
    if (p.batch == 1) afterFirstBatch = parameterValues(*model);
    return true;
  });
  EXPECT_EQ(result.status, TrainStatus::Cancelled);
  EXPECT_EQ(result.last.batch, 1);
  EXPECT_NE(result.message.find("batch 2 was interrupted"), std::string::npos) << result.message;
  EXPECT_EQ(parameterValues(*model), afterFirstBatch);  // the half-done minibatch left no trace
}

// Sets the stop flag at its `trigger`-th Mode::Eval forward and counts them.
class EvalStopRequester : public Layer {
 public:
  EvalStopRequester(int trigger, std::atomic<bool>& flag) : m_trigger(trigger), m_flag(&flag) {}
  std::string_view typeName() const override { return "EvalStopRequester"; }
  std::string repr() const override { return "EvalStopRequester()"; }
  Shape outputShape(const Shape& in) const override { return in; }
  Tensor forward(const Tensor& x, Mode mode) override {
    if (mode == Mode::Eval && ++m_calls == m_trigger) m_flag->store(true);
    return x;
  }
  Tensor backward(const Tensor& gradOut) override { return gradOut; }
  int calls() const { return m_calls; }

 private:
  int m_trigger;
  std::atomic<bool>* m_flag;
  int m_calls = 0;
};

// With a chunkSize the epoch's test evaluation runs in chunks, and Stop lands between them: a big
// model does not make Stop wait for a whole evaluation (the GUI promises Stop within 1 s).
TEST(Trainer, AStopRequestEndsTheTestEvaluationBetweenChunks) {
  const ImageSet train = makeSquaresSet(32, 1);
  const ImageSet test = makeSquaresSet(64, 2);
  std::atomic<bool> stop{false};
  auto model = smallReluNet();
  auto& counter = static_cast<EvalStopRequester&>(model->add(std::make_unique<EvalStopRequester>(2, stop)));
  TrainConfig config = quickConfig(2);
  config.chunkSize = 8;  // evaluation in 8 chunks of 8
  config.stopRequested = &stop;
  Trainer trainer(*model, config);
  const TrainResult result = trainer.run(train, test, nullptr);
  EXPECT_EQ(result.status, TrainStatus::Cancelled);
  EXPECT_NE(result.message.find("test evaluation after epoch 1"), std::string::npos) << result.message;
  EXPECT_EQ(result.epochsCompleted, 0);
  EXPECT_EQ(counter.calls(), 2);  // not all 8 chunks

  stop = true;
  const EvaluationResult eval = evaluate(*model, test, 8, &stop);
  EXPECT_TRUE(eval.cancelled);
  stop = false;
  const EvaluationResult full = evaluate(*model, test, 8, &stop);
  EXPECT_FALSE(full.cancelled);
  EXPECT_EQ(full.examples, 64);
}

TEST(Trainer, RejectsAModelThatCannotReadFashionMnist) {
  Sequential rgb({1, 3, 28, 28});
  rgb.emplace<Flatten>();
  rgb.emplace<Linear>(LinearOptions{.inFeatures = 3 * 28 * 28, .outFeatures = 10});
  const ImageSet data = makeSquaresSet(8, 1);
  Trainer trainer(rgb, quickConfig(1));
  try {
    trainer.run(data, data, nullptr);
    FAIL() << "expected std::invalid_argument";
  } catch (const std::invalid_argument& error) {
    EXPECT_NE(std::string(error.what()).find("1 channel"), std::string::npos) << error.what();
  }
}

TEST(Trainer, RejectsBadConfigurations) {
  auto model = smallLeNet();
  TrainConfig config = quickConfig(1);
  config.batchSize = 0;
  EXPECT_THROW(Trainer(*model, config), std::invalid_argument);
  config = quickConfig(1);
  config.sgd.learningRate = -1.0f;
  EXPECT_THROW(Trainer(*model, config), std::invalid_argument);
  config = quickConfig(1);
  config.sgd.momentum = 1.0f;
  EXPECT_THROW(Trainer(*model, config), std::invalid_argument);
}

}  // namespace
}  // namespace alexnet
