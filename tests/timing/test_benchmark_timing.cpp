// Timing (ctest label "timing", outside the default run: scripts/test.sh --timing): the per-layer
// medians of core/exec/benchmark.h add up to about the whole forward pass. On a loaded machine one
// layer's median can catch a descheduling that the whole pass's median does not, so this is no unit test.
#include <gtest/gtest.h>

#include "alexnet/core/exec/benchmark.h"
#include "alexnet/core/models/model_config.h"

namespace alexnet {
namespace {

TEST(BenchmarkTiming, LayerMediansAddUpToAboutTheForwardPass) {
  auto model = buildModel({.kind = ModelKind::LeNet});
  const BenchmarkResult eval = runBenchmark(
      *model, {.forwardBatch = 4, .trainBatch = 8, .latencyRepeats = 5, .throughputRepeats = 1, .trainRepeats = 1});
  double sum = 0.0;
  for (const auto& layer : eval.layers) sum += layer.forwardMs;
  EXPECT_GT(sum, 0.0);
  EXPECT_LE(sum, eval.forwardMsB1 * 1.5 + 0.05);
}

}  // namespace
}  // namespace alexnet
