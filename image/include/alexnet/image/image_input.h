#pragma once
// Image decoding for the GUI and `inspect --image FILE` alike (library alexnet_image, Qt Gui only):
// Qt's QImageReader decodes whatever format Qt reads; the result is core's plain alexnet::Image
// (core stays Qt-free and does the preprocessing math).
//
// Hostile files are refused with one line naming the file and the problem:
//   - missing, a directory, zero bytes, or not an image format Qt recognises (a text file renamed .png);
//   - a header claiming more than the pixel limit (a 30000x30000 PNG): refused from the header, before
//     any pixel buffer is allocated; QImageReader's own allocation limit is set as a second guard;
//   - truncated data (a PNG whose image data stops early, a JPEG that ends before its last scan).
// Conversions: 8-bit gray/palette-of-grays → 1-channel U8; colour, palette, CMYK (Qt's JPEG reader turns
// CMYK into RGB) → 3-channel U8; 16-bit gray/colour → F32 in [0, 1] keeping the precision; alpha is
// composited over white (what an image viewer shows), so "invert when light" then applies.
#include <cstdint>
#include <filesystem>
#include <stdexcept>

#include "alexnet/core/data/preprocess.h"

class QImage;

namespace alexnet::image {

class ImageInputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ImageInputOptions {
  std::int64_t maxPixels = 64'000'000;  // width · height; about 8000x8000 (a 64-megapixel photo)
  std::int64_t maxSide = 32'768;        // either side
  int allocationLimitMb = 512;          // QImageReader::setAllocationLimit, the decoder's own guard
};

Image loadImageFile(const std::filesystem::path& path, const ImageInputOptions& options = {});

// The conversion loadImageFile applies after decoding, for images that arrive as a QImage
// (paste, drag and drop, a drawing pad): gray/RGB, 8-bit U8 or 16-bit F32, alpha over white.
// Throws ImageInputError for a null image.
Image imageFromQImage(const QImage& image);

}  // namespace alexnet::image
