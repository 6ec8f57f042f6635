#pragma once
// Training checkpoints — a model checkpoint (io/checkpoint.h) plus what `train --resume` needs:
// the optimizer's momentum buffers and the run's metadata (epoch reached, metrics, SGD settings).
//
//   __metadata__:  "epoch" (epochs completed), "train_loss", "train_accuracy", "test_accuracy",
//                  "test_loss", "learning_rate", "momentum", "weight_decay", "batch_size",
//                  "status" ("running" | "finished" | "cancelled"); numbers as decimal strings.
//   tensors:       "optimizer.momentum.<key>" — SGD's velocity for parameter <key> (e.g.
//                  "optimizer.momentum.0.weight"), same shape, only when momentum > 0.
//
// PyTorch's load_state_dict(strict=True) wants the parameters only: drop the "optimizer." keys
// (parametersOnly() here; docs/interop.md shows the Python line).
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/io/safetensors.h"
#include "alexnet/core/sequential.h"
#include "alexnet/core/train/sgd.h"
#include "alexnet/core/train/trainer.h"

namespace alexnet {

inline constexpr std::string_view kMomentumTensorPrefix = "optimizer.momentum.";

struct TrainingState {
  std::int64_t epoch = 0;  // epochs completed
  std::optional<double> trainLoss{};
  std::optional<double> trainAccuracy{};
  std::optional<double> testAccuracy{};
  std::optional<double> testLoss{};
  std::optional<SgdOptions> sgd{};          // the run's learning rate, momentum, weight decay
  std::optional<std::int64_t> batchSize{};
  std::string status{};                     // "running", "finished", "cancelled" ("" if unknown)
  std::map<std::string, Tensor> momentumBuffers{};  // parameter key → velocity, same shape
};

// The state of a run after `epochsDone` epochs, from the trainer's last progress report, its
// configuration and its optimizer (momentum buffers only when momentum > 0).
TrainingState trainingStateAt(const TrainProgress& progress, std::int64_t epochsDone, const TrainConfig& config,
                              const Sgd& optimizer, std::string status);

// Metadata + extra tensors for saveCheckpoint().
CheckpointOptions trainingCheckpointOptions(const TrainingState& state);

// Reads the training state of a checkpoint's metadata and "optimizer.momentum.*" tensors.
// A file without training metadata (e.g. one written by PyTorch) gives epoch 0 and no buffers.
// Throws CheckpointError naming `sourceName` when a value does not parse.
TrainingState readTrainingState(const SafeTensors& file, const std::string& sourceName);

// The file without its "optimizer.*" tensors: exactly the model's state_dict.
SafeTensors parametersOnly(const SafeTensors& file);

// Reads `path`, copies its parameters into `model` (keys, shapes and dtypes checked as
// loadStateDict does) and returns its training state; momentum buffers are checked against the
// parameters' keys and shapes. The model is unchanged on error; errors name the file.
TrainingState loadTrainingCheckpoint(const std::filesystem::path& path, Sequential& model,
                                     SafeTensors* fileOut = nullptr);

}  // namespace alexnet
