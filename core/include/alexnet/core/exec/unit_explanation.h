#pragma once
// Unit explanations — why one output value of a pooling, activation or dense layer is what it is
// (issue 8, "Explainers"; the Conv2d one lives in ui/inspect/conv_explanation.h). Pure arithmetic on
// the layer's input, so tests can check every value against the layer's real forward():
//
//   MaxPool2d  out[c, y, x] = max over the k×k window at (y·s − p, x·s − p) of in[c]
//              ties: the FIRST maximum in row-major window order wins (strict '>' while scanning,
//              as core's MaxPool2d and PyTorch); padded cells count as −∞ and never win.
//   AvgPool2d  out[c, y, x] = (Σ window) / (k·k)   (PyTorch's count_include_pad=True divisor)
//   ReLU       out = max(0, in)          Sigmoid  out = 1 / (1 + e^(−in))
//   Linear     out[u] = bias[u] + Σ_i weight[u, i] · in[i]; the top contributions are the
//              products w·x of largest |w·x| (signed), ties to the lower input index.
//
// A unit is (channel, y, x) for (1, C, H, W) outputs and (feature) for (1, F) outputs.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "alexnet/core/layer.h"
#include "alexnet/core/tensor.h"

namespace alexnet {

struct UnitIndex {
  std::int64_t channel = 0;  // for (1, F) outputs: the feature index
  std::int64_t y = 0;
  std::int64_t x = 0;
};

enum class PoolKind { Max, Avg };

struct PoolWindowOptions {
  PoolKind kind = PoolKind::Max;
  std::int64_t kernel = 2;
  std::int64_t stride = 2;
  std::int64_t padding = 0;  // core's pooling layers have none; kept so padded cells can be shown
};

struct PoolExplanation {
  PoolWindowOptions options;
  UnitIndex unit;
  std::int64_t top = 0, left = 0;  // input row / column of window cell (0, 0); < 0 when padded
  std::vector<float> window;       // (k, k) row-major input values; 0 where padded
  std::vector<bool> padded;        // (k, k): cell lies outside the input
  // Max: the winning cell (first maximum in row-major order) and every cell equal to it.
  std::int64_t winner = -1;
  std::vector<std::int64_t> ties;  // all cells equal to the maximum, winner included
  // Avg: Σ window (float, summed in the layer's order) and the divisor.
  float sum = 0.0f;
  std::int64_t divisor = 1;
  float value = 0.0f;  // max, or sum / divisor
};

enum class ActivationKind { ReLU, Sigmoid };

struct ActivationExplanation {
  ActivationKind kind = ActivationKind::ReLU;
  UnitIndex unit;
  bool dense = false;   // the unit is unit.channel of a (1, F) input
  float input = 0.0f;   // before
  float value = 0.0f;   // after: the formula applied to `input`
  std::string formula;  // "max(0, x)" or "1 / (1 + e^(−x))"
};

struct DenseContribution {
  std::int64_t input = 0;  // index into the Linear's input
  float x = 0.0f;          // in[input]
  float w = 0.0f;          // weight[unit, input]
  float product = 0.0f;    // w · x
  // Where the input came from when the Linear follows Flatten of a (1, C, H, W) map; −1 otherwise.
  std::int64_t channel = -1, y = -1, xPos = -1;
};

struct DenseOptions {
  std::int64_t topK = 10;
  Shape flattenedFrom;  // (1, C, H, W) when the Linear's input is Flatten's output, else empty
};

struct DenseExplanation {
  std::int64_t unit = 0;
  std::int64_t inFeatures = 0;
  float bias = 0.0f;
  double sum = 0.0;                    // Σ_i w·x (accumulated in double)
  float value = 0.0f;                  // bias + sum
  std::vector<DenseContribution> top;  // largest |w·x| first
  double topSum = 0.0;                 // Σ of the top products (signed)
  double absTotal = 0.0;               // Σ_i |w·x|
  double topAbsShare = 0.0;            // Σ_top |w·x| / absTotal (0 when absTotal is 0)
  double positiveSum = 0.0;            // Σ of the positive products
  double negativeSum = 0.0;            // Σ of the negative products
  std::int64_t zeroInputs = 0;         // inputs equal to 0 (e.g. switched off by a ReLU)
  Shape flattenedFrom;
};

// input (1, C, H, W). Throws std::invalid_argument when the unit lies outside the output.
PoolExplanation explainPool(const Tensor& input, const PoolWindowOptions& options, const UnitIndex& unit);
// input (1, C, H, W) or (1, F); the unit indexes the same-shaped output.
ActivationExplanation explainActivation(ActivationKind kind, const Tensor& input, const UnitIndex& unit);
// input (1, in_features), weight (out_features, in_features), bias (out_features).
DenseExplanation explainDense(const Tensor& input, const Tensor& weight, const Tensor& bias, std::int64_t unit,
                              const DenseOptions& options = {});

using UnitExplanation = std::variant<PoolExplanation, ActivationExplanation, DenseExplanation>;

// Dispatches on the layer type (MaxPool2d, AvgPool2d, ReLU, Sigmoid, Linear); nullopt for other
// layers (Conv2d has its own explainer; Flatten, Dropout and LocalResponseNorm are not explained).
// `layerInput` is what the layer received, (1, …).
std::optional<UnitExplanation> explainUnit(const Layer& layer, const Tensor& layerInput, const UnitIndex& unit,
                                           const DenseOptions& dense = {});

// The value an explanation arrives at.
float explainedValue(const UnitExplanation& explanation);

}  // namespace alexnet
