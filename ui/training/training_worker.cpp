#include "ui/training/training_worker.h"

#include <QDir>
#include <QElapsedTimer>
#include <exception>
#include <filesystem>
#include <memory>
#include <optional>

#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/train/training_checkpoint.h"
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

}  // namespace

void registerTrainingMetaTypes() {
  qRegisterMetaType<alexnet::TrainProgress>();
  qRegisterMetaType<alexnet::ui::KernelSnapshot>();
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
    // Big models check the stop flag between chunks of a minibatch, so Stop lands within ~1 s.
    config.chunkSize = request.model.kind == ModelKind::LeNet ? 0 : 32;
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
        saveWarning = tr("Saving the checkpoint failed (%1); the previous one is kept.")
                          .arg(QString::fromStdString(error.what()));
        emit statusMessage(saveWarning);
      }
    };

    emit statusMessage(tr("Training on %1 images, testing on %2.").arg(train->count).arg(test->count));
    emit kernels(firstConvKernels(*model));
    QElapsedTimer sinceStepSignal;
    sinceStepSignal.start();
    const TrainResult result = trainer.run(*train, *test, [&](const TrainProgress& p) {
      if (p.kind == ProgressKind::EpochEnd) {
        log.write(p);
        save(p, p.epoch + 1, p.epoch + 1 == request.epochs ? "finished" : "running");
        emit progress(p);
        emit kernels(firstConvKernels(*model));
      } else if (p.kind == ProgressKind::Report) {
        log.write(p);
        emit progress(p);
        emit kernels(firstConvKernels(*model));
        sinceStepSignal.restart();
      } else if (sinceStepSignal.elapsed() >= kStepSignalIntervalMs) {
        emit progress(p);
        sinceStepSignal.restart();
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
        save(result.last, result.epochsCompleted, "cancelled");
        outcome.message = tr("Stopped after %1 complete epochs.").arg(result.epochsCompleted);
        break;
      case TrainStatus::Diverged:
        outcome.message = tr("Training diverged: %1. ").arg(QString::fromStdString(result.message)) +
                          (savedEpoch ? tr("Kept the last good checkpoint (epoch %1).").arg(*savedEpoch)
                                      : tr("No checkpoint had been written yet.")) +
                          tr(" Try a smaller learning rate.");
        break;
    }
    if (!saveWarning.isEmpty()) outcome.message += QLatin1Char(' ') + saveWarning;
  } catch (const std::exception& error) {
    outcome.failed = true;
    outcome.message = tr("Training failed: %1").arg(QString::fromStdString(error.what()));
  }
  emit finished(outcome);
}

}  // namespace alexnet::ui
