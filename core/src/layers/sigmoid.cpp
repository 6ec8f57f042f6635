#include "alexnet/core/layers/sigmoid.h"

#include <cstring>

#include "../kernels/elementwise.h"
#include "../kernels/parallel.h"

namespace alexnet {
namespace {

using ArrayMap = Eigen::Map<Eigen::ArrayXf>;
using ConstArrayMap = Eigen::Map<const Eigen::ArrayXf>;

// Elements per chunk: ~16 K floats keep a chunk's input, output and cache in L1/L2.
std::int64_t sigmoidGrain(std::int64_t n) { return kernels::grainFor(n, 8, 1 << 17); }

}  // namespace

// The per-ISA vectorised sigmoid (kernels/elementwise.h), over the kernels' thread pool; the cache
// for backward is written in the same pass, while the chunk is in cache.
Tensor Sigmoid::forward(const Tensor& x, Mode) {
  Tensor out = Tensor::uninitialized(x.shape());
  m_output.resize(x.shape());  // keeps the allocation across steps
  const float* in = x.data();
  float* y = out.data();
  float* cache = m_output.data();
  const std::int64_t n = x.numel();
  kernels::parallelFor(n, sigmoidGrain(n), [&](std::int64_t first, std::int64_t last) {
    kernels::sigmoidForward(in + first, y + first, cache + first, last - first);
  });
  return out;
}

Tensor Sigmoid::backward(const Tensor& gradOut) {
  if (gradOut.shape() != m_output.shape())
    throw ShapeError("Sigmoid backward: expected gradient " + toString(m_output.shape()) + ", got " +
                     toString(gradOut.shape()));
  Tensor gradIn = Tensor::uninitialized(gradOut.shape());
  const float* y = m_output.data();
  const float* g = gradOut.data();
  float* d = gradIn.data();
  const std::int64_t n = gradOut.numel();
  kernels::parallelFor(n, sigmoidGrain(n), [&](std::int64_t first, std::int64_t last) {
    const ConstArrayMap yv(y + first, last - first);
    ArrayMap(d + first, last - first) = ConstArrayMap(g + first, last - first) * yv * (1.0f - yv);
  });
  return gradIn;
}

}  // namespace alexnet
