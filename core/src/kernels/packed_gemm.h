#pragma once
// packedGemm — our own blocked single-precision GEMM for AVX-512 (internal to core).
//
// Same contract as gemmSerial (gemm.h) for beta ∈ {0, 1}, on the calling thread. op(A) is packed in
// panels of 8 rows and op(B) in panels of 48 columns (3 zmm vectors) over reduction blocks of 192,
// and an 8 × 48 micro-kernel keeps 24 accumulators in registers: per reduction step 3 vector loads
// and 8 broadcasts for 24 FMAs, where Eigen 3.4's 48 × 4 kernel has 7 loads for 12 FMAs (its nr is
// fixed at 4). packedGemmAvailable() is false without AVX-512; gemmSerial then keeps Eigen's kernel.
#include "gemm.h"

namespace alexnet::kernels {

bool packedGemmAvailable();

// Requires beta == 0 or beta == 1.
void packedGemm(const GemmArgs& args);

}  // namespace alexnet::kernels
