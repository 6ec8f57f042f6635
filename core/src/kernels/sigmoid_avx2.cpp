// The sigmoid over AVX2 + FMA registers (sigmoid_kernels.h); called when activeIsa() is avx2.
#include "elementwise.h"
#include "simd_avx2.h"
#include "sigmoid_kernels.h"

namespace alexnet::kernels::avx2 {

void sigmoidForward(const float* x, float* y, float* cache, std::int64_t n) { sigmoidLoop<Ymm>(x, y, cache, n); }

}  // namespace alexnet::kernels::avx2
