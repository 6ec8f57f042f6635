#pragma once
// Benchmark — timing of a model's forward pass (batch 1 and a throughput batch), of whole
// training steps, and of every layer, as `alexnet-lab bench` reports it (PRODUCT.md §3).
// Qt-free so the GUI can show the same figures.
//
//   BenchmarkResult r = runBenchmark(model, {.trainBatch = 128, .train = true});
//
// Every figure is the median of `repeats` timed runs after `warmup` untimed runs. Inputs are
// deterministic pseudo-random values in [0, 1); training steps use SGD with a small learning rate
// (the parameters change, which does not affect the timings).
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "alexnet/core/sequential.h"

namespace alexnet {

struct BenchmarkOptions {
  std::int64_t forwardBatch = 32;  // batch of the throughput measurement (forward_images_per_s)
  std::int64_t trainBatch = 128;   // batch of a training step
  bool train = false;              // measure training steps (forward + loss + backward + SGD)
  int warmup = 1;                  // untimed runs before each measurement
  int latencyRepeats = 10;         // timed batch-1 forward passes
  int throughputRepeats = 3;       // timed forward passes at forwardBatch
  int trainRepeats = 2;            // timed training steps (AlexNet at batch 128: ~6 s each when idle)
  std::uint64_t seed = 1;          // input values
};

struct LayerTiming {
  std::size_t index = 0;        // PyTorch Sequential index
  std::string name;             // "conv1", "relu1", … as in the shape report
  std::string type;             // "Conv2d"
  std::int64_t flops = 0;       // of one image (multiply-adds × 2)
  double forwardMs = 0.0;       // batch 1, median
  double gflops = 0.0;          // batch 1: flops / forwardMs
  double batchForwardMs = 0.0;  // forwardBatch images, median
  double batchGflops = 0.0;
  std::optional<double> trainBackwardMs;      // trainBatch images, median (with BenchmarkOptions::train)
  std::optional<double> trainBackwardGflops;  // 2 × forward flops per image
};

struct BenchmarkResult {
  int threads = 1;           // threads of the kernels' pool
  double forwardMsB1 = 0.0;  // eval forward, batch 1, median
  std::int64_t forwardBatch = 0;
  double forwardImagesPerS = 0.0;  // eval forward at forwardBatch
  std::int64_t trainBatch = 0;
  std::optional<double> trainImagesPerS;  // set when BenchmarkOptions::train
  std::optional<double> trainStepMs;
  double peakRssMb = 0.0;  // the process's high-water mark (VmHWM) after the runs
  std::vector<LayerTiming> layers;
};

// Runs the measurements; `onStage` (optional) is told which stage starts ("forward batch 1", …).
BenchmarkResult runBenchmark(Sequential& model, const BenchmarkOptions& options,
                             const std::function<void(const std::string&)>& onStage = {});

// Peak resident set size of this process in MiB (Linux /proc/self/status VmHWM; 0 elsewhere).
double peakResidentMegabytes();

// Median of the values (0 when empty).
double median(std::vector<double> values);

}  // namespace alexnet
