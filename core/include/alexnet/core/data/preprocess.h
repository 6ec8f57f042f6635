#pragma once
// Image preprocessing — how a student's photo becomes the model's (1, C, S, S) input.
//
// Steps, in order, each switchable and each kept as a stage so the GUI can show it:
//   1. grayscale    ITU-R 601 luma, exactly as PIL's convert("L"): (R·19595 + G·38470 + B·7471 + 2^15) >> 16
//                   for 8-bit pixels (0.299 R + 0.587 G + 0.114 B for float pixels). Only for 1-channel
//                   models; a 3-channel model (alexnet2012) keeps RGB, and a gray image is replicated.
//   2. centreCrop   the largest centred square, offsets as torchvision's CenterCrop (round half to even).
//   3. resize       bilinear to S×S, PyTorch interpolate(mode="bilinear", align_corners=False).
//   4. scale        divide by 255: pixel values [0, 255] → [0, 1] (as ToTensor).
//   5. invert       v → max − v, where max is 1 (or 255 when scale is off). Fashion-MNIST objects are
//                   light on black; Auto inverts when the mean of the border ring (the outermost rows and
//                   columns, all channels) is above half of max, i.e. the background is light.
//
// Values before the scale step are on the pixel scale 0..255 whatever the source type (float sources
// in [0, 1] are multiplied by 255). With every step on, the result is (1, C, S, S) in [0, 1]. With
// resize off the result keeps the (cropped) image's size, and with grayscale off an RGB image stays
// 3-channel: the model will then reject the shape, which is the lesson the switch teaches.
// core/ stays Qt-free: decoding files into an Image happens in app/ or ui/ (QImageReader).
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "alexnet/core/tensor.h"

namespace alexnet {

class PreprocessError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class PixelType { U8, F32 };

// A decoded image: interleaved (height, width, channels), row-major, channels 1 (gray) or 3 (RGB).
struct Image {
  std::int64_t width = 0;
  std::int64_t height = 0;
  std::int64_t channels = 1;
  PixelType type = PixelType::U8;
  std::vector<std::uint8_t> u8;  // (height, width, channels), 0..255, when type == U8
  std::vector<float> f32;        // (height, width, channels), 0..1,   when type == F32

  // Throws PreprocessError unless sizes, channel count and buffer length agree.
  void validate() const;
};

enum class InvertMode { Auto, On, Off };

struct PreprocessOptions {
  std::int64_t size = 28;     // S: the model's square input side
  std::int64_t channels = 1;  // C: the model's input channels (1, or 3 for alexnet2012)
  bool grayscale = true;
  bool centreCrop = true;
  bool resize = true;
  bool scale = true;
  InvertMode invert = InvertMode::Auto;
};

// One step's result. `image` is (1, C, H, W); `maxValue` is 255 before scaling, 1 after.
struct PreprocessStage {
  std::string name;      // "input", "grayscale", "centre crop", "resize", "scale", "invert"
  bool applied = false;  // false when switched off or not needed (then image = the previous stage's)
  std::string note;      // why, in one phrase: "RGB kept for a 3-channel model", "border mean 0.87 > 0.5"
  Tensor image;          // (1, C, H, W)
  float maxValue = 255.0f;
};

struct PreprocessResult {
  std::vector<PreprocessStage> stages;  // stages[0] is the input, then one per step in the order above
  Tensor tensor;                        // (1, C, S, S) with every step on: the model's input
  float borderMean = 0.0f;              // border-ring mean before inverting, relative to maxValue (0..1)
  bool inverted = false;
};

// The image as a (1, C, H, W) tensor on the pixel scale 0..255.
Tensor imageToTensor(const Image& image);

// Runs every step; throws PreprocessError (naming the problem) on an invalid image or options.
PreprocessResult preprocessImage(const Image& image, const PreprocessOptions& options);

// Single steps, for tests and for callers that need one of them. x is (1, C, H, W).
Tensor toGrayscale(const Tensor& x, bool roundLikePil);  // (1, 3, H, W) → (1, 1, H, W)
Tensor centreCropSquare(const Tensor& x);                // (1, C, H, W) → (1, C, m, m), m = min(H, W)
float borderMean(const Tensor& x);                       // mean of the outermost ring, all channels

}  // namespace alexnet
