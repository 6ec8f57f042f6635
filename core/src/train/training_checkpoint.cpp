#include "alexnet/core/train/training_checkpoint.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace alexnet {

namespace {

std::string formatNumber(double value) {
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%.9g", value);
  return buffer;
}

std::optional<double> parseReal(const SafeTensors& file, const std::string& key, const std::string& source) {
  auto it = file.metadata.find(key);
  if (it == file.metadata.end() || it->second.empty()) return std::nullopt;
  try {
    std::size_t used = 0;
    const double value = std::stod(it->second, &used);
    if (used != it->second.size()) throw std::invalid_argument("trailing characters");
    return value;
  } catch (const std::exception&) {
    throw CheckpointError(source + ": metadata \"" + key + "\" is not a number: '" + it->second + "'");
  }
}

std::optional<std::int64_t> parseInteger(const SafeTensors& file, const std::string& key, const std::string& source) {
  auto it = file.metadata.find(key);
  if (it == file.metadata.end() || it->second.empty()) return std::nullopt;
  try {
    std::size_t used = 0;
    const long long value = std::stoll(it->second, &used);
    if (used != it->second.size() || value < 0) throw std::invalid_argument("bad");
    return value;
  } catch (const std::exception&) {
    throw CheckpointError(source + ": metadata \"" + key + "\" is not a non-negative integer: '" + it->second + "'");
  }
}

// Shortest decimal that reads back as the same float: 0.9f → "0.9", not "0.899999976".
std::string formatFloat(float value) {
  char buffer[32];
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return error == std::errc() ? std::string(buffer, end) : formatNumber(value);
}

}  // namespace

TrainingState trainingStateAt(const TrainProgress& progress, std::int64_t epochsDone, const TrainConfig& config,
                              const Sgd& optimizer, std::string status) {
  TrainingState state;
  state.epoch = epochsDone;
  if (progress.kind != ProgressKind::EpochEnd && epochsDone == progress.epoch) state.batch = progress.batch;
  state.trainLoss = progress.trainLoss;
  state.trainAccuracy = progress.trainAccuracy;
  state.testAccuracy = progress.testAccuracy;
  state.testLoss = progress.testLoss;
  state.sgd = config.sgd;
  state.batchSize = config.batchSize;
  state.epochsPlanned = config.epochs;
  state.status = std::move(status);
  state.lrSchedule = lrScheduleName(config.lrSchedule);
  if (config.sgd.momentum > 0.0f) state.momentumBuffers = optimizer.momentumBuffers();
  return state;
}

CheckpointOptions trainingCheckpointOptions(const TrainingState& state) {
  CheckpointOptions options;
  auto& m = options.metadata;
  m["epoch"] = std::to_string(state.epoch);
  if (state.batch > 0) m["batch"] = std::to_string(state.batch);
  if (state.trainLoss) m["train_loss"] = formatNumber(*state.trainLoss);
  if (state.trainAccuracy) m["train_accuracy"] = formatNumber(*state.trainAccuracy);
  if (state.testAccuracy) m["test_accuracy"] = formatNumber(*state.testAccuracy);
  if (state.testLoss) m["test_loss"] = formatNumber(*state.testLoss);
  if (state.sgd) {
    m["learning_rate"] = formatFloat(state.sgd->learningRate);
    m["momentum"] = formatFloat(state.sgd->momentum);
    m["weight_decay"] = formatFloat(state.sgd->weightDecay);
  }
  if (state.batchSize) m["batch_size"] = std::to_string(*state.batchSize);
  if (state.epochsPlanned) m["epochs_planned"] = std::to_string(*state.epochsPlanned);
  if (!state.status.empty()) m["status"] = state.status;
  if (!state.lrSchedule.empty()) m["lr_schedule"] = state.lrSchedule;
  if (!state.command.empty()) m["command"] = state.command;
  if (!state.created.empty()) m["created"] = state.created;
  return options;
}

std::filesystem::path optimizerStatePath(const std::filesystem::path& checkpoint) {
  std::filesystem::path out = checkpoint;
  std::string stem = checkpoint.filename().string();
  if (const auto dot = stem.rfind(".safetensors"); dot != std::string::npos && dot + 12 == stem.size())
    stem.resize(dot);
  out.replace_filename(stem + ".optim.safetensors");
  return out;
}

