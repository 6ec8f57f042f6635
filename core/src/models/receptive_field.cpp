#include "alexnet/core/models/receptive_field.h"

#include <algorithm>
#include <string>

#include "alexnet/core/layers/avg_pool2d.h"
#include "alexnet/core/layers/conv2d.h"
#include "alexnet/core/layers/max_pool2d.h"

namespace alexnet {
namespace {

struct Window {
  std::int64_t kernel = 1;
  std::int64_t stride = 1;
  std::int64_t padding = 0;
};

ReceptiveField wholeInputField(const Shape& input) {
  ReceptiveField field;
  field.size = std::max(input.at(2), input.at(3));
  field.jump = 0;
  field.start = 0;
  field.wholeInput = true;
  return field;
}

}  // namespace

std::vector<ReceptiveField> receptiveFields(const Sequential& model) {
  const Shape& input = model.inputShape();  // (1, C, H, W)
  std::vector<ReceptiveField> fields;
  fields.reserve(model.size());
  ReceptiveField current;  // the input itself: size 1, jump 1, start 0
  for (std::size_t i = 0; i < model.size(); ++i) {
    const Layer& layer = model.layer(i);
    if (!current.wholeInput) {
      Window window;
      bool spatial = true;
      if (layer.kind() == LayerKind::Conv2d) {
        const Conv2dOptions& o = static_cast<const Conv2d&>(layer).options();
        window = {o.kernelSize, o.stride, o.padding};
      } else if (layer.kind() == LayerKind::MaxPool2d) {
        const auto& pool = static_cast<const MaxPool2d&>(layer);
        window = {pool.kernelSize(), pool.stride(), 0};
      } else if (layer.kind() == LayerKind::AvgPool2d) {
        const auto& pool = static_cast<const AvgPool2d&>(layer);
        window = {pool.kernelSize(), pool.stride(), 0};
      } else if (isPointwise(layer.kind())) {
        spatial = false;
      } else if (model.outputShape(i).size() != 4) {
        current = wholeInputField(input);  // Flatten, Linear, …
        spatial = false;
      } else {
        throw ReceptiveFieldError("receptive_field: layer " + std::to_string(i) + " (" + std::string(layer.typeName()) +
                                  ") has no known receptive-field rule");
      }
      if (spatial) {
        current.size += (window.kernel - 1) * current.jump;
        current.start -= window.padding * current.jump;
        current.jump *= window.stride;
      }
    }
    fields.push_back(current);
  }
  return fields;
}

UnitReceptiveField unitReceptiveField(const Sequential& model, std::size_t layer, std::int64_t y, std::int64_t x) {
  if (layer >= model.size())
    throw std::out_of_range("receptive_field: layer " + std::to_string(layer) + " of a model with " +
                            std::to_string(model.size()) + " layers");
  try {
    return unitReceptiveField(receptiveFields(model)[layer], model.inputShape(), model.outputShape(layer), y, x);
  } catch (const std::out_of_range& error) {
    throw std::out_of_range(std::string(error.what()) + " of layer " + std::to_string(layer));
  }
}

UnitReceptiveField unitReceptiveField(const ReceptiveField& field, const Shape& input, const Shape& output,
                                      std::int64_t y, std::int64_t x) {
  const std::int64_t height = input.at(2);  // input (1, C, H, W)
  const std::int64_t width = input.at(3);
  UnitReceptiveField unit;
  unit.field = field;
  if (unit.field.wholeInput) {
    unit.unclipped = {0, 0, width, height};
    unit.clipped = unit.unclipped;
    return unit;
  }
  if (output.size() != 4 || y < 0 || x < 0 || y >= output.at(2) || x >= output.at(3))
    throw std::out_of_range("receptive_field: unit (" + std::to_string(y) + ", " + std::to_string(x) +
                            ") is outside the output " + toString(output));
  const ReceptiveField& f = unit.field;
  unit.unclipped = {f.start + x * f.jump, f.start + y * f.jump, f.size, f.size};
  const std::int64_t left = std::clamp<std::int64_t>(unit.unclipped.x, 0, width);
  const std::int64_t top = std::clamp<std::int64_t>(unit.unclipped.y, 0, height);
  const std::int64_t right = std::clamp<std::int64_t>(unit.unclipped.x + f.size, 0, width);
  const std::int64_t bottom = std::clamp<std::int64_t>(unit.unclipped.y + f.size, 0, height);
  unit.clipped = {left, top, right - left, bottom - top};
  return unit;
}

}  // namespace alexnet
