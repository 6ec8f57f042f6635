#include "alexnet/core/layers/relu.h"

#include "../kernels/parallel.h"

namespace alexnet {

Tensor ReLU::forward(const Tensor& x, Mode) {
  m_input = x;
  Tensor out = Tensor::uninitialized(x.shape());
  const float* in = x.data();
  float* o = out.data();
  const std::int64_t n = x.numel();
  kernels::parallelFor(n, kernels::grainFor(n, 1, 1 << 18), [&](std::int64_t first, std::int64_t last) {
#pragma omp simd
    for (std::int64_t i = first; i < last; ++i) o[i] = in[i] > 0.0f ? in[i] : 0.0f;
  });
  return out;
}

Tensor ReLU::backward(const Tensor& gradOut) {
  if (gradOut.shape() != m_input.shape())
    throw ShapeError("ReLU backward: expected gradient " + toString(m_input.shape()) + ", got " +
                     toString(gradOut.shape()));
  Tensor gradIn = Tensor::uninitialized(gradOut.shape());
  const float* in = m_input.data();
  const float* g = gradOut.data();
  float* d = gradIn.data();
  const std::int64_t n = gradOut.numel();
  kernels::parallelFor(n, kernels::grainFor(n, 1, 1 << 18), [&](std::int64_t first, std::int64_t last) {
#pragma omp simd
    for (std::int64_t i = first; i < last; ++i) d[i] = in[i] > 0.0f ? g[i] : 0.0f;
  });
  return gradIn;
}

}  // namespace alexnet