void saveTrainingCheckpoint(const std::filesystem::path& path, const Sequential& model, const ModelConfig& config,
                            const TrainingState& state) {
  const std::filesystem::path optimizerPath = optimizerStatePath(path);
  if (!state.momentumBuffers.empty()) {
    SafeTensors optimizer;
    optimizer.metadata["format"] = "alexnet-lab-optimizer-v1";
    optimizer.metadata["epoch"] = std::to_string(state.epoch);
    optimizer.metadata["batch"] = std::to_string(state.batch);
    optimizer.metadata["checkpoint"] = path.filename().string();
    for (const auto& [key, buffer] : state.momentumBuffers)
      optimizer.floats.emplace(std::string(kMomentumTensorPrefix) + key, buffer);
    try {
      writeSafeTensors(optimizerPath, optimizer);
    } catch (const SafeTensorsError& error) {
      throw CheckpointError(error.what());
    }
  } else {
    std::error_code ignored;
    std::filesystem::remove(optimizerPath, ignored);
  }
  saveCheckpoint(path, model, config, trainingCheckpointOptions(state));
}

TrainingState readTrainingState(const SafeTensors& file, const std::string& sourceName) {
  TrainingState state;
  state.epoch = parseInteger(file, "epoch", sourceName).value_or(0);
  state.batch = parseInteger(file, "batch", sourceName).value_or(0);
  state.trainLoss = parseReal(file, "train_loss", sourceName);
  state.trainAccuracy = parseReal(file, "train_accuracy", sourceName);
  state.testAccuracy = parseReal(file, "test_accuracy", sourceName);
  state.testLoss = parseReal(file, "test_loss", sourceName);
  if (auto lr = parseReal(file, "learning_rate", sourceName)) {
    SgdOptions sgd;
    sgd.learningRate = static_cast<float>(*lr);
    sgd.momentum = static_cast<float>(parseReal(file, "momentum", sourceName).value_or(0.0));
    sgd.weightDecay = static_cast<float>(parseReal(file, "weight_decay", sourceName).value_or(0.0));
    state.sgd = sgd;
  }
  state.batchSize = parseInteger(file, "batch_size", sourceName);
  state.epochsPlanned = parseInteger(file, "epochs_planned", sourceName);
  if (auto it = file.metadata.find("status"); it != file.metadata.end()) state.status = it->second;
  if (auto it = file.metadata.find("lr_schedule"); it != file.metadata.end()) state.lrSchedule = it->second;
  if (auto it = file.metadata.find("command"); it != file.metadata.end()) state.command = it->second;
  if (auto it = file.metadata.find("created"); it != file.metadata.end()) state.created = it->second;
  for (const auto& [key, tensor] : file.floats)
    if (key.rfind(kMomentumTensorPrefix, 0) == 0)
      state.momentumBuffers[key.substr(kMomentumTensorPrefix.size())] = tensor;
  return state;
}

SafeTensors parametersOnly(const SafeTensors& file) {
  SafeTensors out;
  out.metadata = file.metadata;
  out.int64s = file.int64s;
  for (const auto& [key, tensor] : file.floats)
    if (key.rfind("optimizer.", 0) != 0) out.floats[key] = tensor;
  return out;
}

TrainingState loadTrainingCheckpoint(const std::filesystem::path& path, Sequential& model, SafeTensors* fileOut) {
  const std::string source = path.string();
  SafeTensors file = readSafeTensors(path);
  TrainingState state = readTrainingState(file, source);  // parse first: the model stays untouched on error
  const std::filesystem::path optimizerPath = optimizerStatePath(path);
  std::string momentumSource = source;  // the file the buffers came from, for error messages
  std::error_code error;
  if (state.momentumBuffers.empty() && std::filesystem::exists(optimizerPath, error)) {
    const SafeTensors optimizer = readSafeTensors(optimizerPath);
    const TrainingState saved = readTrainingState(optimizer, optimizerPath.string());
    if (saved.epoch == state.epoch && saved.batch == state.batch) {
      state.momentumBuffers = saved.momentumBuffers;
      momentumSource = optimizerPath.string();
    } else
      state.optimizerNote = optimizerPath.filename().string() + " is from epoch " + std::to_string(saved.epoch) +
                            (saved.batch ? " batch " + std::to_string(saved.batch) : std::string()) +
                            ", the checkpoint from epoch " + std::to_string(state.epoch) +
                            (state.batch ? " batch " + std::to_string(state.batch) : std::string()) +
                            "; momentum restarts from zero";
  }

  std::map<std::string, Shape> shapes;
  for (const NamedParameter& p : model.namedParameters()) shapes[p.key] = p.parameter->value.shape();
  for (const auto& [key, buffer] : state.momentumBuffers) {
    auto it = shapes.find(key);
    if (it == shapes.end())
      throw CheckpointError(momentumSource + ": momentum buffer for unknown parameter \"" + key + "\"");
    if (it->second != buffer.shape())
      throw CheckpointError(momentumSource + ": momentum buffer \"" + key + "\" has shape " + toString(buffer.shape()) +
                            ", parameter has " + toString(it->second));
  }
  loadStateDict(parametersOnly(file), model, source);
  if (fileOut) *fileOut = std::move(file);
  return state;
}

}  // namespace alexnet
