#include "ui/training/training_worker.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
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
#include "alexnet/core/train/training_run.h"
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

// The command line that makes the same run with the CLI, recorded in the checkpoint.
std::string commandFor(const TrainingRequest& r) {
  QString command = QStringLiteral("alexnet-lab train --model %1").arg(QString::fromStdString(modelName(r.model.kind)));
  if (r.model.kind == ModelKind::AlexNet)
    command += QStringLiteral(" --widths ") + QString::fromStdString(toString(r.model.widths));
  command +=
      QStringLiteral(" --input-size %1 --epochs %2 --lr %3 --batch %4 --momentum %5 --weight-decay %6 --lr-schedule %7")
          .arg(effectiveInputSize(r.model))
          .arg(r.epochs)
          .arg(double(r.sgd.learningRate))
          .arg(r.batchSize)
          .arg(double(r.sgd.momentum))
          .arg(double(r.sgd.weightDecay))
          .arg(QString::fromStdString(lrScheduleName(r.lrSchedule)));
  if (r.limit > 0) command += QStringLiteral(" --limit %1").arg(r.limit);
  if (r.model.seed != 0) command += QStringLiteral(" --seed %1").arg(r.model.seed);
  return command.toStdString() + "  (Training screen)";
}

// The requested layer, or conv1's activation (conv1 itself when no activation follows it).
int sampleLayerIndex(Sequential& model, int requested) {
  const int count = static_cast<int>(model.size());
  if (requested >= 0 && requested < count) return requested;
  for (int i = 0; i < count; ++i) {
    if (model.layer(static_cast<std::size_t>(i)).kind() != LayerKind::Conv2d) continue;
    if (i + 1 < count && isActivation(model.layer(static_cast<std::size_t>(i + 1)).kind())) return i + 1;
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
    std::memcpy(s.image.scanLine(y), pixels + static_cast<std::size_t>(y * test.cols),
                static_cast<std::size_t>(test.cols));

  Tensor x = test.batch(s.index, 1);  // (1, 1, 28, 28)
  const std::int64_t side = model.inputShape()[2];
  if (side != test.rows) x = resizeBilinear(x, {.outHeight = side, .outWidth = side});  // (1, 1, side, side)
  s.layer = sampleLayerIndex(model, request.sampleLayer);
  const std::string_view type = model.layer(static_cast<std::size_t>(s.layer)).typeName();
  s.layerType = QString::fromUtf8(type.data(), static_cast<qsizetype>(type.size()));
  const auto split = static_cast<std::size_t>(s.layer + 1);
  const Tensor maps = model.forwardRange(x, 0, split, Mode::Eval);                  // (1, C, H, W)
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

bool TrainingWorker::isHeld() const {
  std::lock_guard lock(m_mutex);
  return m_held;
}

void TrainingWorker::preview(const TrainingRequest& request, const QString& checkpointPath, const QString& note) {
  try {
    const SafeTensors file = readSafeTensors(checkpointPath.toStdString());
    const std::optional<ModelConfig> config = checkpointModelConfig(file);
    if (!config) return;
    std::unique_ptr<Sequential> model = buildModel(*config);
    loadStateDict(parametersOnly(file), *model, checkpointPath.toStdString());
    const ImageSet test = loadFashionMnist(
        Split::Test, {.directory = request.dataDirectory.toStdString(), .limit = std::max(1, request.sampleIndex + 1)});
    emit kernels(firstConvKernels(*model));
    SampleSnapshot s = sampleSnapshot(*model, test, request, 0.0);
    s.weightsNote = note;
    emit sample(s);
  } catch (const std::exception&) {
    // no data set or an unreadable file: the view keeps saying that the sample appears when training starts
  }
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

    const QFileInfo checkpointInfo(request.checkpointPath);
    if (request.checkpointPath.isEmpty() || !QDir().mkpath(checkpointInfo.absolutePath())) {
      outcome.failed = true;
      outcome.message = tr("Cannot create the run folder %1.").arg(checkpointInfo.absolutePath());
      emit finished(outcome);
      return;
    }
    // The run (recipe, chunks, checkpoints, log, resume) is core's, the same as `alexnet-lab train`.
    TrainingRunOptions options;
    options.model = request.model;
    options.recipe = {
        .epochs = request.epochs, .batchSize = request.batchSize, .sgd = request.sgd, .lrSchedule = request.lrSchedule};
    options.reportsPerEpoch = request.reportsPerEpoch;
    options.checkpointPath = request.checkpointPath.toStdString();
    options.logPath = request.logPath.toStdString();
    options.resumeFrom = request.resumeFrom.toStdString();
    options.command = commandFor(request);
    options.checkpointEverySeconds = request.checkpointEverySeconds;
    options.stopRequested = &m_stop;
    outcome.logPath = request.logPath;
    std::optional<TrainingRun> run;
    try {
      run.emplace(options);
      run->prepareLog();
    } catch (const std::exception& error) {
      outcome.failed = true;
      outcome.message = tr("Cannot continue this run: %1").arg(QString::fromStdString(error.what()));
      emit finished(outcome);
      return;
    }
    Sequential& model = run->model();
    if (!request.resumeFrom.isEmpty())
      emit statusMessage(QString::fromStdString(run->resumeNote()));
    else
      emit statusMessage(tr("Training on %1 images, testing on %2.").arg(train->count).arg(test->count));
    auto snapshot = [&](double epochFraction) {
      emit kernels(firstConvKernels(model));
      emit sample(sampleSnapshot(model, *test, request, epochFraction));
    };
    snapshot(static_cast<double>(run->resumedState().epoch));
    bool poisoned = false;
    QElapsedTimer sinceStepSignal;
    sinceStepSignal.start();
    const TrainingRunResult result = run->run(*train, *test, [&](const TrainProgress& p) {
      if (p.kind == ProgressKind::EpochEnd || p.kind == ProgressKind::Report) {
        emit progress(p);
        snapshot(p.epochFraction);
        sinceStepSignal.restart();
      } else if (sinceStepSignal.elapsed() >= kStepSignalIntervalMs) {
        emit progress(p);
        sinceStepSignal.restart();
      }
      if (request.poisonAtEpoch >= 0 && !poisoned && p.kind != ProgressKind::EpochEnd &&
          p.epoch >= request.poisonAtEpoch) {
        model.namedParameters().front().parameter->value.data()[0] = std::numeric_limits<float>::quiet_NaN();
        poisoned = true;
      }
      std::unique_lock lock(m_mutex);
      m_held = true;  // visible to isHeld() only while the wait below has released the lock
      m_wake.wait(lock, [this] { return !m_paused || m_stop; });
      m_held = false;
      return !m_stop;
    });

    const TrainResult& r = result.train;
    outcome.status = r.status;
    if (result.savedEpoch)
      outcome.checkpointPath = request.checkpointPath;
    else if (!request.resumeFrom.isEmpty())
      outcome.checkpointPath = request.resumeFrom;  // still the last good one
    switch (r.status) {
      case TrainStatus::Finished:
        outcome.message = tr("Finished %1 epochs: train loss %2, train acc %3, test acc %4.")
                              .arg(r.epochsCompleted)
                              .arg(r.last.trainLoss, 0, 'f', 3)
                              .arg(r.last.trainAccuracy, 0, 'f', 3)
                              .arg(r.last.testAccuracy.value_or(0.0), 0, 'f', 3);
        break;
      case TrainStatus::Cancelled:
        outcome.message =
            result.savedEpoch
                ? tr("Stopped after %1 complete epochs; saved where it stopped: Continue picks it up from there.")
                      .arg(r.epochsCompleted)
                : tr("Stopped after %1 complete epochs.").arg(r.epochsCompleted);
        break;
      case TrainStatus::Diverged:
        outcome.message = tr("Training diverged: %1. ").arg(QString::fromStdString(r.message)) +
                          (result.savedEpoch ? tr("Kept the last good checkpoint (epoch %1).").arg(*result.savedEpoch)
                                             : tr("No checkpoint had been written yet.")) +
                          tr(" Try a smaller learning rate.");
        break;
    }
    if (!result.saveError.empty()) {
      outcome.saveError = QString::fromStdString(result.saveError);
      outcome.message += QLatin1Char(' ') + outcome.saveError;
    }
  } catch (const std::exception& error) {
    outcome.failed = true;
    outcome.message = tr("Training failed: %1").arg(QString::fromStdString(error.what()));
  }
  emit finished(outcome);
}

}  // namespace alexnet::ui
