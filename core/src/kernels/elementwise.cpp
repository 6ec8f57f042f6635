// Elementwise kernels' dispatch and their generic version (baseline code, Eigen).
#include "elementwise.h"

#include <Eigen/Core>
#include <cstring>

#include "alexnet/core/exec/isa.h"

namespace alexnet::kernels {

void sigmoidForward(const float* x, float* y, float* cache, std::int64_t n) {
  switch (activeIsa()) {
    case Isa::Avx512:
      return avx512::sigmoidForward(x, y, cache, n);
    case Isa::Avx2:
      return avx2::sigmoidForward(x, y, cache, n);
    case Isa::Generic:
      break;
  }
  Eigen::Map<Eigen::ArrayXf>(y, n) = 1.0f / (1.0f + (-Eigen::Map<const Eigen::ArrayXf>(x, n)).exp());
  if (cache) std::memcpy(cache, y, sizeof(float) * static_cast<std::size_t>(n));
}

}  // namespace alexnet::kernels
