#include "alexnet/core/data/input_geometry.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace alexnet {

InputGeometry inputGeometry(std::int64_t width, std::int64_t height, const PreprocessOptions& options) {
  if (width <= 0 || height <= 0 || options.size <= 0)
    throw PreprocessError("input_geometry: image " + std::to_string(width) + "x" + std::to_string(height) +
                          " and model side " + std::to_string(options.size) + " must be positive");
  InputGeometry g;
  g.originalWidth = width;
  g.originalHeight = height;
  g.regionWidth = width;
  g.regionHeight = height;
  if (options.centreCrop && width != height) {
    // Same offsets as centreCropSquare: int(round((H − side) / 2)), round half to even.
    const std::int64_t side = std::min(width, height);
    g.cropTop = static_cast<std::int64_t>(std::nearbyint(static_cast<double>(height - side) / 2.0));
    g.cropLeft = static_cast<std::int64_t>(std::nearbyint(static_cast<double>(width - side) / 2.0));
    g.regionWidth = side;
    g.regionHeight = side;
  }
  const bool resized = options.resize && !(g.regionWidth == options.size && g.regionHeight == options.size);
  g.inputWidth = resized ? options.size : g.regionWidth;
  g.inputHeight = resized ? options.size : g.regionHeight;
  return g;
}

ImageRect toOriginalImage(const InputRect& rect, const InputGeometry& geometry) {
  const double sx = static_cast<double>(geometry.regionWidth) / static_cast<double>(geometry.inputWidth);
  const double sy = static_cast<double>(geometry.regionHeight) / static_cast<double>(geometry.inputHeight);
  return {static_cast<double>(geometry.cropLeft) + static_cast<double>(rect.x) * sx,
          static_cast<double>(geometry.cropTop) + static_cast<double>(rect.y) * sy,
          static_cast<double>(rect.width) * sx, static_cast<double>(rect.height) * sy};
}

}  // namespace alexnet
