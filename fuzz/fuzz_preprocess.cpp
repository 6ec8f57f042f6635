// libFuzzer target: the image preprocessing path (preprocessImage and its steps) on arbitrary small
// images, pixel values (including NaN/Inf floats) and options. Layout of the input:
//   byte 0 width-1 (mod 48), byte 1 height-1 (mod 48), byte 2 channels (mod 5: 0..4, so invalid counts too),
//   byte 3 bit0 F32 pixels, bit1 grayscale, bit2 centreCrop, bit3 resize, bit4 scale, bits5-6 invert mode,
//   bit7 model channels 3; byte 4 target size (mod 80, so 0 = invalid); the rest fills the pixels (cycled;
//   4 bytes per float). Only PreprocessError may escape; a result with every step on must be (1, C, S, S).
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "alexnet/core/data/preprocess.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 6) return 0;
  alexnet::Image image;
  image.width = data[0] % 48 + 1;
  image.height = data[1] % 48 + 1;
  image.channels = data[2] % 5;
  const std::uint8_t flags = data[3];
  image.type = (flags & 1) ? alexnet::PixelType::F32 : alexnet::PixelType::U8;
  alexnet::PreprocessOptions options;
  options.grayscale = (flags & 2) != 0;
  options.centreCrop = (flags & 4) != 0;
  options.resize = (flags & 8) != 0;
  options.scale = (flags & 16) != 0;
  const int invert = (flags >> 5) & 3;
  options.invert = invert == 0   ? alexnet::InvertMode::Auto
                   : invert == 1 ? alexnet::InvertMode::On
                                 : alexnet::InvertMode::Off;
  options.channels = (flags & 128) ? 3 : 1;
  options.size = data[4] % 80;
  const std::uint8_t* pixels = data + 5;
  const std::size_t pixelBytes = size - 5;

  const auto count = static_cast<std::size_t>(image.width * image.height * image.channels);
  if (image.type == alexnet::PixelType::U8) {
    image.u8.resize(count);
    for (std::size_t i = 0; i < count; ++i) image.u8[i] = pixels[i % pixelBytes];
  } else {
    image.f32.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
      std::uint8_t raw[4];
      for (std::size_t b = 0; b < 4; ++b) raw[b] = pixels[(4 * i + b) % pixelBytes];
      std::memcpy(&image.f32[i], raw, 4);
    }
  }

  try {
    const alexnet::PreprocessResult result = alexnet::preprocessImage(image, options);
    if (result.stages.empty()) std::abort();
    const bool allOn = options.grayscale && options.centreCrop && options.resize && options.scale;
    if (allOn && (image.channels == 1 || image.channels == 3)) {
      const alexnet::Shape expected{1, options.channels, options.size, options.size};
      if (result.tensor.shape() != expected) std::abort();
    }
  } catch (const alexnet::PreprocessError&) {
  }
  return 0;
}
