#pragma once
// Finite-difference gradient checking for any Layer (used by test_gradient_check.cpp and the
// "adding a layer" guide's compiled example).
#include <random>

#include "alexnet/core/layer.h"

namespace alexnet::test {

Tensor randomTensor(const Shape& shape, std::mt19937& rng, float scale = 1.0f);
// Distinct values at least `gap` apart and away from 0: no ties, no kinks within ±eps.
Tensor spacedTensor(const Shape& shape, std::mt19937& rng, float gap = 0.05f);
// Worst error of dL/dx and every dL/dparam of `layer` at x against central differences of
// L = Σ out·R (accumulated in double), relative to each gradient's scale.
double gradientError(Layer& layer, Tensor x, Mode mode = Mode::Train, double eps = 1e-2);

}  // namespace alexnet::test
