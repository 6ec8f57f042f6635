// predictTestSet / confusionMatrix / cellPredictions: the per-image predictions the Evaluate screen
// draws its confusion matrix and galleries from, against a brute-force loop and evaluate().
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cmath>

#include "alexnet/core/models/model_config.h"
#include "alexnet/core/train/cross_entropy.h"
#include "alexnet/core/train/test_predictions.h"
#include "alexnet/core/train/trainer.h"
#include "core/trainer_test_data.h"

namespace alexnet {
namespace {

std::unique_ptr<Sequential> trainedLeNet(const ImageSet& data) {
  ModelConfig config;
  config.kind = ModelKind::LeNet;
  config.seed = 2;
  auto model = buildModel(config);
  Trainer(*model, TrainConfig{.epochs = 1, .batchSize = 8, .sgd = {.learningRate = 0.5f}})
      .run(data, ImageSet{}, nullptr);
  return model;
}

TestPredictionOptions inBatchesOf(std::int64_t batchSize) {
  TestPredictionOptions options;
  options.batchSize = batchSize;
  return options;
}

// Each image through the network on its own: its argmax and softmax probability, tallied by
// (true, predicted); the batched predictions and their confusion matrix must agree exactly.
TEST(TestPredictions, ConfusionEqualsABruteForceCountAndEvaluate) {
  const ImageSet data = testing::makeSquaresSet(43, 7);
  auto model = trainedLeNet(data);
  const TestPredictions predictions = predictTestSet(*model, data, inBatchesOf(10));  // 10, 10, 10, 10, 3
  ASSERT_EQ(predictions.items.size(), 43u);
  EXPECT_EQ(predictions.classes, 10);
  EXPECT_FALSE(predictions.cancelled);

  std::vector<std::vector<std::int64_t>> brute(10, std::vector<std::int64_t>(10, 0));
  for (std::int64_t i = 0; i < data.count; ++i) {
    const Tensor logits = model->forward(data.batch(i, 1), Mode::Eval);  // (1, 10)
    const std::int64_t predicted = std::max_element(logits.data(), logits.data() + 10) - logits.data();
    const Tensor probabilities = softmax(logits);  // (1, 10)
    const TestPrediction& item = predictions.items[static_cast<std::size_t>(i)];
    EXPECT_EQ(item.index, i);
    EXPECT_EQ(item.label, data.labels[static_cast<std::size_t>(i)]);
    EXPECT_EQ(item.predicted, predicted) << "image " << i;
    EXPECT_NEAR(item.confidence, probabilities.data()[predicted], 1e-5f) << "image " << i;
    ++brute[data.labels[static_cast<std::size_t>(i)]][static_cast<std::size_t>(predicted)];
  }
  const auto confusion = confusionMatrix(predictions);
  EXPECT_EQ(confusion, brute);
  EXPECT_EQ(confusion, evaluate(*model, data, 16).confusion);
  std::int64_t diagonal = 0;
  for (std::size_t t = 0; t < 10; ++t) diagonal += confusion[t][t];
  EXPECT_DOUBLE_EQ(predictionAccuracy(predictions), static_cast<double>(diagonal) / 43.0);
}

TEST(TestPredictions, ACellListsItsImagesMostConfidentFirst) {
  TestPredictions predictions;
  predictions.classes = 10;
  predictions.items = {{.index = 0, .label = 0, .predicted = 6, .confidence = 0.4f},
                       {.index = 1, .label = 0, .predicted = 0, .confidence = 0.9f},
                       {.index = 2, .label = 0, .predicted = 6, .confidence = 0.8f},
                       {.index = 3, .label = 6, .predicted = 0, .confidence = 0.7f},
                       {.index = 4, .label = 0, .predicted = 6, .confidence = 0.4f},
                       {.index = 5, .label = 0, .predicted = 6, .confidence = 0.95f}};
  const std::vector<TestPrediction> cell = cellPredictions(predictions, 0, 6);
  std::vector<std::int64_t> order;
  for (const TestPrediction& item : cell) order.push_back(item.index);
  EXPECT_EQ(order, (std::vector<std::int64_t>{5, 2, 0, 4}));  // 0.95, 0.8, then the tie in index order
  EXPECT_TRUE(cellPredictions(predictions, 9, 9).empty());
  const auto confusion = confusionMatrix(predictions);
  EXPECT_EQ(confusion[0][6], 4);
  EXPECT_EQ(confusion[0][0], 1);
  EXPECT_EQ(confusion[6][0], 1);
}

TEST(TestPredictions, ProgressCountsImagesAndFalseCancels) {
  const ImageSet data = testing::makeSquaresSet(25, 3);
  auto model = trainedLeNet(data);
  std::vector<std::int64_t> reported;
  const TestPredictions all = predictTestSet(*model, data, {.batchSize = 10, .onProgress = [&](auto done, auto total) {
                                                              EXPECT_EQ(total, 25);
                                                              reported.push_back(done);
                                                              return true;
                                                            }});
  EXPECT_EQ(reported, (std::vector<std::int64_t>{10, 20, 25}));
  EXPECT_FALSE(all.cancelled);

  const TestPredictions cut =
      predictTestSet(*model, data, {.batchSize = 10, .onProgress = [](auto done, auto) { return done < 10; }});
  EXPECT_TRUE(cut.cancelled);
  EXPECT_EQ(cut.items.size(), 10u);  // the first minibatch only
  EXPECT_EQ(cut.total, 25);

  std::atomic<bool> stop{true};
  TestPredictionOptions stopped = inBatchesOf(10);
  stopped.stopRequested = &stop;
  const TestPredictions none = predictTestSet(*model, data, stopped);
  EXPECT_TRUE(none.cancelled);
  EXPECT_TRUE(none.items.empty());
}

TEST(TestPredictions, RefusesABadBatchAndOutOfRangeClasses) {
  const ImageSet data = testing::makeSquaresSet(4, 1);
  auto model = trainedLeNet(data);
  EXPECT_THROW(predictTestSet(*model, data, inBatchesOf(0)), std::invalid_argument);
  TestPredictions bad;
  bad.classes = 10;
  bad.items = {{.index = 3, .label = 2, .predicted = 10, .confidence = 1.0f}};
  try {
    confusionMatrix(bad);
    FAIL() << "expected out_of_range";
  } catch (const std::out_of_range& error) {
    EXPECT_NE(std::string(error.what()).find("test image 3"), std::string::npos) << error.what();
  }
}

}  // namespace
}  // namespace alexnet
