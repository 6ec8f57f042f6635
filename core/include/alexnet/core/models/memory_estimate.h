#pragma once
// Memory estimate — whether a model fits in memory at a batch size, checked before anything is allocated,
// so a run that could never fit is refused up front with a message saying what to change.
//
// From a ShapeReport (batch-1 activation bytes, parameter count), float32 throughout:
//   inference  = params·4 + B·(input + activations)                 (the stepper keeps every layer's output)
//   training   = params·4·3 + B·(input + activations·3)             (weights, gradients, momentum; each layer's
//                                                                    output, its gradient and the kernels'
//                                                                    scratch, e.g. im2col, ≈ one more copy)
// The limit is a fraction of MemAvailable from /proc/meminfo (what the kernel can give without swapping).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>

#include "alexnet/core/models/shape_report.h"

namespace alexnet {

class MemoryLimitError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class MemoryUse { Inference, Training };

struct MemoryEstimate {
  std::int64_t fixedBytes = 0;  // independent of the batch: parameters (and gradients, momentum)
  std::int64_t perExampleBytes = 0;
  std::int64_t batchSize = 1;
  std::int64_t totalBytes = 0;  // fixed + batch · per example (saturates at INT64_MAX, never overflows)
};

MemoryEstimate estimateMemory(const ShapeReport& report, std::int64_t batchSize, MemoryUse use);

// MemAvailable from a /proc/meminfo-format file, in bytes; nullopt when absent or unreadable.
std::optional<std::int64_t> availableMemoryBytes(const std::filesystem::path& meminfo = "/proc/meminfo");

// The fraction of MemAvailable a run may plan to use (the rest is left for the OS, the GUI and the dataset).
inline constexpr double kUsableMemoryFraction = 0.8;

struct MemoryCheckOptions {
  std::int64_t batchSize = 1;
  MemoryUse use = MemoryUse::Training;
  std::int64_t availableBytes = 0;  // e.g. availableMemoryBytes().value(); the limit is kUsableMemoryFraction of it
  std::string modelName;            // "alexnet (input 224x224)", used in the message
  // How the message names what to change: the CLI's options by default; the GUI passes its fields' labels.
  std::string batchSetting = "--batch";                   // "use --batch 512 or less"
  std::string sizeSettings = "--input-size or --widths";  // "use a smaller --input-size or --widths"
};

// The largest batch size whose estimate fits in the limit (0 when not even batch 1 fits).
std::int64_t largestBatchThatFits(const ShapeReport& report, MemoryUse use, std::int64_t limitBytes);

// Throws MemoryLimitError when the estimate exceeds the limit, e.g. "alexnet (input 224x224) at batch 65536
// needs about 3.1 TB for training but only 19.2 GB of memory is available; use --batch 512 or less, or a
// smaller --input-size / --widths". Does nothing when it fits.
void checkFitsInMemory(const ShapeReport& report, const MemoryCheckOptions& options);

std::string formatBytes(std::int64_t bytes);  // "512 B", "3.4 MB", "1.2 GB", "3.1 TB" (powers of 1000)

}  // namespace alexnet
