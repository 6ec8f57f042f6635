// The memory estimate and the up-front refusal of a run that cannot fit (issue 7, "limits"): the formula on
// a hand-made report, MemAvailable parsing, and the advice in the message (`train` refusing
// a batch that could never fit: tests/app/test_cli_refusals.cpp).
#include <gmock/gmock.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>

#include "alexnet/core/models/memory_estimate.h"
#include "alexnet/core/models/model_config.h"
#include "alexnet/core/models/shape_report.h"

namespace alexnet {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
namespace fs = std::filesystem;

ShapeReport handMadeReport() {
  ShapeReport report;
  report.inputShape = {1, 1, 10, 10};  // 100 floats = 400 B per example
  report.totalParams = 1000;           // 4000 B
  report.totalActivationBytes = 2000;  // per example
  return report;
}

TEST(MemoryEstimate, FormulaForTrainingAndInference) {
  const ShapeReport report = handMadeReport();
  const MemoryEstimate train = estimateMemory(report, 8, MemoryUse::Training);
  EXPECT_EQ(train.fixedBytes, 3 * 4000);
  EXPECT_EQ(train.perExampleBytes, 400 + 3 * 2000);
  EXPECT_EQ(train.totalBytes, 12000 + 8 * 6400);
  const MemoryEstimate infer = estimateMemory(report, 8, MemoryUse::Inference);
  EXPECT_EQ(infer.totalBytes, 4000 + 8 * 2400);
  EXPECT_THROW(estimateMemory(report, 0, MemoryUse::Training), std::invalid_argument);
}

TEST(MemoryEstimate, SaturatesInsteadOfOverflowing) {
  ShapeReport report = handMadeReport();
  report.totalActivationBytes = std::numeric_limits<std::int64_t>::max() / 2;
  const MemoryEstimate e = estimateMemory(report, 65536, MemoryUse::Training);
  EXPECT_EQ(e.totalBytes, std::numeric_limits<std::int64_t>::max());
}

TEST(MemoryEstimate, RealModelsGrowWithTheBatch) {
  ModelConfig config;
  config.kind = ModelKind::AlexNet;
  const ShapeReport alexnet = makeShapeReport(*buildModel(config));
  const std::int64_t one = estimateMemory(alexnet, 1, MemoryUse::Training).totalBytes;
  const std::int64_t many = estimateMemory(alexnet, 128, MemoryUse::Training).totalBytes;
  EXPECT_GT(one, alexnet.totalParams * 4);
  EXPECT_GT(many, 100 * (one - 3 * alexnet.totalParams * 4));
  EXPECT_LT(estimateMemory(alexnet, 128, MemoryUse::Inference).totalBytes, many);
}

TEST(MemoryEstimate, ParsesMemAvailable) {
  const fs::path dir = fs::temp_directory_path() / ("alexnet_meminfo_" + std::to_string(std::random_device{}()));
  fs::create_directories(dir);
  std::ofstream(dir / "good") << "MemTotal:       24000000 kB\nMemFree:  100 kB\nMemAvailable:   2048 kB\n";
  std::ofstream(dir / "none") << "MemTotal:       24000000 kB\n";
  std::ofstream(dir / "garbage") << "MemAvailable:   lots\n";
  EXPECT_EQ(availableMemoryBytes(dir / "good"), std::optional<std::int64_t>(2048 * 1024));
  EXPECT_EQ(availableMemoryBytes(dir / "none"), std::nullopt);
  EXPECT_EQ(availableMemoryBytes(dir / "garbage"), std::nullopt);
  EXPECT_EQ(availableMemoryBytes(dir / "missing"), std::nullopt);
  fs::remove_all(dir);
  if (fs::exists("/proc/meminfo")) {
    ASSERT_TRUE(availableMemoryBytes().has_value());
    EXPECT_GT(*availableMemoryBytes(), 0);
  }
}

TEST(MemoryEstimate, RefusalSaysWhichBatchFits) {
  const ShapeReport report = handMadeReport();
  const std::int64_t available = 100000;  // limit 80000: (80000 − 12000) / 6400 = 10 examples
  const std::int64_t limit = static_cast<std::int64_t>(available * kUsableMemoryFraction);
  EXPECT_EQ(largestBatchThatFits(report, MemoryUse::Training, limit), 10);
  EXPECT_NO_THROW(checkFitsInMemory(report, {.batchSize = 10, .availableBytes = available, .modelName = "m"}));
  try {
    checkFitsInMemory(report, {.batchSize = 11, .availableBytes = available, .modelName = "tiny (input 10x10)"});
    FAIL() << "batch 11 should not fit";
  } catch (const MemoryLimitError& error) {
    const std::string message = error.what();
    EXPECT_THAT(message, HasSubstr("tiny (input 10x10) at batch 11"));
    EXPECT_THAT(message, HasSubstr("for training"));
    EXPECT_THAT(message, HasSubstr("use --batch 10 or less"));
    EXPECT_THAT(message, HasSubstr("100.0 kB"));
  }
}

TEST(MemoryEstimate, WhenNotEvenOneExampleFitsTheAdviceIsTheModelSize) {
  try {
    checkFitsInMemory(handMadeReport(), {.batchSize = 1, .availableBytes = 1000, .modelName = "m"});
    FAIL() << "should not fit";
  } catch (const MemoryLimitError& error) {
    EXPECT_THAT(std::string(error.what()), HasSubstr("--input-size"));
    EXPECT_THAT(std::string(error.what()), Not(HasSubstr("use --batch")));
  }
}

TEST(MemoryEstimate, FormatsBytes) {
  EXPECT_EQ(formatBytes(512), "512 B");
  EXPECT_EQ(formatBytes(3400000), "3.4 MB");
  EXPECT_EQ(formatBytes(3100000000000), "3.1 TB");
}

}  // namespace
}  // namespace alexnet
