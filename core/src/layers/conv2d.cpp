#include "alexnet/core/layers/conv2d.h"

#include <algorithm>
#include <cstring>
#include <utility>
#include <vector>

#include "../kernels/direct_conv.h"
#include "../kernels/gemm.h"
#include "../kernels/packed_lhs.h"
#include "../kernels/parallel.h"
#include "shape_checks.h"

namespace alexnet {

// The weights packed for the GEMM kernel, kept across forward calls while they stay the same:
// inference runs one set of weights on image after image, and packing them took 6 % of AlexNet's
// forward time at batch 1 (perf). They are checked against a copy of the weights they were packed
// from (comparing is several times cheaper than packing), so any change repacks: a training step,
// loaded weights, an edit through parameters().
struct detail::Conv2dPackedWeights {
  std::vector<float> source;  // (C_out, C_in·k·k), as packed
  kernels::PackedLhs packed;

  const kernels::PackedLhs& forWeights(const kernels::GemmArgs& lhs) {
    const std::size_t count = static_cast<std::size_t>(lhs.m * lhs.k);
    const bool same =
        packed.matches(lhs) && source.size() == count && std::memcmp(source.data(), lhs.a, sizeof(float) * count) == 0;
    if (!same) {
      packed = kernels::PackedLhs::pack(lhs);
      if (packed.empty())
        source.clear();
      else
        source.assign(lhs.a, lhs.a + count);
    }
    return packed;
  }
};

namespace {

struct ConvGeometry {
  std::int64_t channels, height, width;  // input plane
  std::int64_t kernel, stride, padding;
  std::int64_t outHeight, outWidth;
  std::int64_t patch() const { return channels * kernel * kernel; }  // rows of the column matrix
  std::int64_t positions() const { return outHeight * outWidth; }    // columns of the column matrix
};

std::int64_t floorDiv(std::int64_t a, std::int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// Unfolds channels [cBegin, cEnd) of one sample x (C, H, W) into their rows of cols (C·k·k, H_out·W_out;
// row stride ld ≥ H_out·W_out, so several samples can sit side by side), zero where the window hits padding.
void im2col(const float* x, const ConvGeometry& g, float* cols, std::int64_t ld, std::int64_t cBegin,
            std::int64_t cEnd) {
  const std::int64_t k = g.kernel, s = g.stride, p = g.padding, wo = g.outWidth;
  for (std::int64_t c = cBegin; c < cEnd; ++c) {
    for (std::int64_t ki = 0; ki < k; ++ki) {
      for (std::int64_t kj = 0; kj < k; ++kj) {
        float* row = cols + ((c * k + ki) * k + kj) * ld;
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
          const std::int64_t shift = kj - p;                     // input column = ox·s + shift
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

// The adjoint of im2col for channels [cBegin, cEnd): adds their rows of cols (C·k·k, H_out·W_out; row
// stride ld) back into dx (C, H, W).
void col2im(const float* cols, const ConvGeometry& g, float* dx, std::int64_t ld, std::int64_t cBegin,
            std::int64_t cEnd) {
  const std::int64_t k = g.kernel, s = g.stride, p = g.padding, wo = g.outWidth;
  for (std::int64_t c = cBegin; c < cEnd; ++c) {
    for (std::int64_t ki = 0; ki < k; ++ki) {
      for (std::int64_t kj = 0; kj < k; ++kj) {
        const float* row = cols + ((c * k + ki) * k + kj) * ld;
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

using Buffer = std::vector<float, Eigen::aligned_allocator<float>>;

// Per-thread scratch, grown on demand and reused by every call (no allocation on the hot path).
float* scratch(int slot, std::int64_t size) {
  thread_local Buffer buffers[5];
  Buffer& buffer = buffers[slot];
  if (static_cast<std::int64_t>(buffer.size()) < size) buffer.resize(static_cast<std::size_t>(size));
  return buffer.data();
}

// Samples go to threads one by one when there are enough of them; otherwise every sample is
// split across the threads (channel blocks for im2col/col2im, column blocks for the GEMM).
// How samples go to threads: the chunk size (in samples) when whole samples go to threads (or one
// chunk of all n when the work is too small to share), or 0 when there are too few samples and each
// sample is split across the threads instead (channel blocks for im2col/col2im, column blocks for
// the GEMM). Several chunks per thread, so a thread that loses its core leaves work for the others.
//
// Tried and dropped: putting the column matrices of 4-8 samples side by side in one wider GEMM (for
// the 12×12 layers conv3-5 and LeNet's conv2). Eigen's kernel was as fast or faster per sample with
// the smaller, cache-resident column matrix (docs/performance.md).
std::int64_t sampleGrain(std::int64_t n, std::int64_t macsPerSample) {
  const int threads = kernels::maxThreads();
  if (threads == 1 || n * macsPerSample < kernels::kParallelMinMacs) return n;
  if (n >= 2 * threads || n % threads == 0) return kernels::chunkSize(n, 4 * threads);
  return 0;
}

void copyInto(Tensor& cache, const Tensor& x) {
  cache.resize(x.shape());  // keeps the allocation across steps
  std::memcpy(cache.data(), x.data(), sizeof(float) * static_cast<std::size_t>(x.numel()));
}

// out (C_out, P) = bias broadcast over the row.
void fillBias(float* out, const float* bias, std::int64_t outC, std::int64_t positions) {
  for (std::int64_t o = 0; o < outC; ++o) std::fill_n(out + o * positions, positions, bias[o]);
}

// Narrow stride-1 layers (LeNet's convolutions) run as direct convolutions (kernels/direct_conv.h):
// their GEMMs (6×784×25, 16×100×150) are too small for the blocked kernel, whose packing and
// im2col/col2im copies cost more than the arithmetic.
bool useDirect(const ConvGeometry& g, std::int64_t outC) {
  return kernels::directConvAvailable() && g.stride == 1 && g.padding <= g.kernel - 1 && g.channels <= 16 &&
         outC <= 16 && g.outWidth <= kernels::kDirectConvMaxWidth && g.width <= kernels::kDirectConvMaxWidth;
}

// Per-thread scratch of `size` floats followed by kDirectConvSlack zeros.
float* slackScratch(int slot, std::int64_t size) {
  float* buffer = scratch(slot, size + kernels::kDirectConvSlack);
  std::fill_n(buffer + size, kernels::kDirectConvSlack, 0.0f);
  return buffer;
}

// Copies planes (C, H, W) into dst (C, H + 2p, W + 2p) with a zero border of p.
void padPlanes(const float* src, std::int64_t channels, std::int64_t h, std::int64_t w, std::int64_t p, float* dst) {
  const std::int64_t hp = h + 2 * p, wp = w + 2 * p;
  std::fill_n(dst, channels * hp * wp, 0.0f);
  for (std::int64_t c = 0; c < channels; ++c)
    for (std::int64_t y = 0; y < h; ++y)
      std::memcpy(dst + (c * hp + y + p) * wp + p, src + (c * h + y) * w, sizeof(float) * static_cast<std::size_t>(w));
}

// Forward of all n samples with the direct kernel; whole samples go to threads.
void directForward(const float* x, std::int64_t n, const ConvGeometry& g, const float* weight, const float* bias,
                   std::int64_t outC, float* out) {
  const std::int64_t k = g.kernel, p = g.padding, hp = g.height + 2 * p, wp = g.width + 2 * p;
  const std::int64_t plane = g.channels * g.height * g.width, outPlane = outC * g.positions(), patch = g.patch();
  Buffer transposed(static_cast<std::size_t>(patch * outC));  // (C_in, k, k, C_out)
  for (std::int64_t o = 0; o < outC; ++o)
    for (std::int64_t r = 0; r < patch; ++r) transposed[static_cast<std::size_t>(r * outC + o)] = weight[o * patch + r];
  std::int64_t grain = sampleGrain(n, outC * patch * g.positions());
  if (grain == 0) grain = n;
  const std::int64_t paddedPlane = g.channels * hp * wp;
  kernels::parallelFor(n, grain, [&](std::int64_t begin, std::int64_t end) {
    // (C_in, H + 2p, W + 2p) and the slack the kernel may read past the end (also when p = 0)
    float* padded = slackScratch(2, paddedPlane);
    for (std::int64_t i = begin; i < end; ++i) {
      padPlanes(x + i * plane, g.channels, g.height, g.width, p, padded);
      kernels::directConvForward({.input = padded,
                                  .inChannels = g.channels,
                                  .inHeight = hp,
                                  .inWidth = wp,
                                  .weight = transposed.data(),
                                  .outChannels = outC,
                                  .kernel = k,
                                  .bias = bias,
                                  .output = out + i * outPlane});
    }
  });
}

// Backward with the direct kernels: gradIn (N, C_in, H, W) is overwritten (not computed when null),
// weightGrad (C_out, C_in·k·k) and biasGrad (C_out) are accumulated into.
void directBackward(const float* x, const float* gradOut, std::int64_t n, const ConvGeometry& g, const float* weight,
                    std::int64_t outC, float* gradIn, float* weightGrad, float* biasGrad) {
  const std::int64_t k = g.kernel, p = g.padding, q = k - 1 - p, patch = g.patch();
  const std::int64_t hp = g.height + 2 * p, wp = g.width + 2 * p, paddedPlane = g.channels * hp * wp;
  const std::int64_t gh = g.outHeight + 2 * q, gw = g.outWidth + 2 * q;
  const std::int64_t plane = g.channels * g.height * g.width, positions = g.positions(), outPlane = outC * positions;
  // The input gradient is the forward convolution of gradOut padded by k − 1 − p with the kernel
  // flipped and C_in/C_out swapped: flipped (C_out, k, k, C_in).
  Buffer flipped(gradIn ? static_cast<std::size_t>(outC * patch) : 0);
  for (std::int64_t o = 0; gradIn && o < outC; ++o)
    for (std::int64_t c = 0; c < g.channels; ++c)
      for (std::int64_t i = 0; i < k; ++i)
        for (std::int64_t j = 0; j < k; ++j)
          flipped[static_cast<std::size_t>(((o * k + i) * k + j) * g.channels + c)] =
              weight[((o * g.channels + c) * k + (k - 1 - i)) * k + (k - 1 - j)];
  std::int64_t grain = sampleGrain(n, 2 * outC * patch * positions);
  if (grain == 0) grain = n;
  const std::int64_t chunks = (n + grain - 1) / grain;
  std::vector<Buffer> gradWeights(static_cast<std::size_t>(chunks));
  std::vector<Eigen::VectorXf> gradBiases(static_cast<std::size_t>(chunks), Eigen::VectorXf::Zero(outC));
  constexpr std::int64_t kGroup = 8;  // samples per weight-gradient call (its sums are reduced once per call)
  kernels::parallelFor(n, grain, [&](std::int64_t begin, std::int64_t end) {
    const std::size_t chunk = static_cast<std::size_t>(begin / grain);
    gradWeights[chunk].assign(static_cast<std::size_t>(outC * patch), 0.0f);
    // Copies with the slack the kernels may read past the end (kDirectConvSlack):
    float* padded = slackScratch(2, kGroup * paddedPlane);  // (group, C_in, H + 2p, W + 2p)
    float* gradGroup = slackScratch(4, kGroup * outPlane);  // (group, C_out, H_out, W_out)
    float* gradPadded = slackScratch(3, outC * gh * gw);    // (C_out, H_out + 2q, W_out + 2q)
    for (std::int64_t s0 = begin; s0 < end; s0 += kGroup) {
      const std::int64_t count = std::min(kGroup, end - s0);
      for (std::int64_t t = 0; t < count; ++t)
        padPlanes(x + (s0 + t) * plane, g.channels, g.height, g.width, p, padded + t * paddedPlane);
      std::memcpy(gradGroup, gradOut + s0 * outPlane, sizeof(float) * static_cast<std::size_t>(count * outPlane));
      if (count < kGroup) {  // the slack now starts after `count` samples
        std::fill_n(padded + count * paddedPlane, kernels::kDirectConvSlack, 0.0f);
        std::fill_n(gradGroup + count * outPlane, kernels::kDirectConvSlack, 0.0f);
      }
      kernels::directConvWeightGrad({.input = padded,
                                     .inputStride = paddedPlane,
                                     .inChannels = g.channels,
                                     .inHeight = hp,
                                     .inWidth = wp,
                                     .kernel = k,
                                     .gradOutput = gradGroup,
                                     .gradOutputStride = outPlane,
                                     .outChannels = outC,
                                     .samples = count,
                                     .gradWeight = gradWeights[chunk].data()});
      for (std::int64_t i = s0; i < s0 + count; ++i) {
        const float* gy = gradOut + i * outPlane;  // (C_out, H_out, W_out)
        gradBiases[chunk] += ConstMatrixMap(gy, outC, positions).rowwise().sum();
        if (!gradIn) continue;
        padPlanes(gy, outC, g.outHeight, g.outWidth, q, gradPadded);
        kernels::directConvForward({.input = gradPadded,
                                    .inChannels = outC,
                                    .inHeight = gh,
                                    .inWidth = gw,
                                    .weight = flipped.data(),
                                    .outChannels = g.channels,
                                    .kernel = k,
                                    .bias = nullptr,
                                    .output = gradIn + i * plane});
      }
    }
  });
  Eigen::Map<Eigen::VectorXf> weightSum(weightGrad, outC * patch);
  for (const Buffer& part : gradWeights) weightSum += Eigen::Map<const Eigen::VectorXf>(part.data(), outC * patch);
  Eigen::Map<Eigen::VectorXf> biasSum(biasGrad, outC);
  for (const auto& part : gradBiases) biasSum += part;
}

}  // namespace

Conv2d::~Conv2d() = default;
Conv2d::Conv2d(Conv2d&&) noexcept = default;
Conv2d& Conv2d::operator=(Conv2d&&) noexcept = default;

Conv2d::Conv2d(const Conv2dOptions& options)
    : m_options(options), m_packedWeights(std::make_unique<detail::Conv2dPackedWeights>()) {
  if (options.inChannels <= 0 || options.outChannels <= 0 || options.kernelSize <= 0 || options.stride <= 0 ||
      options.padding < 0)
    throw ShapeError("Conv2d: channels, kernel size and stride must be positive and padding non-negative");
  const Shape weightShape{options.outChannels, options.inChannels, options.kernelSize, options.kernelSize};
  m_weight = {"weight", Tensor(weightShape), Tensor()};
  m_bias = {"bias", Tensor({options.outChannels}), Tensor()};
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
  const std::int64_t plane = g.channels * g.height * g.width;
  copyInto(m_input, x);                          // backward needs it, also after an Eval forward (saliency)
  Tensor out = Tensor::uninitialized(outShape);  // (N, C_out, H_out, W_out), written in full
  const float* weight = m_weight.value.data();   // (C_out, C_in·k·k)
  const float* bias = m_bias.value.data();       // (C_out)
  if (useDirect(g, outC)) {
    directForward(x.data(), n, g, weight, bias, outC, out.data());
    return out;
  }

  // out_i (C_out, P) = weight (C_out, C_in·k·k) · cols_i (C_in·k·k, P) + bias
  const auto productArgs = [&](std::int64_t i, const float* cols) {
    return kernels::GemmArgs{.m = outC,
                             .n = positions,
                             .k = k,
                             .a = weight,
                             .lda = k,
                             .b = cols,
                             .ldb = positions,
                             .beta = 1.0f,
                             .c = out.data() + i * outC * positions,
                             .ldc = positions};
  };
  // Where the packed kernel runs, cols_i is never stored: it packs its panels from sample i itself.
  const bool implicitColumns = kernels::imageColumnsSupported(outC, positions, k);
  const auto imageColumns = [&](std::int64_t i) {
    return kernels::ImageColumns{.image = x.data() + i * plane,
                                 .channels = g.channels,
                                 .height = g.height,
                                 .width = g.width,
                                 .kernel = g.kernel,
                                 .stride = g.stride,
                                 .padding = g.padding,
                                 .outHeight = g.outHeight,
                                 .outWidth = g.outWidth};
  };
  if (const std::int64_t grain = sampleGrain(n, outC * k * positions)) {
    const kernels::PackedLhs& packedWeight = m_packedWeights->forWeights(productArgs(0, nullptr));  // for all samples
    kernels::parallelFor(n, grain, [&](std::int64_t begin, std::int64_t end) {
      float* cols = implicitColumns ? nullptr : scratch(0, k * positions);  // (C_in·k·k, P)
      for (std::int64_t i = begin; i < end; ++i) {
        fillBias(out.data() + i * outC * positions, bias, outC, positions);
        kernels::GemmArgs args = productArgs(i, cols);
        const kernels::ImageColumns sample = imageColumns(i);
        if (implicitColumns)
          args.columns = &sample;
        else
          im2col(x.data() + i * plane, g, cols, positions, 0, g.channels);
        kernels::gemmSerial(args, packedWeight);
      }
    });
  } else {
    const kernels::PackedLhs& packedWeight = m_packedWeights->forWeights(productArgs(0, nullptr));
    float* cols = implicitColumns ? nullptr : scratch(0, k * positions);  // (C_in·k·k, P)
    const std::int64_t channelGrain = kernels::chunkSize(g.channels, 2 * kernels::maxThreads());
    for (std::int64_t i = 0; i < n; ++i) {
      kernels::GemmArgs args = productArgs(i, cols);
      const kernels::ImageColumns sample = imageColumns(i);
      if (implicitColumns)
        args.columns = &sample;
      else
        kernels::parallelFor(g.channels, channelGrain, [&](std::int64_t c0, std::int64_t c1) {
          im2col(x.data() + i * plane, g, cols, positions, c0, c1);
        });
      fillBias(out.data() + i * outC * positions, bias, outC, positions);
      kernels::gemm(args, packedWeight);  // row and column blocks over the threads, one packing of the weights
    }
  }
  return out;
}

Tensor Conv2d::backward(const Tensor& gradOut) { return backwardImpl(gradOut, true); }

void Conv2d::backwardParameters(const Tensor& gradOut) { backwardImpl(gradOut, false); }

Tensor Conv2d::backwardImpl(const Tensor& gradOut, bool inputGradient) {
  const Shape outShape = outputShape(m_input.shape());
  if (gradOut.shape() != outShape)
    throw ShapeError("Conv2d backward: expected gradient " + toString(outShape) + ", got " + toString(gradOut.shape()));
  m_weight.ensureGrad();
  m_bias.ensureGrad();
  const ConvGeometry g = geometryFor(m_options, m_input.shape(), outShape);
  const std::int64_t n = m_input.dim(0), outC = m_options.outChannels, k = g.patch(), positions = g.positions();
  const std::int64_t plane = g.channels * g.height * g.width;
  const float* weight = m_weight.value.data();  // (C_out, C_in·k·k)
  if (useDirect(g, outC)) {
    Tensor gradIn =
        inputGradient ? Tensor::uninitialized(m_input.shape()) : Tensor();  // (N, C_in, H, W), written in full
    directBackward(m_input.data(), gradOut.data(), n, g, weight, outC, inputGradient ? gradIn.data() : nullptr,
                   m_weight.grad.data(), m_bias.grad.data());
    return gradIn;
  }
  Tensor gradIn = inputGradient ? Tensor(m_input.shape()) : Tensor();  // (N, C_in, H, W), zero: col2im adds into it

  // gradWeight (C_out, C_in·k·k) (+)= gradOut_i (C_out, P) · cols_iᵀ (P, C_in·k·k)
  const auto weightGradArgs = [&](std::int64_t i, const float* cols, float* gradWeight, float beta) {
    return kernels::GemmArgs{.transB = true,
                             .m = outC,
                             .n = k,
                             .k = positions,
                             .a = gradOut.data() + i * outC * positions,
                             .lda = positions,
                             .b = cols,
                             .ldb = positions,
                             .beta = beta,
                             .c = gradWeight,
                             .ldc = k};
  };
  // gradCols (C_in·k·k, P) = weightᵀ (C_in·k·k, C_out) · gradOut_i (C_out, P)
  const auto inputGradArgs = [&](std::int64_t i, float* gradCols) {
    return kernels::GemmArgs{.transA = true,
                             .m = k,
                             .n = positions,
                             .k = outC,
                             .a = weight,
                             .lda = k,
                             .b = gradOut.data() + i * outC * positions,
                             .ldb = positions,
                             .beta = 0.0f,
                             .c = gradCols,
                             .ldc = positions};
  };
  const auto addBiasGrad = [&](std::int64_t i, float* gradBias) {  // gradBias (C_out) += row sums of gradOut_i
    const ConstMatrixMap gradMatrix(gradOut.data() + i * outC * positions, outC, positions);
    Eigen::Map<Eigen::VectorXf>(gradBias, outC) += gradMatrix.rowwise().sum();
  };

  if (const std::int64_t grain = sampleGrain(n, 2 * outC * k * positions)) {
    // Each chunk of samples has its own weight/bias gradient accumulator, summed below.
    const std::int64_t chunks = (n + grain - 1) / grain;
    std::vector<Buffer> gradWeights(static_cast<std::size_t>(chunks));
    std::vector<Eigen::VectorXf> gradBiases(static_cast<std::size_t>(chunks), Eigen::VectorXf::Zero(outC));
    const kernels::PackedLhs packedWeightT =
        inputGradient ? kernels::PackedLhs::pack(inputGradArgs(0, nullptr)) : kernels::PackedLhs();  // weightᵀ, once
    kernels::parallelFor(n, grain, [&](std::int64_t begin, std::int64_t end) {
      const std::size_t chunk = static_cast<std::size_t>(begin / grain);
      gradWeights[chunk].resize(static_cast<std::size_t>(outC * k));
      float* cols = scratch(0, k * positions);                                // (C_in·k·k, P)
      float* gradCols = inputGradient ? scratch(1, k * positions) : nullptr;  // (C_in·k·k, P)
      for (std::int64_t i = begin; i < end; ++i) {
        im2col(m_input.data() + i * plane, g, cols, positions, 0, g.channels);
        kernels::gemmSerial(weightGradArgs(i, cols, gradWeights[chunk].data(), i == begin ? 0.0f : 1.0f));
        addBiasGrad(i, gradBiases[chunk].data());
        if (!inputGradient) continue;
        kernels::gemmSerial(inputGradArgs(i, gradCols), packedWeightT);
        col2im(gradCols, g, gradIn.data() + i * plane, positions, 0, g.channels);
      }
    });
    float* weightGrad = m_weight.grad.data();
    const std::int64_t rowGrain = kernels::chunkSize(outC, 2 * kernels::maxThreads());
    kernels::parallelFor(outC, rowGrain, [&](std::int64_t o0, std::int64_t o1) {
      Eigen::Map<Eigen::VectorXf> rows(weightGrad + o0 * k, (o1 - o0) * k);
      for (const Buffer& part : gradWeights)
        rows += Eigen::Map<const Eigen::VectorXf>(part.data() + o0 * k, (o1 - o0) * k);
    });
    Eigen::Map<Eigen::VectorXf> biasGrad(m_bias.grad.data(), outC);
    for (const auto& part : gradBiases) biasGrad += part;
  } else {
    float* cols = scratch(0, k * positions);                                // (C_in·k·k, P)
    float* gradCols = inputGradient ? scratch(1, k * positions) : nullptr;  // (C_in·k·k, P)
    const std::int64_t channelGrain = kernels::chunkSize(g.channels, 2 * kernels::maxThreads());
    for (std::int64_t i = 0; i < n; ++i) {
      kernels::parallelFor(g.channels, channelGrain, [&](std::int64_t c0, std::int64_t c1) {
        im2col(m_input.data() + i * plane, g, cols, positions, c0, c1);
      });
      kernels::gemm(weightGradArgs(i, cols, m_weight.grad.data(), 1.0f));
      addBiasGrad(i, m_bias.grad.data());
      if (!inputGradient) continue;
      kernels::gemm(inputGradArgs(i, gradCols));
      kernels::parallelFor(g.channels, channelGrain, [&](std::int64_t c0, std::int64_t c1) {
        col2im(gradCols, g, gradIn.data() + i * plane, positions, c0, c1);
      });
    }
  }
  return gradIn;
}

}  // namespace alexnet
