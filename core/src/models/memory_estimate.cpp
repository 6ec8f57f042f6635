#include "alexnet/core/models/memory_estimate.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <limits>
#include <sstream>

#include "alexnet/core/shape.h"

namespace alexnet {
namespace {

constexpr std::int64_t kFloatBytes = 4;
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

std::int64_t saturatingMul(std::int64_t a, std::int64_t b) {
  if (a == 0 || b == 0) return 0;
  return a > kMax / b ? kMax : a * b;
}

std::int64_t saturatingAdd(std::int64_t a, std::int64_t b) { return a > kMax - b ? kMax : a + b; }

}  // namespace

MemoryEstimate estimateMemory(const ShapeReport& report, std::int64_t batchSize, MemoryUse use) {
  if (batchSize < 1) throw std::invalid_argument("estimateMemory: batch size must be ≥ 1");
  const std::int64_t inputBytes = saturatingMul(numel(report.inputShape), kFloatBytes);  // batch-1 input
  const std::int64_t parameterBytes = saturatingMul(report.totalParams, kFloatBytes);
  MemoryEstimate estimate;
  estimate.batchSize = batchSize;
  if (use == MemoryUse::Training) {
    estimate.fixedBytes = saturatingMul(parameterBytes, 3);
    estimate.perExampleBytes = saturatingAdd(inputBytes, saturatingMul(report.totalActivationBytes, 3));
  } else {
    estimate.fixedBytes = parameterBytes;
    estimate.perExampleBytes = saturatingAdd(inputBytes, report.totalActivationBytes);
  }
  estimate.totalBytes = saturatingAdd(estimate.fixedBytes, saturatingMul(estimate.perExampleBytes, batchSize));
  return estimate;
}

std::optional<std::int64_t> availableMemoryBytes(const std::filesystem::path& meminfo) {
  std::ifstream in(meminfo);
  if (!in) return std::nullopt;
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("MemAvailable:", 0) != 0) continue;
    std::istringstream fields(line.substr(13));
    long long kibibytes = -1;
    std::string unit;
    fields >> kibibytes >> unit;
    if (!fields && !fields.eof()) return std::nullopt;
    if (kibibytes < 0 || unit != "kB") return std::nullopt;
    return saturatingMul(kibibytes, 1024);
  }
  return std::nullopt;
}

std::int64_t largestBatchThatFits(const ShapeReport& report, MemoryUse use, std::int64_t limitBytes) {
  const MemoryEstimate one = estimateMemory(report, 1, use);
  if (one.totalBytes > limitBytes) return 0;
  if (one.perExampleBytes == 0) return kMax;
  return (limitBytes - one.fixedBytes) / one.perExampleBytes;
}

std::string formatBytes(std::int64_t bytes) {
  static const char* units[] = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};
  double value = static_cast<double>(bytes);
  int unit = 0;
  while (value >= 1000.0 && unit < 6) {
    value /= 1000.0;
    ++unit;
  }
  char buffer[32];
  if (unit == 0)
    std::snprintf(buffer, sizeof buffer, "%lld B", static_cast<long long>(bytes));
  else
    std::snprintf(buffer, sizeof buffer, "%.1f %s", value, units[unit]);
  return buffer;
}

void checkFitsInMemory(const ShapeReport& report, const MemoryCheckOptions& options) {
  const MemoryEstimate estimate = estimateMemory(report, options.batchSize, options.use);
  const auto limit = static_cast<std::int64_t>(static_cast<double>(options.availableBytes) * kUsableMemoryFraction);
  if (estimate.totalBytes <= limit) return;
  const std::int64_t fits = largestBatchThatFits(report, options.use, limit);
  std::string advice;
  if (fits >= 1)
    advice = "use " + options.batchSetting + " " + std::to_string(fits) + " or less";
  else
    advice = "even batch 1 does not fit: use a smaller " + options.sizeSettings + ", or free memory";
  throw MemoryLimitError(options.modelName + " at batch " + std::to_string(options.batchSize) + " needs about " +
                         formatBytes(estimate.totalBytes) +
                         (options.use == MemoryUse::Training ? " for training" : " for inference") + " but only " +
                         formatBytes(options.availableBytes) + " of memory is available; " + advice);
}

}  // namespace alexnet
