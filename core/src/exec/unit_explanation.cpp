#include "alexnet/core/exec/unit_explanation.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "alexnet/core/layers/avg_pool2d.h"
#include "alexnet/core/layers/linear.h"
#include "alexnet/core/layers/max_pool2d.h"
#include "alexnet/core/layers/relu.h"
#include "alexnet/core/layers/sigmoid.h"

namespace alexnet {
namespace {

[[noreturn]] void outside(const std::string& what, const UnitIndex& unit, const Shape& shape) {
  throw std::invalid_argument(what + ": unit (" + std::to_string(unit.channel) + ", " + std::to_string(unit.y) + ", " +
                              std::to_string(unit.x) + ") is outside the output of input " + toString(shape));
}

}  // namespace

PoolExplanation explainPool(const Tensor& input, const PoolWindowOptions& options, const UnitIndex& unit) {
  if (input.rank() != 4 || input.dim(0) != 1)
    throw std::invalid_argument("explainPool: expected a (1, C, H, W) input, got " + toString(input.shape()));
  const std::int64_t c = input.dim(1), h = input.dim(2), w = input.dim(3), k = options.kernel, s = options.stride,
                     p = options.padding;
  if (k <= 0 || s <= 0 || p < 0) throw std::invalid_argument("explainPool: kernel and stride must be positive");
  const std::int64_t ho = (h + 2 * p - k) / s + 1, wo = (w + 2 * p - k) / s + 1;
  if (unit.channel < 0 || unit.channel >= c || unit.y < 0 || unit.y >= ho || unit.x < 0 || unit.x >= wo)
    outside("explainPool", unit, input.shape());
  PoolExplanation e;
  e.options = options;
  e.unit = unit;
  e.top = unit.y * s - p;
  e.left = unit.x * s - p;
  e.window.assign(static_cast<std::size_t>(k * k), 0.0f);
  e.padded.assign(static_cast<std::size_t>(k * k), false);
  const float* plane = input.data() + unit.channel * h * w;
  float sum = 0.0f;  // the layer's order: row-major, in float
  for (std::int64_t i = 0; i < k; ++i) {
    for (std::int64_t j = 0; j < k; ++j) {
      const std::int64_t iy = e.top + i, ix = e.left + j, cell = i * k + j;
      const bool pad = iy < 0 || iy >= h || ix < 0 || ix >= w;
      e.padded[static_cast<std::size_t>(cell)] = pad;
      if (pad) continue;
      const float v = plane[iy * w + ix];
      e.window[static_cast<std::size_t>(cell)] = v;
      sum += v;
      if (e.winner < 0 || v > e.window[static_cast<std::size_t>(e.winner)]) e.winner = cell;  // strict '>'
    }
  }
  if (options.kind == PoolKind::Max) {
    e.value = e.winner >= 0 ? e.window[static_cast<std::size_t>(e.winner)] : 0.0f;
    for (std::int64_t cell = 0; cell < k * k; ++cell)
      if (!e.padded[static_cast<std::size_t>(cell)] && e.window[static_cast<std::size_t>(cell)] == e.value)
        e.ties.push_back(cell);
  } else {
    e.sum = sum;
    e.divisor = k * k;
    e.value = sum / static_cast<float>(e.divisor);
  }
  return e;
}

ActivationExplanation explainActivation(ActivationKind kind, const Tensor& input, const UnitIndex& unit) {
  std::int64_t flat = 0;
  bool dense = false;
  if (input.rank() == 4 && input.dim(0) == 1) {
    if (unit.channel < 0 || unit.channel >= input.dim(1) || unit.y < 0 || unit.y >= input.dim(2) || unit.x < 0 ||
        unit.x >= input.dim(3))
      outside("explainActivation", unit, input.shape());
    flat = (unit.channel * input.dim(2) + unit.y) * input.dim(3) + unit.x;
  } else if (input.rank() == 2 && input.dim(0) == 1) {
    if (unit.channel < 0 || unit.channel >= input.dim(1)) outside("explainActivation", unit, input.shape());
    flat = unit.channel;
    dense = true;
  } else {
    throw std::invalid_argument("explainActivation: expected a (1, C, H, W) or (1, F) input, got " +
                                toString(input.shape()));
  }
  ActivationExplanation e;
  e.kind = kind;
  e.unit = unit;
  e.dense = dense;
  e.input = input[flat];
  if (kind == ActivationKind::ReLU) {
    e.value = e.input > 0.0f ? e.input : 0.0f;
    e.formula = "max(0, x)";
  } else {
    e.value = static_cast<float>(1.0 / (1.0 + std::exp(-double(e.input))));
    e.formula = "1 / (1 + e^(-x))";
  }
  return e;
}

DenseExplanation explainDense(const Tensor& input, const Tensor& weight, const Tensor& bias, std::int64_t unit,
                              const DenseOptions& options) {
  if (weight.rank() != 2 || input.numel() != weight.dim(1))
    throw std::invalid_argument("explainDense: input " + toString(input.shape()) + " does not fit weight " +
                                toString(weight.shape()));
  if (unit < 0 || unit >= weight.dim(0))
    throw std::invalid_argument("explainDense: unit " + std::to_string(unit) + " is outside 0.." +
                                std::to_string(weight.dim(0) - 1));
  const std::int64_t n = weight.dim(1);
  DenseExplanation e;
  e.unit = unit;
  e.inFeatures = n;
  e.bias = bias.empty() ? 0.0f : bias[unit];
  e.flattenedFrom = options.flattenedFrom;
  const float* row = weight.data() + unit * n;
  std::vector<float> products(static_cast<std::size_t>(n));
  for (std::int64_t i = 0; i < n; ++i) {
    const float p = row[i] * input[i];
    products[static_cast<std::size_t>(i)] = p;
    e.sum += double(row[i]) * double(input[i]);
    e.absTotal += std::abs(double(p));
    if (p > 0.0f) e.positiveSum += p;
    if (p < 0.0f) e.negativeSum += p;
    if (input[i] == 0.0f) ++e.zeroInputs;
  }
  e.value = static_cast<float>(double(e.bias) + e.sum);
  std::vector<std::int64_t> order(static_cast<std::size_t>(n));
  std::iota(order.begin(), order.end(), 0);
  const std::int64_t k = std::clamp<std::int64_t>(options.topK, 0, n);
  std::partial_sort(order.begin(), order.begin() + k, order.end(), [&](std::int64_t a, std::int64_t b) {
    const float pa = std::abs(products[std::size_t(a)]), pb = std::abs(products[std::size_t(b)]);
    return pa != pb ? pa > pb : a < b;
  });
  const bool mapped = options.flattenedFrom.size() == 4 &&
                      options.flattenedFrom[1] * options.flattenedFrom[2] * options.flattenedFrom[3] == n;
  double topAbs = 0.0;
  for (std::int64_t r = 0; r < k; ++r) {
    const std::int64_t i = order[static_cast<std::size_t>(r)];
    DenseContribution c{.input = i, .x = input[i], .w = row[i], .product = products[std::size_t(i)]};
    if (mapped) {
      const std::int64_t hh = options.flattenedFrom[2], ww = options.flattenedFrom[3];
      c.channel = i / (hh * ww);
      c.y = (i / ww) % hh;
      c.xPos = i % ww;
    }
    e.topSum += c.product;
    topAbs += std::abs(double(c.product));
    e.top.push_back(c);
  }
  e.topAbsShare = e.absTotal > 0.0 ? topAbs / e.absTotal : 0.0;
  return e;
}

std::optional<UnitExplanation> explainUnit(const Layer& layer, const Tensor& layerInput, const UnitIndex& unit,
                                           const DenseOptions& dense) {
  switch (layer.kind()) {
    case LayerKind::MaxPool2d: {
      const auto& pool = static_cast<const MaxPool2d&>(layer);
      return explainPool(layerInput, {.kind = PoolKind::Max, .kernel = pool.kernelSize(), .stride = pool.stride()},
                         unit);
    }
    case LayerKind::AvgPool2d: {
      const auto& pool = static_cast<const AvgPool2d&>(layer);
      return explainPool(layerInput, {.kind = PoolKind::Avg, .kernel = pool.kernelSize(), .stride = pool.stride()},
                         unit);
    }
    case LayerKind::ReLU:
      return explainActivation(ActivationKind::ReLU, layerInput, unit);
    case LayerKind::Sigmoid:
      return explainActivation(ActivationKind::Sigmoid, layerInput, unit);
    case LayerKind::Linear: {
      const auto& linear = static_cast<const Linear&>(layer);
      return explainDense(layerInput, linear.weight().value, linear.bias().value, unit.channel, dense);
    }
    default:
      return std::nullopt;
  }
}

float explainedValue(const UnitExplanation& explanation) {
  return std::visit([](const auto& e) { return e.value; }, explanation);
}

}  // namespace alexnet
