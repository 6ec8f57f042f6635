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
// Large photos decode at a reduced size when asked (ImageInputOptions::decodeShortSide): the largest
// power-of-two reduction (1/2, 1/4, 1/8: the steps libjpeg decodes at directly, without ever holding
// the full-size pixels) whose shorter side stays at least that long. The model needs at most a few
// hundred pixels and the screen under a thousand, so an 8000x8000 JPEG becomes 1000x1000 in a
// fraction of the time and memory; DecodedImage keeps the file's own size so coordinates can be mapped back.
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
  int decodeShortSide = 0;              // 0: full size; else reduce by 2, 4 or 8 while the shorter side stays >= this
};

// What the GUI and `inspect --image` use: a photo much larger than the model and the screen need
// decodes at a reduced size (see above).
// 800 keeps an AlexNet input (224) a strong downscale and fills a receptive-field view on screen,
// and lets an 8000x8000 photo decode at 1/8.
inline constexpr int kDisplayShortSide = 800;

struct DecodedImage {
  Image image;                 // the decoded pixels (reduced when decodeShortSide asked for it)
  std::int64_t fileWidth = 0;  // the file's own size, before any reduction
  std::int64_t fileHeight = 0;
  // File pixels per decoded pixel along x and y (1 when decoded at full size).
  double scaleX() const { return image.width > 0 ? double(fileWidth) / double(image.width) : 1.0; }
  double scaleY() const { return image.height > 0 ? double(fileHeight) / double(image.height) : 1.0; }
};

DecodedImage decodeImageFile(const std::filesystem::path& path, const ImageInputOptions& options = {});

// decodeImageFile(path, options).image.
Image loadImageFile(const std::filesystem::path& path, const ImageInputOptions& options = {});

// The size decodeImageFile asks the decoder for: file size divided by the largest of 2, 4, 8 that
// keeps the shorter side >= shortSide (rounded down, at least 1); the file size when none does or
// shortSide is 0.
struct DecodeSize {
  std::int64_t width = 0;
  std::int64_t height = 0;
};
DecodeSize reducedDecodeSize(std::int64_t fileWidth, std::int64_t fileHeight, int shortSide);

// The conversion loadImageFile applies after decoding, for images that arrive as a QImage
// (paste, drag and drop, a drawing pad): gray/RGB, 8-bit U8 or 16-bit F32, alpha over white.
// Throws ImageInputError for a null image.
Image imageFromQImage(const QImage& image);

}  // namespace alexnet::image
