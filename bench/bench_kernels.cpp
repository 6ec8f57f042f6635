// Google Benchmark of AlexNet Lab's kernels at the d2l AlexNet shapes.
//   ./build/bench/alexnet_bench_kernels --benchmark_filter=Conv
// Counters: GFLOPS = 2 × multiply-adds per second (forward) or 4 × (backward: dX and dW).
#include <benchmark/benchmark.h>

#include <immintrin.h>

#include <random>
#include <vector>

#include "alexnet/core/layers/conv2d.h"
#include "alexnet/core/layers/linear.h"
#include "alexnet/core/layers/max_pool2d.h"
#include "kernels/gemm.h"
#include "kernels/parallel.h"

#ifdef ALEXNET_BENCH_OPENBLAS
#include <cblas.h>
#endif

namespace {

using alexnet::Tensor;

Tensor randomTensor(alexnet::Shape shape, unsigned seed = 1) {
  Tensor t(std::move(shape));
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> u(-1.0f, 1.0f);
  for (std::int64_t i = 0; i < t.numel(); ++i) t[i] = u(rng);
  return t;
}

// AlexNet (d2l) conv layers: {C_in, H, C_out, k, stride, padding}.
struct ConvCase {
  std::int64_t inC, size, outC, kernel, stride, padding;
};
constexpr ConvCase kConvs[] = {
    {1, 224, 96, 11, 4, 1},  {96, 26, 256, 5, 1, 2},  {256, 12, 384, 3, 1, 1},
    {384, 12, 384, 3, 1, 1}, {384, 12, 256, 3, 1, 1},
};

alexnet::Conv2d makeConv(const ConvCase& c) {
  alexnet::Conv2d conv(
      {.inChannels = c.inC, .outChannels = c.outC, .kernelSize = c.kernel, .stride = c.stride, .padding = c.padding});
  auto params = conv.parameters();
  params[0]->value = randomTensor(params[0]->value.shape(), 2);
  params[1]->value = randomTensor(params[1]->value.shape(), 3);
  return conv;
}

// Args: conv index (0..4 = conv1..conv5), batch.
void BM_Conv2dForward(benchmark::State& state) {
  const ConvCase& c = kConvs[state.range(0)];
  const std::int64_t batch = state.range(1);
  auto conv = makeConv(c);
  const Tensor x = randomTensor({batch, c.inC, c.size, c.size});  // (N, C_in, H, W)
  for (auto _ : state) benchmark::DoNotOptimize(conv.forward(x, alexnet::Mode::Eval));
  state.counters["GFLOPS"] = benchmark::Counter(static_cast<double>(conv.flops(x.shape())) / 1e9,
                                                benchmark::Counter::kIsIterationInvariantRate);
}

void BM_Conv2dBackward(benchmark::State& state) {
  const ConvCase& c = kConvs[state.range(0)];
  const std::int64_t batch = state.range(1);
  auto conv = makeConv(c);
  const Tensor x = randomTensor({batch, c.inC, c.size, c.size});  // (N, C_in, H, W)
  const Tensor y = conv.forward(x, alexnet::Mode::Train);
  const Tensor dy = randomTensor(y.shape(), 5);
  for (auto _ : state) benchmark::DoNotOptimize(conv.backward(dy));
  state.counters["GFLOPS"] = benchmark::Counter(2.0 * static_cast<double>(conv.flops(x.shape())) / 1e9,
                                                benchmark::Counter::kIsIterationInvariantRate);
}

void convArgs(benchmark::internal::Benchmark* b) {
  for (int layer = 0; layer < 5; ++layer)
    for (int batch : {1, 32}) b->Args({layer, batch});
  b->Unit(benchmark::kMillisecond)->UseRealTime();
}
BENCHMARK(BM_Conv2dForward)->Apply(convArgs);
BENCHMARK(BM_Conv2dBackward)->Apply(convArgs);

// LeNet's convolutions (the direct path: kernels/direct_conv.h) at the training batch 256.
// GFLOPS per second of CPU time (no UseRealTime), so a busy machine does not lower it; for the
// wall-clock rate add --benchmark_... or compare with the real-time column.
constexpr ConvCase kLeNetConvs[] = {{1, 28, 6, 5, 1, 2}, {6, 14, 16, 5, 1, 0}};

void BM_LeNetConvForward(benchmark::State& state) {
  const ConvCase& c = kLeNetConvs[state.range(0)];
  auto conv = makeConv(c);
  const Tensor x = randomTensor({state.range(1), c.inC, c.size, c.size});  // (N, C_in, H, W)
  for (auto _ : state) benchmark::DoNotOptimize(conv.forward(x, alexnet::Mode::Train));
  state.counters["GFLOPS"] = benchmark::Counter(static_cast<double>(conv.flops(x.shape())) / 1e9,
                                                benchmark::Counter::kIsIterationInvariantRate);
}
void BM_LeNetConvBackward(benchmark::State& state) {
  const ConvCase& c = kLeNetConvs[state.range(0)];
  auto conv = makeConv(c);
  const Tensor x = randomTensor({state.range(1), c.inC, c.size, c.size});  // (N, C_in, H, W)
  const Tensor dy = randomTensor(conv.forward(x, alexnet::Mode::Train).shape(), 5);
  for (auto _ : state) benchmark::DoNotOptimize(conv.backward(dy));
  state.counters["GFLOPS"] = benchmark::Counter(2.0 * static_cast<double>(conv.flops(x.shape())) / 1e9,
                                                benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_LeNetConvForward)->Args({0, 256})->Args({1, 256})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LeNetConvBackward)->Args({0, 256})->Args({1, 256})->Unit(benchmark::kMillisecond);

// GEMM shapes (M, N, K) from AlexNet: conv2 batch 1 (256×729, K 2400), conv3 (384×144, K 2304),
// fc1 batch 128 (128×4096, K 6400), fc1 batch 1 (1×4096, K 6400).
void gemmArgs(benchmark::internal::Benchmark* b) {
  b->Args({256, 729, 2400})->Args({384, 144, 2304})->Args({128, 4096, 6400})->Args({1, 4096, 6400});
  b->Args({1024, 1024, 1024});
  b->Unit(benchmark::kMillisecond)->UseRealTime();
}

struct GemmData {
  Tensor a, b, c;
  explicit GemmData(const benchmark::State& s)
      : a(randomTensor({s.range(0), s.range(2)}, 7)),
        b(randomTensor({s.range(2), s.range(1)}, 8)),
        c({s.range(0), s.range(1)}) {}
  alexnet::kernels::GemmArgs args(const benchmark::State& s) {
    return {.m = s.range(0),
            .n = s.range(1),
            .k = s.range(2),
            .a = a.data(),
            .lda = s.range(2),
            .b = b.data(),
            .ldb = s.range(1),
            .c = c.data(),
            .ldc = s.range(1)};
  }
};

void setGemmCounter(benchmark::State& s) {
  s.counters["GFLOPS"] = benchmark::Counter(2.0 * static_cast<double>(s.range(0) * s.range(1) * s.range(2)) / 1e9,
                                            benchmark::Counter::kIsIterationInvariantRate);
}

void BM_GemmEigenSerial(benchmark::State& s) {
  GemmData d(s);
  const auto args = d.args(s);
  for (auto _ : s) alexnet::kernels::gemmSerial(args);
  setGemmCounter(s);
}
void BM_GemmEigenParallel(benchmark::State& s) {
  GemmData d(s);
  const auto args = d.args(s);
  for (auto _ : s) alexnet::kernels::gemm(args);
  setGemmCounter(s);
}
BENCHMARK(BM_GemmEigenSerial)->Apply(gemmArgs);
BENCHMARK(BM_GemmEigenParallel)->Apply(gemmArgs);

#ifdef ALEXNET_BENCH_OPENBLAS
void BM_GemmOpenBlasSerial(benchmark::State& s) {
  GemmData d(s);
  openblas_set_num_threads(1);
  for (auto _ : s)
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, static_cast<int>(s.range(0)), static_cast<int>(s.range(1)),
                static_cast<int>(s.range(2)), 1.0f, d.a.data(), static_cast<int>(s.range(2)), d.b.data(),
                static_cast<int>(s.range(1)), 0.0f, d.c.data(), static_cast<int>(s.range(1)));
  setGemmCounter(s);
}
void BM_GemmOpenBlasThreaded(benchmark::State& s) {
  GemmData d(s);
  openblas_set_num_threads(alexnet::kernels::maxThreads());
  for (auto _ : s)
    cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, static_cast<int>(s.range(0)), static_cast<int>(s.range(1)),
                static_cast<int>(s.range(2)), 1.0f, d.a.data(), static_cast<int>(s.range(2)), d.b.data(),
                static_cast<int>(s.range(1)), 0.0f, d.c.data(), static_cast<int>(s.range(1)));
  setGemmCounter(s);
}
BENCHMARK(BM_GemmOpenBlasSerial)->Apply(gemmArgs);
BENCHMARK(BM_GemmOpenBlasThreaded)->Apply(gemmArgs);
#endif

