#include "alexnet/core/exec/benchmark.h"

#include <omp.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <random>
#include <sstream>

#include "alexnet/core/models/shape_report.h"
#include "alexnet/core/train/cross_entropy.h"
#include "alexnet/core/train/sgd.h"

namespace alexnet {
namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

Tensor randomInput(const Sequential& model, std::int64_t batch, std::uint64_t seed) {
  Shape shape = model.inputShape();
  shape[0] = batch;
  Tensor x(shape);  // (N, C, H, W)
  std::mt19937 rng(static_cast<std::mt19937::result_type>(seed));
  std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
  for (std::int64_t i = 0; i < x.numel(); ++i) x[i] = uniform(rng);
  return x;
}

double gflopsOf(double flops, double ms) { return ms > 0.0 ? flops / (ms * 1e6) : 0.0; }

// One forward pass layer by layer; adds each layer's time to perLayer[i] (ms). Returns the total.
double timedForward(Sequential& model, const Tensor& x, Mode mode, std::vector<double>* perLayer) {
  const auto start = Clock::now();
  Tensor current = x;
  for (std::size_t i = 0; i < model.size(); ++i) {
    const auto layerStart = Clock::now();
    current = model.layer(i).forward(current, mode);
    if (perLayer) (*perLayer)[i] = millisecondsSince(layerStart);
  }
  return millisecondsSince(start);
}

struct ForwardTimes {
  double totalMs = 0.0;
  std::vector<double> layerMs;  // median per layer
};

ForwardTimes measureForward(Sequential& model, std::int64_t batch, int warmup, int repeats, std::uint64_t seed) {
  const Tensor x = randomInput(model, batch, seed);  // (batch, C, H, W)
  for (int i = 0; i < warmup; ++i) timedForward(model, x, Mode::Eval, nullptr);
  std::vector<double> totals;
  std::vector<std::vector<double>> layers(model.size());
  std::vector<double> run(model.size());
  for (int r = 0; r < std::max(1, repeats); ++r) {
    totals.push_back(timedForward(model, x, Mode::Eval, &run));
    for (std::size_t i = 0; i < model.size(); ++i) layers[i].push_back(run[i]);
  }
  ForwardTimes out{median(totals), {}};
  for (auto& values : layers) out.layerMs.push_back(median(values));
  return out;
}

struct TrainTimes {
  double stepMs = 0.0;
  std::vector<double> backwardMs;  // median per layer
};

TrainTimes measureTraining(Sequential& model, const BenchmarkOptions& options) {
  const Tensor x = randomInput(model, options.trainBatch, options.seed + 7);  // (B, C, H, W)
  const std::int64_t classes = model.outputShape().back();
  std::vector<std::int64_t> labels(static_cast<std::size_t>(options.trainBatch));
  for (std::size_t i = 0; i < labels.size(); ++i) labels[i] = static_cast<std::int64_t>(i) % classes;
  Sgd sgd({.learningRate = 1e-4f});
  std::vector<std::vector<double>> backward(model.size());
  std::vector<double> steps;
  for (int r = 0; r < options.warmup + std::max(1, options.trainRepeats); ++r) {
    const bool timed = r >= options.warmup;
    const auto start = Clock::now();
    model.zeroGrad();
    Tensor current = x;
    for (std::size_t i = 0; i < model.size(); ++i) current = model.layer(i).forward(current, Mode::Train);
    CrossEntropyResult loss = crossEntropy(current, labels);
    Tensor grad = std::move(loss.gradLogits);  // (B, classes)
    for (std::size_t i = model.size(); i-- > 0;) {
      const auto layerStart = Clock::now();
      if (i > 0)
        grad = model.layer(i).backward(grad);
      else
        model.layer(0).backwardParameters(grad);  // as in training: no gradient for the images
      if (timed) backward[i].push_back(millisecondsSince(layerStart));
    }
    sgd.step(model);
    if (timed) steps.push_back(millisecondsSince(start));
  }
  TrainTimes out{median(steps), {}};
  for (auto& values : backward) out.backwardMs.push_back(median(values));
  return out;
}

}  // namespace

double median(std::vector<double> values) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  const std::size_t mid = values.size() / 2;
  return values.size() % 2 ? values[mid] : 0.5 * (values[mid - 1] + values[mid]);
}

double peakResidentMegabytes() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) {
      std::istringstream fields(line.substr(6));
      double kib = 0.0;
      fields >> kib;
      return kib / 1024.0;
    }
  }
  return 0.0;
}

BenchmarkResult runBenchmark(Sequential& model, const BenchmarkOptions& options,
                             const std::function<void(const std::string&)>& onStage) {
  const auto stage = [&](const std::string& text) {
    if (onStage) onStage(text);
  };
  BenchmarkResult result;
  result.threads = omp_get_max_threads();
  result.forwardBatch = options.forwardBatch;
  result.trainBatch = options.trainBatch;

  const ShapeReport report = makeShapeReport(model);
  for (const auto& row : report.rows) {
    LayerTiming layer;
    layer.index = row.index;
    layer.name = row.name;
    layer.type = row.type;
    layer.flops = row.flops;
    result.layers.push_back(layer);
  }

  stage("forward, batch 1");
  const ForwardTimes single = measureForward(model, 1, options.warmup, options.latencyRepeats, options.seed);
  result.forwardMsB1 = single.totalMs;
  for (std::size_t i = 0; i < result.layers.size(); ++i) {
    result.layers[i].forwardMs = single.layerMs[i];
    result.layers[i].gflops = gflopsOf(static_cast<double>(result.layers[i].flops), single.layerMs[i]);
  }

  stage("forward, batch " + std::to_string(options.forwardBatch));
  const ForwardTimes batched =
      measureForward(model, options.forwardBatch, options.warmup, options.throughputRepeats, options.seed + 3);
  result.forwardImagesPerS = 1000.0 * static_cast<double>(options.forwardBatch) / batched.totalMs;
  for (std::size_t i = 0; i < result.layers.size(); ++i) {
    auto& layer = result.layers[i];
    layer.batchForwardMs = batched.layerMs[i];
    layer.batchGflops = gflopsOf(static_cast<double>(layer.flops * options.forwardBatch), batched.layerMs[i]);
  }

  if (options.train) {
    stage("training steps, batch " + std::to_string(options.trainBatch));
    const TrainTimes train = measureTraining(model, options);
    result.trainStepMs = train.stepMs;
    result.trainImagesPerS = 1000.0 * static_cast<double>(options.trainBatch) / train.stepMs;
    for (std::size_t i = 0; i < result.layers.size(); ++i) {
      auto& layer = result.layers[i];
      layer.trainBackwardMs = train.backwardMs[i];
      layer.trainBackwardGflops =
          gflopsOf(2.0 * static_cast<double>(layer.flops * options.trainBatch), train.backwardMs[i]);
    }
  }
  result.peakRssMb = peakResidentMegabytes();
  return result;
}

}  // namespace alexnet
