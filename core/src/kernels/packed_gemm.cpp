#include "packed_gemm.h"

#include <algorithm>
#include <vector>

#include <Eigen/Core>

#if defined(__AVX512F__)
#include <immintrin.h>
#endif

namespace alexnet::kernels {

#if defined(__AVX512F__)

bool packedGemmAvailable() { return true; }

namespace {

constexpr std::int64_t kLanes = 16;
constexpr std::int64_t kMr = 8;            // rows of C per micro-tile
constexpr std::int64_t kNr = 3 * kLanes;   // columns of C per micro-tile (3 vectors)
constexpr std::int64_t kKc = 192;          // reduction block: a B panel (kKc × kNr floats = 36 KB) stays in L1

using Buffer = std::vector<float, Eigen::aligned_allocator<float>>;

float* threadBuffer(int slot, std::int64_t size) {
  thread_local Buffer buffers[2];
  Buffer& b = buffers[slot];
  if (static_cast<std::int64_t>(b.size()) < size) b.resize(static_cast<std::size_t>(size));
  return b.data();
}

// op(A)[i][k], op(B)[k][j] of the row-major operands.
inline float elemA(const GemmArgs& g, std::int64_t i, std::int64_t k) {
  return g.transA ? g.a[k * g.lda + i] : g.a[i * g.lda + k];
}

// Packs rows [0, M) × reduction [k0, k0 + kc) of op(A) as panels of kMr rows: panel p holds, for each
// k, the kMr values op(A)[p·kMr + r][k] side by side (rows past M are zero).
void packA(const GemmArgs& g, std::int64_t k0, std::int64_t kc, float* dst) {
  for (std::int64_t i0 = 0; i0 < g.m; i0 += kMr, dst += kMr * kc) {
    const std::int64_t rows = std::min(kMr, g.m - i0);
    if (!g.transA) {
      for (std::int64_t r = 0; r < kMr; ++r) {
        if (r < rows) {
          const float* src = g.a + (i0 + r) * g.lda + k0;
          for (std::int64_t k = 0; k < kc; ++k) dst[k * kMr + r] = g.alpha * src[k];
        } else {
          for (std::int64_t k = 0; k < kc; ++k) dst[k * kMr + r] = 0.0f;
        }
      }
    } else {
      for (std::int64_t k = 0; k < kc; ++k) {
        const float* src = g.a + (k0 + k) * g.lda + i0;  // Aᵀ stored: row k holds op(A)[·][k]
        for (std::int64_t r = 0; r < kMr; ++r) dst[k * kMr + r] = r < rows ? g.alpha * src[r] : 0.0f;
      }
    }
  }
}

// Packs reduction [k0, k0 + kc) × columns [j0, j0 + cols) of op(B), cols ≤ kNr, as kc rows of kNr
// floats (columns past `cols` are zero).
void packB(const GemmArgs& g, std::int64_t k0, std::int64_t kc, std::int64_t j0, std::int64_t cols, float* dst) {
  if (!g.transB) {
    for (std::int64_t k = 0; k < kc; ++k, dst += kNr) {
      const float* src = g.b + (k0 + k) * g.ldb + j0;
      std::copy_n(src, cols, dst);
      std::fill(dst + cols, dst + kNr, 0.0f);
    }
  } else {
    for (std::int64_t k = 0; k < kc; ++k) std::fill(dst + k * kNr + cols, dst + (k + 1) * kNr, 0.0f);
    for (std::int64_t j = 0; j < cols; ++j) {
      const float* src = g.b + (j0 + j) * g.ldb + k0;  // Bᵀ stored: row j holds op(B)[·][j]
      for (std::int64_t k = 0; k < kc; ++k) dst[k * kNr + j] = src[k];
    }
  }
}

// C tile (rows × cols, ≤ kMr × kNr) (+)= packed A panel (kc × kMr) · packed B panel (kc × kNr).
// 24 accumulators; per k: 3 vector loads of B and 8 broadcasts of A for 24 FMAs.
void microKernel(std::int64_t kc, const float* a, const float* b, float* c, std::int64_t ldc, std::int64_t rows,
                 std::int64_t cols, bool accumulate) {
  __m512 acc[kMr][3];
  for (auto& row : acc)
    for (auto& v : row) v = _mm512_setzero_ps();
  for (std::int64_t k = 0; k < kc; ++k, a += kMr, b += kNr) {
    const __m512 b0 = _mm512_load_ps(b), b1 = _mm512_load_ps(b + kLanes), b2 = _mm512_load_ps(b + 2 * kLanes);
    for (int r = 0; r < kMr; ++r) {
      const __m512 av = _mm512_set1_ps(a[r]);
      acc[r][0] = _mm512_fmadd_ps(av, b0, acc[r][0]);
      acc[r][1] = _mm512_fmadd_ps(av, b1, acc[r][1]);
      acc[r][2] = _mm512_fmadd_ps(av, b2, acc[r][2]);
    }
  }
  const __mmask16 masks[3] = {
      static_cast<__mmask16>(cols >= kLanes ? 0xFFFF : (1u << std::max<std::int64_t>(cols, 0)) - 1u),
      static_cast<__mmask16>(cols >= 2 * kLanes ? 0xFFFF : (cols > kLanes ? (1u << (cols - kLanes)) - 1u : 0u)),
      static_cast<__mmask16>(cols >= 3 * kLanes ? 0xFFFF : (cols > 2 * kLanes ? (1u << (cols - 2 * kLanes)) - 1u : 0u)),
  };
  for (int r = 0; r < kMr; ++r) {
    if (r >= rows) break;
    float* row = c + r * ldc;
    for (int v = 0; v < 3; ++v) {
      if (!masks[v]) break;
      __m512 result = acc[r][v];
      if (accumulate) result = _mm512_add_ps(result, _mm512_maskz_loadu_ps(masks[v], row + v * kLanes));
      _mm512_mask_storeu_ps(row + v * kLanes, masks[v], result);
    }
  }
}

}  // namespace

void packedGemm(const GemmArgs& g) {
  // beta is 0 (overwrite) or 1 (accumulate); alpha is folded into the packed A.
  const std::int64_t mPanels = (g.m + kMr - 1) / kMr;
  float* packedA = threadBuffer(0, mPanels * kMr * kKc);
  float* packedB = threadBuffer(1, kKc * kNr);
  for (std::int64_t k0 = 0; k0 < g.k; k0 += kKc) {
    const std::int64_t kc = std::min(kKc, g.k - k0);
    const bool accumulate = k0 > 0 || g.beta != 0.0f;
    packA(g, k0, kc, packedA);
    for (std::int64_t j0 = 0; j0 < g.n; j0 += kNr) {
      const std::int64_t cols = std::min(kNr, g.n - j0);
      packB(g, k0, kc, j0, cols, packedB);
      for (std::int64_t p = 0; p < mPanels; ++p)
        microKernel(kc, packedA + p * kMr * kc, packedB, g.c + p * kMr * g.ldc + j0, g.ldc,
                    std::min(kMr, g.m - p * kMr), cols, accumulate);
    }
  }
}

#else

bool packedGemmAvailable() { return false; }
void packedGemm(const GemmArgs&) {}

#endif

}  // namespace alexnet::kernels
