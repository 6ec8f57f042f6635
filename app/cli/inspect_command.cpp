// `alexnet-lab inspect`: runs a model layer by layer on one input and reports or dumps every
// layer's output (PRODUCT.md §3).
//   --image FILE   decoded by alexnet_image (image/, Qt Gui), preprocessed by core (grayscale, centre crop,
//                  bilinear resize, scale, auto-invert when the background is light)
//   --sample K     the K-th Fashion-MNIST test image (--data DIR), resized to the model's input
//   --tensor FILE  the tensor `input` of a safetensors file
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

// The model input (N, C, H, W) and a JSON description of where it came from.
struct InspectInput {
  Tensor tensor;
  nlohmann::ordered_json description;
};

// The K-th test image as an 8-bit gray Image (K is checked against the test set size).
Image testSample(const Arguments& args, std::int64_t index, std::uint8_t& label) {
  DatasetOptions options;
  if (auto dir = args.value("--data")) options.directory = *dir;
  options.limit = index + 1;
  const ImageSet set = loadFashionMnist(Split::Test, options);
  if (index >= set.count)
    throw std::runtime_error("--sample " + std::to_string(index) + " is outside the test set (" +
                             std::to_string(set.count) + " images, 0.." + std::to_string(set.count - 1) + ")");
  const std::int64_t plane = set.rows * set.cols;
  Image image{.width = set.cols, .height = set.rows, .channels = 1, .type = PixelType::U8, .u8 = {}, .f32 = {}};
  image.u8.assign(set.pixels.begin() + index * plane, set.pixels.begin() + (index + 1) * plane);
  label = set.labels[static_cast<std::size_t>(index)];
  return image;
}

InspectInput loadInput(const Arguments& args, const ModelConfig& config) {
  const int sources = args.has("--image") + args.has("--sample") + args.has("--tensor");
  if (sources != 1) throw UsageError("give exactly one of --image FILE, --sample K, --tensor FILE");
  if (auto path = args.value("--tensor")) return {inputFromTensorFile(*path), {{"source", "tensor"}, {"path", *path}}};

  PreprocessOptions options{.size = effectiveInputSize(config), .channels = inputChannels(config)};
  if (auto path = args.value("--image")) {
    // As the GUI: a photo far larger than needed decodes at 1/2, 1/4 or 1/8 of its size.
    const image::DecodedImage decoded = image::decodeImageFile(*path, {.decodeShortSide = image::kDisplayShortSide});
    const PreprocessResult result = preprocessImage(decoded.image, options);
    const Tensor& original = result.stages.front().image;  // (1, C, H, W)
    return {result.tensor,
            {{"source", "image"},
             {"path", *path},
             {"width", decoded.fileWidth},
             {"height", decoded.fileHeight},
             {"decoded_width", original.dim(3)},
             {"decoded_height", original.dim(2)},
             {"channels", original.dim(1)},
             {"border_mean", result.borderMean},
             {"inverted", result.inverted}}};
  }
  const std::int64_t index = args.integer("--sample", -1);
  if (index < 0) throw UsageError("--sample expects a test image index of 0 or more");
  std::uint8_t label = 0;
  options.invert = InvertMode::Off;  // Fashion-MNIST is already light on black
  const PreprocessResult result = preprocessImage(testSample(args, index, label), options);
  return {result.tensor,
          {{"source", "sample"}, {"index", index}, {"label", label}, {"label_class", fashionMnistClassNames()[label]}}};
}

std::string className(std::int64_t index, std::int64_t classes) {
  if (classes == 10) return fashionMnistClassNames()[static_cast<std::size_t>(index)];
  return "class " + std::to_string(index);
}

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
  InspectInput input = loadInput(args, config);  // before building: a bad image fails fast
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
