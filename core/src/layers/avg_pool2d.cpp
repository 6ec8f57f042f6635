#include "alexnet/core/layers/avg_pool2d.h"

#include "../kernels/parallel.h"
#include "shape_checks.h"

namespace alexnet {

AvgPool2d::AvgPool2d(const AvgPool2dOptions& options)
    : m_kernel(options.kernelSize), m_stride(options.stride ? options.stride : options.kernelSize) {
  if (m_kernel <= 0 || m_stride <= 0) throw ShapeError("AvgPool2d: kernel size and stride must be positive");
}

std::string AvgPool2d::repr() const {
  return "AvgPool2d(kernel_size=" + std::to_string(m_kernel) + ", stride=" + std::to_string(m_stride) + ", padding=0)";
}

Shape AvgPool2d::outputShape(const Shape& in) const {
  detail::requireRank(in, 4, "AvgPool2d", "a 4-D input (N, C, H, W)");
  return {in[0], in[1], detail::pooledSize(in[2], m_kernel, m_stride, 0, "AvgPool2d", in),
          detail::pooledSize(in[3], m_kernel, m_stride, 0, "AvgPool2d", in)};
}

Tensor AvgPool2d::forward(const Tensor& x, Mode) {
  const Shape outShape = outputShape(x.shape());
  const std::int64_t planes = x.dim(0) * x.dim(1), h = x.dim(2), w = x.dim(3);
  const std::int64_t ho = outShape[2], wo = outShape[3];
  const float divisor = static_cast<float>(m_kernel * m_kernel);
  m_inputShape = x.shape();
  Tensor out = Tensor::uninitialized(outShape);  // (N, C, H_out, W_out), written in full
  if (m_kernel == 2 && m_stride == 2) {          // LeNet's pools: the 2×2 window unrolled (same summation order)
    kernels::parallelFor(planes, kernels::grainFor(planes, ho * wo * 4), [&](std::int64_t first, std::int64_t last) {
      for (std::int64_t plane = first; plane < last; ++plane) {
        const float* in = x.data() + plane * h * w;
        float* o = out.data() + plane * ho * wo;
        for (std::int64_t oy = 0; oy < ho; ++oy) {
          const float* r0 = in + 2 * oy * w;
          const float* r1 = r0 + w;
          for (std::int64_t ox = 0; ox < wo; ++ox)
            o[oy * wo + ox] = (r0[2 * ox] + r0[2 * ox + 1] + r1[2 * ox] + r1[2 * ox + 1]) / divisor;
        }
      }
    });
    return out;
  }
  kernels::parallelFor(planes, kernels::grainFor(planes, ho * wo * m_kernel * m_kernel),
                       [&](std::int64_t first, std::int64_t last) {
                         for (std::int64_t plane = first; plane < last; ++plane) {
                           const float* in = x.data() + plane * h * w;
                           for (std::int64_t oy = 0; oy < ho; ++oy)
                             for (std::int64_t ox = 0; ox < wo; ++ox) {
                               float sum = 0.0f;
                               for (std::int64_t i = 0; i < m_kernel; ++i)
                                 for (std::int64_t j = 0; j < m_kernel; ++j)
                                   sum += in[(oy * m_stride + i) * w + ox * m_stride + j];
                               out[(plane * ho + oy) * wo + ox] = sum / divisor;
                             }
                         }
                       });
  return out;
}

Tensor AvgPool2d::backward(const Tensor& gradOut) {
  const Shape outShape = outputShape(m_inputShape);
  if (gradOut.shape() != outShape)
    throw ShapeError("AvgPool2d backward: expected gradient " + toString(outShape) + ", got " +
                     toString(gradOut.shape()));
  const std::int64_t planes = outShape[0] * outShape[1], ho = outShape[2], wo = outShape[3];
  const std::int64_t h = m_inputShape[2], w = m_inputShape[3];
  const float divisor = static_cast<float>(m_kernel * m_kernel);
  // (N, C, H, W), zero past the last full window (the 2×2 path writes everything when H and W are even)
  const bool tiled = m_kernel == 2 && m_stride == 2 && h % 2 == 0 && w % 2 == 0;
  Tensor gradIn = tiled ? Tensor::uninitialized(m_inputShape) : Tensor(m_inputShape);
  if (m_kernel == 2 && m_stride == 2) {  // windows do not overlap: each input gets one share
    kernels::parallelFor(planes, kernels::grainFor(planes, ho * wo * 4), [&](std::int64_t first, std::int64_t last) {
      for (std::int64_t plane = first; plane < last; ++plane) {
        float* dst = gradIn.data() + plane * h * w;
        const float* src = gradOut.data() + plane * ho * wo;
        for (std::int64_t oy = 0; oy < ho; ++oy) {
          float* r0 = dst + 2 * oy * w;
          float* r1 = r0 + w;
          for (std::int64_t ox = 0; ox < wo; ++ox) {
            const float g = src[oy * wo + ox] / divisor;
            r0[2 * ox] = g;
            r0[2 * ox + 1] = g;
            r1[2 * ox] = g;
            r1[2 * ox + 1] = g;
          }
        }
      }
    });
    return gradIn;
  }
  kernels::parallelFor(planes, kernels::grainFor(planes, ho * wo * m_kernel * m_kernel),
                       [&](std::int64_t first, std::int64_t last) {
                         for (std::int64_t plane = first; plane < last; ++plane) {
                           float* dst = gradIn.data() + plane * h * w;
                           for (std::int64_t oy = 0; oy < ho; ++oy)
                             for (std::int64_t ox = 0; ox < wo; ++ox) {
                               const float g = gradOut[(plane * ho + oy) * wo + ox] / divisor;
                               for (std::int64_t i = 0; i < m_kernel; ++i)
                                 for (std::int64_t j = 0; j < m_kernel; ++j)
                                   dst[(oy * m_stride + i) * w + ox * m_stride + j] += g;
                             }
                         }
                       });
  return gradIn;
}

}  // namespace alexnet
