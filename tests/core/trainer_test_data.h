#pragma once
// Small in-memory Fashion-MNIST stand-ins for trainer tests: class k is a bright 8×8 square at the
// k-th of ten positions on a dim noisy background, so a LeNet learns it within a few epochs.
#include <cstdint>
#include <random>

#include "alexnet/core/data/fashion_mnist.h"

namespace alexnet::testing {

inline ImageSet makeSquaresSet(std::int64_t count, std::uint32_t seed) {
  ImageSet set;
  set.count = count;
  set.rows = 28;
  set.cols = 28;
  set.pixels.assign(static_cast<std::size_t>(count * 28 * 28), 0);
  set.labels.resize(static_cast<std::size_t>(count));
  std::mt19937 rng(seed);
  for (std::int64_t n = 0; n < count; ++n) {
    const auto label = static_cast<std::uint8_t>(rng() % 10);
    set.labels[static_cast<std::size_t>(n)] = label;
    std::uint8_t* image = set.pixels.data() + n * 28 * 28;  // (28, 28)
    for (int i = 0; i < 28 * 28; ++i) image[i] = static_cast<std::uint8_t>(rng() % 60);
    const int top = 2 + (label / 5) * 14 + static_cast<int>(rng() % 3);
    const int left = 1 + (label % 5) * 5 + static_cast<int>(rng() % 2);
    for (int y = top; y < top + 8 && y < 28; ++y)
      for (int x = left; x < left + 8 && x < 28; ++x) image[y * 28 + x] = static_cast<std::uint8_t>(200 + rng() % 56);
  }
  return set;
}

}  // namespace alexnet::testing
