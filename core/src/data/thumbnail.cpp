#include "alexnet/core/data/thumbnail.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace alexnet {

Tensor thumbnail(const Tensor& image, std::int64_t maxSide) {
  if (image.shape().size() != 4 || image.dim(0) != 1 || image.dim(2) < 1 || image.dim(3) < 1 || maxSide < 1)
    throw std::invalid_argument("thumbnail: expected a (1, C, H, W) image and a positive size");
  const std::int64_t channels = image.dim(1), height = image.dim(2), width = image.dim(3);
  if (std::max(height, width) <= maxSide) return image;
  const double scale = double(maxSide) / double(std::max(height, width));
  const std::int64_t outH = std::max<std::int64_t>(1, std::llround(double(height) * scale));
  const std::int64_t outW = std::max<std::int64_t>(1, std::llround(double(width) * scale));
  Tensor out(Shape{1, channels, outH, outW});  // (1, C, h, w)
  const float* src = image.data();
  float* dst = out.data();
  for (std::int64_t c = 0; c < channels; ++c) {
    const float* plane = src + c * height * width;
    for (std::int64_t oy = 0; oy < outH; ++oy) {
      // Output row oy covers source rows [y0, y1): the integer boxes tile the source exactly.
      const std::int64_t y0 = oy * height / outH, y1 = std::max(y0 + 1, (oy + 1) * height / outH);
      for (std::int64_t ox = 0; ox < outW; ++ox) {
        const std::int64_t x0 = ox * width / outW, x1 = std::max(x0 + 1, (ox + 1) * width / outW);
        double sum = 0.0;
        for (std::int64_t y = y0; y < y1; ++y)
          for (std::int64_t x = x0; x < x1; ++x) sum += plane[y * width + x];
        dst[(c * outH + oy) * outW + ox] = static_cast<float>(sum / double((y1 - y0) * (x1 - x0)));
      }
    }
  }
  return out;
}

}  // namespace alexnet
