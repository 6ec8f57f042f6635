#include "direct_conv.h"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include <Eigen/Core>

#if defined(__AVX512F__)
#include <immintrin.h>
#endif

namespace alexnet::kernels {

#if defined(__AVX512F__)

bool directConvAvailable() { return true; }

namespace {

constexpr int kLanes = 16;
using AlignedAllocator = Eigen::aligned_allocator<float>;  // 64-byte aligned with AVX-512 (EIGEN_MAX_ALIGN_BYTES)

// Accumulator type. (The real register-pressure trap was elsewhere: GCC 12 does not keep an array of
// accumulators in registers across a loop that contains a masked load — it stores all of them back
// to the stack after every tap, 5× slower. So the inner loops use whole-vector loads only, and the
// callers give every buffer kDirectConvSlack readable floats past its end.)
using Acc = __m512;

// Horizontal sum (a store and scalar adds: GCC 12 warns about _mm512_reduce_add_ps's undefined lanes).
float horizontalSum(__m512 v) {
  alignas(64) float lanes[kLanes];
  _mm512_store_ps(lanes, v);
  float sum = 0.0f;
  for (float lane : lanes) sum += lane;
  return sum;
}

__mmask16 tailMask(std::int64_t lanes) {
  return lanes >= kLanes ? __mmask16(0xFFFF) : static_cast<__mmask16>((1u << lanes) - 1u);
}

// Output channels [o0, o0 + OB) of every output row, RB rows at a time, each row XC vectors wide.
// Accumulators: RB·OB·XC zmm registers; the input vectors are loaded once per tap and reused for
// all OB channels (the weight is a broadcast memory operand).
template <int OB, int XC, int RB>
void forwardBlock(const DirectConvArgs& a, std::int64_t o0) {
  const std::int64_t k = a.kernel, inW = a.inWidth, inH = a.inHeight, outC = a.outChannels;
  const std::int64_t outH = inH - k + 1, outW = inW - k + 1;
  const __mmask16 last = tailMask(outW - kLanes * (XC - 1));
  for (std::int64_t y = 0; y < outH; y += RB) {
    std::int64_t rowOf[RB];
    for (int r = 0; r < RB; ++r) rowOf[r] = std::min(y + r, outH - 1);  // a short last block repeats its last row
    Acc acc[RB][OB][XC];
    for (int o = 0; o < OB; ++o) {
      const __m512 b = _mm512_set1_ps(a.bias ? a.bias[o0 + o] : 0.0f);
      for (int r = 0; r < RB; ++r)
        for (int x = 0; x < XC; ++x) acc[r][o][x] = b;
    }
    for (std::int64_t c = 0; c < a.inChannels; ++c) {
      for (std::int64_t i = 0; i < k; ++i) {
        const float* rows[RB];
        for (int r = 0; r < RB; ++r) rows[r] = a.input + (c * inH + rowOf[r] + i) * inW;
        const float* w = a.weight + (c * k + i) * k * outC + o0;  // weight[c][i][0][o0]
        for (std::int64_t j = 0; j < k; ++j, w += outC) {
          __m512 v[RB][XC];
          for (int r = 0; r < RB; ++r)
            for (int x = 0; x < XC; ++x) v[r][x] = _mm512_loadu_ps(rows[r] + j + kLanes * x);  // lanes ≥ W_out discarded
          for (int o = 0; o < OB; ++o) {
            const __m512 wv = _mm512_set1_ps(w[o]);
            for (int r = 0; r < RB; ++r)
              for (int x = 0; x < XC; ++x) acc[r][o][x] = _mm512_fmadd_ps(wv, v[r][x], acc[r][o][x]);
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
            _mm512_storeu_ps(out + kLanes * x, acc[r][o][x]);
          else
            _mm512_mask_storeu_ps(out + kLanes * x, last, acc[r][o][x]);
        }
      }
    }
  }
}

// Weight gradient of output channels [o0, o0 + OB) and kernel columns [j0, j0 + JB) of input
// channel c, kernel row i, summed over all samples: JB·OB vector accumulators, reduced once.
template <int OB, int JB>
void weightGradBlock(const DirectConvWeightGradArgs& a, std::int64_t c, std::int64_t i, std::int64_t j0,
                     std::int64_t o0) {
  const std::int64_t k = a.kernel, inW = a.inWidth, inH = a.inHeight;
  const std::int64_t outH = inH - k + 1, outW = inW - k + 1, plane = outH * outW;
  const std::int64_t chunks = (outW + kLanes - 1) / kLanes;
  const __mmask16 last = tailMask(outW - kLanes * (chunks - 1));
  Acc acc[JB][OB];
  for (int jj = 0; jj < JB; ++jj)
    for (int o = 0; o < OB; ++o) acc[jj][o] = _mm512_setzero_ps();
  for (std::int64_t s = 0; s < a.samples; ++s) {
    const float* in = a.input + s * a.inputStride + (c * inH + i) * inW + j0;  // row i, column j0
    const float* gy = a.gradOutput + s * a.gradOutputStride + o0 * plane;
    for (std::int64_t y = 0; y < outH; ++y, in += inW, gy += outW) {
      for (std::int64_t x = 0; x < chunks; ++x) {
        const __mmask16 m = x + 1 < chunks ? __mmask16(0xFFFF) : last;
        // Lanes ≥ W_out: gradOutput zeroed in registers (a masked *load* would stall the loop, see Acc),
        // so the input's lanes there (the next row, or the slack) only need to be finite.
        __m512 g[OB];
        for (int o = 0; o < OB; ++o) g[o] = _mm512_maskz_mov_ps(m, _mm512_loadu_ps(gy + o * plane + kLanes * x));
        for (int jj = 0; jj < JB; ++jj) {
          const __m512 v = _mm512_loadu_ps(in + jj + kLanes * x);
          for (int o = 0; o < OB; ++o) acc[jj][o] = _mm512_fmadd_ps(g[o], v, acc[jj][o]);
        }
      }
    }
  }
  for (int o = 0; o < OB; ++o)
    for (int jj = 0; jj < JB; ++jj)
      a.gradWeight[(((o0 + o) * a.inChannels + c) * k + i) * k + j0 + jj] += horizontalSum(acc[jj][o]);
}

// Weight gradient vectorised over the output channels instead (8 < C_out ≤ 16, one vector): for a
// 10-pixel-wide layer the row-vectorised kernel above wastes 6 of 16 lanes and does two
// cache-line-splitting loads per 5 FMAs. Here gradT holds each position's C_out gradients as one
// aligned vector (samples, H_out·W_out, 16), the input value is a broadcast, and the K·K taps of one
// input channel accumulate in registers over every position of every sample; no horizontal sums.
template <int K>
void weightGradByChannel(const DirectConvWeightGradArgs& a, const float* gradT, std::int64_t c) {
  const std::int64_t inW = a.inWidth, inH = a.inHeight;
  const std::int64_t outH = inH - K + 1, outW = inW - K + 1, plane = outH * outW;
  __m512 acc[K][K];
  for (int i = 0; i < K; ++i)
    for (int j = 0; j < K; ++j) acc[i][j] = _mm512_setzero_ps();
  for (std::int64_t s = 0; s < a.samples; ++s) {
    const float* in = a.input + s * a.inputStride + c * inH * inW;  // (H_in, W_in) of channel c
    const float* g = gradT + s * plane * kLanes;
    for (std::int64_t y = 0; y < outH; ++y) {
      const float* rows[K];
      for (int i = 0; i < K; ++i) rows[i] = in + (y + i) * inW;
      for (std::int64_t x = 0; x < outW; ++x, g += kLanes) {
        const __m512 gv = _mm512_loadu_ps(g);
        for (int i = 0; i < K; ++i)
          for (int j = 0; j < K; ++j) acc[i][j] = _mm512_fmadd_ps(_mm512_set1_ps(rows[i][x + j]), gv, acc[i][j]);
      }
    }
  }
  for (int i = 0; i < K; ++i)
    for (int j = 0; j < K; ++j) {
      alignas(64) float lanes[kLanes];
      _mm512_store_ps(lanes, acc[i][j]);
      for (std::int64_t o = 0; o < a.outChannels; ++o)
        a.gradWeight[((o * a.inChannels + c) * K + i) * K + j] += lanes[o];
    }
}

using ChannelGradFn = void (*)(const DirectConvWeightGradArgs&, const float*, std::int64_t);
constexpr ChannelGradFn kWeightGradByChannel[] = {&weightGradByChannel<1>, &weightGradByChannel<2>,
                                                  &weightGradByChannel<3>, &weightGradByChannel<4>,
                                                  &weightGradByChannel<5>};

// Dispatch tables over the compile-time block sizes.
constexpr int kMaxForwardOB = 16;
using ForwardFn = void (*)(const DirectConvArgs&, std::int64_t);

template <int XC, int RB, std::size_t... I>
constexpr std::array<ForwardFn, sizeof...(I)> forwardTable(std::index_sequence<I...>) {
  return {&forwardBlock<static_cast<int>(I) + 1, XC, RB>...};
}
// [XC − 1][RB index: 1, 2, 4][OB − 1]
const std::array<std::array<std::array<ForwardFn, kMaxForwardOB>, 3>, 2> kForward = {{
    {{forwardTable<1, 1>(std::make_index_sequence<kMaxForwardOB>{}),
      forwardTable<1, 2>(std::make_index_sequence<kMaxForwardOB>{}),
      forwardTable<1, 4>(std::make_index_sequence<kMaxForwardOB>{})}},
    {{forwardTable<2, 1>(std::make_index_sequence<kMaxForwardOB>{}),
      forwardTable<2, 2>(std::make_index_sequence<kMaxForwardOB>{}),
      forwardTable<2, 4>(std::make_index_sequence<kMaxForwardOB>{})}},
}};

constexpr int kMaxGradOB = 4, kMaxGradJB = 5;
using WeightGradFn = void (*)(const DirectConvWeightGradArgs&, std::int64_t, std::int64_t, std::int64_t, std::int64_t);

template <int OB, std::size_t... J>
constexpr std::array<WeightGradFn, sizeof...(J)> weightGradRow(std::index_sequence<J...>) {
  return {&weightGradBlock<OB, static_cast<int>(J) + 1>...};
}
// [OB − 1][JB − 1]
const std::array<std::array<WeightGradFn, kMaxGradJB>, kMaxGradOB> kWeightGrad = {{
    weightGradRow<1>(std::make_index_sequence<kMaxGradJB>{}),
    weightGradRow<2>(std::make_index_sequence<kMaxGradJB>{}),
    weightGradRow<3>(std::make_index_sequence<kMaxGradJB>{}),
    weightGradRow<4>(std::make_index_sequence<kMaxGradJB>{}),
}};

// Splits `count` into the fewest blocks of at most `maxBlock`, as equal as possible.
std::int64_t evenBlock(std::int64_t count, std::int64_t maxBlock) {
  const std::int64_t blocks = (count + maxBlock - 1) / maxBlock;
  return (count + blocks - 1) / blocks;
}

}  // namespace

void directConvForward(const DirectConvArgs& a) {
  const std::int64_t outW = a.inWidth - a.kernel + 1;
  const int xc = outW > kLanes ? 2 : 1;
  // About 12-16 accumulators: enough independent FMA chains to hide the latency (2 pipes × 4 cycles).
  const std::int64_t maxOB = xc == 1 ? kMaxForwardOB : 8;
  const std::int64_t ob = evenBlock(a.outChannels, maxOB);
  for (std::int64_t o0 = 0; o0 < a.outChannels; o0 += ob) {
    const std::int64_t block = std::min(ob, a.outChannels - o0);
    const std::int64_t perRow = block * xc;
    const int rb = perRow >= 8 ? 0 : (perRow >= 4 ? 1 : 2);  // rows per block: 1, 2 or 4
    kForward[static_cast<std::size_t>(xc - 1)][static_cast<std::size_t>(rb)][static_cast<std::size_t>(block - 1)](a, o0);
  }
}

void directConvWeightGrad(const DirectConvWeightGradArgs& a) {
  if (a.samples <= 0) return;
  const std::int64_t k = a.kernel;
  if (a.outChannels > 8 && a.outChannels <= kLanes && k <= 5) {
    // Channel-vectorised kernel: gradOutput transposed to (samples, positions, 16), zero-padded lanes.
    const std::int64_t outH = a.inHeight - k + 1, outW = a.inWidth - k + 1, plane = outH * outW;
    thread_local std::vector<float, AlignedAllocator> gradT;
    gradT.assign(static_cast<std::size_t>(a.samples * plane * kLanes), 0.0f);
    for (std::int64_t s = 0; s < a.samples; ++s)
      for (std::int64_t o = 0; o < a.outChannels; ++o) {
        const float* src = a.gradOutput + s * a.gradOutputStride + o * plane;
        float* dst = gradT.data() + s * plane * kLanes + o;
        for (std::int64_t q = 0; q < plane; ++q) dst[q * kLanes] = src[q];
      }
    for (std::int64_t c = 0; c < a.inChannels; ++c) kWeightGradByChannel[k - 1](a, gradT.data(), c);
    return;
  }
  const std::int64_t ob = evenBlock(a.outChannels, kMaxGradOB), jb = evenBlock(k, kMaxGradJB);
  for (std::int64_t c = 0; c < a.inChannels; ++c)
    for (std::int64_t i = 0; i < k; ++i)
      for (std::int64_t j0 = 0; j0 < k; j0 += jb)
        for (std::int64_t o0 = 0; o0 < a.outChannels; o0 += ob) {
          const std::int64_t oBlock = std::min(ob, a.outChannels - o0), jBlock = std::min(jb, k - j0);
          kWeightGrad[static_cast<std::size_t>(oBlock - 1)][static_cast<std::size_t>(jBlock - 1)](a, c, i, j0, o0);
        }
}

#else  // no AVX-512: plain loops (correct everywhere; Conv2d does not pick this path)

bool directConvAvailable() { return false; }

void directConvForward(const DirectConvArgs& a) {
  const std::int64_t k = a.kernel, inW = a.inWidth, inH = a.inHeight, outC = a.outChannels;
  const std::int64_t outH = inH - k + 1, outW = inW - k + 1;
  for (std::int64_t o = 0; o < outC; ++o)
    for (std::int64_t y = 0; y < outH; ++y)
      for (std::int64_t x = 0; x < outW; ++x) {
        float sum = a.bias ? a.bias[o] : 0.0f;
        for (std::int64_t c = 0; c < a.inChannels; ++c)
          for (std::int64_t i = 0; i < k; ++i)
            for (std::int64_t j = 0; j < k; ++j)
              sum += a.weight[((c * k + i) * k + j) * outC + o] * a.input[(c * inH + y + i) * inW + x + j];
        a.output[(o * outH + y) * outW + x] = sum;
      }
}

void directConvWeightGrad(const DirectConvWeightGradArgs& a) {
  const std::int64_t k = a.kernel, inW = a.inWidth, inH = a.inHeight;
  const std::int64_t outH = inH - k + 1, outW = inW - k + 1;
  for (std::int64_t s = 0; s < a.samples; ++s)
    for (std::int64_t o = 0; o < a.outChannels; ++o)
      for (std::int64_t c = 0; c < a.inChannels; ++c)
        for (std::int64_t i = 0; i < k; ++i)
          for (std::int64_t j = 0; j < k; ++j) {
            float sum = 0.0f;
            for (std::int64_t y = 0; y < outH; ++y)
              for (std::int64_t x = 0; x < outW; ++x)
                sum += a.gradOutput[s * a.gradOutputStride + (o * outH + y) * outW + x] *
                       a.input[s * a.inputStride + (c * inH + y + i) * inW + x + j];
            a.gradWeight[((o * a.inChannels + c) * k + i) * k + j] += sum;
          }
}

#endif

}  // namespace alexnet::kernels
