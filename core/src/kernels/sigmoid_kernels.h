#pragma once
// The logistic sigmoid over a vector type (internal). Include only from a per-ISA translation unit
// (sigmoid_avx512.cpp, sigmoid_avx2.cpp) after its simd_*.h; see direct_conv_kernels.h for V.
//
//   y = 1 / (1 + exp(−x))
// exp is Cephes' expf, the algorithm Eigen's vectorised exp uses: x = n·ln2 + r with n whole and
// |r| ≤ ln2/2 (ln2 split in two constants so n·ln2 stays exact), exp(r) by a degree-6 polynomial,
// 2^n built in the exponent bits. Relative error about 1 ulp over the clamped range.
#include <cstdint>

namespace alexnet::kernels {
namespace {

template <class V>
typename V::Reg expOf(typename V::Reg x) {
  using Reg = typename V::Reg;
  // Clamped so 2^n stays a normal float; the constant goes first because min/max return their second
  // operand when either is NaN, so a NaN input stays NaN (a diverging run must still show NaN).
  x = V::min(V::set1(88.3762626647949f), V::max(V::set1(-87.3365447505f), x));
  const Reg n = V::floor(V::fmadd(x, V::set1(1.44269504088896341f), V::set1(0.5f)));
  Reg r = V::sub(x, V::mul(n, V::set1(0.693359375f)));
  r = V::sub(r, V::mul(n, V::set1(-2.12194440e-4f)));
  const Reg r2 = V::mul(r, r);
  Reg p = V::set1(1.9875691500e-4f);
  p = V::fmadd(p, r, V::set1(1.3981999507e-3f));
  p = V::fmadd(p, r, V::set1(8.3334519073e-3f));
  p = V::fmadd(p, r, V::set1(4.1665795894e-2f));
  p = V::fmadd(p, r, V::set1(1.6666665459e-1f));
  p = V::fmadd(p, r, V::set1(5.0000001201e-1f));
  p = V::fmadd(p, r2, V::add(r, V::set1(1.0f)));
  return V::mul(p, V::pow2(n));
}

template <class V>
typename V::Reg sigmoidOf(typename V::Reg x) {
  const typename V::Reg one = V::set1(1.0f);
  return V::div(one, V::add(one, expOf<V>(V::sub(V::zero(), x))));
}

// y[i] = sigmoid(x[i]) for i in [0, n); `cache`, when not null, receives a copy of y.
template <class V>
void sigmoidLoop(const float* x, float* y, float* cache, std::int64_t n) {
  constexpr std::int64_t L = V::kLanes;
  std::int64_t i = 0;
  for (; i + L <= n; i += L) {
    const typename V::Reg s = sigmoidOf<V>(V::loadu(x + i));
    V::storeu(y + i, s);
    if (cache) V::storeu(cache + i, s);
  }
  if (i < n) {
    const auto m = V::tail(n - i);
    const typename V::Reg s = sigmoidOf<V>(V::loadTail(x + i, m));
    V::storeTail(y + i, m, s);
    if (cache) V::storeTail(cache + i, m, s);
  }
}

}  // namespace
}  // namespace alexnet::kernels
