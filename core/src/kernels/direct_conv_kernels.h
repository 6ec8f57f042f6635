#pragma once
// The direct convolution's vector kernels, written once over a vector type (internal to core).
//
// Include this only from a per-ISA translation unit (direct_conv_avx512.cpp, direct_conv_avx2.cpp),
// which supplies V, a struct of static inline wrappers over one register type (simd_avx512.h's Zmm,
// simd_avx2.h's Ymm):
//   Reg, Tail                   a vector of kLanes floats; a lane mask "the first n lanes"
//   kLanes                      16 (zmm) or 8 (ymm)
//   kAccumulators               vector accumulators a forward block may keep (of 32 or 16 registers)
//   kMaxGradOB                  output channels per weight-gradient block
//   zero, set1, loadu, storeu, store (aligned), fmadd(a, b, c) = a·b + c, tail(n),
//   storeTail(p, mask, r), keep(mask, r) (lanes outside the mask zeroed)
// Everything here is in an anonymous namespace, so each ISA compiles its own private copy (see
// packed_gemm_driver.h for why nothing inline may be shared across instruction sets).
#include <array>
#include <cstdint>
#include <utility>

#include "direct_conv.h"
#include "scratch.h"

namespace alexnet::kernels {
namespace {

template <class V>
struct DirectConvKernels {
  using Reg = typename V::Reg;
  static constexpr int L = V::kLanes;
  static constexpr int kMaxXC = static_cast<int>(kDirectConvMaxWidth) / L;  // vectors per output row
  static constexpr int kMaxOB = V::kAccumulators;                           // output channels per block
  static constexpr int kMaxGradOB = V::kMaxGradOB, kMaxGradJB = 5;

  static float horizontalSum(Reg v) {
    alignas(64) float lanes[L];
    V::store(lanes, v);
    float sum = 0.0f;
    for (float lane : lanes) sum += lane;
    return sum;
  }

  // Output channels [o0, o0 + OB) of every output row, RB rows at a time, each row XC vectors wide.
  // Accumulators: RB·OB·XC registers; the input vectors are loaded once per tap and reused for all
  // OB channels (the weight is a broadcast). Whole-vector loads only: lanes ≥ W_out read the next
  // row or the slack (kDirectConvSlack) and are discarded — GCC 12 spills an array of accumulators
  // to the stack after every tap when the loop holds a masked load, 5× slower.
  template <int OB, int XC, int RB>
  static void forwardBlock(const DirectConvArgs& a, std::int64_t o0) {
    const std::int64_t k = a.kernel, inW = a.inWidth, inH = a.inHeight, outC = a.outChannels;
    const std::int64_t outH = inH - k + 1, outW = inW - k + 1;
    const auto last = V::tail(outW - L * (XC - 1));
    for (std::int64_t y = 0; y < outH; y += RB) {
      std::int64_t rowOf[RB];
      for (int r = 0; r < RB; ++r)
        rowOf[r] = y + r < outH ? y + r : outH - 1;  // a short last block repeats its last row
      Reg acc[RB][OB][XC];
      for (int o = 0; o < OB; ++o) {
        const Reg b = V::set1(a.bias ? a.bias[o0 + o] : 0.0f);
        for (int r = 0; r < RB; ++r)
          for (int x = 0; x < XC; ++x) acc[r][o][x] = b;
      }
      for (std::int64_t c = 0; c < a.inChannels; ++c) {
        for (std::int64_t i = 0; i < k; ++i) {
          const float* rows[RB];
          for (int r = 0; r < RB; ++r) rows[r] = a.input + (c * inH + rowOf[r] + i) * inW;
          const float* w = a.weight + (c * k + i) * k * outC + o0;  // weight[c][i][0][o0]
          for (std::int64_t j = 0; j < k; ++j, w += outC) {
            Reg v[RB][XC];
            for (int r = 0; r < RB; ++r)
              for (int x = 0; x < XC; ++x) v[r][x] = V::loadu(rows[r] + j + L * x);
            for (int o = 0; o < OB; ++o) {
              const Reg wv = V::set1(w[o]);
              for (int r = 0; r < RB; ++r)
                for (int x = 0; x < XC; ++x) acc[r][o][x] = V::fmadd(wv, v[r][x], acc[r][o][x]);
            }
          }
        }
      }
      for (int r = 0; r < RB; ++r) {
        if (y + r >= outH) break;
        for (int o = 0; o < OB; ++o) {
          float* out = a.output + ((o0 + o) * outH + y + r) * outW;
          for (int x = 0; x < XC; ++x) {
            if (x + 1 < XC)
              V::storeu(out + L * x, acc[r][o][x]);
            else
              V::storeTail(out + L * x, last, acc[r][o][x]);
          }
        }
      }
    }
  }

