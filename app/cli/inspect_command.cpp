// `alexnet-lab inspect`: runs a model layer by layer on one input and reports or dumps every
// layer's output (PRODUCT.md §3).
//   --image FILE | --sample K | --tensor FILE   the input (cli/model_input.h)
//   --dump OUT     safetensors with `input`, `out.<i>` per layer and `probs`
//   --png DIR      input.png and one feature-map grid per layer (cli/feature_map_png)
//   --json         per-layer index, name, type, output_shape, min/mean/max; prediction; probabilities
#include <cstdio>
#include <filesystem>
#include <limits>
#include <nlohmann/json.hpp>

#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/data/preprocess.h"
#include "alexnet/core/exec/stepper.h"
#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/io/safetensors.h"
#include "alexnet/core/models/shape_report.h"
#include "alexnet/core/train/cross_entropy.h"
#include "alexnet/core/train/training_checkpoint.h"
#include "alexnet/image/image_input.h"
#include "cli/checkpoint_options.h"
#include "cli/commands.h"
#include "cli/feature_map_png.h"
#include "cli/model_input.h"
#include "cli/model_options.h"

namespace alexnet::cli {
namespace {

struct Stats {
  double min = 0.0, mean = 0.0, max = 0.0;
};

Stats statsOf(const Tensor& t) {
  if (t.numel() == 0) return {};
  Stats s{std::numeric_limits<double>::infinity(), 0.0, -std::numeric_limits<double>::infinity()};
  for (std::int64_t i = 0; i < t.numel(); ++i) {
    const double v = t[i];
    s.min = std::min(s.min, v);
    s.max = std::max(s.max, v);
    s.mean += v;
  }
  s.mean /= static_cast<double>(t.numel());
  return s;
}

void writePngs(const std::filesystem::path& dir, const Stepper& stepper, const ShapeReport& report) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec || !std::filesystem::is_directory(dir))
    throw std::runtime_error(dir.string() + ": cannot create the directory (" + ec.message() + ")");
  savePng(renderInputImage(stepper.input()), dir / "input.png");
  for (const auto& row : report.rows)
    savePng(renderFeatureGrid(stepper.output(row.index)), dir / featureMapFileName(row.index, row.type));
}

}  // namespace

int runInspect(const CommandArgs& rawArgs) {
  const Arguments args(
      rawArgs,
      withModelOptions({.valueOptions = {"--weights", "--image", "--sample", "--tensor", "--dump", "--png", "--data"},
                        .flags = {"--json"}}));
  applyThreadOption(args);
  std::optional<ResolvedWeights> weights;
  if (args.has("--weights")) weights = resolveWeightsArgument(args);
  const ModelConfig config = weights ? weights->config : modelConfigFromArguments(args);
  ModelInput input = loadModelInput(args, config);  // before building: a bad image fails fast
  auto model = buildModel(config);
  if (weights) loadStateDict(parametersOnly(weights->file), *model, weights->path.string());

  Stepper stepper(*model);
  stepper.setInput(std::move(input.tensor));
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
  if (auto dir = args.value("--png")) writePngs(*dir, stepper, report);

  const auto predicted = argmax(logits);
  const std::int64_t classes = probs.dim(1);
  if (args.has("--json")) {
    nlohmann::ordered_json layers = nlohmann::ordered_json::array();
    for (const auto& row : report.rows) {
      const Tensor& out = stepper.output(row.index);
      const Stats stats = statsOf(out);
      layers.push_back({{"index", row.index},
                        {"name", row.name},
                        {"type", row.type},
                        {"output_shape", out.shape()},
                        {"min", stats.min},
                        {"mean", stats.mean},
                        {"max", stats.max}});
    }
    nlohmann::ordered_json probabilities = nlohmann::ordered_json::array();
    for (std::int64_t k = 0; k < classes; ++k)  // sample 0 of the batch
      probabilities.push_back({{"index", k}, {"class", className(k, classes)}, {"probability", probs[k]}});
    const nlohmann::ordered_json result{
        {"model", modelName(config.kind)},
        {"input", input.description},
        {"input_shape", stepper.input().shape()},
        {"layers", layers},
        {"prediction",
         {{"index", predicted[0]}, {"class", className(predicted[0], classes)}, {"probability", probs[predicted[0]]}}},
        {"probabilities", probabilities}};
    std::printf("%s\n", result.dump(2).c_str());
    return 0;
  }

  for (const auto& row : report.rows)
    std::printf("%2zu %-18s %s\n", row.index, row.type.c_str(), toString(stepper.output(row.index).shape()).c_str());
  for (std::size_t n = 0; n < predicted.size(); ++n)
    std::printf("sample %zu: class %lld %s (p = %.4f)\n", n, static_cast<long long>(predicted[n]),
                className(predicted[n], classes).c_str(), probs[static_cast<std::int64_t>(n) * classes + predicted[n]]);
  return 0;
}

}  // namespace alexnet::cli
