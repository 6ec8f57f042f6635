#pragma once
// threadScratch — per-thread working memory for the kernels (internal to core).
//
// Each (thread, slot) owns one 64-byte aligned buffer, grown on demand and reused by every later
// call, so hot loops never allocate. It lives in a baseline translation unit on purpose: the
// per-ISA kernels (*_avx512.cpp, *_avx2.cpp) must not instantiate std::vector or any other inline
// library code, whose one shared copy the linker could take from a TU built for AVX-512.
#include <cstdint>

namespace alexnet::kernels {

// Slots: each caller keeps to its own, because a caller's buffer stays live while it calls others.
enum class ScratchSlot : int {
  GemmPackedA,
  GemmPackedB,           // packed GEMM: panels of op(A) and op(B)
  GemmSharedB,           // gemm(): the whole of op(B), packed by the calling thread's product for every thread
  DirectConvTransposed,  // direct convolution's weight gradient: gradOutput, channels last
  Count
};

// At least `floats` floats, 64-byte aligned; the contents are whatever the last user left.
float* threadScratch(ScratchSlot slot, std::int64_t floats);

}  // namespace alexnet::kernels