// Dense layers at batch 1 (memory-bound GEMV) and 128.
void BM_LinearForward(benchmark::State& s) {
  alexnet::Linear fc({.inFeatures = s.range(1), .outFeatures = s.range(2)});
  fc.parameters()[0]->value = randomTensor(fc.parameters()[0]->value.shape(), 4);
  const Tensor x = randomTensor({s.range(0), s.range(1)});  // (N, in)
  for (auto _ : s) benchmark::DoNotOptimize(fc.forward(x, alexnet::Mode::Eval));
  s.counters["GFLOPS"] =
      benchmark::Counter(static_cast<double>(fc.flops(x.shape())) / 1e9, benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_LinearForward)
    ->Args({1, 6400, 4096})
    ->Args({1, 4096, 4096})
    ->Args({128, 6400, 4096})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// MaxPool2d(3, 2) after conv1 (96×54×54) and conv2 (256×26×26).
void BM_MaxPool2dForward(benchmark::State& s) {
  alexnet::MaxPool2d pool({.kernelSize = 3, .stride = 2});
  const Tensor x = randomTensor({s.range(0), s.range(1), s.range(2), s.range(2)});
  for (auto _ : s) benchmark::DoNotOptimize(pool.forward(x, alexnet::Mode::Eval));
  s.counters["GB/s"] =
      benchmark::Counter(4.0 * static_cast<double>(x.numel()) / 1e9, benchmark::Counter::kIsIterationInvariantRate);
}
void BM_MaxPool2dBackward(benchmark::State& s) {
  alexnet::MaxPool2d pool({.kernelSize = 3, .stride = 2});
  const Tensor x = randomTensor({s.range(0), s.range(1), s.range(2), s.range(2)});
  const Tensor y = pool.forward(x, alexnet::Mode::Train);
  const Tensor dy = randomTensor(y.shape(), 6);
  for (auto _ : s) benchmark::DoNotOptimize(pool.backward(dy));
}
BENCHMARK(BM_MaxPool2dForward)
    ->Args({1, 96, 54})
    ->Args({32, 96, 54})
    ->Args({32, 256, 26})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_MaxPool2dBackward)->Args({32, 96, 54})->Args({32, 256, 26})->Unit(benchmark::kMillisecond)->UseRealTime();

