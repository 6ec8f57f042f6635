#pragma once
// Trainer — d2l's train_ch6 on the CPU: seeded shuffling each epoch, minibatch SGD, softmax
// cross-entropy, inputs bilinearly resized to the model's input side when it is not 28.
//
//   Trainer trainer(model, config);
//   TrainResult r = trainer.run(train, test, [](const TrainProgress& p) { …; return true; });
//
// The callback runs on the training thread after every minibatch (kind Step) except an epoch's
// last; `reportsPerEpoch − 1` of those are marked kind Report, evenly spaced; and once after each
// epoch's test evaluation (kind EpochEnd, batch = batchesPerEpoch, testAccuracy set). Report +
// EpochEnd are the chart's points and the CSV rows: reportsPerEpoch per epoch. Returning false cancels; it is
// checked after every minibatch. Pausing is the caller's business: block inside the callback
// (the GUI worker waits on a condition); time spent inside the callback is not counted in
// elapsedSeconds, examplesPerSecond or the ETA.
//
// Divergence: a NaN/Inf training loss (or non-finite parameters or test loss at an epoch's end)
// stops the run with TrainStatus::Diverged, and the parameters and momentum buffers are restored
// to their state at the start of the failing epoch — the state the caller last saw at an
// EpochEnd — so a checkpoint written at each EpochEnd is never replaced by NaN weights.
//
// Shuffling: epoch e uses a permutation drawn from (seed, e) alone, so a resumed run
// (startEpoch = e) sees the same order as an uninterrupted one. Deterministic for a given seed
// and thread count.
#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/sequential.h"
#include "alexnet/core/train/lr_schedule.h"
#include "alexnet/core/train/sgd.h"

namespace alexnet {

struct TrainConfig {
  std::int64_t epochs = 10;
  std::int64_t batchSize = 256;
  SgdOptions sgd{.learningRate = 0.9f};          // sgd.learningRate is the base rate of the schedule
  LrSchedule lrSchedule = LrSchedule::Constant;  // applied at the start of every epoch
  std::uint64_t seed = 0;                        // shuffling seed
  std::int64_t reportsPerEpoch = 5;
  std::int64_t startEpoch = 0;  // > 0 when resuming: epochs [startEpoch, epochs) are run
  // Resuming mid-epoch: the first startBatch minibatches of epoch startEpoch were done before (the
  // epoch's order is the same, so they are skipped; its running loss and accuracy restart).
  std::int64_t startBatch = 0;
  // The interrupted epoch's running train loss and accuracy over those startBatch minibatches (from
  // the checkpoint), so its chart points and epoch-end row continue them; unknown: they restart.
  std::optional<double> startTrainLoss;
  std::optional<double> startTrainAccuracy;
  std::int64_t evalBatchSize = 256;  // minibatch of the test evaluation
  // Forward/backward a minibatch in chunks of at most this many examples, accumulating the
  // gradient (the same SGD step up to float rounding; less memory). 0 = the whole minibatch.
  std::int64_t chunkSize = 0;
  // Optional stop request, checked between chunks and minibatches: with a chunkSize, a big model
  // stops within one chunk's time instead of one minibatch's (the interrupted minibatch is not
  // applied), and the test evaluation runs in chunks of chunkSize and stops between them.
  // Non-owning; must outlive run(). Same result as the callback returning false.
  const std::atomic<bool>* stopRequested = nullptr;
};

enum class ProgressKind {
  Step,      // after a minibatch (live status line, cancellation)
  Report,    // a Step that is one of the reportsPerEpoch chart points
  EpochEnd,  // after the epoch's test evaluation
};

struct TrainProgress {
  ProgressKind kind = ProgressKind::Step;
  std::int64_t epoch = 0;   // 0-based epoch being run
  std::int64_t epochs = 0;  // total epochs of the run (TrainConfig::epochs)
  std::int64_t batch = 0;   // minibatches done in this epoch
  std::int64_t batchesPerEpoch = 0;
  double epochFraction = 0.0;          // epoch + batch / batchesPerEpoch, the chart's x value
  double trainLoss = 0.0;              // running mean over this epoch so far
  double trainAccuracy = 0.0;          // running mean over this epoch so far
  std::optional<double> testAccuracy;  // set at the end of an epoch
  std::optional<double> testLoss;
  double examplesPerSecond = 0.0;
  double elapsedSeconds = 0.0;
  double etaSeconds = 0.0;
  std::int64_t examplesSeen = 0;  // training examples processed in this run (not before a resume)
};

enum class TrainStatus { Finished, Cancelled, Diverged };

struct TrainResult {
  TrainStatus status = TrainStatus::Finished;
  std::string message;                 // e.g. "loss became NaN at epoch 3, batch 17"
  std::int64_t epochsCompleted = 0;    // counting the startEpoch epochs done before a resume
  bool restoredLastGoodState = false;  // Diverged: parameters reset to the last EpochEnd state
  TrainProgress last;
};

struct EvaluationResult {
  double accuracy = 0.0;
  double loss = 0.0;
  std::int64_t examples = 0;
  // confusion[t][p]: examples of true class t predicted as p (argmax of the logits, first on ties,
  // as crossEntropy counts correct ones); classes × classes.
  std::vector<std::vector<std::int64_t>> confusion;
  bool cancelled = false;  // stopRequested was set: the other fields are incomplete
};

using ProgressCallback = std::function<bool(const TrainProgress&)>;

class Trainer {
 public:
  Trainer(Sequential& model, const TrainConfig& config);  // model: non-owning

  TrainResult run(const ImageSet& train, const ImageSet& test, const ProgressCallback& onProgress);
  Sgd& optimizer() { return m_sgd; }

 private:
  Sequential* m_model;
  TrainConfig m_config;
  Sgd m_sgd;
};

// Accuracy and mean loss of `model` (Mode::Eval) over a data set, resized to the model's input.
// A set `stopRequested` (checked between minibatches) ends it early with `cancelled`.
EvaluationResult evaluate(Sequential& model, const ImageSet& data, std::int64_t batchSize = 256,
                          const std::atomic<bool>* stopRequested = nullptr);

// Per-class accuracy from a confusion matrix: row t's diagonal over its sum (0 for an empty row).
std::vector<double> perClassAccuracy(const std::vector<std::vector<std::int64_t>>& confusion);

}  // namespace alexnet
