// `alexnet-lab explain maximize` — activation maximization (PRODUCT.md §3, core exec/activation_maximization.h):
//   explain maximize (--model M --weights W | --weights ID) --layer I --channel C [--steps N] [--dump F]
//                    [--png F] [--json] [--seed S] [--lr LR] [--jitter P] [--blur-every K] [--data DIR]
//                    [--test-limit N]
// finds an input in [0, 1] that maximizes the spatial mean of channel C of layer I's output, and
// compares it with the test image that drives the channel hardest by the same measure.
//   --dump F  safetensors with the tensor `input` (1, C, H, W)
//   --png F   the input as a gray (or RGB) picture, enlarged to at least 224 pixels
//   --json    {"model", "weights", "layer", "layer_type", "channel", "steps", "seed", "activation",
//              "start_activation", "best_test_image": {"index", "label", "class", "activation"} or null,
//              "test_images_examined", "beats_test_images", "seconds"}
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/exec/activation_maximization.h"
#include "alexnet/core/exec/top_activations.h"
#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/io/safetensors.h"
#include "alexnet/core/train/training_checkpoint.h"
#include "cli/arguments.h"
#include "cli/checkpoint_options.h"
#include "cli/commands.h"
#include "cli/feature_map_png.h"
#include "cli/model_options.h"

