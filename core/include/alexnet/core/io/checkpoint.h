#pragma once
// Checkpoints — a model's parameters as safetensors with PyTorch nn.Sequential state_dict keys
// ("0.weight", "0.bias", …), F32, plus metadata: model name, input size, widths, seed, and
// whatever the caller adds (epoch, metrics). A file written by PyTorch with
// safetensors.torch.save_file(model.state_dict(), …) loads here, and ours loads there.
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>

#include "alexnet/core/io/safetensors.h"
#include "alexnet/core/models/model_config.h"
#include "alexnet/core/sequential.h"

namespace alexnet {

class CheckpointError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct CheckpointOptions {
  std::map<std::string, std::string> metadata;  // extra keys (epoch, test_accuracy, …)
  std::map<std::string, Tensor> extraTensors;   // e.g. "optimizer.momentum.0.weight"
};

// Writes atomically; the model's config goes into __metadata__ ("model", "input_size", "widths", "seed").
void saveCheckpoint(const std::filesystem::path& path, const Sequential& model, const ModelConfig& config,
                    const CheckpointOptions& options = {});

// Copies the file's parameters into `model` after checking that every key is present, no key is
// unexpected, and every dtype and shape matches; the message names the file and what differs.
// The model is left unchanged on error. Returns the file (metadata, extra tensors).
SafeTensors loadCheckpoint(const std::filesystem::path& path, Sequential& model);
void loadStateDict(const SafeTensors& file, Sequential& model, const std::string& sourceName);

// The config recorded in a checkpoint's metadata, if it has one.
std::optional<ModelConfig> checkpointModelConfig(const SafeTensors& file);

}  // namespace alexnet
