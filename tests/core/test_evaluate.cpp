// evaluate(): accuracy, loss and the confusion matrix (rows true class, columns predicted) that
// `alexnet-lab evaluate --json` reports, against a brute-force count.
#include <gtest/gtest.h>

#include <algorithm>

#include "alexnet/core/models/model_config.h"
#include "alexnet/core/train/trainer.h"
#include "core/trainer_test_data.h"

namespace alexnet {
namespace {

// evaluate()'s confusion matrix against a brute-force count: each image through the network on its
// own, its argmax tallied by (true, predicted); the diagonal over the total is the accuracy.
TEST(Evaluate, ConfusionMatrixEqualsABruteForceCount) {
  const ImageSet data = testing::makeSquaresSet(37, 5);
  ModelConfig config;
  config.kind = ModelKind::LeNet;
  config.seed = 2;
  auto model = buildModel(config);
  Trainer(*model, TrainConfig{.epochs = 1, .batchSize = 8, .sgd = {.learningRate = 0.5f}})
      .run(data, ImageSet{}, nullptr);
  const EvaluationResult result = evaluate(*model, data, 10);  // batches of 10, 10, 10, 7

  std::vector<std::vector<std::int64_t>> brute(10, std::vector<std::int64_t>(10, 0));
  for (std::int64_t i = 0; i < data.count; ++i) {
    const Tensor logits = model->forward(data.batch(i, 1), Mode::Eval);  // (1, 10)
    const std::int64_t predicted = std::max_element(logits.data(), logits.data() + 10) - logits.data();
    ++brute[data.labels[static_cast<std::size_t>(i)]][static_cast<std::size_t>(predicted)];
  }
  EXPECT_EQ(result.confusion, brute);
  std::int64_t diagonal = 0, total = 0;
  for (std::size_t t = 0; t < 10; ++t)
    for (std::size_t p = 0; p < 10; ++p) {
      total += result.confusion[t][p];
      if (t == p) diagonal += result.confusion[t][p];
    }
  EXPECT_EQ(total, 37);
  EXPECT_DOUBLE_EQ(result.accuracy, static_cast<double>(diagonal) / 37.0);
  const std::vector<double> perClass = perClassAccuracy(result.confusion);
  ASSERT_EQ(perClass.size(), 10u);
  for (std::size_t t = 0; t < 10; ++t) {
    std::int64_t row = 0;
    for (std::int64_t c : result.confusion[t]) row += c;
    EXPECT_DOUBLE_EQ(perClass[t], row ? static_cast<double>(result.confusion[t][t]) / static_cast<double>(row) : 0.0);
  }
}

}  // namespace
}  // namespace alexnet
