#pragma once
// gemm — single-precision matrix products for the layers (internal to core).
//
//   C (M×N) = alpha · op(A) · op(B) + beta · C,   row-major, op(X) = X or Xᵀ, leading dimensions lda/ldb/ldc
//
// gemmSerial runs on the calling thread (Eigen's blocked GEBP kernel called directly, so Eigen never
// starts OpenMP threads of its own; see docs/performance.md for why we keep Eigen's kernel).
// gemm splits C into column or row blocks over parallelFor when the product is big enough; the blocks
// share one packing of op(A) (packed_lhs.h), and row blocks also one packing of op(B).
#include <cstdint>

namespace alexnet::kernels {

// op(B) of a convolution's product, read straight from the image instead of a materialised im2col
// matrix: the column matrix of one image x (C, H, W) has rows (c, i, j), C·k·k of them, and columns
// (y, x), H_out·W_out of them, holding x[c, y·stride − padding + i, x·stride − padding + j] (zero in
// the padding). The packed kernel packs its B panels from the image directly (packed_gemm_driver.h),
// which saves writing and reading the whole matrix (conv2 of d2l's AlexNet: 7 MB per sample).
struct ImageColumns {
  const float* image = nullptr;  // (C, H, W)
  std::int64_t channels = 0, height = 0, width = 0;
  std::int64_t kernel = 1, stride = 1, padding = 0;
  std::int64_t outHeight = 0, outWidth = 0;
  std::int64_t columnBegin = 0;  // the product's column 0 is this column of the matrix
};

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
  // When set, op(B) is these image columns (K = C·k·k, N ≤ H_out·W_out) and b, ldb and transB are not
  // read. Only the packed kernel reads them: check imageColumnsSupported(m, n, k) first.
  const ImageColumns* columns = nullptr;
};

void gemmSerial(const GemmArgs& args);

// gemmSerial with op(A) already packed (packed_lhs.h), the product's rows being rows [firstRow,
// firstRow + m) of the packing; falls back to gemmSerial(args) when `lhs` is empty or does not cover
// args, or when the product is one for dot products.
class PackedLhs;
void gemmSerial(const GemmArgs& args, const PackedLhs& lhs, std::int64_t firstRow = 0);

// gemmSerial over the threads. With op(A) packed (given, or packed here once when it pays), the
// product is cut into column blocks, or into one row block per thread when C has fewer columns than
// rows (op(B) then packed once for all of them); every block multiplies by the one packing of op(A).
void gemm(const GemmArgs& args);
void gemm(const GemmArgs& args, const PackedLhs& lhs);

// Whether gemmSerial hands big products to our packed kernel (packed_gemm.h): true on the AVX2 and
// AVX-512 paths unless ALEXNET_GEMM=eigen.
bool packedGemmInUse();

// Whether a product of this size may take op(B) as ImageColumns: on the packed kernel's paths (AVX2,
// AVX-512) unless ALEXNET_GEMM=eigen or ALEXNET_IM2COL=explicit (which keep the materialised im2col for
// A/B comparisons), and when the product is one the packed kernel takes (M ≥ 8, N ≥ 32, K ≥ 16).
bool imageColumnsSupported(std::int64_t m, std::int64_t n, std::int64_t k);

// A·Bᵀ products with at most this many outputs and a reduction of ≥ 64 run as dot products.
inline constexpr std::int64_t kDotProductMaxOutputs = 4096;

// Multiply-adds below which products stay on one thread.
inline constexpr std::int64_t kParallelMinMacs = 1 << 20;

}  // namespace alexnet::kernels
