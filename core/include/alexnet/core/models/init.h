#pragma once
// d2l's initialisation: nn.init.xavier_uniform_ on every Conv2d/Linear weight,
// and PyTorch's default U(−1/√fan_in, 1/√fan_in) on the biases. Seeded and reproducible.
#include <cstdint>

#include "alexnet/core/sequential.h"

namespace alexnet {

void initializeXavier(Sequential& model, std::uint64_t seed);

}  // namespace alexnet
