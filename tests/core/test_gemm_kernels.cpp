// The kernels' thread pool and the GEMM under Conv2d and Linear (core/src/kernels), against a direct
// double-precision product; the layers' own paths: test_layer_kernels.cpp.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "../../core/src/kernels/direct_conv.h"
#include "../../core/src/kernels/gemm.h"
#include "../../core/src/kernels/packed_gemm.h"
#include "../../core/src/kernels/packed_lhs.h"
#include "../../core/src/kernels/parallel.h"
#include "alexnet/core/exec/isa.h"
#include "core/kernel_test_util.h"

namespace alexnet {
namespace {

using test::expectNear;
using test::randomTensor;
using test::ThreadCount;

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

// Dense row-major operands for C = alpha·op(A)·op(B) + beta·C (M × N, reduction K), random from
// `seed`, seed + 1, seed + 2, with C's values before the product kept for naiveGemm. Not copyable:
// `args` points into the tensors.
struct DenseProduct {
  DenseProduct(bool transA, bool transB, std::int64_t m, std::int64_t n, std::int64_t k, float alpha, float beta,
               unsigned seed)
      : a(transA ? randomTensor({k, m}, seed) : randomTensor({m, k}, seed)),
        b(transB ? randomTensor({n, k}, seed + 1) : randomTensor({k, n}, seed + 1)),
        c(randomTensor({m, n}, seed + 2)),
        before(c.toVector()),
        args{.transA = transA,
             .transB = transB,
             .m = m,
             .n = n,
             .k = k,
             .alpha = alpha,
             .a = a.data(),
             .lda = transA ? m : k,
             .b = b.data(),
             .ldb = transB ? k : n,
             .beta = beta,
             .c = c.data(),
             .ldc = n} {}
  DenseProduct(const DenseProduct&) = delete;
  DenseProduct& operator=(const DenseProduct&) = delete;

