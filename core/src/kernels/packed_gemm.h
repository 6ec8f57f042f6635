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

// Each instruction set's translation unit defines these four (packed_gemm_avx512.cpp, _avx2.cpp):
//   packedGemm     C (+)= op(A)·op(B), packing both as it goes
//   lhsLayout      its panel height and reduction block
//   packLhs        packs reduction blocks [kBegin, kEnd) (kBegin a multiple of kc) of op(A) into the
//                  whole-A layout (packed_lhs.h sizes it)
//   prepackedGemm  packedGemm with op(A) taken from such a whole-A packing of `packedRows` rows
//                  (M rounded up to mr), the product's rows starting at row `firstRow` of it (a
//                  multiple of mr)
namespace avx512 {
void packedGemm(const GemmArgs& args);
LhsLayout lhsLayout();
void packLhs(const GemmArgs& args, std::int64_t kBegin, std::int64_t kEnd, float* dst);
void prepackedGemm(const GemmArgs& args, const float* packedLhs, std::int64_t packedRows, std::int64_t firstRow);
}  // namespace avx512
namespace avx2 {
void packedGemm(const GemmArgs& args);
LhsLayout lhsLayout();
void packLhs(const GemmArgs& args, std::int64_t kBegin, std::int64_t kEnd, float* dst);
void prepackedGemm(const GemmArgs& args, const float* packedLhs, std::int64_t packedRows, std::int64_t firstRow);
}  // namespace avx2

using PackedGemmFn = void (*)(const GemmArgs&);
// The kernel for `isa`, or nullptr for the generic path.
PackedGemmFn packedGemmFor(Isa isa);

struct PackedKernels {
  PackedGemmFn packedGemm = nullptr;
  LhsLayout (*lhsLayout)() = nullptr;
  void (*packLhs)(const GemmArgs&, std::int64_t kBegin, std::int64_t kEnd, float* dst) = nullptr;
  void (*prepackedGemm)(const GemmArgs&, const float* packedLhs, std::int64_t packedRows, std::int64_t firstRow) =
      nullptr;
};
// All four for `isa` (every pointer null on the generic path).
PackedKernels packedKernelsFor(Isa isa);

// True when the active path has a packed kernel.
bool packedGemmAvailable();

// The active path's kernel. Requires beta == 0 or beta == 1 and packedGemmAvailable().
void packedGemm(const GemmArgs& args);

}  // namespace alexnet::kernels