  // Weight gradient of output channels [o0, o0 + OB) and kernel columns [j0, j0 + JB) of input
  // channel c, kernel row i, summed over all samples: JB·OB vector accumulators, reduced once.
  template <int OB, int JB>
  static void weightGradBlock(const DirectConvWeightGradArgs& a, std::int64_t c, std::int64_t i, std::int64_t j0,
                              std::int64_t o0) {
    const std::int64_t k = a.kernel, inW = a.inWidth, inH = a.inHeight;
    const std::int64_t outH = inH - k + 1, outW = inW - k + 1, plane = outH * outW;
    const std::int64_t chunks = (outW + L - 1) / L;
    const auto all = V::tail(L), last = V::tail(outW - L * (chunks - 1));
    Reg acc[JB][OB];
    for (int jj = 0; jj < JB; ++jj)
      for (int o = 0; o < OB; ++o) acc[jj][o] = V::zero();
    for (std::int64_t s = 0; s < a.samples; ++s) {
      const float* in = a.input + s * a.inputStride + (c * inH + i) * inW + j0;  // row i, column j0
      const float* gy = a.gradOutput + s * a.gradOutputStride + o0 * plane;
      for (std::int64_t y = 0; y < outH; ++y, in += inW, gy += outW) {
        for (std::int64_t x = 0; x < chunks; ++x) {
          const auto m = x + 1 < chunks ? all : last;
          // Lanes ≥ W_out: gradOutput zeroed in registers, so the input's lanes there (the next row,
          // or the slack) only need to be finite.
          Reg g[OB];
          for (int o = 0; o < OB; ++o) g[o] = V::keep(m, V::loadu(gy + o * plane + L * x));
          for (int jj = 0; jj < JB; ++jj) {
            const Reg v = V::loadu(in + jj + L * x);
            for (int o = 0; o < OB; ++o) acc[jj][o] = V::fmadd(g[o], v, acc[jj][o]);
          }
        }
      }
    }
    for (int o = 0; o < OB; ++o)
      for (int jj = 0; jj < JB; ++jj)
        a.gradWeight[(((o0 + o) * a.inChannels + c) * k + i) * k + j0 + jj] += horizontalSum(acc[jj][o]);
  }

  // Weight gradient vectorised over the output channels instead (L/2 < C_out ≤ L, one vector): for
  // a 10-pixel-wide layer the row-vectorised kernel above wastes most lanes and does two
  // cache-line-splitting loads per 5 FMAs. gradT holds each position's C_out gradients as one
  // aligned vector (samples, H_out·W_out, L), the input value is a broadcast, and the K·K taps of one
  // input channel accumulate in registers over every position of every sample; no horizontal sums.
  template <int K>
  static void weightGradByChannel(const DirectConvWeightGradArgs& a, const float* gradT, std::int64_t c) {
    const std::int64_t inW = a.inWidth, inH = a.inHeight;
    const std::int64_t outH = inH - K + 1, outW = inW - K + 1, plane = outH * outW;
    Reg acc[K][K];
    for (int i = 0; i < K; ++i)
      for (int j = 0; j < K; ++j) acc[i][j] = V::zero();
    for (std::int64_t s = 0; s < a.samples; ++s) {
      const float* in = a.input + s * a.inputStride + c * inH * inW;  // (H_in, W_in) of channel c
      const float* g = gradT + s * plane * L;
      for (std::int64_t y = 0; y < outH; ++y) {
        const float* rows[K];
        for (int i = 0; i < K; ++i) rows[i] = in + (y + i) * inW;
        for (std::int64_t x = 0; x < outW; ++x, g += L) {
          const Reg gv = V::loadu(g);
          for (int i = 0; i < K; ++i)
            for (int j = 0; j < K; ++j) acc[i][j] = V::fmadd(V::set1(rows[i][x + j]), gv, acc[i][j]);
        }
      }
    }
    for (int i = 0; i < K; ++i)
      for (int j = 0; j < K; ++j) {
        alignas(64) float lanes[L];
        V::store(lanes, acc[i][j]);
        for (std::int64_t o = 0; o < a.outChannels; ++o)
          a.gradWeight[((o * a.inChannels + c) * K + i) * K + j] += lanes[o];
      }
  }

  // Dispatch tables over the compile-time block sizes.
  using ForwardFn = void (*)(const DirectConvArgs&, std::int64_t);
  using WeightGradFn = void (*)(const DirectConvWeightGradArgs&, std::int64_t, std::int64_t, std::int64_t,
                                std::int64_t);
  static constexpr int kRowBlocks[3] = {1, 2, 4};