  Tensor a, b, c;             // op(A) is (M, K), op(B) is (K, N), C is (M, N)
  std::vector<float> before;  // C before the product
  kernels::GemmArgs args;
};

TEST(Gemm, MatchesADirectProductForEveryTransposeAndBeta) {
  ThreadCount threads(2);
  // 96·120·160 multiply-adds ≥ kParallelMinMacs, so gemm() takes its parallel path.
  const std::int64_t m = 96, n = 120, k = 160;
  static_assert(96 * 120 * 160 >= kernels::kParallelMinMacs);
  for (bool transA : {false, true})
    for (bool transB : {false, true})
      for (float beta : {0.0f, 1.0f, 0.5f})
        for (bool parallel : {false, true}) {
          DenseProduct product(transA, transB, m, n, k, 0.75f, beta, 1);
          parallel ? kernels::gemm(product.args) : kernels::gemmSerial(product.args);
          SCOPED_TRACE(testing::Message()
                       << "transA " << transA << " transB " << transB << " beta " << beta << " parallel " << parallel);
          expectNear(product.c, naiveGemm(product.args, product.before), 1e-5, "C");
        }
}

// The program really uses the packed kernel on the AVX2 and AVX-512 paths (a static-initialisation
// order slip once left it silently on Eigen's baseline kernel, 2-3× slower).
TEST(Gemm, ThePackedKernelIsInUseOnEveryVectorPath) {
  const char* gemmChoice = std::getenv("ALEXNET_GEMM");
  if (gemmChoice && std::string(gemmChoice) == "eigen") GTEST_SKIP() << "ALEXNET_GEMM=eigen";
  EXPECT_EQ(kernels::packedGemmInUse(), activeIsa() != Isa::Generic) << isaName(activeIsa());
  EXPECT_EQ(kernels::directConvAvailable(), activeIsa() != Isa::Generic);
}

// Our packed GEMM on its own, each instruction set's kernel this CPU runs (not just the active one):
// ragged edges of both register-tile sides (AVX-512 8 × 48: 13 = 8 + 5 rows, 50 = 48 + 2 columns;
// AVX2 6 × 16: 13 = 6 + 6 + 1, 50 = 3·16 + 2, 7 × 5), reductions across the 192- and 256-wide blocks
// (200, 257, 385) and of 1, strided operands (leading dimensions past the used width), every
// transpose, beta 0 and 1.
TEST(Gemm, PackedKernelsMatchADirectProductAtRaggedSizes) {
  struct Size {
    std::int64_t m, n, k;
  };
  int kernelsRun = 0;
  for (Isa isa : {Isa::Avx512, Isa::Avx2}) {
    if (static_cast<int>(isa) > static_cast<int>(detectedIsa())) continue;
    const kernels::PackedGemmFn packedGemm = kernels::packedGemmFor(isa);
    ASSERT_NE(packedGemm, nullptr);
    ++kernelsRun;
    SCOPED_TRACE(std::string(isaName(isa)));
    // The last column panel takes a narrower kernel by how many columns it holds: 1, 2 or 3 vectors
    // on AVX-512 (n = 50, 97: 1; 169, 24: 2 with masked lanes; 80: 2 full), 1 or 2 on AVX2 (24: 1 full).
    for (const Size& z : {Size{13, 50, 200}, Size{8, 48, 1}, Size{7, 5, 385}, Size{33, 97, 64}, Size{6, 16, 257},
                          Size{20, 169, 300}, Size{9, 80, 40}, Size{10, 24, 33}})
      for (bool transA : {false, true})
        for (bool transB : {false, true})
          for (float beta : {0.0f, 1.0f}) {
            const std::int64_t pad = 3;  // extra columns in every stored operand
            const std::int64_t lda = (transA ? z.m : z.k) + pad, ldb = (transB ? z.k : z.n) + pad, ldc = z.n + pad;
            const Tensor a = randomTensor({transA ? z.k : z.m, lda}, 81);
            const Tensor b = randomTensor({transB ? z.n : z.k, ldb}, 82);
            Tensor c = randomTensor({z.m, ldc}, 83);
            const std::vector<float> before = c.toVector();
            const kernels::GemmArgs args{.transA = transA,
                                         .transB = transB,
                                         .m = z.m,
                                         .n = z.n,
                                         .k = z.k,
                                         .alpha = 0.75f,
                                         .a = a.data(),
                                         .lda = lda,
                                         .b = b.data(),
                                         .ldb = ldb,
                                         .beta = beta,
                                         .c = c.data(),
                                         .ldc = ldc};
            packedGemm(args);
            SCOPED_TRACE(testing::Message() << z.m << "x" << z.n << "x" << z.k << " transA " << transA << " transB "
                                            << transB << " beta " << beta);
            const std::vector<double> want = naiveGemm(args, before);  // (M, N), dense
            double worst = 0.0;
            for (std::int64_t i = 0; i < z.m; ++i) {
              for (std::int64_t j = 0; j < z.n; ++j) {
                const double w = want[static_cast<std::size_t>(i * z.n + j)];
                worst = std::max(worst, std::abs(c[i * ldc + j] - w) / (1.0 + std::abs(w)));
              }
              for (std::int64_t j = z.n; j < ldc; ++j)  // the padding columns of C are untouched
                EXPECT_EQ(c[i * ldc + j], before[static_cast<std::size_t>(i * ldc + j)]);
            }
            EXPECT_LE(worst, 1e-5);
          }
  }
  if (kernelsRun == 0) GTEST_SKIP() << "this CPU has neither AVX2 + FMA nor AVX-512";
}

// One packing of op(A) serves products with different B and C (a convolution's weights against every
// sample; the column blocks of a parallel product), on every vector path the CPU has, at ragged sizes
// (M not a multiple of Mr, K not a multiple of Kc) and with op(A) transposed.
TEST(Gemm, OnePackedLhsServesEveryProductThatSharesIt) {
  struct Size {
    std::int64_t m, k;
  };
  int kernelsRun = 0;
  for (Isa isa : {Isa::Avx512, Isa::Avx2}) {
    if (static_cast<int>(isa) > static_cast<int>(detectedIsa())) continue;
    ++kernelsRun;
    SCOPED_TRACE(std::string(isaName(isa)));
    for (const Size& z : {Size{13, 200}, Size{96, 385}, Size{8, 16}, Size{33, 1000}})
      for (bool transA : {false, true}) {
        const std::int64_t lda = (transA ? z.m : z.k) + 2;
        const Tensor a = randomTensor({transA ? z.k : z.m, lda}, 91);
        const kernels::GemmArgs lhsArgs{.transA = transA, .m = z.m, .k = z.k, .alpha = 0.5f, .a = a.data(), .lda = lda};
        const kernels::PackedLhs packed = kernels::PackedLhs::pack(lhsArgs, isa);
        ASSERT_FALSE(packed.empty());
        for (std::int64_t n : {1, 17, 48, 130})
          for (float beta : {0.0f, 1.0f}) {
            const Tensor b = randomTensor({z.k, n}, 92 + n);
            Tensor c = randomTensor({z.m, n}, 93);
            const std::vector<float> before = c.toVector();
            kernels::GemmArgs args = lhsArgs;
            args.n = n;
            args.b = b.data();
            args.ldb = n;
            args.beta = beta;
            args.c = c.data();
            args.ldc = n;
            ASSERT_TRUE(packed.matches(args));
            kernels::gemmSerial(args, packed);
            SCOPED_TRACE(testing::Message()
                         << z.m << "x" << n << "x" << z.k << " transA " << transA << " beta " << beta);
            const std::vector<double> want = naiveGemm(args, before);
            double worst = 0.0;
            for (std::int64_t i = 0; i < z.m * n; ++i)
              worst = std::max(worst, std::abs(c[i] - want[static_cast<std::size_t>(i)]) /
                                          (1.0 + std::abs(want[static_cast<std::size_t>(i)])));
            EXPECT_LE(worst, 1e-5);
          }
        kernels::GemmArgs other = lhsArgs;  // another A is not this packing
        other.a = a.data() + 1;
        EXPECT_FALSE(packed.matches(other));
      }
  }
  if (kernelsRun == 0) GTEST_SKIP() << "this CPU has neither AVX2 + FMA nor AVX-512";
  EXPECT_TRUE(kernels::PackedLhs::pack({.m = 7, .k = 100, .a = nullptr, .lda = 100}).empty());  // too few rows
}

// gemm() cuts a product with fewer columns than rows into row and column blocks that all multiply by
// one packing of op(A) (given, or made inside), each row block starting at its own row of it, and by
// one packing of op(B) shared by the threads; M is not a multiple of any kernel's panel height, N not
// a multiple of its panel width, K not a multiple of its reduction block.
TEST(Gemm, RowBlocksShareOnePackingOfEachOperand) {
  ThreadCount threads(2);
  const std::int64_t m = 100, n = 60, k = 300;
  static_assert(100 * 60 * 300 >= kernels::kParallelMinMacs);
  for (bool transA : {false, true})
    for (bool transB : {false, true})
      for (float beta : {0.0f, 1.0f, 0.5f})
        for (bool givenPacking : {false, true}) {
          SCOPED_TRACE(testing::Message() << "transA " << transA << " transB " << transB << " beta " << beta
                                          << " packing given " << givenPacking);
          DenseProduct product(transA, transB, m, n, k, 1.5f, beta, 121);
          const kernels::PackedLhs packed =
              givenPacking ? kernels::PackedLhs::pack(product.args) : kernels::PackedLhs();
          kernels::gemm(product.args, packed);
          expectNear(product.c, naiveGemm(product.args, product.before), 1e-5, "C");
        }
}

// A convolution's im2col matrix, written out naively: rows (c, i, j), columns (y, x).
struct ConvWindow {
  std::int64_t channels, height, width, kernel, stride, padding;
  std::int64_t outHeight() const { return (height + 2 * padding - kernel) / stride + 1; }
  std::int64_t outWidth() const { return (width + 2 * padding - kernel) / stride + 1; }
  std::int64_t rows() const { return channels * kernel * kernel; }
  std::int64_t positions() const { return outHeight() * outWidth(); }
  kernels::ImageColumns columnsOf(const Tensor& image, std::int64_t columnBegin) const {
    return {.image = image.data(),
            .channels = channels,
            .height = height,
            .width = width,
            .kernel = kernel,
            .stride = stride,
            .padding = padding,
            .outHeight = outHeight(),
            .outWidth = outWidth(),
            .columnBegin = columnBegin};
  }
};

std::vector<float> naiveIm2col(const Tensor& image, const ConvWindow& w) {
  std::vector<float> cols(static_cast<std::size_t>(w.rows() * w.positions()));
  for (std::int64_t c = 0; c < w.channels; ++c)
    for (std::int64_t i = 0; i < w.kernel; ++i)
      for (std::int64_t j = 0; j < w.kernel; ++j)
        for (std::int64_t y = 0; y < w.outHeight(); ++y)
          for (std::int64_t x = 0; x < w.outWidth(); ++x) {
            const std::int64_t iy = y * w.stride - w.padding + i, ix = x * w.stride - w.padding + j;
            const bool inside = iy >= 0 && iy < w.height && ix >= 0 && ix < w.width;
            cols[static_cast<std::size_t>(((c * w.kernel + i) * w.kernel + j) * w.positions() + y * w.outWidth() + x)] =
                inside ? image[(c * w.height + iy) * w.width + ix] : 0.0f;
          }
  return cols;
}

double worstRelativeError(const Tensor& got, const std::vector<double>& want) {
  double worst = 0.0;
  for (std::int64_t i = 0; i < got.numel(); ++i)
    worst = std::max(worst, std::abs(got[i] - want[static_cast<std::size_t>(i)]) /
                                (1.0 + std::abs(want[static_cast<std::size_t>(i)])));
  return worst;
}

// The packed kernels read op(B) straight from an image (ImageColumns) as they would read its
// materialised im2col matrix: on every vector path the CPU has, at AlexNet's conv1 stride and padding
// and at ragged ones (stride > kernel, padding ≥ kernel), from column 0 and from an offset (a parallel
// product's column block), with op(A) packed as it goes and packed once.
TEST(Gemm, ImageColumnsEqualTheMaterialisedIm2colMatrix) {
  int kernelsRun = 0;
  for (Isa isa : {Isa::Avx512, Isa::Avx2}) {
    if (static_cast<int>(isa) > static_cast<int>(detectedIsa())) continue;
    const kernels::PackedKernels packed = kernels::packedKernelsFor(isa);
    ASSERT_NE(packed.packedGemm, nullptr);
    ++kernelsRun;
    SCOPED_TRACE(std::string(isaName(isa)));
    for (const ConvWindow& w :
         {ConvWindow{1, 39, 39, 11, 4, 1}, ConvWindow{3, 13, 11, 5, 1, 2}, ConvWindow{4, 9, 9, 3, 1, 1},
          ConvWindow{2, 15, 12, 3, 2, 0}, ConvWindow{5, 7, 8, 3, 4, 3}}) {
      SCOPED_TRACE(testing::Message() << "C " << w.channels << " " << w.height << "x" << w.width << " k " << w.kernel
                                      << " s " << w.stride << " p " << w.padding);
      const Tensor image = randomTensor({w.channels, w.height, w.width}, 101);
      const std::vector<float> cols = naiveIm2col(image, w);
      const std::int64_t m = 13, k = w.rows();
      const Tensor a = randomTensor({m, k}, 102);
      for (std::int64_t begin : {std::int64_t{0}, std::int64_t{5}}) {
        const std::int64_t n = w.positions() - begin;
        for (float beta : {0.0f, 1.0f}) {
          Tensor c = randomTensor({m, n}, 103);
          const std::vector<float> before = c.toVector();
          kernels::GemmArgs args{.m = m,
                                 .n = n,
                                 .k = k,
                                 .alpha = 0.5f,
                                 .a = a.data(),
                                 .lda = k,
                                 .b = cols.data() + begin,
                                 .ldb = w.positions(),
                                 .beta = beta,
                                 .c = c.data(),
                                 .ldc = n};
          const std::vector<double> want = naiveGemm(args, before);  // from the stored matrix
          const kernels::ImageColumns columns = w.columnsOf(image, begin);
          args.b = nullptr;  // from here on only the image is read
          args.columns = &columns;
          packed.packedGemm(args);
          EXPECT_LE(worstRelativeError(c, want), 1e-5) << "from column " << begin << ", beta " << beta;

          std::copy(before.begin(), before.end(), c.data());
          const kernels::PackedLhs lhs = kernels::PackedLhs::pack(args, isa);
          ASSERT_FALSE(lhs.empty());
          kernels::gemmSerial(args, lhs);
          EXPECT_LE(worstRelativeError(c, want), 1e-5) << "op(A) packed once, from column " << begin;
        }
      }
    }
  }
  if (kernelsRun == 0) GTEST_SKIP() << "this CPU has neither AVX2 + FMA nor AVX-512";
}

// A product over image columns with fewer columns than rows (AlexNet's conv3 at batch 1, fewer
// channels: C is 384 × 144) packs the columns once for both row blocks and matches the stored matrix.
TEST(Gemm, RowBlocksOverSharedImageColumnsMatchTheStoredMatrix) {
  ThreadCount threads(2);
  const ConvWindow w{16, 12, 12, 3, 1, 1};
  const std::int64_t m = 384, n = w.positions(), k = w.rows();
  ASSERT_LT(n, m);
  ASSERT_GE(m * n * k, kernels::kParallelMinMacs);
  if (!kernels::imageColumnsSupported(m, n, k)) GTEST_SKIP() << "image columns need the packed kernel";
  const Tensor image = randomTensor({w.channels, w.height, w.width}, 131);
  const std::vector<float> cols = naiveIm2col(image, w);
  const Tensor a = randomTensor({m, k}, 132);
  Tensor c = randomTensor({m, n}, 133);
  kernels::GemmArgs args{.m = m,
                         .n = n,
                         .k = k,
                         .a = a.data(),
                         .lda = k,
                         .b = cols.data(),
                         .ldb = n,
                         .beta = 1.0f,
                         .c = c.data(),
                         .ldc = n};
  const std::vector<double> want = naiveGemm(args, c.toVector());
  const kernels::ImageColumns columns = w.columnsOf(image, 0);
  args.b = nullptr;
  args.columns = &columns;
  const kernels::PackedLhs packed = kernels::PackedLhs::pack(args);
  kernels::gemm(args, packed);
  EXPECT_LE(worstRelativeError(c, want), 1e-5);
}

// gemm() splits a product over image columns into column blocks on the active path, each block
// reading from its own first column.
TEST(Gemm, AParallelProductOverImageColumnsMatchesTheStoredMatrix) {
  ThreadCount threads(2);
  const ConvWindow w{8, 27, 27, 5, 1, 2};  // d2l AlexNet's conv2 geometry, fewer channels
  const std::int64_t m = 96, n = w.positions(), k = w.rows();
  ASSERT_GE(m * n * k, kernels::kParallelMinMacs);
  if (!kernels::imageColumnsSupported(m, n, k)) {
    // Only without the packed kernel (the generic path, ALEXNET_GEMM=eigen) or with ALEXNET_IM2COL set.
    EXPECT_FALSE(kernels::packedGemmInUse() && !std::getenv("ALEXNET_IM2COL"));
    GTEST_SKIP() << "image columns need the packed kernel";
  }
  const Tensor image = randomTensor({w.channels, w.height, w.width}, 111);
  const std::vector<float> cols = naiveIm2col(image, w);
  const Tensor a = randomTensor({m, k}, 112);
  Tensor c({m, n});
  kernels::GemmArgs args{
      .m = m, .n = n, .k = k, .a = a.data(), .lda = k, .b = cols.data(), .ldb = n, .c = c.data(), .ldc = n};
  const std::vector<double> want = naiveGemm(args, c.toVector());
  const kernels::ImageColumns columns = w.columnsOf(image, 0);
  args.b = nullptr;
  args.columns = &columns;
  kernels::gemm(args);
  EXPECT_LE(worstRelativeError(c, want), 1e-5);
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
    const kernels::GemmArgs args{.transB = true,
                                 .m = 6,
                                 .n = 25,
                                 .k = 784,
                                 .alpha = 1.5f,
                                 .a = a.data(),
                                 .lda = 784,
                                 .b = b.data(),
                                 .ldb = 784,
                                 .beta = beta,
                                 .c = c.data(),
                                 .ldc = 25};
    kernels::gemmSerial(args);
    expectNear(c, naiveGemm(args, before), 1e-4, "C");
  }
}

}  // namespace
}  // namespace alexnet
