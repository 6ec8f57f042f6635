// alexnet-lab train — d2l's train_ch6 from the shell (PRODUCT.md §3):
//   train --model M [--epochs E --lr LR --batch B --input-size S --widths W --limit N --seed S
//          --data DIR --out CKPT --log CSV --momentum M --weight-decay W
//          --lr-schedule constant|cosine --checkpoint-every SECONDS --threads T]
//   train --resume CKPT|ID [--epochs E]
// The run itself (recipe, chunks, checkpoints, log, resume) is core's TrainingRun, the same one the
// Training screen drives; this file parses options and shows progress: a live line on stderr
// (carriage-return updates on a terminal, plain lines otherwise).
// Without --out the run lands in the weights library's runs folder under a readable name.
// Ctrl-C stops after the current chunk (AlexNet: 32 examples) and saves a "cancelled" checkpoint at
// the minibatch reached (exit status 130); `--resume` continues from there.
#include <omp.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>

#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/io/weights_library.h"
#include "alexnet/core/models/memory_estimate.h"
#include "alexnet/core/models/model_config.h"
#include "alexnet/core/models/shape_report.h"
#include "alexnet/core/train/training_run.h"
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

// Fashion-MNIST is 1 channel in, 10 classes out: a network from code must fit both.
void checkTrainsOnFashionMnist(const ModelConfig& config) {
  const auto model = buildModel(config);
  const Shape& in = model->inputShape();
  const Shape& out = model->outputShape();
  if (in[1] != 1)
    throw std::runtime_error(config.codeName + ": the network takes " + std::to_string(in[1]) +
                             "-channel input; Fashion-MNIST images have 1 channel");
  if (out.size() != 2 || out[1] != 10)
    throw std::runtime_error(config.codeName + ": the network's output is " + toString(out) +
                             "; Fashion-MNIST needs [N, 10] (one score per class)");
}

// The recipe: d2l's defaults, then what a resumed checkpoint recorded, then the flags.
TrainingRecipe recipeFromArguments(const Arguments& args, ModelKind kind, const std::optional<TrainingState>& resumed) {
  TrainingRecipe r = d2lRecipe(kind);
  if (resumed) r = recipeOf(*resumed, r);
  r.epochs = args.integer("--epochs", r.epochs);
  if (r.epochs < 1 || r.epochs > 100000) throw UsageError("--epochs must be between 1 and 100000");
  r.batchSize = args.integer("--batch", r.batchSize);
  if (r.batchSize < 1 || r.batchSize > 65536) throw UsageError("--batch must be between 1 and 65536");
  r.sgd.learningRate = static_cast<float>(args.real("--lr", r.sgd.learningRate));
  if (!(r.sgd.learningRate > 0.0f) || !std::isfinite(r.sgd.learningRate))
    throw UsageError("--lr must be a positive number");
  if (auto name = args.value("--lr-schedule")) {
    const std::optional<LrSchedule> schedule = parseLrSchedule(*name);
    if (!schedule || name->empty()) throw UsageError("--lr-schedule must be constant or cosine");
    r.lrSchedule = *schedule;
  }
  r.sgd.momentum = static_cast<float>(args.real("--momentum", r.sgd.momentum));
  if (!(r.sgd.momentum >= 0.0f && r.sgd.momentum < 1.0f)) throw UsageError("--momentum must be in [0, 1)");
  r.sgd.weightDecay = static_cast<float>(args.real("--weight-decay", r.sgd.weightDecay));
  if (!(r.sgd.weightDecay >= 0.0f) || !std::isfinite(r.sgd.weightDecay)) throw UsageError("--weight-decay must be ≥ 0");
  return r;
}

}  // namespace

