#pragma once
// The packed GEMM's blocking and packing, shared in source by the per-ISA kernels (internal).
//
// Include this only from a per-ISA translation unit (packed_gemm_avx512.cpp, packed_gemm_avx2.cpp).
// Everything here is in an anonymous namespace, so every ISA compiles its own private copy with its
// own instruction set: nothing inline is shared between TUs built for different CPUs (a shared
// inline copy is one the linker may take from the AVX-512 TU and run on an AVX2 CPU).
//
//   C (M×N) (+)= op(A) (M×K) · op(B) (K×N)
// op(A) is packed in panels of Mr rows (alpha folded in) and op(B) in panels of Nr columns, both
// over reduction blocks of Kc; MicroKernel multiplies one Mr-row panel by one Nr-column panel:
//   void MicroKernel(kc, const float* a /*kc×Mr*/, const float* b /*kc×Nr, 64-byte aligned*/,
//                    float* c, ldc, rows ≤ Mr, cols ≤ Nr, bool accumulate)
#include <cstdint>

#include "gemm.h"
#include "scratch.h"

namespace alexnet::kernels {
namespace {

constexpr std::int64_t minOf(std::int64_t x, std::int64_t y) { return x < y ? x : y; }

// Packs rows [0, M) × reduction [k0, k0 + kc) of op(A) as panels of Mr rows: panel p holds, for each
// k, the Mr values op(A)[p·Mr + r][k] side by side (rows past M are zero).
template <std::int64_t Mr>
void packA(const GemmArgs& g, std::int64_t k0, std::int64_t kc, float* dst) {
  for (std::int64_t i0 = 0; i0 < g.m; i0 += Mr, dst += Mr * kc) {
    const std::int64_t rows = minOf(Mr, g.m - i0);
    if (!g.transA) {
      for (std::int64_t r = 0; r < Mr; ++r) {
        const float* src = g.a + (i0 + r) * g.lda + k0;
        for (std::int64_t k = 0; k < kc; ++k) dst[k * Mr + r] = r < rows ? g.alpha * src[k] : 0.0f;
      }
    } else {
      for (std::int64_t k = 0; k < kc; ++k) {
        const float* src = g.a + (k0 + k) * g.lda + i0;  // Aᵀ stored: row k holds op(A)[·][k]
        for (std::int64_t r = 0; r < Mr; ++r) dst[k * Mr + r] = r < rows ? g.alpha * src[r] : 0.0f;
      }
    }
  }
}

// Packs reduction [k0, k0 + kc) × columns [j0, j0 + cols) of op(B), cols ≤ Nr, as kc rows of Nr
// floats (columns past `cols` are zero).
template <std::int64_t Nr>
void packB(const GemmArgs& g, std::int64_t k0, std::int64_t kc, std::int64_t j0, std::int64_t cols, float* dst) {
  if (!g.transB) {
    for (std::int64_t k = 0; k < kc; ++k, dst += Nr) {
      const float* src = g.b + (k0 + k) * g.ldb + j0;
      for (std::int64_t j = 0; j < Nr; ++j) dst[j] = j < cols ? src[j] : 0.0f;
    }
  } else {
    for (std::int64_t k = 0; k < kc; ++k)
      for (std::int64_t j = cols; j < Nr; ++j) dst[k * Nr + j] = 0.0f;
    for (std::int64_t j = 0; j < cols; ++j) {
      const float* src = g.b + (j0 + j) * g.ldb + k0;  // Bᵀ stored: row j holds op(B)[·][j]
      for (std::int64_t k = 0; k < kc; ++k) dst[k * Nr + j] = src[k];
    }
  }
}

// packB for op(B) given as image columns (gemm.h ImageColumns): the same kc × Nr layout, filled from
// the image directly. Panel column j is column columnBegin + j0 + j of the column matrix, i.e. output
// position (y, x); reduction row k0 + k is (c, i, j) of the kernel window.
//
// The panel's columns fall into runs along output rows (conv3 at batch 1: 48 columns = 4 rows of 12),
// the same for every reduction row, so they are found once per panel; each reduction row is then a
// zero fill and one short copy per run. With stride 1 (conv2-conv5) the copies are contiguous and the
// bounds need no division.
template <std::int64_t Nr>
void packImageColumns(const ImageColumns& im, std::int64_t k0, std::int64_t kc, std::int64_t j0, std::int64_t cols,
                      float* dst) {
  const std::int64_t window = im.kernel * im.kernel, s = im.stride, p = im.padding, wo = im.outWidth;
  struct Run {
    std::int64_t y, x, column, length;  // output row y, columns [x, x + length), at panel column `column`
  };
  Run runs[Nr];
  std::int64_t runCount = 0;
  {
    const std::int64_t first = im.columnBegin + j0;
    std::int64_t j = 0, y = first / wo, x = first % wo;
    while (j < cols) {
      const std::int64_t length = minOf(wo - x, cols - j);
      runs[runCount++] = {y, x, j, length};
      j += length;
      ++y;
      x = 0;
    }
  }
  std::int64_t c = k0 / window, ki = k0 % window / im.kernel, kj = k0 % im.kernel;
  for (std::int64_t k = 0; k < kc; ++k, dst += Nr) {
    for (std::int64_t t = 0; t < Nr; ++t) dst[t] = 0.0f;
    const float* plane = im.image + c * im.height * im.width;  // channel c: (H, W)
    const std::int64_t shift = kj - p;                         // input column = x·s + shift
    // Output columns x whose input column lies inside [0, W): [xBegin, xEnd).
    std::int64_t xBegin, xEnd;
    if (s == 1) {
      xBegin = shift >= 0 ? 0 : -shift;
      xEnd = im.width - shift;
    } else {
      xBegin = shift >= 0 ? 0 : (-shift + s - 1) / s;
      const std::int64_t last = im.width - 1 - shift;  // x·s ≤ last
      xEnd = last < 0 ? 0 : last / s + 1;
    }
    xBegin = minOf(xBegin, wo);
    xEnd = xEnd < xBegin ? xBegin : minOf(xEnd, wo);
    for (std::int64_t r = 0; r < runCount; ++r) {
      const Run& run = runs[r];
      const std::int64_t iy = run.y * s - p + ki;
      if (iy < 0 || iy >= im.height) continue;   // a padding row: zeros
      const float* row = plane + iy * im.width;  // row[t·s + shift] = input (iy, t·s + shift)
      float* out = dst + run.column;             // out[t − x] is the panel column of output position (y, t)
      const std::int64_t x = run.x, copyBegin = x > xBegin ? x : xBegin, copyEnd = minOf(x + run.length, xEnd);
      if (s == 1)
        for (std::int64_t t = copyBegin; t < copyEnd; ++t) out[t - x] = row[t + shift];
      else
        for (std::int64_t t = copyBegin; t < copyEnd; ++t) out[t - x] = row[t * s + shift];
    }
    if (++kj == im.kernel) {
      kj = 0;
      if (++ki == im.kernel) {
        ki = 0;
        ++c;
      }
    }
  }
}

// Asks for a C tile (rows × cols) in L1 before the micro-kernel that reads and writes it: the kernel
// touches C only after its kc-long reduction, long enough for the lines to arrive. The tiles of one
// column panel are Mr rows apart in C, a stride the hardware prefetchers do not follow, and a C of
// megabytes (conv2's weight gradient, 256 × 2400) comes from L3 or memory. A C that fits in L2
// (every forward convolution's per-sample product) is left alone: there the prefetches measured
// slower (conv3 at batch 1: 1.10 → 1.20 ms).
constexpr std::int64_t kPrefetchMinCBytes = std::int64_t{1} << 20;

inline bool prefetchesC(const GemmArgs& g) {
  return g.m * g.ldc * static_cast<std::int64_t>(sizeof(float)) >= kPrefetchMinCBytes;
}

inline void prefetchTile(const float* c, std::int64_t ldc, std::int64_t rows, std::int64_t cols) {
  constexpr std::int64_t kFloatsPerLine = 16;  // 64-byte lines
  for (std::int64_t r = 0; r < rows; ++r) {
    const float* row = c + r * ldc;
    for (std::int64_t j = 0; j < cols; j += kFloatsPerLine) __builtin_prefetch(row + j, 1, 3);
    __builtin_prefetch(row + cols - 1, 1, 3);  // the last line when the row does not start on a line
  }
}

// C (+)= packed A block (all M rows × reduction [k0, k0 + kc)) · op(B) over the same reduction,
// one Nr-column panel of B at a time (packed into `packedB`, kKc × Nr floats).
template <std::int64_t Mr, std::int64_t Nr, class MicroKernel>
void multiplyBlock(const GemmArgs& g, std::int64_t k0, std::int64_t kc, const float* packedA, float* packedB,
                   MicroKernel microKernel) {
  const std::int64_t mPanels = (g.m + Mr - 1) / Mr;
  const bool accumulate = k0 > 0 || g.beta != 0.0f, prefetch = prefetchesC(g);
  for (std::int64_t j0 = 0; j0 < g.n; j0 += Nr) {
    const std::int64_t cols = minOf(Nr, g.n - j0);
    if (g.columns)
      packImageColumns<Nr>(*g.columns, k0, kc, j0, cols, packedB);
    else
      packB<Nr>(g, k0, kc, j0, cols, packedB);
    for (std::int64_t p = 0; p < mPanels; ++p) {
      float* c = g.c + p * Mr * g.ldc + j0;
      const std::int64_t rows = minOf(Mr, g.m - p * Mr);
      if (prefetch) prefetchTile(c, g.ldc, rows, cols);
      microKernel(kc, packedA + p * Mr * kc, packedB, c, g.ldc, rows, cols, accumulate);
    }
  }
}

// beta is 0 (overwrite) or 1 (accumulate); alpha is folded into the packed A.
template <std::int64_t Mr, std::int64_t Nr, std::int64_t Kc, class MicroKernel>
void packedGemmDriver(const GemmArgs& g, MicroKernel microKernel) {
  const std::int64_t mPanels = (g.m + Mr - 1) / Mr;
  float* packedA = threadScratch(ScratchSlot::GemmPackedA, mPanels * Mr * Kc);
  float* packedB = threadScratch(ScratchSlot::GemmPackedB, Kc * Nr);
  for (std::int64_t k0 = 0; k0 < g.k; k0 += Kc) {
    const std::int64_t kc = minOf(Kc, g.k - k0);
    packA<Mr>(g, k0, kc, packedA);
    multiplyBlock<Mr, Nr>(g, k0, kc, packedA, packedB, microKernel);
  }
}

// The whole of op(A) packed once, for products that share it (every column block of a parallel
// product, every sample of a convolution): reduction block k0 (a multiple of Kc) starts at
// packedLhsOffset(m, k0) and is laid out as packA lays it out.
template <std::int64_t Mr>
constexpr std::int64_t packedLhsOffset(std::int64_t m, std::int64_t k0) {
  return (m + Mr - 1) / Mr * Mr * k0;
}

// Packs reduction blocks [k0 .. k1) of op(A) (k0 a multiple of Kc) into the whole-A layout at `dst`.
template <std::int64_t Mr, std::int64_t Kc>
void packLhsRange(const GemmArgs& g, std::int64_t kBegin, std::int64_t kEnd, float* dst) {
  for (std::int64_t k0 = kBegin; k0 < kEnd && k0 < g.k; k0 += Kc)
    packA<Mr>(g, k0, minOf(Kc, g.k - k0), dst + packedLhsOffset<Mr>(g.m, k0));
}

// packedGemmDriver with op(A) already packed (packLhsRange over [0, k)); g.a is not read. The
// product's rows are rows [firstRow, firstRow + g.m) of the packed op(A) (firstRow a multiple of Mr),
// which has `packedRows` rows (rounded up to Mr): a row block of a parallel product.
template <std::int64_t Mr, std::int64_t Nr, std::int64_t Kc, class MicroKernel>
void prepackedGemmDriver(const GemmArgs& g, const float* packedLhs, std::int64_t packedRows, std::int64_t firstRow,
                         MicroKernel microKernel) {
  float* packedB = threadScratch(ScratchSlot::GemmPackedB, Kc * Nr);
  for (std::int64_t k0 = 0; k0 < g.k; k0 += Kc) {
    const std::int64_t kc = minOf(Kc, g.k - k0);
    // block k0 starts at packedRows·k0 (packedLhsOffset); its panels are Mr·kc floats each
    multiplyBlock<Mr, Nr>(g, k0, kc, packedLhs + packedRows * k0 + firstRow * kc, packedB, microKernel);
  }
}

// The whole of op(B) packed once and shared by the threads: the row blocks of a parallel product each
// packed all of their columns of op(B) again (AlexNet's conv3-5 at batch 1, C 384 × 144 in two row
// blocks, packed every image column twice). Layout: reduction block k0 (a multiple of Kc) starts at
// panels·Nr·k0 floats; in it, panel q (columns [q·Nr, q·Nr + Nr) of op(B)) is kc × Nr floats at
// q·Nr·kc, laid out as packB lays it out. Items [firstItem, lastItem) of the packing are the pairs
// (reduction block t / panels, panel t % panels), so threads can share it at a finer grain than panels.
template <std::int64_t Nr, std::int64_t Kc>
void packRhsItems(const GemmArgs& g, std::int64_t firstItem, std::int64_t lastItem, float* dst) {
  const std::int64_t panels = (g.n + Nr - 1) / Nr;
  for (std::int64_t t = firstItem; t < lastItem; ++t) {
    const std::int64_t k0 = t / panels * Kc, q = t % panels;
    if (k0 >= g.k) return;
    const std::int64_t kc = minOf(Kc, g.k - k0), j0 = q * Nr, cols = minOf(Nr, g.n - j0);
    float* panel = dst + panels * Nr * k0 + q * Nr * kc;
    if (g.columns)
      packImageColumns<Nr>(*g.columns, k0, kc, j0, cols, panel);
    else
      packB<Nr>(g, k0, kc, j0, cols, panel);
  }
}

// prepackedGemmDriver with op(B) also packed (packRhsItems over all items of a product with
// `rhsPanels` panels): g is the block of rows [firstRow, firstRow + g.m) of the packed op(A) and of
// columns [firstPanel·Nr, firstPanel·Nr + g.n) of the packed op(B); g.a, g.b and g.columns are not read.
template <std::int64_t Mr, std::int64_t Nr, std::int64_t Kc, class MicroKernel>
void fullyPackedGemmDriver(const GemmArgs& g, const float* packedLhs, std::int64_t packedRows, std::int64_t firstRow,
                           const float* packedRhs, std::int64_t rhsPanels, std::int64_t firstPanel,
                           MicroKernel microKernel) {
  const std::int64_t mPanels = (g.m + Mr - 1) / Mr;
  const bool prefetch = prefetchesC(g);
  for (std::int64_t k0 = 0; k0 < g.k; k0 += Kc) {
    const std::int64_t kc = minOf(Kc, g.k - k0);
    const bool accumulate = k0 > 0 || g.beta != 0.0f;
    const float* aBlock = packedLhs + packedRows * k0 + firstRow * kc;             // panels of Mr·kc floats
    const float* bBlock = packedRhs + rhsPanels * Nr * k0 + firstPanel * Nr * kc;  // panels of kc·Nr floats
    for (std::int64_t j0 = 0; j0 < g.n; j0 += Nr) {
      const std::int64_t cols = minOf(Nr, g.n - j0);
      const float* b = bBlock + j0 * kc;  // panel j0 / Nr of the block: (j0 / Nr)·Nr·kc floats in
      for (std::int64_t p = 0; p < mPanels; ++p) {
        float* c = g.c + p * Mr * g.ldc + j0;
        const std::int64_t rows = minOf(Mr, g.m - p * Mr);
        if (prefetch) prefetchTile(c, g.ldc, rows, cols);
        microKernel(kc, aBlock + p * Mr * kc, b, c, g.ldc, rows, cols, accumulate);
      }
    }
  }
}

}  // namespace
}  // namespace alexnet::kernels
