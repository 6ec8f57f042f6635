// alexnet-lab train — d2l's train_ch6 from the shell (PRODUCT.md §3):
//   train --model M [--epochs E --lr LR --batch B --input-size S --widths W --limit N --seed S
//          --data DIR --out CKPT --log CSV --resume CKPT --momentum M --weight-decay W --threads T]
// A live progress line on stderr (carriage-return updates on a terminal, plain lines otherwise),
// a CSV of metrics, and the checkpoint written atomically at each epoch end and at the finish.
// Ctrl-C stops after the current minibatch (AlexNet: chunk of 32 examples) and saves a "cancelled" checkpoint (exit status 130).
#include <omp.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <string>

#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/models/memory_estimate.h"
#include "alexnet/core/models/model_config.h"
#include "alexnet/core/models/shape_report.h"
#include "alexnet/core/train/run_log.h"
#include "alexnet/core/train/trainer.h"
#include "alexnet/core/train/training_checkpoint.h"
#include "cli/arguments.h"
#include "cli/checkpoint_options.h"
#include "cli/commands.h"
#include "cli/model_options.h"

namespace alexnet::cli {

namespace {

// Set by Ctrl-C; the trainer checks it between minibatches and between chunks of one.
std::atomic<bool> g_interrupted{false};
static_assert(std::atomic<bool>::is_always_lock_free, "a signal handler may only touch lock-free atomics");
extern "C" void onInterrupt(int) { g_interrupted.store(true); }

// Installs the Ctrl-C handler for the lifetime of the training loop.
class InterruptGuard {
 public:
  InterruptGuard() {
    g_interrupted.store(false);
    m_previous = std::signal(SIGINT, onInterrupt);
  }
  ~InterruptGuard() { std::signal(SIGINT, m_previous == SIG_ERR ? SIG_DFL : m_previous); }
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