int runTrain(const CommandArgs& rawArgs) {
  ArgumentSpec spec = withModelOptions({});
  spec.valueOptions.insert({"--epochs", "--lr", "--batch", "--limit", "--test-limit", "--data", "--out", "--log",
                            "--resume", "--momentum", "--weight-decay", "--reports-per-epoch", "--lr-schedule",
                            "--checkpoint-every"});
  const Arguments args(rawArgs, spec);
  // --resume CKPT|ID rebuilds the run's network from the checkpoint; --model is then optional.
  std::optional<ResolvedWeights> resume;
  if (args.has("--resume")) resume = resolveWeightsArgument(args, "--resume");
  const ModelConfig config = resume ? resume->config : modelConfigFromArguments(args);
  if (config.kind == ModelKind::AlexNet2012)
    throw UsageError("alexnet2012 expects 3-channel 224×224 ImageNet input; train lenet or alexnet on Fashion-MNIST");
  if (config.kind == ModelKind::Code) checkTrainsOnFashionMnist(config);
  applyThreadOption(args);

  std::optional<TrainingState> resumedState;
  if (resume) resumedState = readTrainingState(resume->file, resume->path.string());
  TrainingRunOptions options;
  options.model = config;
  options.recipe = recipeFromArguments(args, config.kind, resumedState);
  const std::int64_t limit = args.integer("--limit", 0);
  if (limit < 0) throw UsageError("--limit must be ≥ 0 (0 = the whole training set)");
  const std::int64_t testLimit = args.integer("--test-limit", limit);
  if (testLimit < 0) throw UsageError("--test-limit must be ≥ 0 (0 = the whole test set)");
  options.reportsPerEpoch = args.integer("--reports-per-epoch", 5);
  if (options.reportsPerEpoch < 1) throw UsageError("--reports-per-epoch must be ≥ 1");
  options.checkpointEverySeconds = args.real("--checkpoint-every", options.checkpointEverySeconds);
  if (!(options.checkpointEverySeconds >= 0) || !std::isfinite(options.checkpointEverySeconds))
    throw UsageError("--checkpoint-every must be ≥ 0 seconds (0 = at epoch ends only)");
  const std::filesystem::path dataDir = args.value("--data").value_or(std::string(kDefaultFashionMnistDir));

  // Where the run goes: --out; else the resumed file; else the runs folder under a readable name.
  // The log: --log; else NAME.csv beside a resumed checkpoint when it exists, or beside a new run's.
  if (auto out = args.value("--out"))
    options.checkpointPath = *out;
  else if (resume)
    options.checkpointPath = resume->path;
  if (auto log = args.value("--log")) options.logPath = *log;
  if (resume) {
    options.resumeFrom = resume->path;
    std::filesystem::path beside = resume->path;
    beside.replace_extension(".csv");
    std::error_code error;
    if (options.logPath.empty() && std::filesystem::is_regular_file(beside, error)) options.logPath = beside;
  }
  if (options.checkpointPath.empty()) {
    const std::filesystem::path runs = defaultRunsDirectory();
    std::error_code error;
    if (!runs.empty()) std::filesystem::create_directories(runs, error);
    if (runs.empty() || error) throw std::runtime_error(runs.string() + ": cannot create the runs folder (give --out)");
    const std::string stem = runFileStem(config, static_cast<std::int64_t>(std::time(nullptr)));
    options.checkpointPath = runs / (stem + ".safetensors");
    if (options.logPath.empty()) options.logPath = runs / (stem + ".csv");
  }
  options.command = "alexnet-lab train";
  for (const std::string& a : rawArgs) options.command += " " + a;
  options.stopRequested = &g_interrupted;

  TrainingRun run(options);  // loads the checkpoint to resume (a bad file fails here, before the data)
  const TrainingRecipe& recipe = options.recipe;
  // Resuming: the log keeps the rows up to the checkpoint's position and drops what a killed run wrote
  // after it (a log that does not parse stops here, before anything is written).
  if (const std::int64_t dropped = run.prepareLog(); dropped > 0)
    std::fprintf(stderr, "%s: dropped %lld rows written after epoch %lld (the checkpoint's), continuing the log\n",
                 options.logPath.string().c_str(), static_cast<long long>(dropped),
                 static_cast<long long>(run.resumedState().epoch));
  if (resume && run.resumedState().epoch >= recipe.epochs) {
    std::fprintf(stderr, "%s already has %lld epochs; nothing to train (--epochs is the total, raise it)\n",
                 resume->path.string().c_str(), static_cast<long long>(run.resumedState().epoch));
    return 0;
  }
  // Refuse up front a run whose activations cannot fit at this batch size (before the dataset is loaded).
  if (const std::optional<std::int64_t> available = availableMemoryBytes()) {
    const std::int64_t side = effectiveInputSize(config);
    checkFitsInMemory(
        makeShapeReport(run.model()),
        {.batchSize = recipe.batchSize,
         .use = MemoryUse::Training,
         .availableBytes = *available,
         .modelName = modelLabel(config) + " (input " + std::to_string(side) + "x" + std::to_string(side) + ")"});
  }

  const ImageSet train = loadFashionMnist(Split::Train, {.directory = dataDir, .limit = limit});
  const ImageSet test = loadFashionMnist(Split::Test, {.directory = dataDir, .limit = testLimit});

  const std::int64_t side = effectiveInputSize(config);
  const std::string widthsNote = config.kind == ModelKind::AlexNet ? ", widths " + toString(config.widths) : "";
  if (const std::string note = run.resumeNote(); !note.empty()) std::fprintf(stderr, "%s\n", note.c_str());
  std::fprintf(stderr,
               "training %s (input %lldx%lld%s) on %lld images, testing on %lld; epochs %lld..%lld, lr %g, "
               "batch %lld, momentum %g, weight decay %g, lr schedule %s, seed %llu, %d threads\n",
               modelLabel(config).c_str(), static_cast<long long>(side), static_cast<long long>(side),
               widthsNote.c_str(), static_cast<long long>(train.count), static_cast<long long>(test.count),
               static_cast<long long>(run.resumedState().epoch + 1), static_cast<long long>(recipe.epochs),
               static_cast<double>(recipe.sgd.learningRate), static_cast<long long>(recipe.batchSize),
               static_cast<double>(recipe.sgd.momentum), static_cast<double>(recipe.sgd.weightDecay),
               lrScheduleName(recipe.lrSchedule).c_str(), static_cast<unsigned long long>(config.seed),
               omp_get_max_threads());

  const bool tty = isatty(STDERR_FILENO) != 0;
  auto clock = std::chrono::steady_clock::now();
  bool lineOpen = false;  // a carriage-return status line is on screen
  InterruptGuard interruptGuard;
  const TrainingRunResult result = run.run(train, test, [&](const TrainProgress& p) {
    if (p.kind == ProgressKind::EpochEnd) {
      if (lineOpen) std::fputs("\r\033[K", stderr);
      lineOpen = false;
      std::fprintf(stderr, "%s\n", epochLine(p).c_str());
    } else {
      const auto now = std::chrono::steady_clock::now();
      if (tty && now - clock >= std::chrono::milliseconds(100)) {
        std::fprintf(stderr, "\r\033[K%s", progressLine(p).c_str());
        lineOpen = true;
        clock = now;
      } else if (!tty && p.kind == ProgressKind::Report) {
        std::fprintf(stderr, "%s\n", progressLine(p).c_str());
      }
    }
    std::fflush(stderr);
    return !g_interrupted.load();
  });
  if (lineOpen) std::fputs("\r\033[K", stderr);

  const TrainResult& r = result.train;
  switch (r.status) {
    case TrainStatus::Finished:
      std::printf("%s: %lld epochs, train loss %.4f, train acc %.4f", modelLabel(config).c_str(),
                  static_cast<long long>(r.epochsCompleted), r.last.trainLoss, r.last.trainAccuracy);
      if (r.last.testAccuracy) std::printf(", test acc %.4f", *r.last.testAccuracy);
      std::printf(", %.0f ex/s, %.1f s\n", r.last.examplesPerSecond, r.last.elapsedSeconds);
      if (result.savedEpoch) std::fprintf(stderr, "saved %s\n", options.checkpointPath.string().c_str());
      if (!result.saveError.empty()) throw std::runtime_error(result.saveError);
      return 0;
    case TrainStatus::Cancelled:
      std::fprintf(stderr, "%s\n", result.summary.c_str());
      return 130;
    case TrainStatus::Diverged:
      throw std::runtime_error(result.summary);
  }
  return 1;
}

}  // namespace alexnet::cli
