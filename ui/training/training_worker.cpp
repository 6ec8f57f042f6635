#include "ui/training/training_worker.h"

#include <QDir>
#include <QElapsedTimer>
#include <algorithm>
#include <cstring>
#include <exception>
#include <filesystem>
#include <limits>
#include <memory>
#include <optional>

#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/data/resize.h"
#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/models/shape_report.h"
#include "alexnet/core/train/cross_entropy.h"
#include "alexnet/core/train/training_checkpoint.h"
#include "ui/inspect/feature_grid.h"
#include "ui/training/run_log.h"

namespace alexnet::ui {

namespace {

constexpr qint64 kStepSignalIntervalMs = 100;  // live status line; Report/EpochEnd always go out

KernelSnapshot firstConvKernels(Sequential& model) {
  KernelSnapshot snapshot;
  for (const NamedParameter& named : model.namedParameters()) {
    const Tensor& w = named.parameter->value;  // conv weight: (out, in, k, k)
    if (w.shape().size() != 4) continue;
    snapshot.outChannels = static_cast<int>(w.shape()[0]);
    snapshot.inChannels = static_cast<int>(w.shape()[1]);
    snapshot.size = static_cast<int>(w.shape()[2]);
    snapshot.values = QVector<float>(w.data(), w.data() + numel(w.shape()));
    break;
  }
  return snapshot;
}

// The live sample's maps are rendered on the worker into an image of about this size; the view scales it.
const QSize kSampleMapsSize(420, 260);

// Big models check the stop flag between chunks of a minibatch (and of the test evaluation), so
// Stop lands within ~1 s: a chunk holds about kChunkTrainFlops of training work (forward + backward
// ≈ 3 × the forward FLOPs per image): d2l's AlexNet (1.9 GFLOP forward at 224) trains in chunks
// of 4 images (~0.5 s on 2 cores), the slim AlexNet in chunks of 32 (the cap); LeNet never chunks.
constexpr double kChunkTrainFlops = 24e9;

// On Stop the interrupted epoch's weights are saved ("cancelled") only when that is quick: writing
// d2l's AlexNet (233 MB) would take seconds, so for big models Stop keeps the last epoch end's file.
constexpr std::int64_t kMaxStopSaveBytes = 16 << 20;

std::int64_t chunkSizeFor(const Sequential& model, ModelKind kind) {
  if (kind == ModelKind::LeNet) return 0;
  const double perImage = 3.0 * static_cast<double>(std::max<std::int64_t>(1, makeShapeReport(model).totalFlops));
  return std::clamp<std::int64_t>(static_cast<std::int64_t>(kChunkTrainFlops / perImage), 1, 32);
}

bool isActivation(std::string_view type) { return type == "ReLU" || type == "Sigmoid"; }

// The requested layer, or conv1's activation (conv1 itself when no activation follows it).
int sampleLayerIndex(Sequential& model, int requested) {
  const int count = static_cast<int>(model.size());
  if (requested >= 0 && requested < count) return requested;
  for (int i = 0; i < count; ++i) {
    if (model.layer(static_cast<std::size_t>(i)).typeName() != "Conv2d") continue;
    if (i + 1 < count && isActivation(model.layer(static_cast<std::size_t>(i + 1)).typeName())) return i + 1;
    return i;
  }
  return 0;
}

// Runs test image `index` through the model as it is now (Mode::Eval: no dropout, nothing cached
// that training needs — the callback runs between minibatches).
SampleSnapshot sampleSnapshot(Sequential& model, const ImageSet& test, const TrainingRequest& request,
                              double epochFraction) {
  SampleSnapshot s;
  if (test.count <= 0 || model.size() == 0) return s;
  s.index = static_cast<int>(std::max<std::int64_t>(0, request.sampleIndex) % test.count);
  s.label = test.labels[static_cast<std::size_t>(s.index)];
  s.epochFraction = epochFraction;
  s.image = QImage(static_cast<int>(test.cols), static_cast<int>(test.rows), QImage::Format_Grayscale8);
  const std::uint8_t* pixels = test.pixels.data() + static_cast<std::size_t>(s.index * test.rows * test.cols);
  for (int y = 0; y < s.image.height(); ++y)
    std::memcpy(s.image.scanLine(y), pixels + static_cast<std::size_t>(y * test.cols), static_cast<std::size_t>(test.cols));

  Tensor x = test.batch(s.index, 1);  // (1, 1, 28, 28)
  const std::int64_t side = model.inputShape()[2];
  if (side != test.rows) x = resizeBilinear(x, {.outHeight = side, .outWidth = side});  // (1, 1, side, side)
  s.layer = sampleLayerIndex(model, request.sampleLayer);
  const std::string_view type = model.layer(static_cast<std::size_t>(s.layer)).typeName();
  s.layerType = QString::fromUtf8(type.data(), static_cast<qsizetype>(type.size()));
  const auto split = static_cast<std::size_t>(s.layer + 1);
  const Tensor maps = model.forwardRange(x, 0, split, Mode::Eval);                 // (1, C, H, W)
  const Tensor logits = model.forwardRange(maps, split, model.size(), Mode::Eval);  // (1, K)
  const Tensor probabilities = softmax(logits);                                     // (1, K)
  s.probabilities = QVector<float>(probabilities.data(), probabilities.data() + probabilities.numel());

  FeatureGridOptions options;
  options.available = kSampleMapsSize;
  const FeatureGrid grid = FeatureGrid::render(maps, options);
  s.maps = grid.image();
  s.channels = grid.channels();
  s.mapSide = grid.mapHeight();
  s.minValue = grid.minValue();
  s.maxValue = grid.maxValue();
  return s;
}

}  // namespace

void registerTrainingMetaTypes() {
  qRegisterMetaType<alexnet::TrainProgress>();
  qRegisterMetaType<alexnet::ui::KernelSnapshot>();
  qRegisterMetaType<alexnet::ui::SampleSnapshot>();
  qRegisterMetaType<alexnet::ui::TrainingOutcome>();
}

TrainingWorker::TrainingWorker(QObject* parent) : QObject(parent) {}

void TrainingWorker::prepare() {
  m_stop = false;
  std::lock_guard lock(m_mutex);
  m_paused = false;
}

void TrainingWorker::requestStop() {
  {
    std::lock_guard lock(m_mutex);
    m_stop = true;
  }
  m_wake.notify_all();
}

void TrainingWorker::setPaused(bool paused) {
  {
    std::lock_guard lock(m_mutex);
    m_paused = paused;
  }
  m_wake.notify_all();
}

bool TrainingWorker::isPaused() const {
  std::lock_guard lock(m_mutex);
  return m_paused;
}

void TrainingWorker::run(const TrainingRequest& request) {
  TrainingOutcome outcome;
  try {
    const std::filesystem::path dataDir = request.dataDirectory.toStdString();
    emit statusMessage(tr("Loading Fashion-MNIST from %1…").arg(request.dataDirectory));
    std::optional<ImageSet> train, test;
    try {
      train = loadFashionMnist(Split::Train, {.directory = dataDir, .limit = request.limit});
      test = loadFashionMnist(Split::Test, {.directory = dataDir, .limit = request.limit});
    } catch (const DatasetError& error) {
      outcome.failed = true;
      outcome.message = tr("Cannot load Fashion-MNIST: %1. Install the Debian package with "
                           "`sudo apt-get install dataset-fashion-mnist`, or choose its folder in "
                           "File ▸ Fashion-MNIST folder….")
                            .arg(QString::fromStdString(error.what()));
      emit finished(outcome);
      return;
    }
    if (m_stop) {
      outcome.status = TrainStatus::Cancelled;
      outcome.message = tr("Stopped before training started.");
      emit finished(outcome);
      return;
    }

    if (!QDir().mkpath(request.runDirectory)) {
      outcome.failed = true;
      outcome.message = tr("Cannot create the run folder %1.").arg(request.runDirectory);
      emit finished(outcome);
      return;
    }
    const QString checkpointPath = QDir(request.runDirectory).filePath(QStringLiteral("checkpoint.safetensors"));
    outcome.logPath = QDir(request.runDirectory).filePath(QStringLiteral("log.csv"));
    RunLogWriter log;
    if (!log.open(outcome.logPath)) {
      outcome.failed = true;
      outcome.message = log.error();
      emit finished(outcome);
      return;
    }

    std::unique_ptr<Sequential> model = buildModel(request.model);
    TrainConfig config;
    config.epochs = request.epochs;
    config.batchSize = request.batchSize;
    config.sgd = request.sgd;
    config.seed = request.model.seed;
    config.reportsPerEpoch = request.reportsPerEpoch;
    config.chunkSize = chunkSizeFor(*model, request.model.kind);
    config.stopRequested = &m_stop;
    Trainer trainer(*model, config);

    auto stateOf = [&](const TrainProgress& p, std::int64_t epochsDone, const std::string& status) {
      return trainingStateAt(p, epochsDone, config, trainer.optimizer(), status);
    };
    std::optional<std::int64_t> savedEpoch;
    QString saveWarning;
    auto save = [&](const TrainProgress& p, std::int64_t epochsDone, const std::string& status) {
      try {  // saveCheckpoint writes atomically: a failed save leaves the previous file intact
        saveCheckpoint(checkpointPath.toStdString(), *model, request.model,
                       trainingCheckpointOptions(stateOf(p, epochsDone, status)));
        savedEpoch = epochsDone;
        outcome.checkpointPath = checkpointPath;
      } catch (const std::exception& error) {
        saveWarning = savedEpoch ? tr("Saving the checkpoint failed (%1); the previous one (epoch %2) is kept.")
                                       .arg(QString::fromStdString(error.what()))
                                       .arg(*savedEpoch)
                                 : tr("Saving the checkpoint failed (%1).").arg(QString::fromStdString(error.what()));
        emit statusMessage(saveWarning);
      }
    };

    emit statusMessage(tr("Training on %1 images, testing on %2.").arg(train->count).arg(test->count));
    auto snapshot = [&](double epochFraction) {
      emit kernels(firstConvKernels(*model));
      emit sample(sampleSnapshot(*model, *test, request, epochFraction));
    };
    snapshot(0.0);
    bool poisoned = false;
    QElapsedTimer sinceStepSignal;
    sinceStepSignal.start();
    const TrainResult result = trainer.run(*train, *test, [&](const TrainProgress& p) {
      if (p.kind == ProgressKind::EpochEnd) {
        log.write(p);
        save(p, p.epoch + 1, p.epoch + 1 == request.epochs ? "finished" : "running");
        emit progress(p);
        snapshot(p.epochFraction);
      } else if (p.kind == ProgressKind::Report) {
        log.write(p);
        emit progress(p);
        snapshot(p.epochFraction);
        sinceStepSignal.restart();
      } else if (sinceStepSignal.elapsed() >= kStepSignalIntervalMs) {
        emit progress(p);
        sinceStepSignal.restart();
      }
      if (request.poisonAtEpoch >= 0 && !poisoned && p.kind != ProgressKind::EpochEnd && p.epoch >= request.poisonAtEpoch) {
        model->namedParameters().front().parameter->value.data()[0] = std::numeric_limits<float>::quiet_NaN();
        poisoned = true;
      }
      std::unique_lock lock(m_mutex);
      m_wake.wait(lock, [this] { return !m_paused || m_stop; });
      return !m_stop;
    });

    outcome.status = result.status;
    switch (result.status) {
      case TrainStatus::Finished:
        outcome.message = tr("Finished %1 epochs: train loss %2, train acc %3, test acc %4.")
                              .arg(result.epochsCompleted)
                              .arg(result.last.trainLoss, 0, 'f', 3)
                              .arg(result.last.trainAccuracy, 0, 'f', 3)
                              .arg(result.last.testAccuracy.value_or(0.0), 0, 'f', 3);
        break;
      case TrainStatus::Cancelled:
        if (model->parameterCount() * static_cast<std::int64_t>(sizeof(float)) <= kMaxStopSaveBytes) {
          save(result.last, result.epochsCompleted, "cancelled");
          outcome.message = tr("Stopped after %1 complete epochs.").arg(result.epochsCompleted);
        } else {
          outcome.message = tr("Stopped after %1 complete epochs. ").arg(result.epochsCompleted) +
                            (savedEpoch ? tr("Kept the checkpoint of epoch %1; a model this big is not saved on Stop, "
                                             "so that Stop takes effect at once.").arg(*savedEpoch)
                                        : tr("No checkpoint was written: a model this big is saved at epoch ends only."));
        }
        break;
      case TrainStatus::Diverged:
        outcome.message = tr("Training diverged: %1. ").arg(QString::fromStdString(result.message)) +
                          (savedEpoch ? tr("Kept the last good checkpoint (epoch %1).").arg(*savedEpoch)
                                      : tr("No checkpoint had been written yet.")) +
                          tr(" Try a smaller learning rate.");
        break;
    }
    if (!saveWarning.isEmpty()) {
      outcome.saveError = saveWarning;
      outcome.message += QLatin1Char(' ') + saveWarning;
    }
  } catch (const std::exception& error) {
    outcome.failed = true;
    outcome.message = tr("Training failed: %1").arg(QString::fromStdString(error.what()));
  }
  emit finished(outcome);
}

}  // namespace alexnet::ui
