#pragma once
// A short measured warm-up for time estimates: trains a fresh copy of the network on two
// minibatches of synthetic 28×28 images, exactly as a TrainingRun would (same batch size, same
// chunking, same resize to the input side), and times the second one; when that minibatch is short
// (under half a second: LeNet, slim AlexNet), up to 64 more are timed together, about 1 s of work. No hard-coded
// speeds: the Training screen's "expected time" is this rate times the run's examples.
#include <atomic>
#include <cstdint>
#include <optional>

#include "alexnet/core/models/model_config.h"

namespace alexnet {

struct ThroughputProbeOptions {
  ModelConfig model;
  std::int64_t batchSize = 128;
  const std::atomic<bool>* stopRequested = nullptr;  // checked between chunks
};

// Training examples per second; nullopt when stopped.
std::optional<double> measureTrainingThroughput(const ThroughputProbeOptions& options);

// Seconds for `epochs` epochs over `trainImages` plus a test evaluation of `testImages` after each
// (forward only: about a third of a training step per image).
double estimateTrainingSeconds(double examplesPerSecond, std::int64_t epochs, std::int64_t trainImages,
                               std::int64_t testImages);

}  // namespace alexnet
