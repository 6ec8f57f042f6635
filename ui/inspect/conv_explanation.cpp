#include "ui/inspect/conv_explanation.h"

namespace alexnet::ui {

ConvExplanation explainConvPixel(const Tensor& input, const Tensor& weight, const Tensor& bias, int stride, int padding,
                                 int outChannel, int y, int x) {
  ConvExplanation e;
  const std::int64_t cin = weight.dim(1), k = weight.dim(2);
  const std::int64_t h = input.dim(2), w = input.dim(3);
  e.outChannel = outChannel;
  e.y = y;
  e.x = x;
  e.kernel = static_cast<int>(k);
  e.bias = bias.empty() ? 0.0f : bias[outChannel];
  e.patches = Tensor(Shape{1, cin, k, k});
  e.kernels = Tensor(Shape{1, cin, k, k});
  e.products = Tensor(Shape{1, cin, k, k});
  e.channelSums.assign(static_cast<std::size_t>(cin), 0.0f);
  double total = 0.0;
  for (std::int64_t c = 0; c < cin; ++c) {
    double sum = 0.0;
    for (std::int64_t i = 0; i < k; ++i) {
      for (std::int64_t j = 0; j < k; ++j) {
        const std::int64_t iy = std::int64_t(y) * stride + i - padding, ix = std::int64_t(x) * stride + j - padding;
        const float in = iy >= 0 && iy < h && ix >= 0 && ix < w ? input[(c * h + iy) * w + ix] : 0.0f;
        const float kw = weight[((std::int64_t(outChannel) * cin + c) * k + i) * k + j];
        const std::int64_t at = (c * k + i) * k + j;
        e.patches[at] = in;
        e.kernels[at] = kw;
        e.products[at] = in * kw;
        sum += double(in) * double(kw);
      }
    }
    e.channelSums[static_cast<std::size_t>(c)] = static_cast<float>(sum);
    total += sum;
  }
  e.value = static_cast<float>(total + e.bias);
  return e;
}

}  // namespace alexnet::ui
