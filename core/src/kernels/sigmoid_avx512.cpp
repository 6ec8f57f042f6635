// The sigmoid over AVX-512 registers (sigmoid_kernels.h); called when activeIsa() is avx512.
#include "elementwise.h"
#include "simd_avx512.h"
#include "sigmoid_kernels.h"

namespace alexnet::kernels::avx512 {

void sigmoidForward(const float* x, float* y, float* cache, std::int64_t n) { sigmoidLoop<Zmm>(x, y, cache, n); }

}  // namespace alexnet::kernels::avx512
