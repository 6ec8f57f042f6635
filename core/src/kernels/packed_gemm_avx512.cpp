// The packed GEMM's AVX-512 micro-kernel. Built with -mavx512f -mavx512bw -mavx512dq -mavx512vl
// -mfma (core/CMakeLists.txt) and called only when activeIsa() is avx512; see packed_gemm.h.
#include <immintrin.h>

#include "packed_gemm.h"
#include "packed_gemm_driver.h"
#include "simd_avx512.h"

namespace alexnet::kernels::avx512 {
namespace {

constexpr std::int64_t kLanes = 16;
constexpr std::int64_t kMr = 8;           // rows of C per micro-tile
constexpr std::int64_t kNr = 3 * kLanes;  // columns of C per micro-tile (3 vectors)
constexpr std::int64_t kKc = 192;         // reduction block: a B panel (kKc × kNr floats = 36 KB) stays in L1

// Lanes of vector `vector` (of three) that hold columns < cols.
__mmask16 laneMask(std::int64_t cols, std::int64_t vector) { return Zmm::tail(cols - vector * kLanes); }

// C tile (rows × cols, ≤ kMr × Vectors·kLanes) (+)= packed A panel (kc × kMr) · the first Vectors
// vectors of each row of a packed B panel (kc × kNr). 8·Vectors accumulators; per k: Vectors loads
// of B and 8 broadcasts of A for 8·Vectors FMAs.
template <int Vectors>
void tileKernel(std::int64_t kc, const float* a, const float* b, float* c, std::int64_t ldc, std::int64_t rows,
                std::int64_t cols, bool accumulate) {
  __m512 acc[kMr][Vectors];
  for (auto& row : acc)
    for (auto& v : row) v = _mm512_setzero_ps();
  for (std::int64_t k = 0; k < kc; ++k, a += kMr, b += kNr) {
    __m512 bv[Vectors];
    for (int v = 0; v < Vectors; ++v) bv[v] = _mm512_load_ps(b + v * kLanes);
    for (int r = 0; r < kMr; ++r) {
      const __m512 av = _mm512_set1_ps(a[r]);
      for (int v = 0; v < Vectors; ++v) acc[r][v] = _mm512_fmadd_ps(av, bv[v], acc[r][v]);
    }
  }
  __mmask16 masks[Vectors];
  for (int v = 0; v < Vectors; ++v) masks[v] = laneMask(cols, v);
  for (int r = 0; r < kMr; ++r) {
    if (r >= rows) break;
    float* row = c + r * ldc;
    for (int v = 0; v < Vectors; ++v) {
      if (!masks[v]) break;
      __m512 result = acc[r][v];
      if (accumulate) result = _mm512_add_ps(result, _mm512_maskz_loadu_ps(masks[v], row + v * kLanes));
      _mm512_mask_storeu_ps(row + v * kLanes, masks[v], result);
    }
  }
}

// C tile (rows × cols, ≤ kMr × kNr) (+)= packed A panel (kc × kMr) · packed B panel (kc × kNr).
// The last panel of a product with at most 32 or 16 columns in it (conv2 at batch 1: 676 = 14·48 + 4)
// runs with 2 or 1 vectors, so its empty lanes cost no FMAs.
void microKernel(std::int64_t kc, const float* a, const float* b, float* c, std::int64_t ldc, std::int64_t rows,
                 std::int64_t cols, bool accumulate) {
  if (cols > 2 * kLanes)
    tileKernel<3>(kc, a, b, c, ldc, rows, cols, accumulate);
  else if (cols > kLanes)
    tileKernel<2>(kc, a, b, c, ldc, rows, cols, accumulate);
  else
    tileKernel<1>(kc, a, b, c, ldc, rows, cols, accumulate);
}

}  // namespace

// packed_gemm.h's entry points for this instruction set, over kMr, kNr, kKc and microKernel above.
#include "packed_gemm_entry_points.inc"

}  // namespace alexnet::kernels::avx512
