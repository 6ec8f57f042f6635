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
#include "alexnet/core/exec/isa.h"
#include "gemm.h"

namespace alexnet::kernels {

namespace avx512 {
void packedGemm(const GemmArgs& args);  // packed_gemm_avx512.cpp
}
namespace avx2 {
void packedGemm(const GemmArgs& args);  // packed_gemm_avx2.cpp
}

using PackedGemmFn = void (*)(const GemmArgs&);
// The kernel for `isa`, or nullptr for the generic path.
PackedGemmFn packedGemmFor(Isa isa);

// True when the active path has a packed kernel.
bool packedGemmAvailable();

// The active path's kernel. Requires beta == 0 or beta == 1 and packedGemmAvailable().
void packedGemm(const GemmArgs& args);

}  // namespace alexnet::kernels
