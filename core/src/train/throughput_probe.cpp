#include "alexnet/core/train/throughput_probe.h"

#include <algorithm>
#include <chrono>

#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/train/trainer.h"
#include "alexnet/core/train/training_run.h"

namespace alexnet {

std::optional<double> measureTrainingThroughput(const ThroughputProbeOptions& options) {
  const std::int64_t batch = std::max<std::int64_t>(1, options.batchSize);
  ImageSet data;
  data.count = 2 * batch;
  data.rows = data.cols = 28;
  data.pixels.resize(static_cast<std::size_t>(data.count * 28 * 28));
  data.labels.resize(static_cast<std::size_t>(data.count));
  std::uint32_t state = 12345;  // deterministic noise: the values do not matter for the timing
  for (std::uint8_t& p : data.pixels) p = static_cast<std::uint8_t>((state = state * 1664525u + 1013904223u) >> 24);
  for (std::size_t i = 0; i < data.labels.size(); ++i) data.labels[i] = static_cast<std::uint8_t>(i % 10);

  std::unique_ptr<Sequential> model = buildModel(options.model);
  TrainConfig config;
  config.epochs = 1;
  config.batchSize = batch;
  config.sgd.learningRate = 1e-4f;
  config.reportsPerEpoch = 1;
  config.chunkSize = trainingChunkSize(*model, batch);
  config.stopRequested = options.stopRequested;
  using Clock = std::chrono::steady_clock;
  Clock::time_point secondStart{};
  Clock::time_point end{};
  const TrainResult result = Trainer(*model, config).run(data, ImageSet{}, [&](const TrainProgress& p) {
    if (p.kind == ProgressKind::EpochEnd) end = Clock::now();
    else if (p.batch == 1) secondStart = Clock::now();
    return true;
  });
  if (result.status != TrainStatus::Finished || secondStart == Clock::time_point{}) return std::nullopt;
  const double seconds = std::chrono::duration<double>(end - secondStart).count();
  return seconds > 0 ? std::optional<double>(static_cast<double>(batch) / seconds) : std::nullopt;
}

double estimateTrainingSeconds(double examplesPerSecond, std::int64_t epochs, std::int64_t trainImages,
                               std::int64_t testImages) {
  if (!(examplesPerSecond > 0)) return -1.0;
  return static_cast<double>(epochs) *
         (static_cast<double>(trainImages) + static_cast<double>(testImages) / 3.0) / examplesPerSecond;
}

}  // namespace alexnet
