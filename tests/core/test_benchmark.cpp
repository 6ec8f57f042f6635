// core/exec/benchmark.h and `alexnet-lab bench --json` (PRODUCT.md §3 fields), on LeNet with one
// repeat so the test stays short. The figures themselves are machine-dependent; only their
// presence, sign and consistency are checked here (the targets live in docs/performance.md).
#include <gmock/gmock.h>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>

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
  BenchmarkOptions options{.forwardBatch = 4, .trainBatch = 8, .latencyRepeats = 1, .throughputRepeats = 1,
                           .trainRepeats = 1};
  const BenchmarkResult eval = runBenchmark(*model, options);
  EXPECT_FALSE(eval.trainImagesPerS.has_value());
  ASSERT_EQ(eval.layers.size(), model->size());
  EXPECT_GT(eval.forwardMsB1, 0.0);
  EXPECT_GT(eval.forwardImagesPerS, 0.0);
  EXPECT_GT(eval.peakRssMb, 1.0);
  EXPECT_EQ(eval.layers[0].name, "conv1");
  EXPECT_EQ(eval.layers[0].type, "Conv2d");
  EXPECT_EQ(eval.layers[0].flops, 2 * 6 * 28 * 28 * 25);
  double sum = 0.0;
  for (const auto& layer : eval.layers) sum += layer.forwardMs;
  EXPECT_LE(sum, eval.forwardMsB1 * 1.5 + 0.05);  // layer medians add up to about the total

  options.train = true;
  const BenchmarkResult train = runBenchmark(*model, options);
  ASSERT_TRUE(train.trainImagesPerS.has_value());
  EXPECT_GT(*train.trainImagesPerS, 0.0);
  EXPECT_EQ(train.trainBatch, 8);
  EXPECT_TRUE(train.layers[0].trainBackwardMs.has_value());
}

std::string runApp(const std::string& arguments, int* status) {
  std::string output;
  const std::string command = std::string(ALEXNET_APP_PATH) + " " + arguments + " 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  std::array<char, 4096> buffer{};
  while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) output.append(buffer.data(), n);
  const int raw = ::pclose(pipe);
  *status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return output;
}

TEST(CliBench, JsonHasTheProductFields) {
  int status = -1;
  const std::string out = runApp("bench --model lenet --json --repeats 1 --threads 1 --batch 16", &status);
  ASSERT_EQ(status, 0) << out;
  const auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j.at("model"), "lenet");
  EXPECT_EQ(j.at("threads"), 1);
  EXPECT_GT(j.at("forward_ms_b1").get<double>(), 0.0);
  EXPECT_GT(j.at("forward_images_per_s").get<double>(), 0.0);
  EXPECT_TRUE(j.at("train_images_per_s").is_null());  // not measured without --train
  EXPECT_EQ(j.at("train_batch"), 16);
  EXPECT_GT(j.at("peak_rss_mb").get<double>(), 0.0);
  ASSERT_EQ(j.at("layers").size(), 12u);
  for (const auto& layer : j.at("layers")) {
    EXPECT_TRUE(layer.contains("index") && layer.contains("name") && layer.contains("forward_ms") &&
                layer.contains("gflops"))
        << layer.dump();
  }
  EXPECT_EQ(j.at("layers")[11].at("name"), "fc5");
}

TEST(CliBench, TrainFlagMeasuresTraining) {
  int status = -1;
  const std::string out = runApp("bench --model lenet --json --repeats 1 --train --batch 8", &status);
  ASSERT_EQ(status, 0) << out;
  EXPECT_GT(nlohmann::json::parse(out).at("train_images_per_s").get<double>(), 0.0);
}

TEST(CliBench, BadArgumentsAreUsageErrors) {
  int status = -1;
  EXPECT_THAT(runApp("bench --model lenet --batch 0", &status), ::testing::HasSubstr("--batch"));
  EXPECT_EQ(status, 2);
  EXPECT_THAT(runApp("bench --model lenet --repeats x", &status), ::testing::HasSubstr("--repeats"));
  EXPECT_EQ(status, 2);
  runApp("bench", &status);
  EXPECT_EQ(status, 2);
}

}  // namespace
}  // namespace alexnet
