#include "cli/checkpoint_options.h"

#include <stdexcept>
#include <string>

#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/io/weights_library.h"
#include "cli/model_options.h"

namespace alexnet::cli {

SafeTensors readCheckpointFile(const std::filesystem::path& path) {
  std::error_code error;
  if (!std::filesystem::exists(path, error)) throw std::runtime_error(path.string() + ": no such file");
  if (std::filesystem::is_directory(path, error))
    throw std::runtime_error(path.string() + ": is a directory, not a checkpoint file");
  return readSafeTensors(path);
}

ModelConfig reconcileModelConfig(const ModelConfig& fromArguments, const Arguments& args, const SafeTensors& file,
                                 const std::filesystem::path& path) {
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
    throw std::runtime_error(name + ": was trained at input size " + std::to_string(effectiveInputSize(*recorded)) +
                             ", not " + std::to_string(effectiveInputSize(fromArguments)));
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

ResolvedWeights resolveWeightsArgument(const Arguments& args, const std::string& option) {
  const std::string given = args.required(option);
  ResolvedWeights out;
  std::error_code error;
  const bool isFile = std::filesystem::exists(given, error);
  if (!isFile) {
    const WeightsEntry entry = resolveWeights(given, defaultWeightsLibraryOptions());  // throws: no such file or id
    out.id = entry.id;
    out.path = entry.path;
    out.config = entry.config;
    if (args.has("--model-file"))
      throw UsageError(option + " " + given + " is a library id: its network is known, drop --model-file");
    if (args.has("--model") && parseModelKindOrUsage(*args.value("--model")) != entry.config.kind)
      throw UsageError(option + " " + given + " is a " + modelName(entry.config.kind) + ", not --model " +
                       *args.value("--model"));
    if (args.has("--input-size") && args.integer("--input-size", 0) != effectiveInputSize(entry.config))
      throw UsageError(option + " " + given + " has input size " + std::to_string(effectiveInputSize(entry.config)) +
                       ", not --input-size " + *args.value("--input-size"));
    if (args.has("--widths")) {
      AlexNetWidths widths;
      try {
        widths = parseWidths(*args.value("--widths"));
      } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
      }
      if (!(widths == entry.config.widths) || entry.config.kind != ModelKind::AlexNet)
        throw UsageError(option + " " + given + " has widths " + toString(entry.config.widths) + ", not --widths " +
                         *args.value("--widths"));
    }
    if (args.has("--seed")) out.config.seed = static_cast<std::uint64_t>(args.integer("--seed", 0));
    out.file = readCheckpointFile(out.path);
    return out;
  }
  out.path = given;
  out.file = readCheckpointFile(out.path);
  if (args.has("--model") || args.has("--model-file")) {
    out.config = reconcileModelConfig(modelConfigFromArguments(args), args, out.file, out.path);
  } else if (std::optional<ModelConfig> recorded = checkpointModelConfig(out.file)) {
    ModelConfig fromFile = *recorded;
    if (args.has("--seed")) fromFile.seed = static_cast<std::uint64_t>(args.integer("--seed", 0));
    // --input-size / --widths without --model: checked against the file as with --model.
    out.config = fromFile;
    if (args.has("--input-size") || args.has("--widths")) {
      ModelConfig withKind = fromFile;
      withKind.inputSize = args.integer("--input-size", fromFile.inputSize);
      if (auto widths = args.value("--widths")) {
        try {
          withKind.widths = parseWidths(*widths);
        } catch (const std::invalid_argument& e) {
          throw UsageError(e.what());
        }
      }
      out.config = reconcileModelConfig(withKind, args, out.file, out.path);
    }
  } else {
    throw UsageError(given + " records no model in its metadata (a PyTorch file?): give --model with it");
  }
  return out;
}

}  // namespace alexnet::cli
