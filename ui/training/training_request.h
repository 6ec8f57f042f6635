#pragma once
// TrainingRequest — everything one Training-screen run needs, as a value handed to the worker.
#include <QString>
#include <cstdint>
#include <optional>

#include "alexnet/core/models/model_config.h"
#include "alexnet/core/train/lr_schedule.h"
#include "alexnet/core/train/sgd.h"
#include "alexnet/core/train/training_run.h"

namespace alexnet::ui {

// Where Debian's dataset-fashion-mnist puts the IDX files (core's kDefaultFashionMnistDir).
QString defaultDataDirectory();

struct TrainingRequest {
  ModelConfig model;  // kind, input size, widths, init seed (also the shuffle seed)
  // The recipe; defaults: core's TrainingRecipe (d2l's LeNet recipe). d2lDefaultRequest sets each model's.
  std::int64_t epochs = TrainingRecipe{}.epochs;
  std::int64_t batchSize = TrainingRecipe{}.batchSize;
  SgdOptions sgd = TrainingRecipe{}.sgd;
  std::int64_t limit = 0;            // training examples (0 = all 60000); the test set uses the same limit
  std::int64_t reportsPerEpoch = 5;  // chart points per epoch
  QString dataDirectory = defaultDataDirectory();
  QString checkpointPath;  // the run's checkpoint (its folder is created); its log is logPath
  QString logPath;
  QString resumeFrom;  // continue this run (usually checkpointPath); "" = a new run
  LrSchedule lrSchedule = TrainingRecipe{}.lrSchedule;
  double checkpointEverySeconds = 600;  // mid-epoch checkpoints, so Stop or a crash loses at most this
  int sampleIndex = 0;                  // the live sample: this test image (modulo the test images loaded)
  int sampleLayer = -1;                 // its maps: this Sequential index (-1 = conv1's activation)
  // Fault injection for tests: after the first minibatch of this 0-based epoch (-1 = never) one
  // weight is set to NaN, so the next minibatch's loss is NaN and the run diverges.
  std::int64_t poisonAtEpoch = -1;
};

// d2l's recipe per model (core's d2lRecipe): LeNet lr 0.9 batch 256; AlexNet lr 0.01 batch 128; 10 epochs.
TrainingRequest d2lDefaultRequest(const ModelConfig& model);

// The request that continues the run saved at `checkpointPath`: its model, recipe (and total epochs:
// one more when it had finished) from the checkpoint's metadata, resuming and saving to the same file
// and appending to its log (NAME.csv beside it, or log.csv in a release-0.2 run folder). The rest
// (data, live sample) comes from `base`. nullopt + error when the file cannot be continued.
std::optional<TrainingRequest> continueRequest(const QString& checkpointPath, const TrainingRequest& base,
                                               QString* error);

}  // namespace alexnet::ui
