// `alexnet-lab explain occlusion`: occlusion sensitivity (Zeiler & Fergus 2014) of a trained network on
// one input (core exec/occlusion.h). map[i][j] = p_c(x) − p_c(x with the P×P square at (i·S, j·S) set
// to V), on the preprocessed model input.
//   --json    {"class", "patch", "stride", "map"} plus class_name, probability, predicted_class, fill,
//             rows, cols, model, input, elapsed_ms
//   --png F   the model input (enlarged) beside the same input with the map over it in viridis
//             (min of the map → dark purple, max → yellow), a colour bar underneath
#include <QImage>
#include <QPainter>

#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "alexnet/core/exec/occlusion.h"
#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/train/training_checkpoint.h"
#include "cli/checkpoint_options.h"
#include "cli/explain_modes.h"
#include "cli/feature_map_png.h"
#include "cli/model_input.h"
#include "cli/model_options.h"

namespace alexnet::cli {
namespace {

// The input enlarged to at least 224 pixels, then the same with the map blended over it at 60 %.
QImage renderOcclusionPng(const Tensor& input, const OcclusionResult& result) {
  const int height = static_cast<int>(input.dim(2)), width = static_cast<int>(input.dim(3));
  const int scale = std::max(1, (224 + height - 1) / height);
  const QImage picture = renderInputImage(input).scaled(width * scale, height * scale);             // nearest neighbour
  const Tensor pixels = occlusionPixelMap(result.map, result.patch, result.stride, height, width);  // (H, W)
  float lo = result.map[0], hi = result.map[0];
  for (std::int64_t k = 0; k < result.map.numel(); ++k)
    lo = std::min(lo, result.map[k]), hi = std::max(hi, result.map[k]);
  QImage overlay(width, height, QImage::Format_ARGB32);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      const float v = pixels[static_cast<std::int64_t>(y) * width + x];
      overlay.setPixel(x, y, viridis(hi > lo ? (v - lo) / (hi - lo) : 0.5f));
    }
  const int gap = 8, bar = 12, w = picture.width(), h = picture.height();
  QImage out(2 * w + gap, h + gap + bar, QImage::Format_RGB32);
  out.fill(0xff202020);
  QPainter painter(&out);
  painter.drawImage(0, 0, picture);
  painter.drawImage(w + gap, 0, picture);
  painter.setOpacity(0.6);
  painter.drawImage(QRect(w + gap, 0, w, h), overlay);  // smooth enough: the map is already spread per pixel
  painter.setOpacity(1.0);
  for (int x = 0; x < out.width(); ++x)
    painter.fillRect(x, h + gap, 1, bar, QColor(viridis(static_cast<float>(x) / static_cast<float>(out.width() - 1))));
  painter.end();
  return out;
}

nlohmann::ordered_json mapRows(const Tensor& map) {
  nlohmann::ordered_json rows = nlohmann::ordered_json::array();
  for (std::int64_t i = 0; i < map.dim(0); ++i) {
    nlohmann::ordered_json row = nlohmann::ordered_json::array();
    for (std::int64_t j = 0; j < map.dim(1); ++j) row.push_back(map[i * map.dim(1) + j]);
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

int runExplainOcclusion(const CommandArgs& rawArgs) {
  const Arguments args(
      rawArgs, withModelOptions({.valueOptions = {"--weights", "--image", "--sample", "--data", "--patch", "--stride",
                                                  "--fill", "--class", "--png", "--batch"},
                                 .flags = {"--json"}}));
  applyThreadOption(args);
  if (!args.has("--weights")) throw UsageError("--weights CKPT|ID is required (occlusion explains a trained network)");
  const std::int64_t patch = args.integer("--patch", 0), stride = args.integer("--stride", 0);
  const std::int64_t classIndex = args.integer("--class", -1), batch = args.integer("--batch", 32);
  if (args.has("--patch") && patch < 1) throw UsageError("--patch expects a square side of 1 or more");
  if (args.has("--stride") && stride < 1) throw UsageError("--stride expects a step of 1 or more");
  if (args.has("--class") && classIndex < 0) throw UsageError("--class expects a class index of 0 or more");
  if (batch < 1) throw UsageError("--batch expects 1 or more");
  const float fill = static_cast<float>(args.real("--fill", 0.0));

  const ResolvedWeights weights = resolveWeightsArgument(args);
  ModelInput input = loadModelInput(args, weights.config, {.allowTensor = false});
  auto model = buildModel(weights.config);
  loadStateDict(parametersOnly(weights.file), *model, weights.path.string());
  const std::int64_t side = std::min(input.tensor.dim(2), input.tensor.dim(3));
  if (patch > side)
    throw UsageError("--patch " + std::to_string(patch) + " is larger than the " + std::to_string(side) +
                     "-pixel input");
  const std::int64_t classes = model->outputShape().back();
  if (classIndex >= classes)
    throw UsageError("--class " + std::to_string(classIndex) + " is outside 0.." + std::to_string(classes - 1));

  const auto start = std::chrono::steady_clock::now();
  const OcclusionResult result = computeOcclusion(
      *model, input.tensor,
      {.patch = patch, .stride = stride, .fill = fill, .classIndex = classIndex, .batch = batch, .cancel = nullptr});
  const double elapsedMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (auto png = args.value("--png")) savePng(renderOcclusionPng(input.tensor, result), *png);

  if (args.has("--json")) {
    const nlohmann::ordered_json out{{"class", result.classIndex},
                                     {"patch", result.patch},
                                     {"stride", result.stride},
                                     {"map", mapRows(result.map)},
                                     {"class_name", className(result.classIndex, classes)},
                                     {"probability", result.probability},
                                     {"predicted_class", result.predictedClass},
                                     {"fill", result.fill},
                                     {"rows", result.map.dim(0)},
                                     {"cols", result.map.dim(1)},
                                     {"model", modelLabel(weights.config)},
                                     {"input", input.description},
                                     {"elapsed_ms", elapsedMs}};
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
  }
  std::printf("class %lld %s (p = %.4f), patch %lld, stride %lld, fill %g: %lld×%lld map in %.0f ms\n",
              static_cast<long long>(result.classIndex), className(result.classIndex, classes).c_str(),
              result.probability, static_cast<long long>(result.patch), static_cast<long long>(result.stride),
              result.fill, static_cast<long long>(result.map.dim(0)), static_cast<long long>(result.map.dim(1)),
              elapsedMs);
  for (std::int64_t i = 0; i < result.map.dim(0); ++i) {
    for (std::int64_t j = 0; j < result.map.dim(1); ++j)
      std::printf("%s%7.4f", j ? " " : "", result.map[i * result.map.dim(1) + j]);
    std::printf("\n");
  }
  return 0;
}

}  // namespace alexnet::cli
