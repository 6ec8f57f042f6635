#pragma once
// Ymm — the vector operations the per-ISA kernels are written with, over AVX2 + FMA registers
// (internal). Include only from a translation unit built with -mavx2 -mfma (*_avx2.cpp): everything
// is in an anonymous namespace, so no inline copy is shared with other instruction sets.
#include <immintrin.h>

#include <cstdint>

namespace alexnet::kernels {
namespace {

struct Ymm {
  using Reg = __m256;
  using Tail = __m256i;
  static constexpr int kLanes = 8;
  static constexpr int kAccumulators = 12;  // direct conv: accumulators of a forward block (of 16 registers)
  static constexpr int kMaxGradOB = 2;      // direct conv: output channels per weight-gradient block
  static Reg zero() { return _mm256_setzero_ps(); }
  static Reg set1(float x) { return _mm256_set1_ps(x); }
  static Reg loadu(const float* p) { return _mm256_loadu_ps(p); }
  static void storeu(float* p, Reg r) { _mm256_storeu_ps(p, r); }
  static void store(float* p, Reg r) { _mm256_store_ps(p, r); }
  static Reg add(Reg a, Reg b) { return _mm256_add_ps(a, b); }
  static Reg sub(Reg a, Reg b) { return _mm256_sub_ps(a, b); }
  static Reg mul(Reg a, Reg b) { return _mm256_mul_ps(a, b); }
  static Reg div(Reg a, Reg b) { return _mm256_div_ps(a, b); }
  static Reg min(Reg a, Reg b) { return _mm256_min_ps(a, b); }
  static Reg max(Reg a, Reg b) { return _mm256_max_ps(a, b); }
  static Reg fmadd(Reg a, Reg b, Reg c) { return _mm256_fmadd_ps(a, b, c); }
  static Reg floor(Reg a) { return _mm256_floor_ps(a); }
  // 2^n for whole-valued n in [-126, 127].
  static Reg pow2(Reg n) {
    const __m256i bits = _mm256_slli_epi32(_mm256_add_epi32(_mm256_cvttps_epi32(n), _mm256_set1_epi32(127)), 23);
    return _mm256_castsi256_ps(bits);
  }
  static Tail tail(std::int64_t lanes) {
    const int limit = lanes >= kLanes ? kLanes : lanes <= 0 ? 0 : static_cast<int>(lanes);
    return _mm256_cmpgt_epi32(_mm256_set1_epi32(limit), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
  }
  static Reg loadTail(const float* p, Tail m) { return _mm256_maskload_ps(p, m); }
  static void storeTail(float* p, Tail m, Reg r) { _mm256_maskstore_ps(p, m, r); }
  static Reg keep(Tail m, Reg r) { return _mm256_and_ps(r, _mm256_castsi256_ps(m)); }
};

}  // namespace
}  // namespace alexnet::kernels
