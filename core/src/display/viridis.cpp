#include "alexnet/core/display/viridis.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace alexnet {
namespace {

// (red, green, blue) in [0, 1] at t = 0, 0.1, …, 1.
constexpr std::array<std::array<float, 3>, 11> kViridis{{{0.267f, 0.005f, 0.329f},
                                                         {0.283f, 0.141f, 0.458f},
                                                         {0.254f, 0.265f, 0.530f},
                                                         {0.207f, 0.372f, 0.553f},
                                                         {0.164f, 0.471f, 0.558f},
                                                         {0.128f, 0.567f, 0.551f},
                                                         {0.135f, 0.659f, 0.518f},
                                                         {0.267f, 0.749f, 0.441f},
                                                         {0.478f, 0.821f, 0.318f},
                                                         {0.741f, 0.873f, 0.150f},
                                                         {0.993f, 0.906f, 0.144f}}};

}  // namespace

Rgb8 viridis(float t) {
  if (!std::isfinite(t)) t = 0.0f;
  t = std::clamp(t, 0.0f, 1.0f) * static_cast<float>(kViridis.size() - 1);
  const auto i = std::min(static_cast<std::size_t>(t), kViridis.size() - 2);
  const float f = t - static_cast<float>(i);
  auto channel = [&](std::size_t k) {
    return static_cast<std::uint8_t>(std::lround(255.0f * (kViridis[i][k] * (1.0f - f) + kViridis[i + 1][k] * f)));
  };
  return {channel(0), channel(1), channel(2)};
}

}  // namespace alexnet
