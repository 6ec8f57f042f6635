#include "alexnet/core/io/checkpoint.h"

#include <cmath>
#include <set>

namespace alexnet {

void saveCheckpoint(const std::filesystem::path& path, const Sequential& model, const ModelConfig& config,
                    const CheckpointOptions& options) {
  SafeTensors file;
  for (const auto& [key, parameter] : model.namedParameters()) file.floats.emplace(key, parameter->value);
  for (const auto& [key, tensor] : options.extraTensors) file.floats.emplace(key, tensor);
  file.metadata = options.metadata;
  file.metadata["format"] = "alexnet-lab-checkpoint-v1";
  file.metadata["model"] = modelName(config.kind);
  file.metadata["input_size"] = std::to_string(effectiveInputSize(config));
  file.metadata["seed"] = std::to_string(config.seed);
  if (config.kind == ModelKind::AlexNet || config.kind == ModelKind::AlexNet2012)
    file.metadata["widths"] = toString(config.widths);
  if (config.kind == ModelKind::Code) {  // the network's definition travels with its weights
    file.metadata["code"] = config.code;
    file.metadata["code_name"] = config.codeName;
  }
  try {
    writeSafeTensors(path, file);
  } catch (const SafeTensorsError& error) {
    throw CheckpointError(error.what());
  }
}

void loadStateDict(const SafeTensors& file, Sequential& model, const std::string& source) {
  std::vector<std::string> problems;
  std::set<std::string> expected;
  for (const auto& [key, parameter] : model.namedParameters()) {
    expected.insert(key);
    auto it = file.floats.find(key);
    if (it == file.floats.end()) {
      problems.push_back(file.int64s.count(key) ? "'" + key + "' has dtype I64, expected F32"
                                                : "missing '" + key + "'");
    } else if (it->second.shape() != parameter->value.shape()) {
      problems.push_back("'" + key + "' has shape " + toString(it->second.shape()) + ", the model expects " +
                         toString(parameter->value.shape()));
    }
  }
  for (const auto& [key, tensor] : file.floats)
    if (!expected.count(key) && key.rfind("optimizer.", 0) != 0) problems.push_back("unexpected '" + key + "'");
  for (const auto& [key, tensor] : file.int64s)
    if (!expected.count(key)) problems.push_back("unexpected '" + key + "'");
  if (!problems.empty()) {
    std::string message = source + ": checkpoint does not match the model";
    if (auto it = file.metadata.find("model"); it != file.metadata.end())
      message += " (file says model=" + it->second + ")";
    message += ": ";
    for (std::size_t i = 0; i < problems.size() && i < 6; ++i) message += (i ? "; " : "") + problems[i];
    if (problems.size() > 6) message += "; and " + std::to_string(problems.size() - 6) + " more";
    throw CheckpointError(message);
  }
  for (auto& [key, parameter] : model.namedParameters()) {
    const Tensor& value = file.floats.at(key);
    for (std::int64_t i = 0; i < value.numel(); ++i)
      if (!std::isfinite(value[i])) throw CheckpointError(source + ": '" + key + "' contains NaN or infinite values");
  }
  for (auto& [key, parameter] : model.namedParameters()) parameter->value = file.floats.at(key);
}

SafeTensors loadCheckpoint(const std::filesystem::path& path, Sequential& model) {
  SafeTensors file;
  try {
    file = readSafeTensors(path);
  } catch (const SafeTensorsError& error) {
    throw CheckpointError(error.what());
  }
  loadStateDict(file, model, path.string());
  return file;
}

std::optional<ModelConfig> checkpointModelConfig(const SafeTensors& file) {
  auto model = file.metadata.find("model");
  if (model == file.metadata.end()) return std::nullopt;
  ModelConfig config;
  try {
    config.kind = parseModelKind(model->second);
    if (auto it = file.metadata.find("input_size"); it != file.metadata.end())
      config.inputSize = std::stoll(it->second);
    if (auto it = file.metadata.find("widths"); it != file.metadata.end()) config.widths = parseWidths(it->second);
    if (auto it = file.metadata.find("seed"); it != file.metadata.end()) config.seed = std::stoull(it->second);
    if (config.kind == ModelKind::Code) {
      const auto code = file.metadata.find("code");
      if (code == file.metadata.end()) return std::nullopt;
      config.code = code->second;
      if (auto it = file.metadata.find("code_name"); it != file.metadata.end()) config.codeName = it->second;
    }
  } catch (const std::exception&) {
    return std::nullopt;
  }
  return config;
}

}  // namespace alexnet
