#include "alexnet/core/models/shape_report.h"

#include <cctype>
#include <algorithm>
#include <sstream>

#include "alexnet/core/layers/avg_pool2d.h"
#include "alexnet/core/layers/conv2d.h"
#include "alexnet/core/layers/dropout.h"
#include "alexnet/core/layers/linear.h"
#include "alexnet/core/layers/local_response_norm.h"
#include "alexnet/core/layers/max_pool2d.h"

namespace alexnet {
namespace {

std::string shortName(std::string_view type) {
  if (type == "Conv2d") return "conv";
  if (type == "Linear") return "fc";
  if (type == "MaxPool2d" || type == "AvgPool2d") return "pool";
  if (type == "LocalResponseNorm") return "lrn";
  std::string out(type);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string square(std::int64_t k) { return std::to_string(k) + "\u00d7" + std::to_string(k); }

}  // namespace

std::string bookLabel(const Layer& layer, const Shape& outputShape) {
  if (const auto* conv = dynamic_cast<const Conv2d*>(&layer)) {
    const auto& o = conv->options();
    std::string label = square(o.kernelSize) + " Conv (" + std::to_string(o.outChannels) + ")";
    if (o.stride != 1) label += ", stride " + std::to_string(o.stride);
    if (o.padding != 0) label += ", pad " + std::to_string(o.padding);
    return label;
  }
  if (const auto* pool = dynamic_cast<const MaxPool2d*>(&layer))
    return square(pool->kernelSize()) + " MaxPool, stride " + std::to_string(pool->stride());
  if (const auto* pool = dynamic_cast<const AvgPool2d*>(&layer))
    return square(pool->kernelSize()) + " AvgPool, stride " + std::to_string(pool->stride());
  if (dynamic_cast<const Linear*>(&layer)) return "Dense (" + std::to_string(outputShape.back()) + ")";
  if (const auto* dropout = dynamic_cast<const Dropout*>(&layer)) {
    std::ostringstream out;
    out << "Dropout (" << dropout->p() << ")";
    return out.str();
  }
  if (const auto* lrn = dynamic_cast<const LocalResponseNorm*>(&layer))
    return "LRN (" + std::to_string(lrn->options().size) + ")";
  if (layer.typeName() == "Sigmoid") return "sigmoid";
  return std::string(layer.typeName());
}

ShapeReport makeShapeReport(const Sequential& model) {
  ShapeReport report;
  report.inputShape = model.inputShape();
  Shape in = model.inputShape();
  int stage = 0;  // weight layers (Conv2d, Linear) seen so far, counting this one
  for (std::size_t i = 0; i < model.size(); ++i) {
    const Layer& layer = model.layer(i);
    LayerShapeRow row;
    row.index = i;
    row.type = std::string(layer.typeName());
    if (row.type == "Conv2d" || row.type == "Linear") ++stage;
    const std::string prefix = shortName(row.type);
    row.name = prefix == "flatten" ? prefix : prefix + std::to_string(std::max(stage, 1));
    row.repr = layer.repr();
    row.outputShape = model.outputShape(i);
    row.bookLabel = bookLabel(layer, row.outputShape);
    row.params = layer.parameterCount();
    row.flops = layer.flops(in);
    row.activationBytes = numel(row.outputShape) * static_cast<std::int64_t>(sizeof(float));
    report.totalParams += row.params;
    report.totalFlops += row.flops;
    report.totalActivationBytes += row.activationBytes;
    in = row.outputShape;
    report.rows.push_back(std::move(row));
  }
  return report;
}

}  // namespace alexnet
