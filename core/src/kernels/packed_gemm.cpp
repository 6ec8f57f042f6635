// packedGemm's dispatch (baseline code): the kernel of the active instruction set.
#include "packed_gemm.h"

namespace alexnet::kernels {

PackedGemmFn packedGemmFor(Isa isa) {
  switch (isa) {
    case Isa::Avx512: return &avx512::packedGemm;
    case Isa::Avx2: return &avx2::packedGemm;
    case Isa::Generic: break;
  }
  return nullptr;
}

namespace {
const PackedGemmFn g_active = packedGemmFor(activeIsa());
}  // namespace

bool packedGemmAvailable() { return g_active != nullptr; }

void packedGemm(const GemmArgs& args) { g_active(args); }

}  // namespace alexnet::kernels
