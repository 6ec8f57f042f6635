// core/exec/benchmark.h on LeNet with one repeat so the test stays short (`alexnet-lab bench`:
// tests/app/test_cli_bench.cpp). The figures themselves are machine-dependent; only their
// presence, sign and consistency are checked here (the targets live in docs/performance.md).
#include <gmock/gmock.h>

#include "alexnet/core/exec/benchmark.h"
#include "alexnet/core/models/model_config.h"

namespace alexnet {
namespace {

TEST(Benchmark, MedianOfOddAndEvenCounts) {
  EXPECT_DOUBLE_EQ(median({3.0, 1.0, 2.0}), 2.0);
  EXPECT_DOUBLE_EQ(median({4.0, 1.0, 3.0, 2.0}), 2.5);
  EXPECT_DOUBLE_EQ(median({}), 0.0);
}

TEST(Benchmark, ReportsEveryLayerAndTrainingOnlyWhenAsked) {
  ModelConfig config;
  config.kind = ModelKind::LeNet;
  auto model = buildModel(config);
  BenchmarkOptions options{
      .forwardBatch = 4, .trainBatch = 8, .latencyRepeats = 1, .throughputRepeats = 1, .trainRepeats = 1};
  const BenchmarkResult eval = runBenchmark(*model, options);
  EXPECT_FALSE(eval.trainImagesPerS.has_value());
  ASSERT_EQ(eval.layers.size(), model->size());
  EXPECT_GT(eval.forwardMsB1, 0.0);
  EXPECT_GT(eval.forwardImagesPerS, 0.0);
  EXPECT_GT(eval.peakRssMb, 1.0);
  EXPECT_EQ(eval.layers[0].name, "conv1");
  EXPECT_EQ(eval.layers[0].type, "Conv2d");
  EXPECT_EQ(eval.layers[0].flops, 2 * 6 * 28 * 28 * 25);
  for (const auto& layer : eval.layers) EXPECT_GE(layer.forwardMs, 0.0);  // their sum: tests/timing

  options.train = true;
  const BenchmarkResult train = runBenchmark(*model, options);
  ASSERT_TRUE(train.trainImagesPerS.has_value());
  EXPECT_GT(*train.trainImagesPerS, 0.0);
  EXPECT_EQ(train.trainBatch, 8);
  EXPECT_TRUE(train.layers[0].trainBackwardMs.has_value());
}

}  // namespace
}  // namespace alexnet
