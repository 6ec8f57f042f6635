#pragma once
// gemm — single-precision matrix products for the layers (internal to core).
//
//   C (M×N) = alpha · op(A) · op(B) + beta · C,   row-major, op(X) = X or Xᵀ, leading dimensions lda/ldb/ldc
//
// gemmSerial runs on the calling thread (Eigen's blocked GEBP kernel called directly, so Eigen never
// starts OpenMP threads of its own; see docs/performance.md for why we keep Eigen's kernel).
// gemm splits C into column or row blocks over parallelFor when the product is big enough; column
// blocks share one packing of op(A) (packed_lhs.h).
#include <cstdint>

namespace alexnet::kernels {

struct GemmArgs {
  bool transA = false, transB = false;
  std::int64_t m = 0, n = 0, k = 0;
  float alpha = 1.0f;
  const float* a = nullptr;
  std::int64_t lda = 0;  // row stride of A as stored (k when !transA, m when transA)
  const float* b = nullptr;
  std::int64_t ldb = 0;  // row stride of B as stored (n when !transB, k when transB)
  float beta = 0.0f;     // 0: C is overwritten (its old contents may be garbage); 1: accumulate
  float* c = nullptr;
  std::int64_t ldc = 0;
};

void gemmSerial(const GemmArgs& args);

// gemmSerial with op(A) already packed (packed_lhs.h); falls back to gemmSerial(args) when `lhs` is
// empty or does not match args, or when the product is one for dot products.
class PackedLhs;
void gemmSerial(const GemmArgs& args, const PackedLhs& lhs);

void gemm(const GemmArgs& args);

// Whether gemmSerial hands big products to our packed kernel (packed_gemm.h): true on the AVX2 and
// AVX-512 paths unless ALEXNET_GEMM=eigen.
bool packedGemmInUse();

// A·Bᵀ products with at most this many outputs and a reduction of ≥ 64 run as dot products.
inline constexpr std::int64_t kDotProductMaxOutputs = 4096;

// Multiply-adds below which products stay on one thread.
inline constexpr std::int64_t kParallelMinMacs = 1 << 20;

}  // namespace alexnet::kernels
