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

// C tile (rows × cols, ≤ kMr × kLanes) (+)= packed A panel (kc × kMr) · the first vector of each
// row of a packed B panel (kc × kNr): the last panel of a product whose columns leave at most 8 in it
// (conv2 at batch 1: 676 = 42·16 + 4), which would otherwise spend half its FMAs on
// empty lanes. Six named accumulators, as below.
void narrowKernel(std::int64_t kc, const float* a, const float* b, float* c, std::int64_t ldc, std::int64_t rows,
                  std::int64_t cols, bool accumulate) {
  __m256 c0 = _mm256_setzero_ps(), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0;
  for (std::int64_t k = 0; k < kc; ++k, a += kMr, b += kNr) {
    const __m256 b0 = _mm256_load_ps(b);
    c0 = _mm256_fmadd_ps(_mm256_broadcast_ss(a + 0), b0, c0);
    c1 = _mm256_fmadd_ps(_mm256_broadcast_ss(a + 1), b0, c1);
    c2 = _mm256_fmadd_ps(_mm256_broadcast_ss(a + 2), b0, c2);
    c3 = _mm256_fmadd_ps(_mm256_broadcast_ss(a + 3), b0, c3);
    c4 = _mm256_fmadd_ps(_mm256_broadcast_ss(a + 4), b0, c4);
    c5 = _mm256_fmadd_ps(_mm256_broadcast_ss(a + 5), b0, c5);
  }
  const __m256 rowsOut[kMr] = {c0, c1, c2, c3, c4, c5};
  const __m256i mask = laneMask(cols, 0);
  for (int r = 0; r < kMr && r < rows; ++r) {
    float* row = c + r * ldc;
    __m256 result = rowsOut[r];
    if (accumulate) result = _mm256_add_ps(result, _mm256_maskload_ps(row, mask));
    _mm256_maskstore_ps(row, mask, result);
  }
}

// C tile (rows × cols, ≤ kMr × kNr) (+)= packed A panel (kc × kMr) · packed B panel (kc × kNr).
void microKernel(std::int64_t kc, const float* a, const float* b, float* c, std::int64_t ldc, std::int64_t rows,
                 std::int64_t cols, bool accumulate) {
  if (cols <= kLanes) {
    narrowKernel(kc, a, b, c, ldc, rows, cols, accumulate);
    return;
  }
  // Twelve named accumulators rather than an array: with `__m256 acc[6][2]` GCC 12 kept the array in
  // memory and stored all twelve on every reduction step (half the kernel's speed: conv3 at batch 32
  // took 87 ms against oneDNN's 45 ms on AVX2). The AVX-512 kernel's array stays in registers.
  __m256 c00 = _mm256_setzero_ps(), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00;
  __m256 c30 = c00, c31 = c00, c40 = c00, c41 = c00, c50 = c00, c51 = c00;
  for (std::int64_t k = 0; k < kc; ++k, a += kMr, b += kNr) {
    const __m256 b0 = _mm256_load_ps(b), b1 = _mm256_load_ps(b + kLanes);
#define ALEXNET_AVX2_ROW(r)                       \
  {                                               \
    const __m256 av = _mm256_broadcast_ss(a + r); \
    c##r##0 = _mm256_fmadd_ps(av, b0, c##r##0);   \
    c##r##1 = _mm256_fmadd_ps(av, b1, c##r##1);   \
  }
    ALEXNET_AVX2_ROW(0)
    ALEXNET_AVX2_ROW(1)
    ALEXNET_AVX2_ROW(2)
    ALEXNET_AVX2_ROW(3)
    ALEXNET_AVX2_ROW(4)
    ALEXNET_AVX2_ROW(5)
#undef ALEXNET_AVX2_ROW
  }
  alignas(32) float tile[kMr][kNr];
  const __m256 rowsOut[kMr][2] = {{c00, c01}, {c10, c11}, {c20, c21}, {c30, c31}, {c40, c41}, {c50, c51}};
  for (int r = 0; r < kMr; ++r) {
    _mm256_store_ps(tile[r], rowsOut[r][0]);
    _mm256_store_ps(tile[r] + kLanes, rowsOut[r][1]);
  }
  if (cols == kNr) {  // whole vectors
    for (int r = 0; r < kMr && r < rows; ++r) {
      float* row = c + r * ldc;
      for (int v = 0; v < 2; ++v) {
        __m256 result = _mm256_load_ps(tile[r] + v * kLanes);
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
      __m256 result = _mm256_load_ps(tile[r] + v * kLanes);
      if (accumulate) result = _mm256_add_ps(result, _mm256_maskload_ps(row + v * kLanes, masks[v]));
      _mm256_maskstore_ps(row + v * kLanes, masks[v], result);
    }
  }
}

}  // namespace

// packed_gemm.h's entry points for this instruction set, over kMr, kNr, kKc and microKernel above.
#include "packed_gemm_entry_points.inc"

}  // namespace alexnet::kernels::avx2
