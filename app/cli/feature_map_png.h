#pragma once
// Feature maps as pictures for `inspect --png DIR`: one PNG per layer.
//   conv/pool/ReLU outputs (N, C, H, W): every channel of sample n as a tile in a near-square grid,
//     nearest-neighbour enlarged so small maps stay visible, all tiles on one shared colour scale
//     (the layer's min..max for that sample) through the viridis colour map, with the colour bar
//     (min on the left, max on the right) as a strip under the grid;
//   dense outputs (N, F): the F values as a strip of cells, wrapped every 64 cells, same colouring;
//   the input (N, 1|3, H, W) in [0, 1]: as a plain gray or RGB picture.
// Uses QImage (app/ may use Qt; core/ may not) and no fonts, so it works without a display.
#include <QImage>
#include <QRgb>
#include <cstdint>
#include <filesystem>
#include <string>

#include "alexnet/core/tensor.h"

namespace alexnet::cli {

struct FeatureGridOptions {
  std::int64_t sample = 0;  // which batch element to draw
  int minTilePixels = 32;   // tiles are enlarged by an integer factor until at least this size
  int gapPixels = 1;        // between tiles
  int denseCellPixels = 8;  // one dense value = one square cell
  int denseColumns = 64;    // dense values per strip row
  int colourBarPixels = 8;  // height of the colour bar under the grid (0 = none)
};

// core's viridis (display/viridis.h) as a QRgb, for t in [0, 1] (clamped): the screen's colours.
QRgb viridis(float t);

QImage renderFeatureGrid(const Tensor& activation, const FeatureGridOptions& options = {});
QImage renderInputImage(const Tensor& input, std::int64_t sample = 0);

// Writes `image` as PNG; throws std::runtime_error naming the path on failure.
void savePng(const QImage& image, const std::filesystem::path& path);

// "03_ReLU.png": index zero-padded to two digits, then the layer's type name.
std::string featureMapFileName(std::size_t index, const std::string& typeName);

}  // namespace alexnet::cli
