#include "alexnet/core/layers/conv2d.h"

#include <omp.h>

#include <algorithm>
#include <cstring>
#include <utility>

#include "shape_checks.h"

namespace alexnet {
namespace {

struct ConvGeometry {
  std::int64_t channels, height, width;      // input plane
  std::int64_t kernel, stride, padding;
  std::int64_t outHeight, outWidth;
  std::int64_t patch() const { return channels * kernel * kernel; }  // rows of the column matrix
  std::int64_t positions() const { return outHeight * outWidth; }     // columns of the column matrix
};

std::int64_t floorDiv(std::int64_t a, std::int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// Unfolds one sample x (C, H, W) into cols (C·k·k, H_out·W_out), zero where the window hits padding.
void im2col(const float* x, const ConvGeometry& g, float* cols) {
  const std::int64_t k = g.kernel, s = g.stride, p = g.padding, wo = g.outWidth;
  for (std::int64_t c = 0; c < g.channels; ++c) {
    for (std::int64_t ki = 0; ki < k; ++ki) {
      for (std::int64_t kj = 0; kj < k; ++kj) {
        float* row = cols + ((c * k + ki) * k + kj) * g.positions();
        // Output columns whose input column ox·s − p + kj lies inside [0, W).
        const std::int64_t oxBegin = std::clamp<std::int64_t>((p - kj + s - 1) / s, 0, wo);
        const std::int64_t oxEnd = std::clamp<std::int64_t>(floorDiv(g.width - 1 + p - kj, s) + 1, oxBegin, wo);
        for (std::int64_t oy = 0; oy < g.outHeight; ++oy) {
          float* dst = row + oy * wo;
          const std::int64_t iy = oy * s - p + ki;
          if (iy < 0 || iy >= g.height) {
            std::memset(dst, 0, sizeof(float) * static_cast<std::size_t>(wo));
            continue;
          }
          const float* src = x + (c * g.height + iy) * g.width;  // input row iy
          const std::int64_t shift = kj - p;                        // input column = ox·s + shift
          for (std::int64_t ox = 0; ox < oxBegin; ++ox) dst[ox] = 0.0f;
          if (s == 1) {
            std::memcpy(dst + oxBegin, src + oxBegin + shift,
                        sizeof(float) * static_cast<std::size_t>(oxEnd - oxBegin));
          } else {
            for (std::int64_t ox = oxBegin; ox < oxEnd; ++ox) dst[ox] = src[ox * s + shift];
          }
          for (std::int64_t ox = oxEnd; ox < wo; ++ox) dst[ox] = 0.0f;
        }
      }
    }
  }
}

// The adjoint of im2col: adds cols (C·k·k, H_out·W_out) back into dx (C, H, W).
void col2im(const float* cols, const ConvGeometry& g, float* dx) {
  const std::int64_t k = g.kernel, s = g.stride, p = g.padding, wo = g.outWidth;
  for (std::int64_t c = 0; c < g.channels; ++c) {
    for (std::int64_t ki = 0; ki < k; ++ki) {
      for (std::int64_t kj = 0; kj < k; ++kj) {
        const float* row = cols + ((c * k + ki) * k + kj) * g.positions();
        const std::int64_t oxBegin = std::clamp<std::int64_t>((p - kj + s - 1) / s, 0, wo);
        const std::int64_t oxEnd = std::clamp<std::int64_t>(floorDiv(g.width - 1 + p - kj, s) + 1, oxBegin, wo);
        for (std::int64_t oy = 0; oy < g.outHeight; ++oy) {
          const std::int64_t iy = oy * s - p + ki;
          if (iy < 0 || iy >= g.height) continue;
          const float* src = row + oy * wo;
          float* dst = dx + (c * g.height + iy) * g.width;
          const std::int64_t shift = kj - p;
          for (std::int64_t ox = oxBegin; ox < oxEnd; ++ox) dst[ox * s + shift] += src[ox];
        }
      }
    }
  }
}

ConvGeometry geometryFor(const Conv2dOptions& o, const Shape& in, const Shape& out) {
  return {in[1], in[2], in[3], o.kernelSize, o.stride, o.padding, out[2], out[3]};
}

}  // namespace

Conv2d::Conv2d(const Conv2dOptions& options) : m_options(options) {
  if (options.inChannels <= 0 || options.outChannels <= 0 || options.kernelSize <= 0 || options.stride <= 0 ||
      options.padding < 0)
    throw ShapeError("Conv2d: channels, kernel size and stride must be positive and padding non-negative");
  const Shape weightShape{options.outChannels, options.inChannels, options.kernelSize, options.kernelSize};
  m_weight = {"weight", Tensor(weightShape), Tensor(weightShape)};
  m_bias = {"bias", Tensor({options.outChannels}), Tensor({options.outChannels})};
}

std::string Conv2d::repr() const {
  const auto& o = m_options;
  const auto pair = [](std::int64_t v) { return "(" + std::to_string(v) + ", " + std::to_string(v) + ")"; };
  std::string out = "Conv2d(" + std::to_string(o.inChannels) + ", " + std::to_string(o.outChannels) +
                    ", kernel_size=" + pair(o.kernelSize) + ", stride=" + pair(o.stride);
  if (o.padding) out += ", padding=" + pair(o.padding);
  return out + ")";
}

Shape Conv2d::outputShape(const Shape& in) const {
  detail::requireRank(in, 4, "Conv2d", "a 4-D input (N, C, H, W)");
  if (in[1] != m_options.inChannels)
    throw ShapeError("Conv2d: expected " + std::to_string(m_options.inChannels) + " input channels, got input " +
                     toString(in));
  const auto& o = m_options;
  return {in[0], o.outChannels, detail::pooledSize(in[2], o.kernelSize, o.stride, o.padding, "Conv2d", in),
          detail::pooledSize(in[3], o.kernelSize, o.stride, o.padding, "Conv2d", in)};
}

std::int64_t Conv2d::flops(const Shape& in) const {
  const Shape out = outputShape(in);
  return 2 * numel(out) * m_options.inChannels * m_options.kernelSize * m_options.kernelSize;
}

Tensor Conv2d::forward(const Tensor& x, Mode) {
  const Shape outShape = outputShape(x.shape());
  const ConvGeometry g = geometryFor(m_options, x.shape(), outShape);
  const std::int64_t n = x.dim(0), outC = m_options.outChannels, k = g.patch(), positions = g.positions();
  m_input = x;
  Tensor out(outShape);  // (N, C_out, H_out, W_out)
  const ConstMatrixMap weight = std::as_const(m_weight.value).matrix(outC, k);  // (C_out, C_in·k·k)
  const Eigen::Map<const Eigen::VectorXf> bias(m_bias.value.data(), outC);

  auto runSample = [&](std::int64_t i, float* cols) {
    im2col(x.data() + i * g.channels * g.height * g.width, g, cols);
    const ConstMatrixMap colMatrix(cols, k, positions);         // (C_in·k·k, H_out·W_out)
    MatrixMap outMatrix(out.data() + i * outC * positions, outC, positions);  // (C_out, H_out·W_out)
    outMatrix.noalias() = weight * colMatrix;
    outMatrix.colwise() += bias;
  };
  if (n == 1) {
    std::vector<float, Eigen::aligned_allocator<float>> cols(static_cast<std::size_t>(k * positions));
    runSample(0, cols.data());
  } else {
#pragma omp parallel
    {
      std::vector<float, Eigen::aligned_allocator<float>> cols(static_cast<std::size_t>(k * positions));
#pragma omp for schedule(static)
      for (std::int64_t i = 0; i < n; ++i) runSample(i, cols.data());
    }
  }
  return out;
}

Tensor Conv2d::backward(const Tensor& gradOut) {
  const Shape outShape = outputShape(m_input.shape());
  if (gradOut.shape() != outShape)
    throw ShapeError("Conv2d backward: expected gradient " + toString(outShape) + ", got " +
                     toString(gradOut.shape()));
  const ConvGeometry g = geometryFor(m_options, m_input.shape(), outShape);
  const std::int64_t n = m_input.dim(0), outC = m_options.outChannels, k = g.patch(), positions = g.positions();
  const std::int64_t plane = g.channels * g.height * g.width;
  Tensor gradIn(m_input.shape());  // (N, C_in, H, W), zero
  const ConstMatrixMap weight = std::as_const(m_weight.value).matrix(outC, k);

  const int threads = n == 1 ? 1 : omp_get_max_threads();
  std::vector<RowMatrix> gradWeight(static_cast<std::size_t>(threads), RowMatrix::Zero(outC, k));
  std::vector<Eigen::VectorXf> gradBias(static_cast<std::size_t>(threads), Eigen::VectorXf::Zero(outC));

  auto runSample = [&](std::int64_t i, int thread, float* cols, float* gradCols) {
    im2col(m_input.data() + i * plane, g, cols);
    const ConstMatrixMap colMatrix(cols, k, positions);                               // (C_in·k·k, P)
    const ConstMatrixMap gradMatrix(gradOut.data() + i * outC * positions, outC, positions);  // (C_out, P)
    gradWeight[static_cast<std::size_t>(thread)].noalias() += gradMatrix * colMatrix.transpose();
    gradBias[static_cast<std::size_t>(thread)] += gradMatrix.rowwise().sum();
    MatrixMap gradColMatrix(gradCols, k, positions);
    gradColMatrix.noalias() = weight.transpose() * gradMatrix;
    col2im(gradCols, g, gradIn.data() + i * plane);
  };
  if (n == 1) {
    std::vector<float, Eigen::aligned_allocator<float>> cols(static_cast<std::size_t>(k * positions));
    std::vector<float, Eigen::aligned_allocator<float>> gradCols(cols.size());
    runSample(0, 0, cols.data(), gradCols.data());
  } else {
#pragma omp parallel num_threads(threads)
    {
      std::vector<float, Eigen::aligned_allocator<float>> cols(static_cast<std::size_t>(k * positions));
      std::vector<float, Eigen::aligned_allocator<float>> gradCols(cols.size());
      const int thread = omp_get_thread_num();
#pragma omp for schedule(static)
      for (std::int64_t i = 0; i < n; ++i) runSample(i, thread, cols.data(), gradCols.data());
    }
  }
  MatrixMap weightGrad = m_weight.grad.matrix(outC, k);
  Eigen::Map<Eigen::VectorXf> biasGrad(m_bias.grad.data(), outC);
  for (int t = 0; t < threads; ++t) {
    weightGrad += gradWeight[static_cast<std::size_t>(t)];
    biasGrad += gradBias[static_cast<std::size_t>(t)];
  }
  return gradIn;
}

}  // namespace alexnet
