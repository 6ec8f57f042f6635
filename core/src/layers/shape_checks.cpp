#include "shape_checks.h"

namespace alexnet::detail {

void requireRank(const Shape& in, std::size_t rank, const std::string& layer, const std::string& what) {
  if (in.size() != rank) throw ShapeError(layer + ": expected " + what + ", got " + toString(in));
}

std::int64_t pooledSize(std::int64_t size, std::int64_t kernel, std::int64_t stride, std::int64_t padding,
                        const std::string& layer, const Shape& in) {
  const std::int64_t span = size + 2 * padding - kernel;
  if (span < 0)
    throw ShapeError(layer + ": the " + std::to_string(kernel) + "x" + std::to_string(kernel) +
                     " window does not fit an input of shape " + toString(in) +
                     (padding ? " with padding " + std::to_string(padding) : std::string()));
  return span / stride + 1;
}

}  // namespace alexnet::detail
