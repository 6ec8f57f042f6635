#include "alexnet/core/layers/flatten.h"

#include "shape_checks.h"

namespace alexnet {

Shape Flatten::outputShape(const Shape& in) const {
  if (in.size() < 2) throw ShapeError("Flatten: expected an input with a batch dimension, got " + toString(in));
  std::int64_t features = 1;
  for (std::size_t i = 1; i < in.size(); ++i) features *= in[i];
  return {in[0], features};
}

Tensor Flatten::forward(const Tensor& x, Mode) {
  m_inputShape = x.shape();
  return x.reshaped(outputShape(x.shape()));
}

Tensor Flatten::backward(const Tensor& gradOut) { return gradOut.reshaped(m_inputShape); }

}  // namespace alexnet
