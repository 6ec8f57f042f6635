#pragma once
// packedGemm — our own blocked single-precision GEMM, one micro-kernel per instruction set
// (internal to core).
//
// Same contract as gemmSerial (gemm.h) for beta ∈ {0, 1}, on the calling thread. op(A) is packed in
// panels of Mr rows and op(B) in panels of Nr columns (packed_gemm_driver.h), and a register-tile
// micro-kernel multiplies them:
//   avx512  8 × 48 (3 zmm): per reduction step 3 loads and 8 broadcasts for 24 FMAs, where Eigen
//           3.4's 48 × 4 kernel has 7 loads for 12 FMAs (its nr is fixed at 4)
//   avx2    6 × 16 (2 ymm): 2 loads and 6 broadcasts for 12 FMAs
// The last column panel of a product runs with as few vectors as its columns need (avx512: 1, 2 or
// 3; avx2: 1 or 2).
// Each kernel lives in its own translation unit built for its instruction set; packedGemm() calls
// the one for activeIsa() (exec/isa.h), and on the generic path gemmSerial keeps Eigen's kernel.
#include <cstdint>

#include "alexnet/core/exec/isa.h"
#include "gemm.h"

namespace alexnet::kernels {

// How a kernel packs op(A): panels of `mr` rows over reduction blocks of `kc` (packed_gemm_driver.h).
struct LhsLayout {
  std::int64_t mr = 0, kc = 0;
};

// How a kernel packs op(B): panels of `nr` columns over reduction blocks of `kc`.
struct RhsLayout {
  std::int64_t nr = 0, kc = 0;
};

// Both operands of a product already packed (fullyPackedGemm): op(A) as PackedLhs packs it, `lhsRows`
// rows (M rounded up to mr), and op(B) whole (packRhs), `rhsPanels` panels of nr columns. The product
// is the block of rows [firstRow, firstRow + m) (firstRow a multiple of mr) and columns
// [firstPanel·nr, firstPanel·nr + n).
struct PackedOperands {
  const float* lhs = nullptr;
  std::int64_t lhsRows = 0, firstRow = 0;
  const float* rhs = nullptr;  // 64-byte aligned
  std::int64_t rhsPanels = 0, firstPanel = 0;
};

// Each instruction set's translation unit defines these (packed_gemm_avx512.cpp, _avx2.cpp):
//   packedGemm     C (+)= op(A)·op(B), packing both as it goes
//   lhsLayout      its panel height and reduction block
//   packLhs        packs reduction blocks [kBegin, kEnd) (kBegin a multiple of kc) of op(A) into the
//                  whole-A layout (packed_lhs.h sizes it)
//   prepackedGemm  packedGemm with op(A) taken from such a whole-A packing of `packedRows` rows
//                  (M rounded up to mr), the product's rows starting at row `firstRow` of it (a
//                  multiple of mr)
//   rhsLayout      its panel width and reduction block
//   packRhs        packs items [firstItem, lastItem) of op(B) — item t is panel t % panels of reduction
//                  block t / panels, panels = ⌈N / nr⌉ — into the whole-B layout of K·panels·nr floats
//   fullyPackedGemm  C (+)= the block of the two packings that `packed` names
namespace avx512 {
void packedGemm(const GemmArgs& args);
LhsLayout lhsLayout();
void packLhs(const GemmArgs& args, std::int64_t kBegin, std::int64_t kEnd, float* dst);
void prepackedGemm(const GemmArgs& args, const float* packedLhs, std::int64_t packedRows, std::int64_t firstRow);
RhsLayout rhsLayout();
void packRhs(const GemmArgs& args, std::int64_t firstItem, std::int64_t lastItem, float* dst);
void fullyPackedGemm(const GemmArgs& args, const PackedOperands& packed);
}  // namespace avx512
namespace avx2 {
void packedGemm(const GemmArgs& args);
LhsLayout lhsLayout();
void packLhs(const GemmArgs& args, std::int64_t kBegin, std::int64_t kEnd, float* dst);
void prepackedGemm(const GemmArgs& args, const float* packedLhs, std::int64_t packedRows, std::int64_t firstRow);
RhsLayout rhsLayout();
void packRhs(const GemmArgs& args, std::int64_t firstItem, std::int64_t lastItem, float* dst);
void fullyPackedGemm(const GemmArgs& args, const PackedOperands& packed);
}  // namespace avx2

using PackedGemmFn = void (*)(const GemmArgs&);
// The kernel for `isa`, or nullptr for the generic path.
PackedGemmFn packedGemmFor(Isa isa);

struct PackedKernels {
  PackedGemmFn packedGemm = nullptr;
  LhsLayout (*lhsLayout)() = nullptr;
  void (*packLhs)(const GemmArgs&, std::int64_t kBegin, std::int64_t kEnd, float* dst) = nullptr;
  void (*prepackedGemm)(const GemmArgs&, const float* packedLhs, std::int64_t packedRows,
                        std::int64_t firstRow) = nullptr;
  RhsLayout (*rhsLayout)() = nullptr;
  void (*packRhs)(const GemmArgs&, std::int64_t firstItem, std::int64_t lastItem, float* dst) = nullptr;
  void (*fullyPackedGemm)(const GemmArgs&, const PackedOperands&) = nullptr;
};
// All of them for `isa` (every pointer null on the generic path).
PackedKernels packedKernelsFor(Isa isa);

// True when the active path has a packed kernel.
bool packedGemmAvailable();

// The active path's kernel. Requires beta == 0 or beta == 1 and packedGemmAvailable().
void packedGemm(const GemmArgs& args);

}  // namespace alexnet::kernels
