// `alexnet-lab inspect`: runs a model layer by layer on one input and reports or dumps every
// layer's output (PRODUCT.md §3).
#include <cstdio>

#include "alexnet/core/exec/stepper.h"
#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/io/safetensors.h"
#include "alexnet/core/models/shape_report.h"
#include "alexnet/core/train/cross_entropy.h"
#include "cli/commands.h"
#include "cli/model_options.h"

namespace alexnet::cli {
namespace {

// The input batch (N, C, H, W) from the tensor `input` of a safetensors file.
Tensor inputFromTensorFile(const std::string& path) {
  const SafeTensors file = readSafeTensors(path);
  auto it = file.floats.find("input");
  if (it == file.floats.end()) throw std::runtime_error(path + ": has no F32 tensor named 'input'");
  return it->second;
}

Tensor loadInput(const Arguments& args) {
  const int sources = args.has("--image") + args.has("--sample") + args.has("--tensor");
  if (sources != 1) throw UsageError("give exactly one of --image FILE, --sample K, --tensor FILE");
  if (auto path = args.value("--tensor")) return inputFromTensorFile(*path);
  throw UsageError("--image and --sample are not available in this build yet; use --tensor");
}

// Uses the checkpoint's recorded input size and widths unless given on the command line.
ModelConfig configWithCheckpointDefaults(const Arguments& args, const SafeTensors* checkpoint) {
  ModelConfig config = modelConfigFromArguments(args);
  if (!checkpoint) return config;
  if (auto recorded = checkpointModelConfig(*checkpoint); recorded && recorded->kind == config.kind) {
    if (!args.has("--input-size")) config.inputSize = recorded->inputSize;
    if (!args.has("--widths")) config.widths = recorded->widths;
  }
  return config;
}

}  // namespace

int runInspect(const CommandArgs& rawArgs) {
  const Arguments args(
      rawArgs, withModelOptions({.valueOptions = {"--weights", "--image", "--sample", "--tensor", "--dump", "--png", "--data"},
                                 .flags = {"--json"}}));
  applyThreadOption(args);
  std::optional<SafeTensors> checkpoint;
  if (auto weights = args.value("--weights")) {
    try {
      checkpoint = readSafeTensors(*weights);
    } catch (const SafeTensorsError& error) {
      throw CheckpointError(error.what());
    }
  }
  const ModelConfig config = configWithCheckpointDefaults(args, checkpoint ? &*checkpoint : nullptr);
  auto model = buildModel(config);
  if (checkpoint) loadStateDict(*checkpoint, *model, *args.value("--weights"));

  Stepper stepper(*model);
  stepper.setInput(loadInput(args));
  stepper.runToEnd();
  const Tensor& logits = stepper.output(model->size() - 1);
  const Tensor probs = softmax(logits);

  if (auto dump = args.value("--dump")) {
    SafeTensors out;
    out.floats.emplace("input", stepper.input());
    for (std::size_t i = 0; i < model->size(); ++i) out.floats.emplace("out." + std::to_string(i), stepper.output(i));
    out.floats.emplace("probs", probs);
    out.metadata = {{"model", modelName(config.kind)}, {"input_size", std::to_string(effectiveInputSize(config))}};
    writeSafeTensors(*dump, out);
  }

  const ShapeReport report = makeShapeReport(*model);
  for (const auto& row : report.rows)
    std::printf("%2zu %-18s %s\n", row.index, row.type.c_str(), toString(stepper.output(row.index).shape()).c_str());
  const auto predicted = argmax(logits);
  for (std::size_t n = 0; n < predicted.size(); ++n)
    std::printf("sample %zu: class %lld (p = %.4f)\n", n, static_cast<long long>(predicted[n]),
                probs[static_cast<std::int64_t>(n) * probs.dim(1) + predicted[n]]);
  return 0;
}

}  // namespace alexnet::cli
