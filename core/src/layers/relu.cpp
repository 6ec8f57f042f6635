#include "alexnet/core/layers/relu.h"

namespace alexnet {

Tensor ReLU::forward(const Tensor& x, Mode) {
  m_input = x;
  Tensor out(x.shape());
  const float* in = x.data();
  float* o = out.data();
  const std::int64_t n = x.numel();
#pragma omp parallel for simd if (n > (1 << 16)) schedule(static)
  for (std::int64_t i = 0; i < n; ++i) o[i] = in[i] > 0.0f ? in[i] : 0.0f;
  return out;
}

Tensor ReLU::backward(const Tensor& gradOut) {
  if (gradOut.shape() != m_input.shape())
    throw ShapeError("ReLU backward: expected gradient " + toString(m_input.shape()) + ", got " +
                     toString(gradOut.shape()));
  Tensor gradIn(gradOut.shape());
  const float* in = m_input.data();
  const float* g = gradOut.data();
  float* d = gradIn.data();
  const std::int64_t n = gradOut.numel();
#pragma omp parallel for simd if (n > (1 << 16)) schedule(static)
  for (std::int64_t i = 0; i < n; ++i) d[i] = in[i] > 0.0f ? g[i] : 0.0f;
  return gradIn;
}

}  // namespace alexnet
