#include "gemm.h"

#include <Eigen/Core>
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

#include "packed_gemm.h"
#include "packed_lhs.h"
#include "parallel.h"

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

void gemmSerial(const GemmArgs& g, const PackedLhs& lhs) {
  if (!lhs.matches(g) || isDotProductCase(g)) {
    gemmSerial(g);
    return;
  }
  if (g.m <= 0 || g.n <= 0) return;
  if (g.beta != 1.0f) scaleC(g);
  if (g.k <= 0 || g.alpha == 0.0f) return;
  GemmArgs accumulate = g;  // C was scaled by beta above
  accumulate.beta = 1.0f;
  packedKernelsFor(lhs.isa()).prepackedGemm(accumulate, lhs.data());
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

void gemm(const GemmArgs& g) {
  const int threads = maxThreads();
  if (threads == 1 || g.m * g.n * g.k < kParallelMinMacs) {
    gemmSerial(g);
    return;
  }
  // Split the larger of M and N into 2 chunks per thread (claimed dynamically), each a multiple of
  // the kernel's register block so no chunk gets a ragged edge in the middle.
  const bool splitColumns = g.n >= g.m;
  const std::int64_t extent = splitColumns ? g.n : g.m;
  const std::int64_t grain = chunkSize(extent, 2 * threads, 16);
  // Column blocks all multiply by the whole of op(A): pack it once for all of them.
  const PackedLhs lhs = splitColumns ? PackedLhs::pack(g) : PackedLhs();
  parallelFor(extent, grain, [&](std::int64_t begin, std::int64_t end) {
    GemmArgs part = g;
    ImageColumns partColumns;  // image columns from column `begin` on
    if (splitColumns) {
      part.n = end - begin;
      part.c = g.c + begin;
      if (g.columns) {
        partColumns = *g.columns;
        partColumns.columnBegin += begin;
        part.columns = &partColumns;
      } else {
        part.b = g.transB ? g.b + begin * g.ldb : g.b + begin;
      }
    } else {
      part.m = end - begin;
      part.a = g.transA ? g.a + begin : g.a + begin * g.lda;
      part.c = g.c + begin * g.ldc;
    }
    gemmSerial(part, lhs);
  });
}

}  // namespace alexnet::kernels
