#include "alexnet/core/layers/sigmoid.h"

namespace alexnet {
namespace {

using ArrayMap = Eigen::Map<Eigen::ArrayXf>;
using ConstArrayMap = Eigen::Map<const Eigen::ArrayXf>;

}  // namespace

// Eigen's vectorised exp (AVX/AVX-512 where built with -march=native).
Tensor Sigmoid::forward(const Tensor& x, Mode) {
  Tensor out(x.shape());
  ArrayMap(out.data(), out.numel()) = 1.0f / (1.0f + (-ConstArrayMap(x.data(), x.numel())).exp());
  m_output = out;
  return out;
}

Tensor Sigmoid::backward(const Tensor& gradOut) {
  if (gradOut.shape() != m_output.shape())
    throw ShapeError("Sigmoid backward: expected gradient " + toString(m_output.shape()) + ", got " +
                     toString(gradOut.shape()));
  Tensor gradIn(gradOut.shape());
  const ConstArrayMap y(m_output.data(), m_output.numel());
  ArrayMap(gradIn.data(), gradIn.numel()) = ConstArrayMap(gradOut.data(), gradOut.numel()) * y * (1.0f - y);
  return gradIn;
}

}  // namespace alexnet
