#pragma once
// TrainingRun — one training run as both `alexnet-lab train` and the Training screen run it:
// the recipe (d2l's defaults), the chunk policy, the checkpoint policy, the metrics log, resuming
// and the status text live here once; the CLI and the GUI worker only show progress.
//
//   TrainingRunOptions o{.model = config, .recipe = d2lRecipe(config.kind),
//                        .checkpointPath = "runs/lenet.safetensors", .logPath = "runs/lenet.csv"};
//   TrainingRun run(o);                     // builds the model (or loads the run to resume)
//   TrainingRunResult r = run.run(train, test, [](const TrainProgress& p) { …; return true; });
//
// Checkpoint policy (training_checkpoint.h for the files): at every epoch end; at a chart point
// when checkpointEverySeconds have passed since the last save (a mid-epoch checkpoint, so Stop or a
// crash never loses more than that); on Stop (status "cancelled", at the minibatch reached). A
// diverged run keeps its last good file. The log gets one row per chart point and epoch end; a
// resumed run first cuts the log back to the checkpoint's position, then appends.
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/models/model_config.h"
#include "alexnet/core/sequential.h"
#include "alexnet/core/train/lr_schedule.h"
#include "alexnet/core/train/sgd.h"
#include "alexnet/core/train/trainer.h"
#include "alexnet/core/train/training_checkpoint.h"

namespace alexnet {

// The defaults are d2l's LeNet recipe.
struct TrainingRecipe {
  std::int64_t epochs = 10;
  std::int64_t batchSize = 256;
  SgdOptions sgd{.learningRate = 0.9f};
  LrSchedule lrSchedule = LrSchedule::Constant;
};

// d2l's recipe: LeNet lr 0.9 batch 256, AlexNet lr 0.01 batch 128, 10 epochs, plain SGD.
TrainingRecipe d2lRecipe(ModelKind kind);
// The recipe a checkpoint was trained with, over `defaults` for what it does not record.
TrainingRecipe recipeOf(const TrainingState& state, TrainingRecipe defaults);

// The chunk a minibatch is trained in (the same SGD step; Stop lands between chunks): about
// kChunkTrainFlops of work (forward + backward ≈ 3 × the forward FLOPs per image), so d2l's AlexNet
// (1.9 GFLOP forward at 224) runs in chunks of 17 (about half a second on 2 cores, and big enough
// for full-speed GEMMs); a minibatch smaller than that is not chunked (0: LeNet, slim AlexNets).
inline constexpr double kChunkTrainFlops = 96e9;
std::int64_t trainingChunkSize(const Sequential& model, std::int64_t batchSize);

struct TrainingRunOptions {
  ModelConfig model;
  TrainingRecipe recipe;
  std::int64_t reportsPerEpoch = 5;
  std::filesystem::path checkpointPath;  // "" = no checkpoint
  std::filesystem::path logPath;         // "" = no log
  std::filesystem::path resumeFrom;      // continue the run saved there ("" = a new run); usually checkpointPath
  std::string command;                   // recorded in the checkpoint ("alexnet-lab train …")
  double checkpointEverySeconds = 600;   // mid-epoch checkpoints; 0 = epoch ends only
  const std::atomic<bool>* stopRequested = nullptr;  // non-owning; checked between chunks
};

struct TrainingRunResult {
  TrainResult train;                       // status, message, epochs completed, last progress
  std::optional<std::int64_t> savedEpoch;  // epochs completed in the last checkpoint written
  std::string saveError;                   // a save that failed (the previous file was kept), else ""
  std::string summary;                     // one line for the user: what happened and what was kept
};

class TrainingRun {
 public:
  // Builds the model; with resumeFrom, loads that checkpoint's parameters, momentum and position.
  // Throws (naming the file) when the checkpoint does not fit the model.
  explicit TrainingRun(TrainingRunOptions options);

  Sequential& model() { return *m_model; }
  const TrainingRunOptions& options() const { return m_options; }
  const TrainingState& resumedState() const { return m_resumed; }  // epoch 0 for a new run
  std::string resumeNote() const;  // "resuming from epoch 3, batch 120" / optimizer note, else ""

  // Resuming: cuts the log back to the checkpoint's position (what a killed run wrote after it) and
  // returns how many rows were dropped. run() does it if the caller has not; call it first to refuse
  // a bad log before anything else happens (throws RunLogError, touching nothing).
  std::int64_t prepareLog();

  // Trains, logs and checkpoints. onProgress sees every TrainProgress (return false to stop); the
  // time spent in it is not counted as training time. Throws when the log cannot be written.
  TrainingRunResult run(const ImageSet& train, const ImageSet& test, const ProgressCallback& onProgress);

 private:
  bool resuming() const { return !m_options.resumeFrom.empty(); }

  TrainingRunOptions m_options;
  std::unique_ptr<Sequential> m_model;
  TrainingState m_resumed;
  bool m_logPrepared = false;
};

// "1h02m", "4m05s", "17s" ("?" when unknown).
std::string formatDuration(double seconds);
// "epoch 2/10  batch 94/469  loss 0.5012  acc 0.813  162 ex/s  elapsed 1m14s  ETA 51m01s"
std::string progressLine(const TrainProgress& progress);
// "epoch 2/10: train loss 0.4911, train acc 0.8179, test acc 0.8574, test loss 0.3835  (138 ex/s, 15m11s)"
std::string epochLine(const TrainProgress& progress);

}  // namespace alexnet
