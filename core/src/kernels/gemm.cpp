#include "gemm.h"

#include <Eigen/Core>
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

#include "packed_gemm.h"
#include "packed_lhs.h"
#include "parallel.h"
#include "scratch.h"

namespace alexnet::kernels {
namespace {

using Index = Eigen::Index;

template <int LhsOrder, int RhsOrder>
void product(Index m, Index n, Index k, const float* a, Index lda, const float* b, Index ldb, float* c, Index ldc,
             float alpha) {
  // C is row-major; Eigen's RowMajor-result specialisation transposes to its column-major kernel.
  Eigen::internal::gemm_blocking_space<Eigen::RowMajor, float, float, Eigen::Dynamic, Eigen::Dynamic, Eigen::Dynamic, 1,
                                       false>
      blocking(m, n, k, 1, true);
  Eigen::internal::general_matrix_matrix_product<Index, float, LhsOrder, false, float, RhsOrder, false, Eigen::RowMajor,
                                                 1>::run(m, n, k, a, lda, b, ldb, c, 1, ldc, alpha, blocking, nullptr);
}

void scaleC(const GemmArgs& g) {
  for (std::int64_t i = 0; i < g.m; ++i) {
    float* row = g.c + i * g.ldc;
    if (g.beta == 0.0f)
      std::memset(row, 0, sizeof(float) * static_cast<std::size_t>(g.n));
    else
      for (std::int64_t j = 0; j < g.n; ++j) row[j] *= g.beta;
  }
}

// C (+)= alpha · A · Bᵀ as M·N dot products of contiguous rows. For a small C and a long reduction
// (a convolution's weight gradient: C_out × C_in·k·k, summed over the output positions) this is
// 10-15× faster than the blocked kernel, whose register tiles (48 × 8 with AVX-512) would be mostly
// empty and which repacks the long panels for every tile.
void dotProducts(const GemmArgs& g) {
  for (std::int64_t i = 0; i < g.m; ++i) {
    const Eigen::Map<const Eigen::VectorXf> a(g.a + i * g.lda, g.k);
    float* c = g.c + i * g.ldc;
    for (std::int64_t j = 0; j < g.n; ++j)
      c[j] += g.alpha * a.dot(Eigen::Map<const Eigen::VectorXf>(g.b + j * g.ldb, g.k));
  }
}

bool isDotProductCase(const GemmArgs& g) {
  return !g.columns && !g.transA && g.transB && g.m * g.n <= kDotProductMaxOutputs && g.k >= 64;
}

}  // namespace

// Our packed kernel for the active instruction set (packed_gemm.h) unless ALEXNET_GEMM=eigen is set
// (for A/B comparisons); none on the generic path. Decided on first use (a function-local static:
// a namespace-scope one could be initialised before the ISA choice it reads).
bool packedGemmInUse() {
  static const bool inUse = [] {
    const char* choice = std::getenv("ALEXNET_GEMM");
    return packedGemmAvailable() && !(choice && std::strcmp(choice, "eigen") == 0);
  }();
  return inUse;
}

namespace {
bool packedKernelTakes(const GemmArgs& g) { return g.m >= 8 && g.n >= 32 && g.k >= 16; }
}  // namespace

bool imageColumnsSupported(std::int64_t m, std::int64_t n, std::int64_t k) {
  static const bool allowed = [] {
    const char* choice = std::getenv("ALEXNET_IM2COL");
    return packedGemmInUse() && !(choice && std::strcmp(choice, "explicit") == 0);
  }();
  return allowed && packedKernelTakes({.m = m, .n = n, .k = k});
}

void gemmSerial(const GemmArgs& g, const PackedLhs& lhs, std::int64_t firstRow) {
  if (!lhs.coversRows(g, firstRow) || isDotProductCase(g)) {
    gemmSerial(g);
    return;
  }
  if (g.m <= 0 || g.n <= 0) return;
  if (g.beta != 1.0f) scaleC(g);
  if (g.k <= 0 || g.alpha == 0.0f) return;
  GemmArgs accumulate = g;  // C was scaled by beta above
  accumulate.beta = 1.0f;
  packedKernelsFor(lhs.isa()).prepackedGemm(accumulate, lhs.data(), lhs.paddedRows(), firstRow);
}

void gemmSerial(const GemmArgs& g) {
  if (g.m <= 0 || g.n <= 0) return;
  if (g.beta != 1.0f) scaleC(g);
  if (g.k <= 0 || g.alpha == 0.0f) return;
  if (g.columns && !imageColumnsSupported(g.m, g.n, g.k))
    throw std::logic_error("gemmSerial: image columns need the packed kernel (check imageColumnsSupported)");
  if (isDotProductCase(g)) {
    dotProducts(g);
    return;
  }
  if (packedGemmInUse() && packedKernelTakes(g)) {
    GemmArgs accumulate = g;  // C was scaled by beta above
    accumulate.beta = 1.0f;
    packedGemm(accumulate);
    return;
  }
  constexpr int R = Eigen::RowMajor, C = Eigen::ColMajor;
  // op(A) is M×K: stored row-major (M×K) when !transA, or as the row-major K×M matrix Aᵀ, i.e. col-major M×K.
  if (!g.transA && !g.transB)
    product<R, R>(g.m, g.n, g.k, g.a, g.lda, g.b, g.ldb, g.c, g.ldc, g.alpha);
  else if (!g.transA && g.transB)
    product<R, C>(g.m, g.n, g.k, g.a, g.lda, g.b, g.ldb, g.c, g.ldc, g.alpha);
  else if (g.transA && !g.transB)
    product<C, R>(g.m, g.n, g.k, g.a, g.lda, g.b, g.ldb, g.c, g.ldc, g.alpha);
  else
    product<C, C>(g.m, g.n, g.k, g.a, g.lda, g.b, g.ldb, g.c, g.ldc, g.alpha);
}

namespace {

// The block of g in rows [r0, r1) and columns [c0, c1); image columns (if any) go to `columns` (null:
// the block is for packed operands, which do not read them).
GemmArgs block(const GemmArgs& g, std::int64_t r0, std::int64_t r1, std::int64_t c0, std::int64_t c1,
               ImageColumns* columns) {
  GemmArgs part = g;
  part.m = r1 - r0;
  part.n = c1 - c0;
  part.a = g.transA ? g.a + r0 : g.a + r0 * g.lda;
  part.c = g.c + r0 * g.ldc + c0;
  if (g.columns) {
    part.columns = nullptr;
    if (columns) {
      *columns = *g.columns;
      columns->columnBegin += c0;
      part.columns = columns;
    }
  } else {
    part.b = g.transB ? g.b + c0 * g.ldb : g.b + c0;
  }
  return part;
}

// C has fewer columns than rows (AlexNet's conv3-5 at batch 1: 384 × 144), so the threads split the
// rows. Every row block would pack all of op(B) again, so op(B) is packed once here, by all threads,
// and each thread then multiplies its row block of the packed op(A) by all of the packed op(B): one
// row block per thread, so a thread's reduction block of op(A) (at most ⌈M / threads⌉ × Kc floats:
// 147 KB for conv3) is read from L2 for every panel of op(B) instead of once from L3 per column block.
void rowBlocksOverSharedRhs(const GemmArgs& g, const PackedLhs& lhs) {
  const PackedKernels kernels = packedKernelsFor(lhs.isa());
  const RhsLayout layout = kernels.rhsLayout();
  const std::int64_t panels = (g.n + layout.nr - 1) / layout.nr;
  const std::int64_t kBlocks = (g.k + layout.kc - 1) / layout.kc;
  float* packedRhs = threadScratch(ScratchSlot::GemmSharedB, g.k * panels * layout.nr);  // this call's own
  const int threads = maxThreads();
  parallelFor(kBlocks * panels, chunkSize(kBlocks * panels, 2 * threads),
              [&](std::int64_t first, std::int64_t last) { kernels.packRhs(g, first, last, packedRhs); });
  const std::int64_t rowGrain = chunkSize(g.m, threads, lhs.rowAlignment());
  parallelFor(g.m, rowGrain, [&](std::int64_t r0, std::int64_t r1) {
    GemmArgs part = block(g, r0, r1, 0, g.n, nullptr);
    if (part.beta != 1.0f) scaleC(part);
    part.beta = 1.0f;  // C was scaled above; alpha is folded into the packed op(A)
    kernels.fullyPackedGemm(part, {.lhs = lhs.data(),
                                   .lhsRows = lhs.paddedRows(),
                                   .firstRow = r0,
                                   .rhs = packedRhs,
                                   .rhsPanels = panels,
                                   .firstPanel = 0});
  });
}

}  // namespace

void gemm(const GemmArgs& g) { gemm(g, PackedLhs()); }

void gemm(const GemmArgs& g, const PackedLhs& given) {
  const int threads = maxThreads();
  if (threads == 1 || g.m * g.n * g.k < kParallelMinMacs) {
    gemmSerial(g, given);
    return;
  }
  // One packing of op(A) for every block: the one given, else one made here. Empty where the packed
  // kernel does not run (generic path, M < 8, K < 16) and for dot-product products.
  PackedLhs own;
  const bool useGiven = given.matches(g);
  if (!useGiven && !isDotProductCase(g)) own = PackedLhs::pack(g);
  const PackedLhs& lhs = useGiven ? given : own;
  if (lhs.empty()) {
    // Split the larger of M and N into 2 chunks per thread (claimed dynamically), each a multiple of
    // 16 so no chunk gets a ragged register block in the middle.
    const bool splitColumns = g.n >= g.m;
    const std::int64_t grain = chunkSize(splitColumns ? g.n : g.m, 2 * threads, 16);
    parallelFor(splitColumns ? g.n : g.m, grain, [&](std::int64_t begin, std::int64_t end) {
      ImageColumns columns;
      gemmSerial(splitColumns ? block(g, 0, g.m, begin, end, &columns) : block(g, begin, end, 0, g.n, &columns));
    });
    return;
  }
  if (g.n < g.m && g.k > 0 && g.alpha != 0.0f && !isDotProductCase(g)) {
    rowBlocksOverSharedRhs(g, lhs);
    return;
  }
  // Column blocks, 2 per thread (multiples of 16 columns), each multiplying by the one packing of op(A).
  const std::int64_t colGrain = chunkSize(g.n, 2 * threads, 16);
  parallelFor(g.n, colGrain, [&](std::int64_t c0, std::int64_t c1) {
    ImageColumns columns;
    gemmSerial(block(g, 0, g.m, c0, c1, &columns), lhs, 0);
  });
}

}  // namespace alexnet::kernels
