// Bilinear resize, following PyTorch's CPU kernel (aten/src/ATen/native/UpSample.h and
// UpSampleKernel.cpp) step by step, in float as PyTorch computes for float tensors:
//   scale  = in / out                                  (area_pixel_compute_scale, align_corners=False)
//   src    = max(scale · (dst + 0.5) − 0.5, 0)          (area_pixel_compute_source_index)
//   i0     = min(floor(src), in − 1), λ = clamp(src − i0, 0, 1)   (guard_index_and_lambda)
//   i1     = i0 + (i0 < in − 1 ? 1 : 0)
//   y      = (1 − λh)·((1 − λw)·x[i0h,i0w] + λw·x[i0h,i1w]) + λh·((1 − λw)·x[i1h,i0w] + λw·x[i1h,i1w])
#include "alexnet/core/data/resize.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "../kernels/parallel.h"

namespace alexnet {
namespace {

struct AxisWeights {
  std::vector<std::int64_t> i0, i1;  // (out)
  std::vector<float> l0, l1;         // (out), l0 + l1 = 1
};

AxisWeights axisWeights(std::int64_t in, std::int64_t out) {
  AxisWeights w;
  w.i0.resize(static_cast<std::size_t>(out));
  w.i1.resize(static_cast<std::size_t>(out));
  w.l0.resize(static_cast<std::size_t>(out));
  w.l1.resize(static_cast<std::size_t>(out));
  const float scale = static_cast<float>(in) / static_cast<float>(out);
  for (std::int64_t d = 0; d < out; ++d) {
    const float src = std::max(scale * (static_cast<float>(d) + 0.5f) - 0.5f, 0.0f);
    const std::int64_t i0 = std::min(static_cast<std::int64_t>(std::floor(src)), in - 1);
    const float lambda = std::clamp(src - static_cast<float>(i0), 0.0f, 1.0f);
    const auto k = static_cast<std::size_t>(d);
    w.i0[k] = i0;
    w.i1[k] = i0 + (i0 < in - 1 ? 1 : 0);
    w.l1[k] = lambda;
    w.l0[k] = 1.0f - lambda;
  }
  return w;
}

}  // namespace

Tensor resizeBilinear(const Tensor& x, const ResizeOptions& options) {
  if (x.rank() != 4) throw ShapeError("resizeBilinear: expected an (N, C, H, W) tensor, got " + toString(x.shape()));
  const std::int64_t n = x.dim(0), c = x.dim(1), inH = x.dim(2), inW = x.dim(3);
  const std::int64_t outH = options.outHeight, outW = options.outWidth;
  if (outH < 1 || outW < 1)
    throw ShapeError("resizeBilinear: output size " + std::to_string(outH) + "x" + std::to_string(outW) +
                     " must be at least 1x1");
  if (inH < 1 || inW < 1) throw ShapeError("resizeBilinear: cannot resize an empty image " + toString(x.shape()));

  Tensor y({n, c, outH, outW});  // (N, C, outH, outW)
  if (inH == outH && inW == outW) {
    std::copy(x.data(), x.data() + x.numel(), y.data());
    return y;
  }
  const AxisWeights wh = axisWeights(inH, outH);
  const AxisWeights ww = axisWeights(inW, outW);
  const std::int64_t planes = n * c;
  // Planes over the kernels' thread pool (serial below ~64 K output pixels).
  kernels::parallelFor(
      planes, kernels::grainFor(planes, outH * outW, 1 << 16), [&](std::int64_t first, std::int64_t last) {
        for (std::int64_t p = first; p < last; ++p) {
          const float* src = x.data() + p * inH * inW;  // (inH, inW)
          float* dst = y.data() + p * outH * outW;      // (outH, outW)
          for (std::int64_t oh = 0; oh < outH; ++oh) {
            const auto kh = static_cast<std::size_t>(oh);
            const float* row0 = src + wh.i0[kh] * inW;
            const float* row1 = src + wh.i1[kh] * inW;
            const float h0 = wh.l0[kh], h1 = wh.l1[kh];
            for (std::int64_t ow = 0; ow < outW; ++ow) {
              const auto kw = static_cast<std::size_t>(ow);
              const std::int64_t c0 = ww.i0[kw], c1 = ww.i1[kw];
              const float w0 = ww.l0[kw], w1 = ww.l1[kw];
              dst[oh * outW + ow] = h0 * (w0 * row0[c0] + w1 * row0[c1]) + h1 * (w0 * row1[c0] + w1 * row1[c1]);
            }
          }
        }
      });
  return y;
}

}  // namespace alexnet
