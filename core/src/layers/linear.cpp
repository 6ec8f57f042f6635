#include "alexnet/core/layers/linear.h"

#include <cstring>

#include "../kernels/gemm.h"
#include "../kernels/parallel.h"
#include "shape_checks.h"

namespace alexnet {
namespace {

// Batches up to this size run as dot products that read each weight row once for all samples
// (the layer is memory-bound there); larger batches go through the blocked GEMM.
constexpr std::int64_t kDotBatchLimit = 4;

void copyInto(Tensor& cache, const Tensor& x) {
  cache.resize(x.shape());  // keeps the allocation across steps
  std::memcpy(cache.data(), x.data(), sizeof(float) * static_cast<std::size_t>(x.numel()));
}

}  // namespace

Linear::Linear(const LinearOptions& options) : m_options(options) {
  if (options.inFeatures <= 0 || options.outFeatures <= 0)
    throw ShapeError("Linear: in_features and out_features must be positive");
  const Shape weightShape{options.outFeatures, options.inFeatures};
  m_weight = {"weight", Tensor(weightShape), Tensor()};
  m_bias = {"bias", Tensor({options.outFeatures}), Tensor()};
}

std::string Linear::repr() const {
  return "Linear(in_features=" + std::to_string(m_options.inFeatures) +
         ", out_features=" + std::to_string(m_options.outFeatures) + ", bias=True)";
}

Shape Linear::outputShape(const Shape& in) const {
  detail::requireRank(in, 2, "Linear", "a 2-D input (N, " + std::to_string(m_options.inFeatures) + ")");
  if (in[1] != m_options.inFeatures)
    throw ShapeError("Linear: expected " + std::to_string(m_options.inFeatures) + " input features, got input " +
                     toString(in));
  return {in[0], m_options.outFeatures};
}

std::int64_t Linear::flops(const Shape& in) const {
  return 2 * in.at(0) * m_options.inFeatures * m_options.outFeatures;
}

Tensor Linear::forward(const Tensor& x, Mode) {
  const Shape outShape = outputShape(x.shape());
  const std::int64_t n = x.dim(0), in = m_options.inFeatures, outF = m_options.outFeatures;
  copyInto(m_input, x);
  Tensor out = Tensor::uninitialized(outShape);  // (N, out), written in full
  const float* weight = m_weight.value.data();   // (out, in)
  const float* bias = m_bias.value.data();       // (out)
  float* y = out.data();
  if (n <= kDotBatchLimit) {
    // y[i, o] = bias[o] + weight[o, :] · x[i, :], output features split over the threads.
    const std::int64_t grain =
        in * outF < kernels::kParallelMinMacs ? outF : kernels::chunkSize(outF, 4 * kernels::maxThreads(), 16);
    kernels::parallelFor(outF, grain, [&](std::int64_t o0, std::int64_t o1) {
      for (std::int64_t o = o0; o < o1; ++o) {
        const Eigen::Map<const Eigen::VectorXf> row(weight + o * in, in);
        for (std::int64_t i = 0; i < n; ++i)
          y[i * outF + o] = bias[o] + row.dot(Eigen::Map<const Eigen::VectorXf>(x.data() + i * in, in));
      }
    });
    return out;
  }
  // y (N, out) = bias + x (N, in) · weightᵀ (in, out)
  for (std::int64_t i = 0; i < n; ++i) std::memcpy(y + i * outF, bias, sizeof(float) * static_cast<std::size_t>(outF));
  kernels::gemm({.transB = true,
                 .m = n,
                 .n = outF,
                 .k = in,
                 .a = x.data(),
                 .lda = in,
                 .b = weight,
                 .ldb = in,
                 .beta = 1.0f,
                 .c = y,
                 .ldc = outF});
  return out;
}

Tensor Linear::backward(const Tensor& gradOut) {
  const std::int64_t n = m_input.dim(0), in = m_options.inFeatures, outF = m_options.outFeatures;
  if (gradOut.shape() != Shape{n, outF})
    throw ShapeError("Linear backward: expected gradient " + toString({n, outF}) + ", got " +
                     toString(gradOut.shape()));
  m_weight.ensureGrad();
  m_bias.ensureGrad();
  // weight.grad (out, in) += gradOutᵀ (out, N) · input (N, in)
  kernels::gemm({.transA = true,
                 .m = outF,
                 .n = in,
                 .k = n,
                 .a = gradOut.data(),
                 .lda = outF,
                 .b = m_input.data(),
                 .ldb = in,
                 .beta = 1.0f,
                 .c = m_weight.grad.data(),
                 .ldc = in});
  Eigen::Map<Eigen::RowVectorXf>(m_bias.grad.data(), outF) += gradOut.matrix(n, outF).colwise().sum();
  Tensor gradIn = Tensor::uninitialized(m_input.shape());  // (N, in), the GEMM (β = 0) writes it
  // gradIn (N, in) = gradOut (N, out) · weight (out, in)
  kernels::gemm({.m = n,
                 .n = in,
                 .k = outF,
                 .a = gradOut.data(),
                 .lda = outF,
                 .b = m_weight.value.data(),
                 .ldb = in,
                 .beta = 0.0f,
                 .c = gradIn.data(),
                 .ldc = in});
  return gradIn;
}

}  // namespace alexnet
