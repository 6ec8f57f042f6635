// The packed GEMM's AVX2 + FMA micro-kernel. Built with -mavx2 -mfma (core/CMakeLists.txt) and
// called only when activeIsa() is avx2; see packed_gemm.h.
//
// 6 × 16 tile as BLIS's Haswell kernel: 12 ymm accumulators, 2 loads of B and 6 broadcasts of A
// per reduction step for 12 FMAs, 15 of the 16 ymm registers in use.
#include <immintrin.h>

#include "packed_gemm.h"
#include "packed_gemm_driver.h"
#include "simd_avx2.h"

namespace alexnet::kernels::avx2 {
namespace {

constexpr std::int64_t kLanes = 8;
constexpr std::int64_t kMr = 6;           // rows of C per micro-tile
constexpr std::int64_t kNr = 2 * kLanes;  // columns of C per micro-tile (2 vectors)
constexpr std::int64_t kKc = 256;         // reduction block: a B panel (kKc × kNr floats = 16 KB) stays in L1

// Lanes of vector `vector` (of two) that hold columns < cols.
__m256i laneMask(std::int64_t cols, std::int64_t vector) { return Ymm::tail(cols - vector * kLanes); }

// C tile (rows × cols, ≤ kMr × kNr) (+)= packed A panel (kc × kMr) · packed B panel (kc × kNr).
void microKernel(std::int64_t kc, const float* a, const float* b, float* c, std::int64_t ldc, std::int64_t rows,
                 std::int64_t cols, bool accumulate) {
  __m256 acc[kMr][2];
  for (auto& row : acc)
    for (auto& v : row) v = _mm256_setzero_ps();
  for (std::int64_t k = 0; k < kc; ++k, a += kMr, b += kNr) {
    const __m256 b0 = _mm256_load_ps(b), b1 = _mm256_load_ps(b + kLanes);
    for (int r = 0; r < kMr; ++r) {
      const __m256 av = _mm256_broadcast_ss(a + r);
      acc[r][0] = _mm256_fmadd_ps(av, b0, acc[r][0]);
      acc[r][1] = _mm256_fmadd_ps(av, b1, acc[r][1]);
    }
  }
  if (cols == kNr) {  // whole vectors
    for (int r = 0; r < kMr && r < rows; ++r) {
      float* row = c + r * ldc;
      for (int v = 0; v < 2; ++v) {
        __m256 result = acc[r][v];
        if (accumulate) result = _mm256_add_ps(result, _mm256_loadu_ps(row + v * kLanes));
        _mm256_storeu_ps(row + v * kLanes, result);
      }
    }
    return;
  }
  const __m256i masks[2] = {laneMask(cols, 0), laneMask(cols, 1)};
  for (int r = 0; r < kMr && r < rows; ++r) {
    float* row = c + r * ldc;
    for (int v = 0; v < 2; ++v) {
      __m256 result = acc[r][v];
      if (accumulate) result = _mm256_add_ps(result, _mm256_maskload_ps(row + v * kLanes, masks[v]));
      _mm256_maskstore_ps(row + v * kLanes, masks[v], result);
    }
  }
}

}  // namespace

void packedGemm(const GemmArgs& g) { packedGemmDriver<kMr, kNr, kKc>(g, microKernel); }

LhsLayout lhsLayout() { return {.mr = kMr, .kc = kKc}; }

void packLhs(const GemmArgs& g, std::int64_t kBegin, std::int64_t kEnd, float* dst) {
  packLhsRange<kMr, kKc>(g, kBegin, kEnd, dst);
}

void prepackedGemm(const GemmArgs& g, const float* packedLhs) {
  prepackedGemmDriver<kMr, kNr, kKc>(g, packedLhs, microKernel);
}

}  // namespace alexnet::kernels::avx2
