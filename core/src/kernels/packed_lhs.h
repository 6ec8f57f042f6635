#pragma once
// PackedLhs — the left operand op(A) of a product, packed once for one instruction set's packed
// kernel (packed_gemm.h), so the products that share it do not each pack it again (internal to core):
//   - the column blocks of one parallel product (gemm.h: every thread used to pack all of A);
//   - a convolution's weights against every sample's columns (Conv2d forward; its input gradient
//     uses the transposed weights the same way).
//
//   const PackedLhs weights = PackedLhs::pack(args);  // op(A) of args: m, k, transA, alpha, a, lda
//   gemmSerial(argsForSample, weights);               // C_i (+)= op(A) · op(B_i), any n
//   gemm(argsForSample, weights);                     // the same over the threads (row and column blocks)
//
// The packing is the kernel's own (panels of Mr rows over reduction blocks of Kc), done in parallel
// over the reduction blocks; its size is ⌈M / Mr⌉·Mr·K floats.
#include <cstdint>
#include <vector>

#include "alexnet/core/exec/isa.h"
#include "gemm.h"

namespace alexnet::kernels {

class PackedLhs {
 public:
  PackedLhs() = default;

  // Packs op(A) of `lhs` (B, C and beta are not read). Empty — products then take gemmSerial's own
  // path — when `isa` has no packed kernel, when ALEXNET_GEMM=eigen turns ours off for the active
  // path, or when op(A) is too small for the packed kernel (M < 8 or K < 16, as gemmSerial decides).
  static PackedLhs pack(const GemmArgs& lhs, Isa isa = activeIsa());

  bool empty() const { return m_data.empty(); }
  // Whether `args` multiplies by the op(A) packed here (same m, k, transA, alpha and a).
  bool matches(const GemmArgs& args) const;
  // Whether `args` multiplies by rows [firstRow, firstRow + args.m) of it (its a pointing at row
  // firstRow, a multiple of rowAlignment()): one row block of a parallel product.
  bool coversRows(const GemmArgs& args, std::int64_t firstRow) const;
  std::int64_t rowAlignment() const { return m_mr; }  // the kernel's panel height Mr
  std::int64_t paddedRows() const { return (m_source.m + m_mr - 1) / m_mr * m_mr; }
  const float* data() const { return m_data.data(); }
  Isa isa() const { return m_isa; }

 private:
  std::vector<float> m_data;  // ⌈M / Mr⌉·Mr·K floats, reduction block k0 at ⌈M / Mr⌉·Mr·k0
  GemmArgs m_source;          // what was packed (its pointers only identify it)
  Isa m_isa = Isa::Generic;
  std::int64_t m_mr = 1;
};

}  // namespace alexnet::kernels
