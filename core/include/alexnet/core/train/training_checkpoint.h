#pragma once
// Training checkpoints — a model checkpoint (io/checkpoint.h) plus what `train --resume` needs:
// the optimizer's momentum buffers and the run's metadata (epoch reached, metrics, SGD settings).
//
//   __metadata__:  "epoch" (epochs completed), "batch" (minibatches of the next epoch done, when the
//                  checkpoint was taken mid-epoch), "train_loss", "train_accuracy", "test_accuracy",
//                  "test_loss", "learning_rate", "momentum", "weight_decay", "batch_size",
//                  "status" ("running" | "finished" | "cancelled"); numbers as decimal strings.
//                  "lr_schedule" ("constant" | "cosine"), "epochs_planned", "command", "created".
//   tensors:       the model's parameters only, so PyTorch's load_state_dict(strict=True) takes
//                  the file as it is.
//
// The optimizer state lives beside it, in NAME.optim.safetensors (optimizerStatePath()):
//   tensors "optimizer.momentum.<key>" — SGD's velocity for parameter <key>, same shape, only when
//   momentum > 0; __metadata__ "epoch" (must equal the checkpoint's) and "checkpoint" (its file
//   name). Files of release 0.2, which kept these tensors inside the checkpoint, still load
//   (parametersOnly() drops them for PyTorch).
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
  std::int64_t batch = 0;  // minibatches done in the next epoch (a mid-epoch checkpoint; 0 at epoch ends)
  std::optional<double> trainLoss{};
  std::optional<double> trainAccuracy{};
  std::optional<double> testAccuracy{};
  std::optional<double> testLoss{};
  std::optional<SgdOptions> sgd{};  // the run's learning rate, momentum, weight decay
  std::optional<std::int64_t> batchSize{};
  std::optional<std::int64_t> epochsPlanned{};      // the run's total epochs (what Continue aims for)
  std::string status{};                             // "running", "finished", "cancelled" ("" if unknown)
  std::map<std::string, Tensor> momentumBuffers{};  // parameter key → velocity, same shape
  std::string lrSchedule{};                         // "constant", "cosine" ("" if unknown: constant)
  std::string command{};                            // the command line that started the run ("" if unknown)
  std::string created{};                            // when the run started, ISO 8601 UTC ("" if unknown)
  std::string optimizerNote{};                      // why the optimizer file was not used ("" if it was or none)
};

// The state of a run after `epochsDone` epochs, from the trainer's last progress report, its
// configuration and its optimizer (momentum buffers only when momentum > 0). A Step/Report progress
// with epochsDone == progress.epoch is a mid-epoch state: batch = progress.batch.
TrainingState trainingStateAt(const TrainProgress& progress, std::int64_t epochsDone, const TrainConfig& config,
                              const Sgd& optimizer, std::string status);

// Metadata for saveCheckpoint() (no tensors: the momentum buffers go to the optimizer file).
CheckpointOptions trainingCheckpointOptions(const TrainingState& state);

// "runs/lenet.safetensors" → "runs/lenet.optim.safetensors".
std::filesystem::path optimizerStatePath(const std::filesystem::path& checkpoint);

// Writes the optimizer file (when there are momentum buffers, else removes a stale one), then the
// checkpoint, each atomically. A crash between the two leaves an optimizer file one epoch ahead,
// which loadTrainingCheckpoint notices by its "epoch" and ignores.
void saveTrainingCheckpoint(const std::filesystem::path& path, const Sequential& model, const ModelConfig& config,
                            const TrainingState& state);

// Reads the training state of a checkpoint's metadata and "optimizer.momentum.*" tensors.
// A file without training metadata (e.g. one written by PyTorch) gives epoch 0 and no buffers.
// Throws CheckpointError naming `sourceName` when a value does not parse.
TrainingState readTrainingState(const SafeTensors& file, const std::string& sourceName);

// The file without its "optimizer.*" tensors: exactly the model's state_dict.
SafeTensors parametersOnly(const SafeTensors& file);

// Reads `path`, copies its parameters into `model` (keys, shapes and dtypes checked as
// loadStateDict does) and returns its training state with the momentum buffers of its optimizer
// file (or, for an old file, its own "optimizer.momentum.*" tensors), checked against the
// parameters' keys and shapes. An optimizer file from another epoch is ignored (optimizerNote
// says so). The model is unchanged on error; errors name the file.
TrainingState loadTrainingCheckpoint(const std::filesystem::path& path, Sequential& model,
                                     SafeTensors* fileOut = nullptr);

}  // namespace alexnet
