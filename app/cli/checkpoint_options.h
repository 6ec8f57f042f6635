#pragma once
// Checkpoint arguments shared by `train --resume` and `evaluate --weights`.
#include <filesystem>

#include "alexnet/core/io/safetensors.h"
#include <string>
#include "alexnet/core/models/model_config.h"
#include "cli/arguments.h"

namespace alexnet::cli {

// readSafeTensors with a plain "no such file" message first; errors name the file.
SafeTensors readCheckpointFile(const std::filesystem::path& path);

// The model to build for a checkpoint: --model must agree with the model the file records;
// --input-size, --widths and --seed default to the recorded ones and, when given, must agree.
// A file without a recorded config (e.g. written by PyTorch) takes the arguments as they are.
// Throws std::runtime_error naming the file on a disagreement.
ModelConfig reconcileModelConfig(const ModelConfig& fromArguments, const Arguments& args, const SafeTensors& file,
                                 const std::filesystem::path& path);

// What a `--weights PATH|ID` argument stands for: the network to build and the file to load.
struct ResolvedWeights {
  ModelConfig config;
  std::filesystem::path path;
  SafeTensors file;  // the checkpoint as read (parameters, metadata, maybe old optimizer tensors)
  std::string id;    // the library id when one was given or the file is in the library
};

// Resolves args' `option` (a path or a library id, weights_library.h):
//   - an id: the model, input size and widths come from the entry; --model, --input-size or
//     --widths that disagree with it are a UsageError (exit 2);
//   - a path: --model may be left out when the file records its model; otherwise as
//     reconcileModelConfig (a disagreement names the file, exit 1).
ResolvedWeights resolveWeightsArgument(const Arguments& args, const std::string& option = "--weights");

}  // namespace alexnet::cli
