// The direct convolution's dispatch and its plain-loop version (baseline code). Conv2d takes the
// direct route only when the active path has vector kernels (directConvAvailable()); the plain loops
// serve the generic path when a caller asks anyway (tests), with the same results up to rounding.
#include "direct_conv.h"

namespace alexnet::kernels {
namespace {

void directConvForwardScalar(const DirectConvArgs& a) {
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

void directConvWeightGradScalar(const DirectConvWeightGradArgs& a) {
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

}  // namespace

bool directConvAvailable() { return activeIsa() != Isa::Generic; }

void directConvForward(const DirectConvArgs& args) {
  switch (activeIsa()) {
    case Isa::Avx512:
      return avx512::directConvForward(args);
    case Isa::Avx2:
      return avx2::directConvForward(args);
    case Isa::Generic:
      return directConvForwardScalar(args);
  }
}

void directConvWeightGrad(const DirectConvWeightGradArgs& args) {
  switch (activeIsa()) {
    case Isa::Avx512:
      return avx512::directConvWeightGrad(args);
    case Isa::Avx2:
      return avx2::directConvWeightGrad(args);
    case Isa::Generic:
      return directConvWeightGradScalar(args);
  }
}

}  // namespace alexnet::kernels
