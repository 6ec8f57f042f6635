#pragma once
// viridis — the one sequential colour map of the app: the Inspect screen's feature maps and the
// PNGs of `alexnet-lab inspect --png` both colour a value t in [0, 1] with it, so a map looks the
// same on screen and in a file. Matplotlib's viridis sampled at 11 evenly spaced points
// (_viridis_data), linearly interpolated.
#include <cstdint>

namespace alexnet {

struct Rgb8 {
  std::uint8_t red = 0, green = 0, blue = 0;
  friend bool operator==(const Rgb8&, const Rgb8&) = default;
};

// The colour of t in [0, 1] (clamped; NaN counts as 0).
Rgb8 viridis(float t);

}  // namespace alexnet