 private:
  void (*m_previous)(int) = SIG_DFL;
};

struct Hyperparameters {
  std::int64_t epochs = 10;
  std::int64_t batchSize = 256;
  SgdOptions sgd;
};

// d2l's recipe: LeNet lr 0.9 batch 256, AlexNet lr 0.01 batch 128, 10 epochs.
Hyperparameters d2lDefaults(ModelKind kind) {
  Hyperparameters h;
  if (kind == ModelKind::LeNet) {
    h.batchSize = 256;
    h.sgd.learningRate = 0.9f;
  } else {
    h.batchSize = 128;
    h.sgd.learningRate = 0.01f;
  }
  return h;
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

std::string statusLine(const TrainProgress& p) {
  char buffer[256];
  std::snprintf(buffer, sizeof buffer,
                "epoch %lld/%lld  batch %lld/%lld  loss %.4f  acc %.3f  %.0f ex/s  elapsed %s  ETA %s",
                static_cast<long long>(p.epoch + 1), static_cast<long long>(p.epochs),
                static_cast<long long>(p.batch), static_cast<long long>(p.batchesPerEpoch), p.trainLoss,
                p.trainAccuracy, p.examplesPerSecond, formatDuration(p.elapsedSeconds).c_str(),
                formatDuration(p.etaSeconds).c_str());
  return buffer;
}

std::string epochLine(const TrainProgress& p) {
  char buffer[256];
  int used = std::snprintf(buffer, sizeof buffer, "epoch %lld/%lld: train loss %.4f, train acc %.4f",
                           static_cast<long long>(p.epoch + 1), static_cast<long long>(p.epochs),
                           p.trainLoss, p.trainAccuracy);
  if (p.testAccuracy && used > 0 && used < static_cast<int>(sizeof buffer))
    used += std::snprintf(buffer + used, sizeof buffer - static_cast<std::size_t>(used),
                          ", test acc %.4f, test loss %.4f", *p.testAccuracy, p.testLoss.value_or(0.0));
  if (used > 0 && used < static_cast<int>(sizeof buffer))
    std::snprintf(buffer + used, sizeof buffer - static_cast<std::size_t>(used), "  (%.0f ex/s, %s)",
                  p.examplesPerSecond, formatDuration(p.elapsedSeconds).c_str());
  return buffer;
}

// The metrics log: one row per Report and per EpochEnd (core/train/run_log.h). A resumed run appends to the
// log, which truncateRunLogAfterEpoch has cut back to the checkpoint's epoch first.
class MetricsLog {
 public:
  MetricsLog(const std::filesystem::path& path, bool append) : m_path(path) {
    std::error_code error;
    const bool continuing = append && std::filesystem::exists(path, error) && std::filesystem::file_size(path, error) > 0;
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

}  // namespace

int runTrain(const CommandArgs& rawArgs) {
  ArgumentSpec spec = withModelOptions({});
  spec.valueOptions.insert({"--epochs", "--lr", "--batch", "--limit", "--test-limit", "--data", "--out", "--log",
                            "--resume", "--momentum", "--weight-decay", "--reports-per-epoch"});
  const Arguments args(rawArgs, spec);
  ModelConfig config = modelConfigFromArguments(args);
  if (config.kind == ModelKind::AlexNet2012)
    throw UsageError("alexnet2012 expects 3-channel 224×224 ImageNet input; train lenet or alexnet on Fashion-MNIST");
  applyThreadOption(args);
  const int threads = omp_get_max_threads();

  Hyperparameters h = d2lDefaults(config.kind);
  h.epochs = args.integer("--epochs", h.epochs);
  if (h.epochs < 1 || h.epochs > 100000) throw UsageError("--epochs must be between 1 and 100000");
  const std::int64_t limit = args.integer("--limit", 0);
  if (limit < 0) throw UsageError("--limit must be ≥ 0 (0 = the whole training set)");
  const std::int64_t testLimit = args.integer("--test-limit", limit);
  if (testLimit < 0) throw UsageError("--test-limit must be ≥ 0 (0 = the whole test set)");
  const std::int64_t reportsPerEpoch = args.integer("--reports-per-epoch", 5);
  if (reportsPerEpoch < 1) throw UsageError("--reports-per-epoch must be ≥ 1");
  const std::optional<std::string> out = args.value("--out");
  const std::optional<std::string> logPath = args.value("--log");
  const std::filesystem::path dataDir = args.value("--data").value_or(std::string(kDefaultFashionMnistDir));

  // --resume: the model, its parameters and momentum, the epoch reached and the run's settings.
  std::optional<std::filesystem::path> resume;
  TrainingState resumed;
  SafeTensors resumeFile;
  if (auto r = args.value("--resume")) {
    resume = *r;
    resumeFile = readCheckpointFile(*resume);
    config = reconcileModelConfig(config, args, resumeFile, *resume);
  }
  std::unique_ptr<Sequential> model = buildModel(config);
  if (resume) {
    resumed = loadTrainingCheckpoint(*resume, *model);
    if (resumed.sgd) h.sgd = *resumed.sgd;
    if (resumed.batchSize) h.batchSize = *resumed.batchSize;
  }

  h.batchSize = args.integer("--batch", h.batchSize);
  if (h.batchSize < 1 || h.batchSize > 65536) throw UsageError("--batch must be between 1 and 65536");
  h.sgd.learningRate = static_cast<float>(args.real("--lr", h.sgd.learningRate));
  if (!(h.sgd.learningRate > 0.0f) || !std::isfinite(h.sgd.learningRate))
    throw UsageError("--lr must be a positive number");
  h.sgd.momentum = static_cast<float>(args.real("--momentum", h.sgd.momentum));
  if (!(h.sgd.momentum >= 0.0f && h.sgd.momentum < 1.0f)) throw UsageError("--momentum must be in [0, 1)");
  h.sgd.weightDecay = static_cast<float>(args.real("--weight-decay", h.sgd.weightDecay));
  if (!(h.sgd.weightDecay >= 0.0f) || !std::isfinite(h.sgd.weightDecay))
    throw UsageError("--weight-decay must be ≥ 0");

  const std::int64_t startEpoch = resumed.epoch;
  if (resume && startEpoch >= h.epochs) {
    std::fprintf(stderr, "%s already has %lld epochs; nothing to train (--epochs is the total, raise it)\n",
                 resume->string().c_str(), static_cast<long long>(startEpoch));
    return 0;
  }

  // Refuse up front a run whose activations cannot fit at this batch size (before the dataset is loaded).
  if (const std::optional<std::int64_t> available = availableMemoryBytes()) {
    const std::int64_t inputSide = effectiveInputSize(config);
    checkFitsInMemory(makeShapeReport(*model),
                      {.batchSize = h.batchSize,
                       .use = MemoryUse::Training,
                       .availableBytes = *available,
                       .modelName = modelName(config.kind) + " (input " + std::to_string(inputSide) + "x" +
                                    std::to_string(inputSide) + ")"});
  }

  const ImageSet train = loadFashionMnist(Split::Train, {.directory = dataDir, .limit = limit});
  const ImageSet test = loadFashionMnist(Split::Test, {.directory = dataDir, .limit = testLimit});

  TrainConfig trainConfig;
  trainConfig.epochs = h.epochs;
  trainConfig.batchSize = h.batchSize;
  trainConfig.sgd = h.sgd;
  trainConfig.seed = config.seed;
  trainConfig.reportsPerEpoch = reportsPerEpoch;
  trainConfig.startEpoch = startEpoch;
  // AlexNet minibatches take seconds to minutes on a CPU: run them in chunks of 32 (the same SGD
  // step) so that Ctrl-C stops within one chunk.
  trainConfig.chunkSize = config.kind == ModelKind::LeNet ? 0 : 32;
  trainConfig.stopRequested = &g_interrupted;
  Trainer trainer(*model, trainConfig);
  if (resume) trainer.optimizer().setMomentumBuffers(resumed.momentumBuffers);

  // Resuming: the log keeps the rows up to the checkpoint's epoch and drops what a killed run wrote after it
  // (a refused log stops here, before anything is written).
  std::optional<MetricsLog> log;
  if (logPath && resume) {
    if (const std::int64_t dropped = truncateRunLogAfterEpoch(*logPath, startEpoch); dropped > 0)
      std::fprintf(stderr, "%s: dropped %lld rows written after epoch %lld (the checkpoint's), continuing the log\n",
                   logPath->c_str(), static_cast<long long>(dropped), static_cast<long long>(startEpoch));
  }
  if (logPath) log.emplace(*logPath, resume.has_value());

  const bool tty = isatty(STDERR_FILENO) != 0;
  const std::int64_t side = effectiveInputSize(config);
  const std::string widthsNote = config.kind == ModelKind::AlexNet ? ", widths " + toString(config.widths) : "";
  std::fprintf(stderr,
               "training %s (input %lldx%lld%s) on %lld images, testing on %lld; epochs %lld..%lld, lr %g, "
               "batch %lld, momentum %g, weight decay %g, seed %llu, %d threads\n",
               modelName(config.kind).c_str(), static_cast<long long>(side), static_cast<long long>(side),
               widthsNote.c_str(),
               static_cast<long long>(train.count), static_cast<long long>(test.count),
               static_cast<long long>(startEpoch + 1), static_cast<long long>(h.epochs),
               static_cast<double>(h.sgd.learningRate), static_cast<long long>(h.batchSize),
               static_cast<double>(h.sgd.momentum), static_cast<double>(h.sgd.weightDecay),
               static_cast<unsigned long long>(config.seed), threads);

  std::optional<std::int64_t> savedEpoch;  // the epoch of the last checkpoint written by this run
  auto stateOf = [&](const TrainProgress& p, std::int64_t epochsDone, const std::string& status) {
    return trainingStateAt(p, epochsDone, trainConfig, trainer.optimizer(), status);
  };

  auto clock = std::chrono::steady_clock::now();
  bool lineOpen = false;  // a carriage-return status line is on screen
  InterruptGuard interruptGuard;
  const TrainResult result = trainer.run(train, test, [&](const TrainProgress& p) {
    if (p.kind == ProgressKind::EpochEnd) {
      if (log) log->write(p);
      if (lineOpen) std::fputs("\r\033[K", stderr);
      lineOpen = false;
      std::fprintf(stderr, "%s\n", epochLine(p).c_str());
      if (out) {
        const bool last = p.epoch + 1 == h.epochs;
        saveCheckpoint(*out, *model, config,
                       trainingCheckpointOptions(stateOf(p, p.epoch + 1, last ? "finished" : "running")));
        savedEpoch = p.epoch + 1;
      }
    } else {
      if (p.kind == ProgressKind::Report && log) log->write(p);
      const auto now = std::chrono::steady_clock::now();
      if (tty && now - clock >= std::chrono::milliseconds(100)) {
        std::fprintf(stderr, "\r\033[K%s", statusLine(p).c_str());
        lineOpen = true;
        clock = now;
      } else if (!tty && p.kind == ProgressKind::Report) {
        std::fprintf(stderr, "%s\n", statusLine(p).c_str());
      }
    }
    std::fflush(stderr);
    return !g_interrupted.load();
  });
  if (lineOpen) std::fputs("\r\033[K", stderr);

  switch (result.status) {
    case TrainStatus::Finished:
      std::printf("%s: %lld epochs, train loss %.4f, train acc %.4f", modelName(config.kind).c_str(),
                  static_cast<long long>(result.epochsCompleted), result.last.trainLoss, result.last.trainAccuracy);
      if (result.last.testAccuracy) std::printf(", test acc %.4f", *result.last.testAccuracy);
      std::printf(", %.0f ex/s, %.1f s\n", result.last.examplesPerSecond, result.last.elapsedSeconds);
      if (out) std::fprintf(stderr, "saved %s\n", out->c_str());
      return 0;
    case TrainStatus::Cancelled:
      if (out) {
        saveCheckpoint(*out, *model, config,
                       trainingCheckpointOptions(stateOf(result.last, result.epochsCompleted, "cancelled")));
        std::fprintf(stderr, "%s; saved %s (%lld complete epochs)\n", result.message.c_str(), out->c_str(),
                     static_cast<long long>(result.epochsCompleted));
      } else {
        std::fprintf(stderr, "%s\n", result.message.c_str());
      }
      return 130;
    case TrainStatus::Diverged: {
      std::string kept;
      if (!out)
        kept = "no checkpoint was requested (--out)";
      else if (savedEpoch)
        kept = "kept the last good checkpoint " + *out + " (epoch " + std::to_string(*savedEpoch) + ")";
      else if (resume && std::filesystem::path(*out) == *resume)
        kept = "kept the last good checkpoint " + *out + " (epoch " + std::to_string(startEpoch) + ")";
      else
        kept = "nothing was written to " + *out;
      throw std::runtime_error("training diverged: " + result.message + "; " + kept +
                               "; try a smaller --lr");
    }
  }
  return 1;
}

}  // namespace alexnet::cli
