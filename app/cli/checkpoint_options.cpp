#include "cli/checkpoint_options.h"

#include <stdexcept>
#include <string>

#include "alexnet/core/io/checkpoint.h"

namespace alexnet::cli {

SafeTensors readCheckpointFile(const std::filesystem::path& path) {
  std::error_code error;
  if (!std::filesystem::exists(path, error))
    throw std::runtime_error(path.string() + ": no such file");
  if (std::filesystem::is_directory(path, error))
    throw std::runtime_error(path.string() + ": is a directory, not a checkpoint file");
  return readSafeTensors(path);
}

ModelConfig reconcileModelConfig(const ModelConfig& fromArguments, const Arguments& args,
                                 const SafeTensors& file, const std::filesystem::path& path) {
  const std::optional<ModelConfig> recorded = checkpointModelConfig(file);
  if (!recorded) return fromArguments;
  const std::string name = path.string();
  if (recorded->kind != fromArguments.kind)
    throw std::runtime_error(name + ": holds a " + modelName(recorded->kind) + " model, not " +
                             modelName(fromArguments.kind));
  ModelConfig config = fromArguments;
  if (!args.has("--input-size")) {
    config.inputSize = recorded->inputSize;
  } else if (effectiveInputSize(*recorded) != effectiveInputSize(fromArguments)) {
    throw std::runtime_error(name + ": was trained at input size " +
                             std::to_string(effectiveInputSize(*recorded)) + ", not " +
                             std::to_string(effectiveInputSize(fromArguments)));
  }
  if (config.kind == ModelKind::AlexNet) {
    if (!args.has("--widths")) {
      config.widths = recorded->widths;
    } else if (!(recorded->widths == fromArguments.widths)) {
      throw std::runtime_error(name + ": has widths " + toString(recorded->widths) + ", not " +
                               toString(fromArguments.widths));
    }
  }
  if (!args.has("--seed")) config.seed = recorded->seed;
  return config;
}

}  // namespace alexnet::cli
