#include "cli/model_input.h"

#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/data/preprocess.h"
#include "alexnet/core/io/safetensors.h"
#include "alexnet/image/image_input.h"
#include "cli/model_options.h"

namespace alexnet::cli {
namespace {

// The input batch (N, C, H, W) from the tensor `input` of a safetensors file.
Tensor inputFromTensorFile(const std::string& path) {
  const SafeTensors file = readSafeTensors(path);
  auto it = file.floats.find("input");
  if (it == file.floats.end()) throw std::runtime_error(path + ": has no F32 tensor named 'input'");
  return it->second;
}

// The K-th test image as an 8-bit gray Image (K is checked against the test set size).
Image testSample(const Arguments& args, std::int64_t index, std::uint8_t& label) {
  DatasetOptions options;
  if (auto dir = args.value("--data")) options.directory = *dir;
  options.limit = index + 1;
  const ImageSet set = loadFashionMnist(Split::Test, options);
  if (index >= set.count)
    throw std::runtime_error("--sample " + std::to_string(index) + " is outside the test set (" +
                             std::to_string(set.count) + " images, 0.." + std::to_string(set.count - 1) + ")");
  const std::int64_t plane = set.rows * set.cols;
  Image image{.width = set.cols, .height = set.rows, .channels = 1, .type = PixelType::U8, .u8 = {}, .f32 = {}};
  image.u8.assign(set.pixels.begin() + index * plane, set.pixels.begin() + (index + 1) * plane);
  label = set.labels[static_cast<std::size_t>(index)];
  return image;
}

}  // namespace

ModelInput loadModelInput(const Arguments& args, const ModelConfig& config, const ModelInputOptions& inputOptions) {
  const int sources = args.has("--image") + args.has("--sample") + (inputOptions.allowTensor && args.has("--tensor"));
  if (sources != 1)
    throw UsageError(inputOptions.allowTensor ? "give exactly one of --image FILE, --sample K, --tensor FILE"
                                              : "give exactly one of --image FILE, --sample K");
  if (auto path = args.value("--tensor"); path && inputOptions.allowTensor)
    return {inputFromTensorFile(*path), {{"source", "tensor"}, {"path", *path}}};

  PreprocessOptions options{.size = effectiveInputSize(config), .channels = inputChannels(config)};
  if (auto path = args.value("--image")) {
    // As the GUI: a photo far larger than needed decodes at 1/2, 1/4 or 1/8 of its size.
    const image::DecodedImage decoded = image::decodeImageFile(*path, {.decodeShortSide = image::kDisplayShortSide});
    const PreprocessResult result = preprocessImage(decoded.image, options);
    const Tensor& original = result.stages.front().image;  // (1, C, H, W)
    return {result.tensor,
            {{"source", "image"},
             {"path", *path},
             {"width", decoded.fileWidth},
             {"height", decoded.fileHeight},
             {"decoded_width", original.dim(3)},
             {"decoded_height", original.dim(2)},
             {"channels", original.dim(1)},
             {"border_mean", result.borderMean},
             {"inverted", result.inverted}}};
  }
  const std::int64_t index = args.integer("--sample", -1);
  if (index < 0) throw UsageError("--sample expects a test image index of 0 or more");
  std::uint8_t label = 0;
  options.invert = InvertMode::Off;  // Fashion-MNIST is already light on black
  const PreprocessResult result = preprocessImage(testSample(args, index, label), options);
  return {result.tensor,
          {{"source", "sample"}, {"index", index}, {"label", label}, {"label_class", fashionMnistClassNames()[label]}}};
}

std::string className(std::int64_t index, std::int64_t classes) {
  if (classes == 10) return fashionMnistClassNames()[static_cast<std::size_t>(index)];
  return "class " + std::to_string(index);
}

}  // namespace alexnet::cli
