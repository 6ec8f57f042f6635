// The direct convolution's AVX2 + FMA kernels (direct_conv_kernels.h over ymm registers). Built with
// -mavx2 -mfma (core/CMakeLists.txt) and called only when activeIsa() is avx2; see direct_conv.h.
#include <immintrin.h>

#include "direct_conv_kernels.h"

namespace alexnet::kernels::avx2 {
namespace {

struct Ymm {
  using Reg = __m256;
  using Tail = __m256i;
  static constexpr int kLanes = 8;
  static constexpr int kAccumulators = 12;  // of 16 ymm registers (the rest: inputs and the weight)
  static constexpr int kMaxGradOB = 2;
  static Reg zero() { return _mm256_setzero_ps(); }
  static Reg set1(float x) { return _mm256_set1_ps(x); }
  static Reg loadu(const float* p) { return _mm256_loadu_ps(p); }
  static void storeu(float* p, Reg r) { _mm256_storeu_ps(p, r); }
  static void store(float* p, Reg r) { _mm256_store_ps(p, r); }
  static Reg fmadd(Reg a, Reg b, Reg c) { return _mm256_fmadd_ps(a, b, c); }
  static Tail tail(std::int64_t lanes) {
    const int limit = lanes >= kLanes ? kLanes : lanes <= 0 ? 0 : static_cast<int>(lanes);
    return _mm256_cmpgt_epi32(_mm256_set1_epi32(limit), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
  }
  static void storeTail(float* p, Tail m, Reg r) { _mm256_maskstore_ps(p, m, r); }
  static Reg keep(Tail m, Reg r) { return _mm256_and_ps(r, _mm256_castsi256_ps(m)); }
};

}  // namespace

void directConvForward(const DirectConvArgs& args) { DirectConvKernels<Ymm>::forward(args); }
void directConvWeightGrad(const DirectConvWeightGradArgs& args) { DirectConvKernels<Ymm>::weightGrad(args); }

}  // namespace alexnet::kernels::avx2
