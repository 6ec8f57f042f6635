#pragma once
// Shapes are plain vectors of dimension sizes, outermost first.
// Activations are always NCHW (batch, channels, height, width); dense activations are (N, features).
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace alexnet {

using Shape = std::vector<std::int64_t>;

// Number of elements a tensor of this shape holds (1 for the empty shape).
std::int64_t numel(const Shape& shape);

// PyTorch's printed form: "[1, 96, 54, 54]".
std::string toString(const Shape& shape);

// Thrown when a layer receives (or would produce) a shape it cannot handle.
class ShapeError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace alexnet