// The FMA peak of one core: 12 independent chains of vector FMAs. GFLOPS is per second of the
// thread's CPU time (no UseRealTime), so other jobs on a shared machine do not lower it.
void BM_FmaPeak(benchmark::State& state) {
#if defined(__AVX512F__)
  using Vec = __m512;
  constexpr int kLanes = 16;
  const auto set = [](float v) { return _mm512_set1_ps(v); };
  const auto fma = [](Vec a, Vec b, Vec c) { return _mm512_fmadd_ps(a, b, c); };
  const auto sum = [](Vec v) {  // (not _mm512_reduce_add_ps: GCC 12 warns inside its own header)
    alignas(64) float lanes[16];
    _mm512_store_ps(lanes, v);
    float s = 0.0f;
    for (float x : lanes) s += x;
    return s;
  };
#elif defined(__FMA__)
  using Vec = __m256;
  constexpr int kLanes = 8;
  const auto set = [](float v) { return _mm256_set1_ps(v); };
  const auto fma = [](Vec a, Vec b, Vec c) { return _mm256_fmadd_ps(a, b, c); };
  const auto sum = [](Vec v) {
    alignas(32) float lanes[8];
    _mm256_store_ps(lanes, v);
    float s = 0.0f;
    for (float x : lanes) s += x;
    return s;
  };
#else
  state.SkipWithError("built without AVX-512 or FMA");
  return;
#endif
#if defined(__AVX512F__) || defined(__FMA__)
  constexpr long kIterations = 1 << 20;
  Vec acc0 = set(0), acc1 = set(1), acc2 = set(2), acc3 = set(3), acc4 = set(4), acc5 = set(5);
  Vec acc6 = set(6), acc7 = set(7), acc8 = set(8), acc9 = set(9), acc10 = set(10), acc11 = set(11);
  const Vec a = set(1.0000001f), b = set(0.9999999f);
  for (auto _ : state) {
    for (long i = 0; i < kIterations; ++i) {
      acc0 = fma(acc0, a, b);
      acc1 = fma(acc1, a, b);
      acc2 = fma(acc2, a, b);
      acc3 = fma(acc3, a, b);
      acc4 = fma(acc4, a, b);
      acc5 = fma(acc5, a, b);
      acc6 = fma(acc6, a, b);
      acc7 = fma(acc7, a, b);
      acc8 = fma(acc8, a, b);
      acc9 = fma(acc9, a, b);
      acc10 = fma(acc10, a, b);
      acc11 = fma(acc11, a, b);
    }
  }
  benchmark::DoNotOptimize(sum(acc0) + sum(acc1) + sum(acc2) + sum(acc3) + sum(acc4) + sum(acc5) + sum(acc6) +
                           sum(acc7) + sum(acc8) + sum(acc9) + sum(acc10) + sum(acc11));
  state.counters["GFLOPS"] =
      benchmark::Counter(12.0 * kLanes * 2 * kIterations / 1e9, benchmark::Counter::kIsIterationInvariantRate);
#endif
}
BENCHMARK(BM_FmaPeak)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
