#pragma once
// ModelConfig — everything needed to rebuild a network: which one, its input side, its widths
// and the initialisation seed. The CLI, the GUI and checkpoint metadata all go through this.
#include <array>
#include <cstdint>
#include <memory>
#include <string>

#include "alexnet/core/sequential.h"

namespace alexnet {

// Code: a network written as PyTorch nn.Sequential code (models/sequential_code.h, --model-file).
enum class ModelKind { LeNet, AlexNet, AlexNet2012, Code };

// AlexNet's conv channels c1..c5 and hidden dense widths f1, f2 (d2l: 96,256,384,384,256,4096,4096).
struct AlexNetWidths {
  std::array<std::int64_t, 7> values{96, 256, 384, 384, 256, 4096, 4096};
  bool operator==(const AlexNetWidths&) const = default;
};

struct ModelConfig {
  ModelKind kind = ModelKind::LeNet;
  std::int64_t inputSize = 0;  // square input side; 0 = the model's default (28 or 224)
  AlexNetWidths widths;        // ignored by LeNet
  std::uint64_t seed = 0;      // initialisation and dropout seed
  std::string code;            // ModelKind::Code: the nn.Sequential source, parsed (never run) to build
  std::string codeName;        // ModelKind::Code: where the code came from ("modern_lenet.py"), for messages
};

// "lenet", "alexnet", "alexnet2012", "code" ⇄ ModelKind. Parsing throws std::invalid_argument.
std::string modelName(ModelKind kind);
// What messages call the network: modelName, or for code the file it came from ("modern_lenet.py").
std::string modelLabel(const ModelConfig& config);
ModelKind parseModelKind(const std::string& name);
// "12,32,48,48,32,64,64" ⇄ widths. Parsing throws std::invalid_argument with the reason.
AlexNetWidths parseWidths(const std::string& text);
std::string toString(const AlexNetWidths& widths);

std::int64_t defaultInputSize(ModelKind kind);  // Code: 224 (the code's own X, if any, wins: effectiveInputSize)
std::int64_t effectiveInputSize(const ModelConfig& config);
std::int64_t inputChannels(ModelKind kind);
std::int64_t inputChannels(const ModelConfig& config);  // Code: from the code (its X, or its first Conv2d)
std::int64_t classCount(ModelKind kind);

// Builds the network with d2l's initialisation (Xavier-uniform weights, PyTorch-default biases).
// Code: throws SequentialCodeError ("FILE:LINE:COL: problem") or ShapeError for code that does not build.
std::unique_ptr<Sequential> buildModel(const ModelConfig& config);

}  // namespace alexnet
