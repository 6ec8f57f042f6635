#include "alexnet/core/train/training_run.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <stdexcept>

#include "alexnet/core/io/weights_library.h"
#include "alexnet/core/models/shape_report.h"
#include "alexnet/core/train/run_log.h"

namespace alexnet {

namespace {

using Clock = std::chrono::steady_clock;

// The metrics log: the header for a new file, rows appended and flushed one by one.
class MetricsLog {
 public:
  MetricsLog(const std::filesystem::path& path, bool append) : m_path(path) {
    std::error_code error;
    const bool continuing =
        append && std::filesystem::exists(path, error) && std::filesystem::file_size(path, error) > 0;
    m_out.open(path, continuing ? std::ios::app : std::ios::trunc);
    if (!m_out) throw std::runtime_error(path.string() + ": cannot open the metrics log for writing");
    if (!continuing) m_out << kRunLogHeader << '\n';
    m_out.flush();
  }

  void write(const TrainProgress& p) {
    m_out << formatRunLogRow(p) << '\n';
    m_out.flush();
    if (!m_out) throw std::runtime_error(m_path.string() + ": writing the metrics log failed");
  }

 private:
  std::filesystem::path m_path;
  std::ofstream m_out;
};

std::string positionText(std::int64_t epochsDone, std::int64_t batch) {
  return "epoch " + std::to_string(epochsDone) + (batch > 0 ? " + " + std::to_string(batch) + " minibatches" : "");
}

}  // namespace

TrainingRecipe d2lRecipe(ModelKind kind) {
  TrainingRecipe recipe;  // LeNet's: the defaults
  if (kind == ModelKind::LeNet) return recipe;
  if (kind == ModelKind::Code) {
    // A network of the reader's own: d2l's later CNN chapters train theirs with lr 0.1, batch 128 (LeNet's
    // 0.9 suits only its sigmoids; AlexNet's 0.01 would crawl for a small ReLU network).
    recipe.batchSize = 128;
    recipe.sgd.learningRate = 0.1f;
  } else {
    recipe.batchSize = 128;
    recipe.sgd.learningRate = 0.01f;
  }
  return recipe;
}

TrainingRecipe recipeOf(const TrainingState& state, TrainingRecipe defaults) {
  if (state.sgd) defaults.sgd = *state.sgd;
  if (state.batchSize) defaults.batchSize = *state.batchSize;
  if (state.epochsPlanned) defaults.epochs = *state.epochsPlanned;
  if (auto schedule = parseLrSchedule(state.lrSchedule)) defaults.lrSchedule = *schedule;
  return defaults;
}

std::int64_t trainingChunkSize(const Sequential& model, std::int64_t batchSize) {
  const double perImage = 3.0 * static_cast<double>(std::max<std::int64_t>(1, makeShapeReport(model).totalFlops));
  const auto chunk = std::max<std::int64_t>(1, static_cast<std::int64_t>(kChunkTrainFlops / perImage));
  return chunk >= batchSize ? 0 : chunk;
}

TrainingRun::TrainingRun(TrainingRunOptions options) : m_options(std::move(options)) {
  m_model = buildModel(m_options.model);
  if (resuming()) m_resumed = loadTrainingCheckpoint(m_options.resumeFrom, *m_model);
}

std::string TrainingRun::resumeNote() const {
  if (!resuming()) return {};
  std::string note =
      "resuming " + m_options.resumeFrom.string() + " after " + positionText(m_resumed.epoch, m_resumed.batch);
  if (!m_resumed.optimizerNote.empty()) note += " (" + m_resumed.optimizerNote + ")";
  return note;
}

std::int64_t TrainingRun::prepareLog() {
  if (m_logPrepared) return 0;
  m_logPrepared = true;
  if (m_options.logPath.empty() || !resuming()) return 0;
  return truncateRunLogAfterEpoch(m_options.logPath, m_resumed.epoch, m_resumed.batch);
}

TrainingRunResult TrainingRun::run(const ImageSet& train, const ImageSet& test, const ProgressCallback& onProgress) {
  const TrainingRecipe& recipe = m_options.recipe;
  TrainConfig config;
  config.epochs = recipe.epochs;
  config.batchSize = recipe.batchSize;
  config.sgd = recipe.sgd;
  config.lrSchedule = recipe.lrSchedule;
  config.seed = m_options.model.seed;
  config.reportsPerEpoch = m_options.reportsPerEpoch;
  config.startEpoch = m_resumed.epoch;
  config.startBatch = m_resumed.batch;
  if (m_resumed.batch > 0) {
    config.startTrainLoss = m_resumed.trainLoss;
    config.startTrainAccuracy = m_resumed.trainAccuracy;
  }
  config.chunkSize = trainingChunkSize(*m_model, recipe.batchSize);
  config.stopRequested = m_options.stopRequested;

  TrainingRunResult out;
  if (resuming() && m_resumed.epoch >= recipe.epochs) {
    out.train.epochsCompleted = m_resumed.epoch;
    out.summary = m_options.resumeFrom.string() + " already has " + std::to_string(m_resumed.epoch) +
                  " epochs; nothing to train (the number of epochs is the total: raise it)";
    return out;
  }
  Trainer trainer(*m_model, config);
  if (resuming()) trainer.optimizer().setMomentumBuffers(m_resumed.momentumBuffers);

  prepareLog();
  std::optional<MetricsLog> log;
  if (!m_options.logPath.empty()) log.emplace(m_options.logPath, resuming());

  const std::string created = m_resumed.created.empty() ? currentIsoTime() : m_resumed.created;
  const std::string command = resuming() && !m_resumed.command.empty() ? m_resumed.command : m_options.command;
  auto save = [&](const TrainProgress& p, std::int64_t epochsDone, const std::string& status) {
    if (m_options.checkpointPath.empty()) return;
    TrainingState state = trainingStateAt(p, epochsDone, config, trainer.optimizer(), status);
    state.command = command;
    state.created = created;
    try {  // atomic: a failed save leaves the previous file as it was
      saveTrainingCheckpoint(m_options.checkpointPath, *m_model, m_options.model, state);
      out.savedEpoch = epochsDone;
      out.saveError.clear();
    } catch (const std::exception& error) {
      out.saveError = std::string("Saving the checkpoint failed: ") + error.what() +
                      (out.savedEpoch ? "; the previous one (epoch " + std::to_string(*out.savedEpoch) + ") is kept"
                                      : std::string());
    }
  };

  Clock::time_point lastSave = Clock::now();
  bool changedSinceSave = false;  // a minibatch was applied after the last checkpoint
  bool savedRunning = false;      // this run's last checkpoint says "running"
  out.train = trainer.run(train, test, [&](const TrainProgress& p) {
    changedSinceSave = true;
    if (p.kind == ProgressKind::EpochEnd) {
      if (log) log->write(p);
      savedRunning = p.epoch + 1 != recipe.epochs;
      save(p, p.epoch + 1, savedRunning ? "running" : "finished");
      lastSave = Clock::now();
      changedSinceSave = false;
    } else if (p.kind == ProgressKind::Report) {
      if (log) log->write(p);
      const double sinceSave = std::chrono::duration<double>(Clock::now() - lastSave).count();
      if (m_options.checkpointEverySeconds > 0 && sinceSave >= m_options.checkpointEverySeconds) {
        save(p, p.epoch, "running");
        savedRunning = true;
        lastSave = Clock::now();
        changedSinceSave = false;
      }
    }
    return onProgress ? onProgress(p) : true;
  });

  const TrainResult& r = out.train;
  const std::string where = m_options.checkpointPath.string();
  switch (r.status) {
    case TrainStatus::Finished:
      out.summary = "finished " + std::to_string(r.epochsCompleted) + " epochs" +
                    (out.savedEpoch ? "; saved " + where : std::string());
      break;
    case TrainStatus::Cancelled: {
      // Saved where it stopped, unless nothing changed since the last checkpoint (a Stop within the
      // first minibatch of d2l's AlexNet must not spend a second writing 187 MB it already has) and
      // that checkpoint does not say "running" (a Stop that lands right at an epoch end).
      if (changedSinceSave || savedRunning) save(r.last, r.epochsCompleted, "cancelled");
      const std::int64_t batch =
          r.last.kind != ProgressKind::EpochEnd && r.last.epoch == r.epochsCompleted ? r.last.batch : 0;
      out.summary =
          r.message + (out.savedEpoch ? "; saved " + where + " after " + positionText(r.epochsCompleted, batch) +
                                            " (resume continues from there)"
                                      : std::string());
      break;
    }
    case TrainStatus::Diverged:
      out.summary = "training diverged: " + r.message + "; " +
                    (out.savedEpoch
                         ? "kept the last good checkpoint " + where + " (epoch " + std::to_string(*out.savedEpoch) + ")"
                     : resuming() ? "kept the last good checkpoint " + m_options.resumeFrom.string() + " (" +
                                        positionText(m_resumed.epoch, m_resumed.batch) + ")"
                     : where.empty() ? std::string("no checkpoint was requested")
                                     : "nothing was written to " + where) +
                    "; try a smaller learning rate";
      break;
  }
  if (!out.saveError.empty()) out.summary += "; " + out.saveError;
  return out;
}

std::string formatDuration(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0) return "?";
  const auto total = static_cast<long long>(std::llround(seconds));
  char buffer[32];
  if (total >= 3600)
    std::snprintf(buffer, sizeof buffer, "%lldh%02lldm", total / 3600, (total / 60) % 60);
  else if (total >= 60)
    std::snprintf(buffer, sizeof buffer, "%lldm%02llds", total / 60, total % 60);
  else
    std::snprintf(buffer, sizeof buffer, "%llds", total);
  return buffer;
}

