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

std::string shortName(const Layer& layer) {
  switch (layer.kind()) {
    case LayerKind::Conv2d:
      return "conv";
    case LayerKind::Linear:
      return "fc";
    case LayerKind::MaxPool2d:
    case LayerKind::AvgPool2d:
      return "pool";
    case LayerKind::LocalResponseNorm:
      return "lrn";
    default:
      break;
  }
  std::string out(layer.typeName());
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string square(std::int64_t k) { return std::to_string(k) + "\u00d7" + std::to_string(k); }

}  // namespace

std::string bookLabel(const Layer& layer, const Shape& outputShape) {
  switch (layer.kind()) {
    case LayerKind::Conv2d: {
      const auto& o = static_cast<const Conv2d&>(layer).options();
      std::string label = square(o.kernelSize) + " Conv (" + std::to_string(o.outChannels) + ")";
      if (o.stride != 1) label += ", stride " + std::to_string(o.stride);
      if (o.padding != 0) label += ", pad " + std::to_string(o.padding);
      return label;
    }
    case LayerKind::MaxPool2d: {
      const auto& pool = static_cast<const MaxPool2d&>(layer);
      return square(pool.kernelSize()) + " MaxPool, stride " + std::to_string(pool.stride());
    }
    case LayerKind::AvgPool2d: {
      const auto& pool = static_cast<const AvgPool2d&>(layer);
      return square(pool.kernelSize()) + " AvgPool, stride " + std::to_string(pool.stride());
    }
    case LayerKind::Linear:
      return "Dense (" + std::to_string(outputShape.back()) + ")";
    case LayerKind::Dropout: {
      std::ostringstream out;
      out << "Dropout (" << static_cast<const Dropout&>(layer).p() << ")";
      return out.str();
    }
    case LayerKind::LocalResponseNorm:
      return "LRN (" + std::to_string(static_cast<const LocalResponseNorm&>(layer).options().size) + ")";
    case LayerKind::Sigmoid:
      return "sigmoid";
    default:
      return std::string(layer.typeName());
  }
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
    row.kind = layer.kind();
    if (row.kind == LayerKind::Conv2d || row.kind == LayerKind::Linear) ++stage;
    const std::string prefix = shortName(layer);
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
