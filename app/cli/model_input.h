#pragma once
// The model input for commands that run a network on one picture (`inspect`, `explain`):
//   --image FILE   decoded by alexnet_image (image/, Qt Gui), preprocessed by core (grayscale, centre crop,
//                  bilinear resize, scale, auto-invert when the background is light)
//   --sample K     the K-th Fashion-MNIST test image (--data DIR), resized to the model's input
//   --tensor FILE  the tensor `input` of a safetensors file (only where the command allows it)
#include <nlohmann/json.hpp>
#include <string>

#include "alexnet/core/models/model_config.h"
#include "alexnet/core/tensor.h"
#include "cli/arguments.h"

namespace alexnet::cli {

// The model input (N, C, H, W) and a JSON description of where it came from.
struct ModelInput {
  Tensor tensor;
  nlohmann::ordered_json description;
};

struct ModelInputOptions {
  bool allowTensor = true;  // accept --tensor FILE
};

// Throws UsageError unless exactly one source is given; std::runtime_error naming the file otherwise.
ModelInput loadModelInput(const Arguments& args, const ModelConfig& config, const ModelInputOptions& options = {});

// "T-shirt/top" … for 10 classes (Fashion-MNIST), "class K" otherwise.
std::string className(std::int64_t index, std::int64_t classes);

}  // namespace alexnet::cli
