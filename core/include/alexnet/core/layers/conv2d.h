#pragma once
// Conv2d — 2-D cross-correlation, as torch.nn.Conv2d (square kernel, zero padding).
//
// Shape:
//   input  (N, C_in, H, W)
//   output (N, C_out, H_out, W_out),  H_out = floor((H + 2·padding − kernel) / stride) + 1  (same for W)
//   weight (C_out, C_in, kernel, kernel), bias (C_out)
//
// out[n,o,y,x] = bias[o] + Σ_{c,i,j} weight[o,c,i,j] · in[n, c, y·stride + i − padding, x·stride + j − padding]
//
// Implementation: per sample, one GEMM of the weights by the sample's im2col matrix (C_in·k·k,
// H_out·W_out). Forward on the AVX2 / AVX-512 paths never stores that matrix: the GEMM packs its
// panels from the image (kernels/gemm.h ImageColumns); backward and the generic path materialise it.
// Narrow stride-1 layers run as a direct convolution instead. Samples run in parallel on the kernels'
// own thread pool (kernels/parallel.h); a single sample is split across the threads (column blocks).
#include <memory>

#include "alexnet/core/layer.h"

namespace alexnet {

namespace detail {
struct Conv2dPackedWeights;  // conv2d.cpp: the weights as the GEMM kernel packs them, kept across calls
}

struct Conv2dOptions {
  std::int64_t inChannels = 1;
  std::int64_t outChannels = 1;
  std::int64_t kernelSize = 1;
  std::int64_t stride = 1;
  std::int64_t padding = 0;
};

class Conv2d final : public Layer {
 public:
  explicit Conv2d(const Conv2dOptions& options);
  ~Conv2d() override;
  Conv2d(Conv2d&&) noexcept;  // movable; not copyable (the packed weights belong to one layer)
  Conv2d& operator=(Conv2d&&) noexcept;

  std::string_view typeName() const override { return "Conv2d"; }
  LayerKind kind() const override { return LayerKind::Conv2d; }
  std::string repr() const override;
  Shape outputShape(const Shape& in) const override;
  Tensor forward(const Tensor& x, Mode mode) override;
  Tensor backward(const Tensor& gradOut) override;
  void backwardParameters(const Tensor& gradOut) override;
  std::vector<Parameter*> parameters() override { return {&m_weight, &m_bias}; }
  std::int64_t flops(const Shape& in) const override;

  const Conv2dOptions& options() const { return m_options; }
  const Parameter& weight() const { return m_weight; }
  const Parameter& bias() const { return m_bias; }

 private:
  // Accumulates the weight and bias gradients; returns the input gradient when `inputGradient`, else
  // an empty tensor without computing it.
  Tensor backwardImpl(const Tensor& gradOut, bool inputGradient);

  Conv2dOptions m_options;
  Parameter m_weight;                                            // value, grad: (C_out, C_in, k, k)
  Parameter m_bias;                                              // value, grad: (C_out)
  Tensor m_input;                                                // (N, C_in, H, W), cached by forward for backward
  std::unique_ptr<detail::Conv2dPackedWeights> m_packedWeights;  // repacked whenever the weights change
};

}  // namespace alexnet