  template <int XC, int RB, std::size_t... I>
  static constexpr std::array<ForwardFn, kMaxOB> forwardRow(std::index_sequence<I...>) {
    return {&forwardBlock<static_cast<int>(I) + 1, XC, RB>...};
  }
  template <int XC>
  static constexpr std::array<std::array<ForwardFn, kMaxOB>, 3> forwardPlane() {
    return {forwardRow<XC, 1>(std::make_index_sequence<kMaxOB>{}),
            forwardRow<XC, 2>(std::make_index_sequence<kMaxOB>{}),
            forwardRow<XC, 4>(std::make_index_sequence<kMaxOB>{})};
  }
  template <std::size_t... X>
  static constexpr std::array<std::array<std::array<ForwardFn, kMaxOB>, 3>, kMaxXC> forwardTable(
      std::index_sequence<X...>) {
    return {forwardPlane<static_cast<int>(X) + 1>()...};
  }
  template <int OB, std::size_t... J>
  static constexpr std::array<WeightGradFn, kMaxGradJB> weightGradRow(std::index_sequence<J...>) {
    return {&weightGradBlock<OB, static_cast<int>(J) + 1>...};
  }
  template <std::size_t... O>
  static constexpr std::array<std::array<WeightGradFn, kMaxGradJB>, kMaxGradOB> weightGradTable(
      std::index_sequence<O...>) {
    return {weightGradRow<static_cast<int>(O) + 1>(std::make_index_sequence<kMaxGradJB>{})...};
  }

  // Splits `count` into the fewest blocks of at most `maxBlock`, as equal as possible.
  static std::int64_t evenBlock(std::int64_t count, std::int64_t maxBlock) {
    const std::int64_t blocks = (count + maxBlock - 1) / maxBlock;
    return (count + blocks - 1) / blocks;
  }

  static void forward(const DirectConvArgs& a) {
    static constexpr auto table = forwardTable(std::make_index_sequence<kMaxXC>{});  // [XC − 1][RB index][OB − 1]
    const std::int64_t outW = a.inWidth - a.kernel + 1;
    const std::int64_t xc = (outW + L - 1) / L;
    // About kAccumulators accumulators: enough independent FMA chains to hide the latency.
    const std::int64_t maxOB = kMaxOB / xc;
    const std::int64_t ob = evenBlock(a.outChannels, maxOB);
    for (std::int64_t o0 = 0; o0 < a.outChannels; o0 += ob) {
      const std::int64_t block = ob < a.outChannels - o0 ? ob : a.outChannels - o0;
      const std::int64_t perRow = block * xc;
      const int rb = perRow >= kMaxOB / 2 ? 0 : (perRow >= kMaxOB / 4 ? 1 : 2);  // rows per block: 1, 2 or 4
      table[static_cast<std::size_t>(xc - 1)][static_cast<std::size_t>(rb)][static_cast<std::size_t>(block - 1)](a, o0);
    }
  }

  static void weightGrad(const DirectConvWeightGradArgs& a) {
    if (a.samples <= 0) return;
    const std::int64_t k = a.kernel;
    if constexpr (L == 16) {
      if (a.outChannels > L / 2 && a.outChannels <= L && k <= 5) {
        // Channel-vectorised kernel: gradOutput transposed to (samples, positions, L), zero-padded lanes.
        static constexpr void (*byChannel[])(const DirectConvWeightGradArgs&, const float*, std::int64_t) = {
            &weightGradByChannel<1>, &weightGradByChannel<2>, &weightGradByChannel<3>, &weightGradByChannel<4>,
            &weightGradByChannel<5>};
        const std::int64_t outH = a.inHeight - k + 1, outW = a.inWidth - k + 1, plane = outH * outW;
        const std::int64_t transposedSize = a.samples * plane * L;
        float* gradT = threadScratch(ScratchSlot::DirectConvTransposed, transposedSize);
        for (std::int64_t q = 0; q < transposedSize; ++q) gradT[q] = 0.0f;
        for (std::int64_t s = 0; s < a.samples; ++s)
          for (std::int64_t o = 0; o < a.outChannels; ++o) {
            const float* src = a.gradOutput + s * a.gradOutputStride + o * plane;
            float* dst = gradT + s * plane * L + o;
            for (std::int64_t q = 0; q < plane; ++q) dst[q * L] = src[q];
          }
        for (std::int64_t c = 0; c < a.inChannels; ++c) byChannel[k - 1](a, gradT, c);
        return;
      }
    }
    static constexpr auto table = weightGradTable(std::make_index_sequence<kMaxGradOB>{});  // [OB − 1][JB − 1]
    const std::int64_t ob = evenBlock(a.outChannels, kMaxGradOB), jb = evenBlock(k, kMaxGradJB);
    for (std::int64_t c = 0; c < a.inChannels; ++c)
      for (std::int64_t i = 0; i < k; ++i)
        for (std::int64_t j0 = 0; j0 < k; j0 += jb)
          for (std::int64_t o0 = 0; o0 < a.outChannels; o0 += ob) {
            const std::int64_t oBlock = ob < a.outChannels - o0 ? ob : a.outChannels - o0;
            const std::int64_t jBlock = jb < k - j0 ? jb : k - j0;
            table[static_cast<std::size_t>(oBlock - 1)][static_cast<std::size_t>(jBlock - 1)](a, c, i, j0, o0);
          }
  }
};

}  // namespace
}  // namespace alexnet::kernels