namespace alexnet::cli {
namespace {

MaximizationOptions maximizationOptions(const Arguments& args, const Sequential& model) {
  MaximizationOptions options;
  options.layer = args.integer("--layer", -1);
  options.channel = args.integer("--channel", -1);
  options.steps = args.integer("--steps", options.steps);
  options.seed = static_cast<std::uint64_t>(args.integer("--seed", 0));
  options.learningRate = static_cast<float>(args.real("--lr", options.learningRate));
  options.jitter = args.integer("--jitter", options.jitter);
  options.blurEvery = args.integer("--blur-every", options.blurEvery);
  const auto layers = static_cast<std::int64_t>(model.size());
  if (options.layer < 0 || options.layer >= layers)
    throw UsageError("--layer " + std::to_string(options.layer) + " is outside 0.." + std::to_string(layers - 1) +
                     " (alexnet-lab shapes lists the layers)");
  const Shape& out = model.outputShape(static_cast<std::size_t>(options.layer));
  if (out.size() != 4 && out.size() != 2)
    throw UsageError("--layer " + std::to_string(options.layer) + " outputs " + toString(out) +
                     ": it has no channels to maximize");
  if (options.channel < 0 || options.channel >= out[1])
    throw UsageError("--channel " + std::to_string(options.channel) + " is outside 0.." + std::to_string(out[1] - 1) +
                     " of layer " + std::to_string(options.layer) + " " + toString(out));
  if (options.steps < 1 || options.steps > 100000) throw UsageError("--steps must be between 1 and 100000");
  if (!(options.learningRate > 0.0f) || options.learningRate > 1.0f) throw UsageError("--lr must be in (0, 1]");
  if (options.jitter < 0 || options.jitter > 16) throw UsageError("--jitter must be between 0 and 16 pixels");
  if (options.blurEvery < 0) throw UsageError("--blur-every must be 0 (never) or more");
  return options;
}

// The test image with the highest spatial mean of the channel, or nullopt without the data set.
std::optional<TopActivationsResult> bestTestImage(const Arguments& args, Sequential& model,
                                                  const MaximizationOptions& options) {
  const std::int64_t limit = args.integer("--test-limit", 0);
  if (limit < 0) throw UsageError("--test-limit must be ≥ 0 (0 = all 10,000 test images)");
  DatasetOptions data{.limit = limit};
  if (auto dir = args.value("--data")) data.directory = *dir;
  ImageSet test;
  try {
    test = loadFashionMnist(Split::Test, data);
  } catch (const DatasetError& error) {
    if (args.value("--data")) throw;  // asked for: a failure; the default folder missing: a note
    std::fprintf(stderr, "alexnet-lab explain maximize: no comparison with the test set: %s\n", error.what());
    return std::nullopt;
  }
  return findTopActivations(
      model, test,
      {.layer = options.layer, .channel = options.channel, .topN = 1, .batch = 64, .measure = ChannelMeasure::Mean});
}

void savePicture(const Tensor& input, const std::filesystem::path& path) {
  QImage image = renderInputImage(input);
  const int factor = std::max(1, (224 + image.width() - 1) / image.width());
  if (factor > 1) image = image.scaled(image.width() * factor, image.height() * factor);  // nearest neighbour
  savePng(image, path);
}

}  // namespace

int runExplainMaximize(const CommandArgs& rawArgs) {
  ArgumentSpec spec = withModelOptions({});
  spec.valueOptions.insert({"--weights", "--layer", "--channel", "--steps", "--dump", "--png", "--lr", "--jitter",
                            "--blur-every", "--data", "--test-limit"});
  spec.flags.insert("--json");
  const Arguments args(rawArgs, spec);
  args.required("--weights");
  args.required("--layer");
  args.required("--channel");
  applyThreadOption(args);
  const ResolvedWeights weights = resolveWeightsArgument(args);
  std::unique_ptr<Sequential> model = buildModel(weights.config);
  loadStateDict(parametersOnly(weights.file), *model, weights.path.string());
  const MaximizationOptions options = maximizationOptions(args, *model);

  const auto started = std::chrono::steady_clock::now();
  const MaximizationResult result = maximizeActivation(*model, options);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const std::optional<TopActivationsResult> best = bestTestImage(args, *model, options);
  const bool haveBest = best && !best->top.empty();

  if (auto dump = args.value("--dump")) {
    SafeTensors out;
    out.floats.emplace("input", result.input);  // (1, C, H, W)
    out.metadata = {{"model", modelName(weights.config.kind)},
                    {"layer", std::to_string(options.layer)},
                    {"channel", std::to_string(options.channel)},
                    {"activation", std::to_string(result.activation)}};
    writeSafeTensors(*dump, out);
  }
  if (auto png = args.value("--png")) savePicture(result.input, *png);

  const std::string layerType(model->layer(static_cast<std::size_t>(options.layer)).typeName());
  if (args.has("--json")) {
    nlohmann::ordered_json bestJson = nullptr;
    if (haveBest) {
      const ActivatingImage& image = best->top.front();
      bestJson = {{"index", image.index},
                  {"label", image.label},
                  {"class", fashionMnistClassNames()[static_cast<std::size_t>(image.label)]},
                  {"activation", image.activation}};
    }
    const nlohmann::ordered_json json{
        {"model", modelName(weights.config.kind)},
        {"weights", weights.id.empty() ? weights.path.string() : weights.id},
        {"layer", options.layer},
        {"layer_type", layerType},
        {"channel", options.channel},
        {"steps", result.steps},
        {"seed", options.seed},
        {"activation", result.activation},
        {"start_activation", result.startActivation},
        {"best_test_image", bestJson},
        {"test_images_examined", best ? best->examined : 0},
        {"beats_test_images", haveBest && result.activation > best->top.front().activation},
        {"seconds", seconds}};
    std::printf("%s\n", json.dump(2).c_str());
    return 0;
  }
  std::printf("layer %lld (%s) channel %lld: mean activation %.4f after %lld steps (noise: %.4f), %.2f s\n",
              static_cast<long long>(options.layer), layerType.c_str(), static_cast<long long>(options.channel),
              result.activation, static_cast<long long>(result.steps), result.startActivation, seconds);
  if (haveBest) {
    const ActivatingImage& image = best->top.front();
    std::printf("best of %lld test images: #%lld (%s) %.4f\n", static_cast<long long>(best->examined),
                static_cast<long long>(image.index),
                fashionMnistClassNames()[static_cast<std::size_t>(image.label)].c_str(), image.activation);
  }
  return 0;
}

}  // namespace alexnet::cli
