#include "alexnet/core/layers/max_pool2d.h"

#include "../kernels/parallel.h"
#include "shape_checks.h"

namespace alexnet {

MaxPool2d::MaxPool2d(const MaxPool2dOptions& options)
    : m_kernel(options.kernelSize), m_stride(options.stride ? options.stride : options.kernelSize) {
  if (m_kernel <= 0 || m_stride <= 0) throw ShapeError("MaxPool2d: kernel size and stride must be positive");
}

std::string MaxPool2d::repr() const {
  return "MaxPool2d(kernel_size=" + std::to_string(m_kernel) + ", stride=" + std::to_string(m_stride) +
         ", padding=0, dilation=1, ceil_mode=False)";
}

Shape MaxPool2d::outputShape(const Shape& in) const {
  detail::requireRank(in, 4, "MaxPool2d", "a 4-D input (N, C, H, W)");
  return {in[0], in[1], detail::pooledSize(in[2], m_kernel, m_stride, 0, "MaxPool2d", in),
          detail::pooledSize(in[3], m_kernel, m_stride, 0, "MaxPool2d", in)};
}

Tensor MaxPool2d::forward(const Tensor& x, Mode) {
  const Shape outShape = outputShape(x.shape());
  const std::int64_t planes = x.dim(0) * x.dim(1), h = x.dim(2), w = x.dim(3);
  const std::int64_t ho = outShape[2], wo = outShape[3];
  m_inputShape = x.shape();
  Tensor out = Tensor::uninitialized(outShape);  // (N, C, H_out, W_out), written in full
  m_argmax.resize(static_cast<std::size_t>(out.numel()));
  kernels::parallelFor(planes, kernels::grainFor(planes, ho * wo * m_kernel * m_kernel),
                       [&](std::int64_t first, std::int64_t last) {
                         for (std::int64_t plane = first; plane < last; ++plane) {
                           const float* in = x.data() + plane * h * w;
                           for (std::int64_t oy = 0; oy < ho; ++oy) {
                             for (std::int64_t ox = 0; ox < wo; ++ox) {
                               std::int64_t best = oy * m_stride * w + ox * m_stride;  // first element of the window
                               for (std::int64_t i = 0; i < m_kernel; ++i) {
                                 for (std::int64_t j = 0; j < m_kernel; ++j) {
                                   const std::int64_t idx = (oy * m_stride + i) * w + ox * m_stride + j;
                                   if (in[idx] > in[best]) best = idx;  // strict '>': the first maximum wins ties
                                 }
                               }
                               const std::int64_t o = (plane * ho + oy) * wo + ox;
                               out[o] = in[best];
                               m_argmax[static_cast<std::size_t>(o)] = static_cast<std::int32_t>(best);
                             }
                           }
                         }
                       });
  return out;
}

Tensor MaxPool2d::backward(const Tensor& gradOut) {
  const Shape outShape = outputShape(m_inputShape);
  if (gradOut.shape() != outShape)
    throw ShapeError("MaxPool2d backward: expected gradient " + toString(outShape) + ", got " +
                     toString(gradOut.shape()));
  Tensor gradIn(m_inputShape);  // (N, C, H, W), zero
  const std::int64_t planes = outShape[0] * outShape[1], outPlane = outShape[2] * outShape[3];
  const std::int64_t inPlane = m_inputShape[2] * m_inputShape[3];
  kernels::parallelFor(planes, kernels::grainFor(planes, outPlane), [&](std::int64_t first, std::int64_t last) {
    for (std::int64_t plane = first; plane < last; ++plane) {
      float* dst = gradIn.data() + plane * inPlane;
      for (std::int64_t o = plane * outPlane; o < (plane + 1) * outPlane; ++o)
        dst[m_argmax[static_cast<std::size_t>(o)]] += gradOut[o];
    }
  });
  return gradIn;
}

}  // namespace alexnet
