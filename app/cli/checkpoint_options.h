#pragma once
// Checkpoint arguments shared by `train --resume` and `evaluate --weights`.
#include <filesystem>

#include "alexnet/core/io/safetensors.h"
#include "alexnet/core/models/model_config.h"
#include "cli/arguments.h"

namespace alexnet::cli {

// readSafeTensors with a plain "no such file" message first; errors name the file.
SafeTensors readCheckpointFile(const std::filesystem::path& path);

// The model to build for a checkpoint: --model must agree with the model the file records;
// --input-size, --widths and --seed default to the recorded ones and, when given, must agree.
// A file without a recorded config (e.g. written by PyTorch) takes the arguments as they are.
// Throws std::runtime_error naming the file on a disagreement.
ModelConfig reconcileModelConfig(const ModelConfig& fromArguments, const Arguments& args,
                                 const SafeTensors& file, const std::filesystem::path& path);

}  // namespace alexnet::cli
