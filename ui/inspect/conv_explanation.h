#pragma once
// ConvExplanation — why one Conv2d output value is what it is (PRODUCT.md §2, Inspect):
//   out[o, y, x] = bias[o] + Σ_c Σ_i Σ_j weight[o, c, i, j] · in[c, y·s + i − p, x·s + j − p]
// with the input patch, the kernel and the products of each input channel. Pure arithmetic (no
// widgets), so tests can check it against the layer's real output. The pixel's receptive field
// comes from core (models/receptive_field.h), see receptive_field_explanation.h.
#include <vector>

#include "alexnet/core/tensor.h"

namespace alexnet::ui {

struct ConvExplanation {
  int outChannel = 0, y = 0, x = 0;
  int kernel = 0;
  float bias = 0.0f;
  float value = 0.0f;              // bias + Σ channelSums
  std::vector<float> channelSums;  // per input channel: Σ_ij patch · kernel
  Tensor patches;                  // (1, C_in, k, k): the input patch (zeros where padded)
  Tensor kernels;                  // (1, C_in, k, k): weight[o]
  Tensor products;                 // (1, C_in, k, k): patch · kernel
};

// input (1, C_in, H, W), weight (C_out, C_in, k, k), bias (C_out).
ConvExplanation explainConvPixel(const Tensor& input, const Tensor& weight, const Tensor& bias, int stride, int padding,
                                 int outChannel, int y, int x);

}  // namespace alexnet::ui
