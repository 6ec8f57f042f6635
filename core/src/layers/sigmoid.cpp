#include "alexnet/core/layers/sigmoid.h"

#include <cmath>

namespace alexnet {

Tensor Sigmoid::forward(const Tensor& x, Mode) {
  Tensor out(x.shape());
  const std::int64_t n = x.numel();
  for (std::int64_t i = 0; i < n; ++i) out[i] = 1.0f / (1.0f + std::exp(-x[i]));
  m_output = out;
  return out;
}

Tensor Sigmoid::backward(const Tensor& gradOut) {
  if (gradOut.shape() != m_output.shape())
    throw ShapeError("Sigmoid backward: expected gradient " + toString(m_output.shape()) + ", got " +
                     toString(gradOut.shape()));
  Tensor gradIn(gradOut.shape());
  const std::int64_t n = gradOut.numel();
  for (std::int64_t i = 0; i < n; ++i) gradIn[i] = gradOut[i] * m_output[i] * (1.0f - m_output[i]);
  return gradIn;
}

}  // namespace alexnet
