#include "alexnet/core/train/throughput_probe.h"

#include <algorithm>
#include <chrono>

#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/train/trainer.h"
#include "alexnet/core/train/training_run.h"

namespace alexnet {

namespace {

// `batches` minibatches of deterministic noise (the values do not matter for the timing).
ImageSet syntheticImages(std::int64_t count) {
  ImageSet data;
  data.count = count;
  data.rows = data.cols = 28;
  data.pixels.resize(static_cast<std::size_t>(data.count * 28 * 28));
  data.labels.resize(static_cast<std::size_t>(data.count));
  std::uint32_t state = 12345;
  for (std::uint8_t& p : data.pixels) p = static_cast<std::uint8_t>((state = state * 1664525u + 1013904223u) >> 24);
  for (std::size_t i = 0; i < data.labels.size(); ++i) data.labels[i] = static_cast<std::uint8_t>(i % 10);
  return data;
}

// Trains `model` on `batches` minibatches exactly as a TrainingRun would and returns the seconds per
// minibatch after the first (which pays for first-touch allocations and cold caches).
std::optional<double> secondsPerMinibatch(Sequential& model, const ThroughputProbeOptions& options, std::int64_t batch,
                                          std::int64_t batches) {
  TrainConfig config;
  config.epochs = 1;
  config.batchSize = batch;
  config.sgd.learningRate = 1e-4f;
  config.reportsPerEpoch = 1;
  config.chunkSize = trainingChunkSize(model, batch);
  config.stopRequested = options.stopRequested;
  using Clock = std::chrono::steady_clock;
  Clock::time_point secondStart{};
  Clock::time_point end{};
  const TrainResult result =
      Trainer(model, config).run(syntheticImages(batches * batch), ImageSet{}, [&](const TrainProgress& p) {
        if (p.kind == ProgressKind::EpochEnd)
          end = Clock::now();
        else if (p.batch == 1)
          secondStart = Clock::now();
        return true;
      });
  if (result.status != TrainStatus::Finished || secondStart == Clock::time_point{}) return std::nullopt;
  const double seconds = std::chrono::duration<double>(end - secondStart).count();
  return seconds > 0 ? std::optional<double>(seconds / static_cast<double>(batches - 1)) : std::nullopt;
}

}  // namespace

std::optional<double> measureTrainingThroughput(const ThroughputProbeOptions& options) {
  const std::int64_t batch = std::max<std::int64_t>(1, options.batchSize);
  std::unique_ptr<Sequential> model = buildModel(options.model);
  // Two minibatches, the second timed: enough for AlexNet, whose minibatch takes seconds.
  std::optional<double> perBatch = secondsPerMinibatch(*model, options, batch, 2);
  if (!perBatch) return std::nullopt;
  // A minibatch shorter than half a second (LeNet's take milliseconds, slim AlexNet's a few hundred)
  // is too short to time alone, and the program may still be starting up beside it: timed again over
  // as many as fill about kTimedSeconds, on the now warm model (one timed minibatch gave about half
  // the live rate for both).
  constexpr double kTimedSeconds = 1.0;
  if (*perBatch < kTimedSeconds / 2) {
    const auto batches = static_cast<std::int64_t>(std::clamp(kTimedSeconds / *perBatch, 4.0, 64.0)) + 1;
    perBatch = secondsPerMinibatch(*model, options, batch, batches);
    if (!perBatch) return std::nullopt;
  }
  return static_cast<double>(batch) / *perBatch;
}

double estimateTrainingSeconds(double examplesPerSecond, std::int64_t epochs, std::int64_t trainImages,
                               std::int64_t testImages) {
  if (!(examplesPerSecond > 0)) return -1.0;
  return static_cast<double>(epochs) * (static_cast<double>(trainImages) + static_cast<double>(testImages) / 3.0) /
         examplesPerSecond;
}

}  // namespace alexnet
