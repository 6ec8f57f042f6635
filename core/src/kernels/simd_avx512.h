#pragma once
// Zmm — the vector operations the per-ISA kernels are written with, over AVX-512 registers
// (internal). Include only from a translation unit built with the AVX-512 flags (*_avx512.cpp):
// everything is in an anonymous namespace, so no inline copy is shared with other instruction sets.
#include <immintrin.h>

#include <cstdint>

namespace alexnet::kernels {
namespace {

struct Zmm {
  using Reg = __m512;
  using Tail = __mmask16;
  static constexpr int kLanes = 16;
  static constexpr int kAccumulators = 16;  // direct conv: accumulators of a forward block (of 32 registers)
  static constexpr int kMaxGradOB = 4;      // direct conv: output channels per weight-gradient block
  static Reg zero() { return _mm512_setzero_ps(); }
  static Reg set1(float x) { return _mm512_set1_ps(x); }
  static Reg loadu(const float* p) { return _mm512_loadu_ps(p); }
  static void storeu(float* p, Reg r) { _mm512_storeu_ps(p, r); }
  static void store(float* p, Reg r) { _mm512_store_ps(p, r); }
  static Reg add(Reg a, Reg b) { return _mm512_add_ps(a, b); }
  static Reg sub(Reg a, Reg b) { return _mm512_sub_ps(a, b); }
  static Reg mul(Reg a, Reg b) { return _mm512_mul_ps(a, b); }
  static Reg div(Reg a, Reg b) { return _mm512_div_ps(a, b); }
  static Reg min(Reg a, Reg b) { return _mm512_min_ps(a, b); }
  static Reg max(Reg a, Reg b) { return _mm512_max_ps(a, b); }
  static Reg fmadd(Reg a, Reg b, Reg c) { return _mm512_fmadd_ps(a, b, c); }
  static Reg floor(Reg a) { return _mm512_roundscale_ps(a, _MM_FROUND_TO_NEG_INF | _MM_FROUND_NO_EXC); }
  // 2^n for whole-valued n in [-126, 127].
  static Reg pow2(Reg n) {
    const __m512i bits = _mm512_slli_epi32(_mm512_add_epi32(_mm512_cvttps_epi32(n), _mm512_set1_epi32(127)), 23);
    return _mm512_castsi512_ps(bits);
  }
  static Tail tail(std::int64_t lanes) {
    return lanes >= kLanes ? Tail(0xFFFF) : lanes <= 0 ? Tail(0) : static_cast<Tail>((1u << lanes) - 1u);
  }
  static Reg loadTail(const float* p, Tail m) { return _mm512_maskz_loadu_ps(m, p); }
  static void storeTail(float* p, Tail m, Reg r) { _mm512_mask_storeu_ps(p, m, r); }
  static Reg keep(Tail m, Reg r) { return _mm512_maskz_mov_ps(m, r); }
};

}  // namespace
}  // namespace alexnet::kernels
