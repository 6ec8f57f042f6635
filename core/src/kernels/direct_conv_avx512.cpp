// The direct convolution's AVX-512 kernels (direct_conv_kernels.h over zmm registers). Built with
// -mavx512f -mavx512bw -mavx512dq -mavx512vl -mfma (core/CMakeLists.txt) and called only when
// activeIsa() is avx512; see direct_conv.h.
#include <immintrin.h>

#include "direct_conv_kernels.h"

namespace alexnet::kernels::avx512 {
namespace {

struct Zmm {
  using Reg = __m512;
  using Tail = __mmask16;
  static constexpr int kLanes = 16;
  static constexpr int kAccumulators = 16;  // of 32 zmm registers
  static constexpr int kMaxGradOB = 4;
  static Reg zero() { return _mm512_setzero_ps(); }
  static Reg set1(float x) { return _mm512_set1_ps(x); }
  static Reg loadu(const float* p) { return _mm512_loadu_ps(p); }
  static void storeu(float* p, Reg r) { _mm512_storeu_ps(p, r); }
  static void store(float* p, Reg r) { _mm512_store_ps(p, r); }
  static Reg fmadd(Reg a, Reg b, Reg c) { return _mm512_fmadd_ps(a, b, c); }
  static Tail tail(std::int64_t lanes) {
    return lanes >= kLanes ? Tail(0xFFFF) : lanes <= 0 ? Tail(0) : static_cast<Tail>((1u << lanes) - 1u);
  }
  static void storeTail(float* p, Tail m, Reg r) { _mm512_mask_storeu_ps(p, m, r); }
  static Reg keep(Tail m, Reg r) { return _mm512_maskz_mov_ps(m, r); }
};

}  // namespace

void directConvForward(const DirectConvArgs& args) { DirectConvKernels<Zmm>::forward(args); }
void directConvWeightGrad(const DirectConvWeightGradArgs& args) { DirectConvKernels<Zmm>::weightGrad(args); }

}  // namespace alexnet::kernels::avx512
