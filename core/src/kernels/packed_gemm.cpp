// packedGemm's dispatch (baseline code): the kernel of the active instruction set.
#include "packed_gemm.h"

namespace alexnet::kernels {

PackedGemmFn packedGemmFor(Isa isa) {
  switch (isa) {
    case Isa::Avx512:
      return &avx512::packedGemm;
    case Isa::Avx2:
      return &avx2::packedGemm;
    case Isa::Generic:
      break;
  }
  return nullptr;
}

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