std::string progressLine(const TrainProgress& p) {
  char buffer[256];
  std::snprintf(buffer, sizeof buffer,
                "epoch %lld/%lld  batch %lld/%lld  loss %.4f  acc %.3f  %.0f ex/s  elapsed %s  ETA %s",
                static_cast<long long>(p.epoch + 1), static_cast<long long>(p.epochs), static_cast<long long>(p.batch),
                static_cast<long long>(p.batchesPerEpoch), p.trainLoss, p.trainAccuracy, p.examplesPerSecond,
                formatDuration(p.elapsedSeconds).c_str(), formatDuration(p.etaSeconds).c_str());
  return buffer;
}

std::string epochLine(const TrainProgress& p) {
  char buffer[256];
  int used = std::snprintf(buffer, sizeof buffer, "epoch %lld/%lld: train loss %.4f, train acc %.4f",
                           static_cast<long long>(p.epoch + 1), static_cast<long long>(p.epochs), p.trainLoss,
                           p.trainAccuracy);
  if (p.testAccuracy && used > 0 && used < static_cast<int>(sizeof buffer))
    used += std::snprintf(buffer + used, sizeof buffer - static_cast<std::size_t>(used),
                          ", test acc %.4f, test loss %.4f", *p.testAccuracy, p.testLoss.value_or(0.0));
  if (used > 0 && used < static_cast<int>(sizeof buffer))
    std::snprintf(buffer + used, sizeof buffer - static_cast<std::size_t>(used), "  (%.0f ex/s, %s)",
                  p.examplesPerSecond, formatDuration(p.elapsedSeconds).c_str());
  return buffer;
}

}  // namespace alexnet
