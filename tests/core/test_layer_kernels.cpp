// The kernels under Conv2d, AvgPool2d and Linear (core/src/kernels): the layers' serial and parallel
// paths and the direct convolution against a direct double-precision computation.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <random>
#include <stdexcept>
#include <vector>

#include "../../core/src/kernels/direct_conv.h"
#include "alexnet/core/layers/avg_pool2d.h"
#include "alexnet/core/layers/conv2d.h"
#include "alexnet/core/layers/linear.h"
#include "core/kernel_test_util.h"

namespace alexnet {
namespace {

using test::expectNear;
using test::randomTensor;
using test::ThreadCount;

// Direct convolution in double: out (N, C_out, Ho, Wo).
std::vector<double> naiveConv(const Tensor& x, const Conv2d& conv) {
  const auto& o = conv.options();
  const Shape out = conv.outputShape(x.shape());
  std::vector<double> y(static_cast<std::size_t>(numel(out)));
  const Tensor& w = conv.weight().value;
  for (std::int64_t n = 0; n < out[0]; ++n)
    for (std::int64_t co = 0; co < out[1]; ++co)
      for (std::int64_t oy = 0; oy < out[2]; ++oy)
        for (std::int64_t ox = 0; ox < out[3]; ++ox) {
          double sum = conv.bias().value[co];
          for (std::int64_t c = 0; c < o.inChannels; ++c)
            for (std::int64_t i = 0; i < o.kernelSize; ++i)
              for (std::int64_t j = 0; j < o.kernelSize; ++j) {
                const std::int64_t iy = oy * o.stride - o.padding + i, ix = ox * o.stride - o.padding + j;
                if (iy < 0 || ix < 0 || iy >= x.dim(2) || ix >= x.dim(3)) continue;
                sum += static_cast<double>(w.at(co, c, i, j)) * x.at(n, c, iy, ix);
              }
          y[static_cast<std::size_t>(((n * out[1] + co) * out[2] + oy) * out[3] + ox)] = sum;
        }
  return y;
}

Conv2d makeConv(const Conv2dOptions& options) {
  Conv2d conv(options);
  auto params = conv.parameters();
  params[0]->value = randomTensor(params[0]->value.shape(), 11);
  params[1]->value = randomTensor(params[1]->value.shape(), 12);
  return conv;
}

// Batches 1 and 3 split each sample over the threads; 4 and 7 hand chunks of samples to threads
// (7: chunks of 2 and a last one of 1). All must agree
// with the direct convolution, and the gradients must agree between 1 and 2 threads.
TEST(Conv2dKernels, SerialAndParallelPathsMatchTheDirectConvolution) {
  const Conv2dOptions options{.inChannels = 16, .outChannels = 24, .kernelSize = 3, .stride = 2, .padding = 1};
  for (std::int64_t batch : {1, 3, 4, 7}) {
    const Tensor x = randomTensor({batch, 16, 33, 33}, 20);  // (N, 16, 33, 33) → (N, 24, 17, 17)
    std::vector<Tensor> gradIn, gradWeight, gradBias;
    for (int threads : {1, 2}) {
      ThreadCount count(threads);
      Conv2d conv = makeConv(options);
      SCOPED_TRACE(testing::Message() << "batch " << batch << ", threads " << threads);
      const Tensor y = conv.forward(x, Mode::Eval);
      expectNear(y, naiveConv(x, conv), 1e-5, "forward");
      const Tensor dy = randomTensor(y.shape(), 21);
      gradIn.push_back(conv.backward(dy));  // after an Eval forward, as the saliency view does
      gradWeight.push_back(conv.weight().grad);
      gradBias.push_back(conv.bias().grad);
    }
    const auto asDouble = [](const Tensor& t) {
      const std::vector<float> values = t.toVector();
      return std::vector<double>(values.begin(), values.end());
    };
    expectNear(gradIn[1], asDouble(gradIn[0]), 1e-5, "grad input, 2 vs 1 threads");
    expectNear(gradWeight[1], asDouble(gradWeight[0]), 1e-4, "grad weight, 2 vs 1 threads");
    expectNear(gradBias[1], asDouble(gradBias[0]), 1e-4, "grad bias, 2 vs 1 threads");
  }
}

// Gradients of a convolution in double: dx (N, C_in, H, W), dW (C_out, C_in, k, k), db (C_out).
struct NaiveConvGrads {
  std::vector<double> input, weight, bias;
};
NaiveConvGrads naiveConvBackward(const Tensor& x, const Conv2d& conv, const Tensor& dy) {
  const auto& o = conv.options();
  const Shape out = dy.shape();
  const Tensor& w = conv.weight().value;
  const std::int64_t k = o.kernelSize;
  NaiveConvGrads g{std::vector<double>(static_cast<std::size_t>(x.numel())),
                   std::vector<double>(static_cast<std::size_t>(w.numel())),
                   std::vector<double>(static_cast<std::size_t>(o.outChannels))};
  for (std::int64_t n = 0; n < out[0]; ++n)
    for (std::int64_t co = 0; co < out[1]; ++co)
      for (std::int64_t oy = 0; oy < out[2]; ++oy)
        for (std::int64_t ox = 0; ox < out[3]; ++ox) {
          const double d = dy[((n * out[1] + co) * out[2] + oy) * out[3] + ox];
          g.bias[static_cast<std::size_t>(co)] += d;
          for (std::int64_t c = 0; c < o.inChannels; ++c)
            for (std::int64_t i = 0; i < k; ++i)
              for (std::int64_t j = 0; j < k; ++j) {
                const std::int64_t iy = oy * o.stride - o.padding + i, ix = ox * o.stride - o.padding + j;
                if (iy < 0 || ix < 0 || iy >= x.dim(2) || ix >= x.dim(3)) continue;
                g.weight[static_cast<std::size_t>(((co * o.inChannels + c) * k + i) * k + j)] += d * x.at(n, c, iy, ix);
                g.input[static_cast<std::size_t>(((n * o.inChannels + c) * x.dim(2) + iy) * x.dim(3) + ix)] +=
                    d * w.at(co, c, i, j);
              }
        }
  return g;
}

// The direct kernels on their own, against plain loops in double: odd widths around the 16-lane
// vector boundary (1, 15, 16, 17, 28, 32), output-channel counts that need several blocks (up to 21),
// kernels 1, 3, 5, heights not a multiple of the row block, several samples for the weight gradient.
TEST(DirectConvKernels, ForwardAndWeightGradientMatchPlainLoops) {
  struct Case {
    std::int64_t inC, outC, kernel, inH, inW;
  };
  for (const Case& t : {Case{1, 6, 5, 32, 32}, Case{6, 16, 5, 14, 14}, Case{16, 6, 5, 18, 18}, Case{1, 1, 5, 32, 32},
                        Case{3, 21, 3, 7, 18}, Case{2, 5, 1, 5, 1}, Case{5, 3, 3, 9, 17}, Case{4, 9, 5, 6, 36},
                        Case{7, 2, 3, 11, 19}, Case{3, 12, 3, 8, 20}, Case{2, 10, 2, 5, 33}}) {
    SCOPED_TRACE(testing::Message() << "C_in " << t.inC << ", C_out " << t.outC << ", k " << t.kernel << ", " << t.inH
                                    << "x" << t.inW);
    const std::int64_t k = t.kernel, outH = t.inH - k + 1, outW = t.inW - k + 1, samples = 3;
    const Tensor x = randomTensor({samples, t.inC, t.inH, t.inW}, 50);
    const Tensor w = randomTensor({t.inC, k, k, t.outC}, 51);  // (C_in, k, k, C_out)
    const Tensor b = randomTensor({t.outC}, 52);
    // The kernels may read kDirectConvSlack floats past a buffer's end: copies with that slack.
    const auto withSlack = [](const Tensor& source) {
      Tensor copy({source.numel() + kernels::kDirectConvSlack});
      std::copy(source.data(), source.data() + source.numel(), copy.data());
      return copy;
    };
    const Tensor xs = withSlack(x);
    Tensor y({t.outC, outH, outW});
    kernels::directConvForward({.input = xs.data(),
                                .inChannels = t.inC,
                                .inHeight = t.inH,
                                .inWidth = t.inW,
                                .weight = w.data(),
                                .outChannels = t.outC,
                                .kernel = k,
                                .bias = b.data(),
                                .output = y.data()});
    std::vector<double> want(static_cast<std::size_t>(y.numel()));
    for (std::int64_t o = 0; o < t.outC; ++o)
      for (std::int64_t oy = 0; oy < outH; ++oy)
        for (std::int64_t ox = 0; ox < outW; ++ox) {
          double sum = b[o];
          for (std::int64_t c = 0; c < t.inC; ++c)
            for (std::int64_t i = 0; i < k; ++i)
              for (std::int64_t j = 0; j < k; ++j)
                sum += static_cast<double>(w[((c * k + i) * k + j) * t.outC + o]) * x.at(0, c, oy + i, ox + j);
          want[static_cast<std::size_t>((o * outH + oy) * outW + ox)] = sum;
        }
    expectNear(y, want, 1e-5, "forward");

    const Tensor dy = randomTensor({samples, t.outC, outH, outW}, 53);
    Tensor dw = randomTensor({t.outC, t.inC, k, k}, 54);  // accumulated into
    const std::vector<float> dwBefore = dw.toVector();
    std::vector<double> wantDw(dwBefore.begin(), dwBefore.end());
    const Tensor dys = withSlack(dy);
    kernels::directConvWeightGrad({.input = xs.data(),
                                   .inputStride = t.inC * t.inH * t.inW,
                                   .inChannels = t.inC,
                                   .inHeight = t.inH,
                                   .inWidth = t.inW,
                                   .kernel = k,
                                   .gradOutput = dys.data(),
                                   .gradOutputStride = t.outC * outH * outW,
                                   .outChannels = t.outC,
                                   .samples = samples,
                                   .gradWeight = dw.data()});
    for (std::int64_t n = 0; n < samples; ++n)
      for (std::int64_t o = 0; o < t.outC; ++o)
        for (std::int64_t c = 0; c < t.inC; ++c)
          for (std::int64_t i = 0; i < k; ++i)
            for (std::int64_t j = 0; j < k; ++j) {
              double sum = 0.0;
              for (std::int64_t oy = 0; oy < outH; ++oy)
                for (std::int64_t ox = 0; ox < outW; ++ox)
                  sum += static_cast<double>(dy.at(n, o, oy, ox)) * x.at(n, c, oy + i, ox + j);
              wantDw[static_cast<std::size_t>(((o * t.inC + c) * k + i) * k + j)] += sum;
            }
    expectNear(dw, wantDw, 1e-4, "weight gradient");
  }
}

// Narrow stride-1 layers take the direct path in Conv2d (LeNet's two convolutions and odd
// relatives: padding 0 to k − 1, non-square inputs, 1 and 16 channels); forward and all three
// gradients against double precision at batches 1, 3 and 8, with 1 and 2 threads.
TEST(Conv2dKernels, DirectPathMatchesTheNaiveConvolutionAndGradients) {
  struct Case {
    Conv2dOptions options;
    std::int64_t h, w;
  };
  const Case cases[] = {
      {{.inChannels = 1, .outChannels = 6, .kernelSize = 5, .padding = 2}, 28, 28},  // LeNet conv1
      {{.inChannels = 6, .outChannels = 16, .kernelSize = 5}, 14, 14},               // LeNet conv2
      {{.inChannels = 3, .outChannels = 5, .kernelSize = 3, .padding = 1}, 13, 17},
      {{.inChannels = 2, .outChannels = 7, .kernelSize = 4, .padding = 3}, 9, 6},  // padding = k − 1
      {{.inChannels = 16, .outChannels = 1, .kernelSize = 1}, 5, 31},
  };
  for (const Case& c : cases) {
    for (std::int64_t batch : {1, 3, 8}) {
      for (int threads : {1, 2}) {
        ThreadCount count(threads);
        SCOPED_TRACE(testing::Message() << Conv2d(c.options).repr() << " on " << c.h << "x" << c.w << ", batch "
                                        << batch << ", threads " << threads);
        Conv2d conv = makeConv(c.options);
        const Tensor x = randomTensor({batch, c.options.inChannels, c.h, c.w}, 60);
        const Tensor y = conv.forward(x, Mode::Train);
        expectNear(y, naiveConv(x, conv), 1e-5, "forward");
        const Tensor dy = randomTensor(y.shape(), 61);
        const Tensor dx = conv.backward(dy);
        const NaiveConvGrads want = naiveConvBackward(x, conv, dy);
        expectNear(dx, want.input, 1e-5, "grad input");
        expectNear(conv.weight().grad, want.weight, 1e-4, "grad weight");
        expectNear(conv.bias().grad, want.bias, 1e-4, "grad bias");
      }
    }
  }
}

// AvgPool2d(2): the unrolled 2×2 path against plain loops, odd sizes (the last row/column is dropped).
TEST(PoolKernels, AvgPool2x2MatchesPlainLoops) {
  AvgPool2d pool({.kernelSize = 2, .stride = 2});
  const Tensor x = randomTensor({3, 2, 7, 9}, 70);  // → (3, 2, 3, 4)
  const Tensor y = pool.forward(x, Mode::Train);
  ASSERT_EQ(y.shape(), (Shape{3, 2, 3, 4}));
  std::vector<double> want(static_cast<std::size_t>(y.numel()));
  for (std::int64_t p = 0; p < 6; ++p)
    for (std::int64_t oy = 0; oy < 3; ++oy)
      for (std::int64_t ox = 0; ox < 4; ++ox) {
        const float* in = x.data() + p * 63;
        want[static_cast<std::size_t>((p * 3 + oy) * 4 + ox)] =
            (static_cast<double>(in[2 * oy * 9 + 2 * ox]) + in[2 * oy * 9 + 2 * ox + 1] +
             in[(2 * oy + 1) * 9 + 2 * ox] + in[(2 * oy + 1) * 9 + 2 * ox + 1]) /
            4.0;
      }
  expectNear(y, want, 1e-6, "forward");
  const Tensor dy = randomTensor(y.shape(), 71);
  const Tensor dx = pool.backward(dy);
  std::vector<double> wantDx(static_cast<std::size_t>(x.numel()), 0.0);
  for (std::int64_t p = 0; p < 6; ++p)
    for (std::int64_t iy = 0; iy < 6; ++iy)
      for (std::int64_t ix = 0; ix < 8; ++ix)
        wantDx[static_cast<std::size_t>(p * 63 + iy * 9 + ix)] = dy[(p * 3 + iy / 2) * 4 + ix / 2] / 4.0;
  expectNear(dx, wantDx, 1e-6, "grad input");
}

TEST(Conv2dKernels, WeightGradientAccumulatesAcrossBackwardCalls) {
  ThreadCount count(2);
  Conv2d conv = makeConv({.inChannels = 16, .outChannels = 24, .kernelSize = 3, .padding = 1});
  const Tensor x = randomTensor({4, 16, 20, 20}, 30);
  const Tensor y = conv.forward(x, Mode::Train);
  const Tensor dy = randomTensor(y.shape(), 31);
  conv.backward(dy);
  const Tensor once = conv.weight().grad;
  conv.backward(dy);
  for (std::int64_t i = 0; i < once.numel(); i += 97)
    EXPECT_NEAR(conv.weight().grad[i], 2 * once[i], 1e-4 * (1 + std::abs(once[i])));
}

// Linear: batches ≤ 4 take the dot-product path, larger ones the GEMM; both against double.
TEST(LinearKernels, DotAndGemmPathsMatchADirectProduct) {
  ThreadCount count(2);
  Linear fc({.inFeatures = 700, .outFeatures = 1600});  // 1.1 M multiply-adds per sample: parallel
  fc.parameters()[0]->value = randomTensor({1600, 700}, 40);
  fc.parameters()[1]->value = randomTensor({1600}, 41);
  for (std::int64_t batch : {1, 3, 9}) {
    SCOPED_TRACE(testing::Message() << "batch " << batch);
    const Tensor x = randomTensor({batch, 700}, 42);
    const Tensor y = fc.forward(x, Mode::Eval);
    std::vector<double> want(static_cast<std::size_t>(batch * 1600));
    for (std::int64_t n = 0; n < batch; ++n)
      for (std::int64_t o = 0; o < 1600; ++o) {
        double sum = fc.bias().value[o];
        for (std::int64_t i = 0; i < 700; ++i)
          sum += static_cast<double>(fc.weight().value[o * 700 + i]) * x[n * 700 + i];
        want[static_cast<std::size_t>(n * 1600 + o)] = sum;
      }
    expectNear(y, want, 1e-5, "forward");
    // gradIn = dy · W
    const Tensor dy = randomTensor({batch, 1600}, 43);
    const Tensor dx = fc.backward(dy);
    std::vector<double> wantDx(static_cast<std::size_t>(batch * 700));
    for (std::int64_t n = 0; n < batch; ++n)
      for (std::int64_t i = 0; i < 700; ++i) {
        double sum = 0.0;
        for (std::int64_t o = 0; o < 1600; ++o)
          sum += static_cast<double>(dy[n * 1600 + o]) * fc.weight().value[o * 700 + i];
        wantDx[static_cast<std::size_t>(n * 700 + i)] = sum;
      }
    expectNear(dx, wantDx, 1e-4, "grad input");  // sums of 1,600 float products
  }
}

}  // namespace
}  // namespace alexnet
