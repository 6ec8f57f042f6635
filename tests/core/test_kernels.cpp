// The kernels under Conv2d and Linear (core/src/kernels): the thread pool, the GEMM wrapper, and the
// layers' serial and parallel paths against a direct double-precision computation.
#include <gtest/gtest.h>
#include <omp.h>

#include <atomic>
#include <cmath>
#include <random>
#include <stdexcept>
#include <vector>

#include "../../core/src/kernels/gemm.h"
#include "../../core/src/kernels/parallel.h"
#include "alexnet/core/layers/conv2d.h"
#include "alexnet/core/layers/linear.h"

namespace alexnet {
namespace {

// Sets the OpenMP thread count (which the kernels follow) for one scope.
class ThreadCount {
 public:
  explicit ThreadCount(int threads) : m_saved(omp_get_max_threads()) { omp_set_num_threads(threads); }
  ~ThreadCount() { omp_set_num_threads(m_saved); }

 private:
  int m_saved;
};

Tensor randomTensor(Shape shape, unsigned seed) {
  Tensor t(std::move(shape));
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> u(-1.0f, 1.0f);
  for (std::int64_t i = 0; i < t.numel(); ++i) t[i] = u(rng);
  return t;
}

void expectNear(const Tensor& got, const std::vector<double>& want, double tolerance, const char* what) {
  ASSERT_EQ(static_cast<std::size_t>(got.numel()), want.size()) << what;
  double worst = 0.0;
  std::int64_t worstAt = 0;
  for (std::int64_t i = 0; i < got.numel(); ++i) {
    const double error = std::abs(got[i] - want[static_cast<std::size_t>(i)]) / (1.0 + std::abs(want[static_cast<std::size_t>(i)]));
    if (error > worst) worst = error, worstAt = i;
  }
  EXPECT_LE(worst, tolerance) << what << ": worst relative error at element " << worstAt;
}

TEST(ParallelFor, VisitsEveryIndexOnceInChunksOfTheGrain) {
  ThreadCount threads(2);
  std::vector<std::atomic<int>> visits(1000);
  std::atomic<int> badChunks{0};
  kernels::parallelFor(1000, 7, [&](std::int64_t begin, std::int64_t end) {
    if (begin % 7 != 0 || (end - begin != 7 && end != 1000)) ++badChunks;
    for (std::int64_t i = begin; i < end; ++i) ++visits[static_cast<std::size_t>(i)];
  });
  EXPECT_EQ(badChunks.load(), 0);
  for (std::size_t i = 0; i < visits.size(); ++i) ASSERT_EQ(visits[i].load(), 1) << "index " << i;
}

TEST(ParallelFor, RethrowsTheFirstExceptionAndStaysUsable) {
  ThreadCount threads(2);
  EXPECT_THROW(kernels::parallelFor(100, 1,
                                    [](std::int64_t begin, std::int64_t) {
                                      if (begin == 37) throw std::runtime_error("chunk 37 failed");
                                    }),
               std::runtime_error);
  std::atomic<std::int64_t> sum{0};
  kernels::parallelFor(100, 3, [&](std::int64_t b, std::int64_t e) {
    for (std::int64_t i = b; i < e; ++i) sum += i;
  });
  EXPECT_EQ(sum.load(), 4950);
}

TEST(ParallelFor, NestedCallsRunSeriallyInsideAChunk) {
  ThreadCount threads(2);
  std::atomic<int> innerThreads{0};
  kernels::parallelFor(4, 1, [&](std::int64_t, std::int64_t) {
    innerThreads += kernels::maxThreads();
    kernels::parallelFor(10, 1, [](std::int64_t, std::int64_t) {});
  });
  EXPECT_EQ(innerThreads.load(), 4);
  EXPECT_EQ(kernels::maxThreads(), 2);
}

TEST(ParallelFor, ChunkSizeIsAlignedAndCoversTheRange) {
  EXPECT_EQ(kernels::chunkSize(100, 4), 25);
  EXPECT_EQ(kernels::chunkSize(100, 4, 16), 32);
  EXPECT_EQ(kernels::chunkSize(3, 8), 1);
  EXPECT_EQ(kernels::chunkSize(0, 8), 1);
}

// C = alpha·op(A)·op(B) + beta·C in double, row-major.
std::vector<double> naiveGemm(const kernels::GemmArgs& g, const std::vector<float>& cBefore) {
  std::vector<double> c(static_cast<std::size_t>(g.m * g.n));
  for (std::int64_t i = 0; i < g.m; ++i)
    for (std::int64_t j = 0; j < g.n; ++j) {
      double sum = 0.0;
      for (std::int64_t p = 0; p < g.k; ++p) {
        const double a = g.transA ? g.a[p * g.lda + i] : g.a[i * g.lda + p];
        const double b = g.transB ? g.b[j * g.ldb + p] : g.b[p * g.ldb + j];
        sum += a * b;
      }
      c[static_cast<std::size_t>(i * g.n + j)] =
          g.alpha * sum + (g.beta == 0.0f ? 0.0 : g.beta * cBefore[static_cast<std::size_t>(i * g.ldc + j)]);
    }
  return c;
}

TEST(Gemm, MatchesADirectProductForEveryTransposeAndBeta) {
  ThreadCount threads(2);
  // 96·120·160 multiply-adds ≥ kParallelMinMacs, so gemm() takes its parallel path.
  const std::int64_t m = 96, n = 120, k = 160;
  static_assert(96 * 120 * 160 >= kernels::kParallelMinMacs);
  for (bool transA : {false, true})
    for (bool transB : {false, true})
      for (float beta : {0.0f, 1.0f, 0.5f})
        for (bool parallel : {false, true}) {
          const Tensor a = transA ? randomTensor({k, m}, 1) : randomTensor({m, k}, 1);
          const Tensor b = transB ? randomTensor({n, k}, 2) : randomTensor({k, n}, 2);
          Tensor c = randomTensor({m, n}, 3);
          const std::vector<float> before = c.toVector();
          const kernels::GemmArgs args{.transA = transA, .transB = transB, .m = m, .n = n, .k = k, .alpha = 0.75f,
                                       .a = a.data(), .lda = transA ? m : k, .b = b.data(),
                                       .ldb = transB ? k : n, .beta = beta, .c = c.data(), .ldc = n};
          parallel ? kernels::gemm(args) : kernels::gemmSerial(args);
          SCOPED_TRACE(testing::Message() << "transA " << transA << " transB " << transB << " beta " << beta
                                          << " parallel " << parallel);
          expectNear(c, naiveGemm(args, before), 1e-5, "C");
        }
}

// A small C with a long reduction (a conv weight gradient such as LeNet conv1's 6 × 25 over 784
// positions) takes the dot-product path.
TEST(Gemm, DotProductPathForSmallOutputsMatchesADirectProduct) {
  static_assert(6 * 25 <= kernels::kDotProductMaxOutputs);
  for (float beta : {0.0f, 1.0f}) {
    const Tensor a = randomTensor({6, 784}, 4);   // (M, K)
    const Tensor b = randomTensor({25, 784}, 5);  // (N, K), used transposed
    Tensor c = randomTensor({6, 25}, 6);
    const std::vector<float> before = c.toVector();
    const kernels::GemmArgs args{.transB = true, .m = 6, .n = 25, .k = 784, .alpha = 1.5f, .a = a.data(), .lda = 784,
                                 .b = b.data(), .ldb = 784, .beta = beta, .c = c.data(), .ldc = 25};
    kernels::gemmSerial(args);
    expectNear(c, naiveGemm(args, before), 1e-4, "C");
  }
}

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

TEST(Conv2dKernels, WeightGradientAccumulatesAcrossBackwardCalls) {
  ThreadCount count(2);
  Conv2d conv = makeConv({.inChannels = 16, .outChannels = 24, .kernelSize = 3, .padding = 1});
  const Tensor x = randomTensor({4, 16, 20, 20}, 30);
  const Tensor y = conv.forward(x, Mode::Train);
  const Tensor dy = randomTensor(y.shape(), 31);
  conv.backward(dy);
  const Tensor once = conv.weight().grad;
  conv.backward(dy);
  for (std::int64_t i = 0; i < once.numel(); i += 97) EXPECT_NEAR(conv.weight().grad[i], 2 * once[i], 1e-4 * (1 + std::abs(once[i])));
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
