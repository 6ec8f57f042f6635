// packedGemm's dispatch (baseline code): the kernel of the active instruction set.
#include "packed_gemm.h"

namespace alexnet::kernels {

PackedKernels packedKernelsFor(Isa isa) {
  switch (isa) {
    case Isa::Avx512:
      return {&avx512::packedGemm, &avx512::lhsLayout, &avx512::packLhs,        &avx512::prepackedGemm,
              &avx512::rhsLayout,  &avx512::packRhs,   &avx512::fullyPackedGemm};
    case Isa::Avx2:
      return {&avx2::packedGemm, &avx2::lhsLayout, &avx2::packLhs,        &avx2::prepackedGemm,
              &avx2::rhsLayout,  &avx2::packRhs,   &avx2::fullyPackedGemm};
    case Isa::Generic:
      break;
  }
  return {};
}

PackedGemmFn packedGemmFor(Isa isa) { return packedKernelsFor(isa).packedGemm; }

namespace {
// A function-local static, not a namespace-scope one: other translation units' static initialisers
// (gemm.cpp's choice of kernel) ask for it before this file's globals would be initialised.
PackedGemmFn activeKernel() {
  static const PackedGemmFn kernel = packedGemmFor(activeIsa());
  return kernel;
}
}  // namespace

bool packedGemmAvailable() { return activeKernel() != nullptr; }

void packedGemm(const GemmArgs& args) { activeKernel()(args); }

}  // namespace alexnet::kernels
