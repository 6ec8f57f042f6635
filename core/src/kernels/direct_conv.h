#pragma once
// directConv — stride-1 direct convolution for narrow layers (internal to core).
//
// For convolutions with few channels (LeNet: 1→6 and 6→16, 5×5, 28 and 10 pixels wide) the
// im2col + GEMM route spends most of its time copying and packing: the GEMMs are 6×784×25 and
// 16×100×150, far too small for a blocked kernel. These kernels instead keep a block of output rows
// of several output channels in vector registers and stream the (already zero-padded) input rows
// past them. Three uses cover a layer:
//   forward          out = conv(inPadded, W)                                    directConvForward
//   input gradient   dx  = conv(pad(dy, k−1−p), flip(W) with C_in/C_out swapped) directConvForward
//   weight gradient  dW += Σ_samples Σ_y,x dy · inPadded shifted               directConvWeightGrad
// The vector code is written once (direct_conv_kernels.h) and built per instruction set
// (direct_conv_avx512.cpp, direct_conv_avx2.cpp); on the generic path directConvAvailable() is false
// and Conv2d keeps im2col + GEMM, while directConvForward/WeightGrad still answer with plain loops.
#include <cstdint>

#include "alexnet/core/exec/isa.h"

namespace alexnet::kernels {

// True when the active path has vector kernels (AVX-512 or AVX2); the layer uses im2col + GEMM otherwise.
bool directConvAvailable();

// Widest output row the kernels handle (two 16-lane vectors).
inline constexpr std::int64_t kDirectConvMaxWidth = 32;

// The kernels load whole vectors (16 lanes at most), so a row's last vector reads up to 15 floats past its end:
// every input, weight-gradient input and gradOutput buffer must stay readable for this many floats
// past its last element, and those floats must be finite (they are multiplied by zero or discarded).
inline constexpr std::int64_t kDirectConvSlack = 32;

struct DirectConvArgs {
  const float* input = nullptr;  // (C_in, H_in, W_in), zero-padded already
  std::int64_t inChannels = 0, inHeight = 0, inWidth = 0;
  const float* weight = nullptr;  // (C_in, k, k, C_out): output channel fastest
  std::int64_t outChannels = 0, kernel = 0;
  const float* bias = nullptr;  // (C_out) or nullptr for none
  float* output = nullptr;      // (C_out, H_in − k + 1, W_in − k + 1), overwritten
};

// out[o][y][x] = bias[o] + Σ_c Σ_i Σ_j weight[c][i][j][o] · input[c][y + i][x + j].
// Requires W_in − k + 1 ≤ kDirectConvMaxWidth.
void directConvForward(const DirectConvArgs& args);

struct DirectConvWeightGradArgs {
  const float* input = nullptr;  // samples of (C_in, H_in, W_in), zero-padded, `inputStride` floats apart
  std::int64_t inputStride = 0;
  std::int64_t inChannels = 0, inHeight = 0, inWidth = 0, kernel = 0;
  const float* gradOutput = nullptr;  // samples of (C_out, H_out, W_out), `gradOutputStride` floats apart
  std::int64_t gradOutputStride = 0;
  std::int64_t outChannels = 0;
  std::int64_t samples = 0;
  float* gradWeight = nullptr;  // (C_out, C_in, k, k) as PyTorch stores it; accumulated into (+=)
};

// gradWeight[o][c][i][j] += Σ_samples Σ_y,x gradOutput[o][y][x] · input[c][y + i][x + j].
void directConvWeightGrad(const DirectConvWeightGradArgs& args);

// The vector kernels (direct_conv_kernels.h), one translation unit per instruction set.
namespace avx512 {  // direct_conv_avx512.cpp; only on a CPU with AVX-512
void directConvForward(const DirectConvArgs& args);
void directConvWeightGrad(const DirectConvWeightGradArgs& args);
}  // namespace avx512
namespace avx2 {  // direct_conv_avx2.cpp; only on a CPU with AVX2 + FMA
void directConvForward(const DirectConvArgs& args);
void directConvWeightGrad(const DirectConvWeightGradArgs& args);
}  // namespace avx2

}  // namespace alexnet::kernels
