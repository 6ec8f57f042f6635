// `alexnet-lab bench --model M [--batch B] [--train] [--json] [--threads T] [--repeats R]
//                    [--input-size S --widths W]`: forward latency at batch 1, forward throughput at
// batch 32, training throughput at batch B (default d2l's: LeNet 256, AlexNet 128), per-layer
// timings and the peak RSS. Medians of R timed runs after one warm-up run (core/exec/benchmark.h).
#include <cstdio>
#include <nlohmann/json.hpp>

#include "alexnet/core/exec/benchmark.h"
#include "alexnet/core/exec/isa.h"
#include "cli/commands.h"
#include "cli/model_options.h"

namespace alexnet::cli {
namespace {

nlohmann::ordered_json optionalNumber(const std::optional<double>& value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json toJson(const std::string& model, const BenchmarkResult& r) {
  nlohmann::ordered_json layers = nlohmann::ordered_json::array();
  for (const auto& l : r.layers) {
    nlohmann::ordered_json row{{"index", l.index},
                               {"name", l.name},
                               {"type", l.type},
                               {"forward_ms", l.forwardMs},
                               {"gflops", l.gflops},
                               {"flops", l.flops},
                               {"batch_forward_ms", l.batchForwardMs},
                               {"batch_gflops", l.batchGflops}};
    if (l.trainBackwardMs) {
      row["train_backward_ms"] = *l.trainBackwardMs;
      row["train_backward_gflops"] = optionalNumber(l.trainBackwardGflops);
    }
    layers.push_back(std::move(row));
  }
  return {{"model", model},
          {"threads", r.threads},
          {"isa", std::string(isaName(activeIsa()))},
          {"forward_ms_b1", r.forwardMsB1},
          {"forward_images_per_s", r.forwardImagesPerS},
          {"forward_batch", r.forwardBatch},
          {"train_images_per_s", optionalNumber(r.trainImagesPerS)},
          {"train_batch", r.trainBatch},
          {"train_step_ms", optionalNumber(r.trainStepMs)},
          {"peak_rss_mb", r.peakRssMb},
          {"layers", layers}};
}

void printTable(const std::string& model, const BenchmarkResult& r) {
  std::printf("model %s, %d threads, %s kernels\n", model.c_str(), r.threads,
              std::string(isaName(activeIsa())).c_str());
  std::printf("forward, batch 1:   %9.2f ms\n", r.forwardMsB1);
  std::printf("forward, batch %-3lld %9.1f images/s\n", static_cast<long long>(r.forwardBatch), r.forwardImagesPerS);
  if (r.trainImagesPerS)
    std::printf("train,   batch %-3lld %9.1f images/s (%.0f ms per step)\n", static_cast<long long>(r.trainBatch),
                *r.trainImagesPerS, *r.trainStepMs);
  std::printf("peak RSS:           %9.1f MB\n\n", r.peakRssMb);
  std::printf("%-5s %-8s %-18s %10s %8s %12s %8s", "index", "name", "type", "b1 ms", "GFLOP/s", "batch ms", "GFLOP/s");
  if (r.trainImagesPerS) std::printf(" %12s %8s", "backward ms", "GFLOP/s");
  std::printf("\n");
  for (const auto& l : r.layers) {
    std::printf("%-5zu %-8s %-18s %10.3f %8.1f %12.2f %8.1f", l.index, l.name.c_str(), l.type.c_str(), l.forwardMs,
                l.gflops, l.batchForwardMs, l.batchGflops);
    if (l.trainBackwardMs) std::printf(" %12.2f %8.1f", *l.trainBackwardMs, l.trainBackwardGflops.value_or(0.0));
    std::printf("\n");
  }
}

}  // namespace

int runBench(const CommandArgs& rawArgs) {
  const Arguments args(rawArgs, withModelOptions({.valueOptions = {"--batch", "--repeats", "--forward-batch"},
                                                  .flags = {"--json", "--train"}}));
  const ModelConfig config = modelConfigFromArguments(args);
  applyThreadOption(args);
  BenchmarkOptions options;
  options.train = args.has("--train");
  options.trainBatch = args.integer("--batch", config.kind == ModelKind::LeNet ? 256 : 128);
  options.forwardBatch = args.integer("--forward-batch", 32);
  if (options.trainBatch < 1 || options.trainBatch > 4096) throw UsageError("--batch must be between 1 and 4096");
  if (options.forwardBatch < 1 || options.forwardBatch > 4096)
    throw UsageError("--forward-batch must be between 1 and 4096");
  if (args.has("--repeats")) {
    const std::int64_t repeats = args.integer("--repeats", 3);
    if (repeats < 1 || repeats > 1000) throw UsageError("--repeats must be between 1 and 1000");
    options.latencyRepeats = options.throughputRepeats = options.trainRepeats = static_cast<int>(repeats);
  }
  const auto model = buildModel(config);
  const bool json = args.has("--json");
  const BenchmarkResult result = runBenchmark(*model, options, [json](const std::string& stage) {
    if (!json) std::fprintf(stderr, "bench: %s…\n", stage.c_str());
  });
  const std::string name = modelName(config.kind);
  if (json)
    std::printf("%s\n", toJson(name, result).dump(2).c_str());
  else
    printTable(modelLabel(config), result);
  return 0;
}

}  // namespace alexnet::cli
