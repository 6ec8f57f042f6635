#pragma once
// Elementwise kernels with a per-ISA vector version (internal to core).
//
// sigmoidForward: y = 1 / (1 + exp(−x)) over n floats, and a copy into `cache` (nullptr: none) for
// the backward pass, on the calling thread. The AVX-512 and AVX2 versions (sigmoid_kernels.h) use
// Cephes' expf as Eigen does; the generic path is Eigen's vectorised exp on the baseline.
#include <cstdint>

namespace alexnet::kernels {

void sigmoidForward(const float* x, float* y, float* cache, std::int64_t n);

namespace avx512 {  // sigmoid_avx512.cpp; only on a CPU with AVX-512
void sigmoidForward(const float* x, float* y, float* cache, std::int64_t n);
}
namespace avx2 {  // sigmoid_avx2.cpp; only on a CPU with AVX2 + FMA
void sigmoidForward(const float* x, float* y, float* cache, std::int64_t n);
}

}  // namespace alexnet::kernels
