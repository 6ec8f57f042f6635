#include "ui/evaluate/confusion_evaluator.h"

#include <QSettings>
#include <chrono>

#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/io/safetensors.h"
#include "alexnet/core/models/model_config.h"
#include "alexnet/core/train/trainer.h"
#include "alexnet/core/train/training_checkpoint.h"

namespace alexnet::ui {

namespace {

// Minibatch by input side: LeNet's 28×28 in big batches, AlexNet's 224×224 in small ones.
std::int64_t batchForSide(std::int64_t side) { return side <= 32 ? 256 : side <= 96 ? 64 : 32; }

// "LeNet", "AlexNet", "AlexNet 96×96", the code's file name: short enough for a matrix title.
QString shortModelName(const ModelConfig& config) {
  QString name = config.kind == ModelKind::LeNet     ? QStringLiteral("LeNet")
                 : config.kind == ModelKind::AlexNet ? QStringLiteral("AlexNet")
                 : config.kind == ModelKind::Code    ? QString::fromStdString(config.codeName)
                                                     : QStringLiteral("AlexNet (2012)");
  const std::int64_t side = effectiveInputSize(config);
  if (side != defaultInputSize(config.kind)) name += QStringLiteral(" %1×%1").arg(side);
  return name;
}

}  // namespace

ConfusionEvaluator::ConfusionEvaluator(QObject* parent)
    : QObject(parent), m_cancel(std::make_shared<std::atomic<bool>>(false)) {
  qRegisterMetaType<alexnet::ui::ConfusionOutcome>("alexnet::ui::ConfusionOutcome");
  m_worker = new ConfusionWorker(m_cancel);
  m_thread.setObjectName(QStringLiteral("ConfusionWorker"));
  m_worker->moveToThread(&m_thread);
  connect(m_worker, &ConfusionWorker::progress, this, &ConfusionEvaluator::progress);
  connect(m_worker, &ConfusionWorker::runFinished, this, &ConfusionEvaluator::runFinished);
  connect(m_worker, &ConfusionWorker::allFinished, this, [this] {
    m_running = false;
    emit runningChanged(false);
  });
  m_thread.start(QThread::LowPriority);
}

ConfusionEvaluator::~ConfusionEvaluator() {
  m_cancel->store(true);
  m_thread.quit();
  m_thread.wait();
  delete m_worker;
}

void ConfusionEvaluator::start(const QVector<ConfusionRequest>& requests) {
  if (m_running || requests.isEmpty()) return;
  m_running = true;
  m_cancel->store(false);
  emit runningChanged(true);
  ConfusionWorker* worker = m_worker;
  QMetaObject::invokeMethod(
      m_worker, [worker, requests] { worker->run(requests); }, Qt::QueuedConnection);
}

void ConfusionEvaluator::cancel() { m_cancel->store(true); }

void ConfusionWorker::run(const QVector<ConfusionRequest>& requests) {
  for (int run = 0; run < requests.size(); ++run) emit runFinished(run, evaluateOne(run, requests[run]));
  emit allFinished();
}

ConfusionOutcome ConfusionWorker::evaluateOne(int run, const ConfusionRequest& request) {
  ConfusionOutcome outcome;
  outcome.request = request;
  const auto start = std::chrono::steady_clock::now();
  if (m_cancel->load()) {
    outcome.cancelled = true;
    return outcome;
  }
  try {
    const std::filesystem::path path = request.checkpointPath.toStdString();
    const SafeTensors file = readSafeTensors(path);
    const std::optional<ModelConfig> config = checkpointModelConfig(file);
    if (!config) throw std::runtime_error(path.filename().string() + " does not say which network it holds");
    outcome.modelName = shortModelName(*config);
    std::unique_ptr<Sequential> model = buildModel(*config);
    loadStateDict(parametersOnly(file), *model, path.string());

    DatasetOptions data;
    const QString dir =
        !request.dataDir.isEmpty() ? request.dataDir : QSettings().value(QStringLiteral("data/directory")).toString();
    if (!dir.isEmpty()) data.directory = dir.toStdString();
    data.limit = request.limit;
    const QString key =
        QString::fromStdString(data.directory.string()) + QLatin1Char('|') + QString::number(data.limit);
    if (!m_images || key != m_imagesKey) {
      m_images = std::make_shared<const ImageSet>(loadFashionMnist(Split::Test, data));
      m_imagesKey = key;
    }
    outcome.images = m_images;
    TestPredictionOptions options;
    options.batchSize = batchForSide(effectiveInputSize(*config));
    options.stopRequested = m_cancel.get();
    options.onProgress = [this, run](std::int64_t done, std::int64_t total) {
      emit progress(run, done, total);
      return !m_cancel->load();
    };
    outcome.predictions = predictTestSet(*model, *m_images, options);
    outcome.cancelled = outcome.predictions.cancelled;
    if (!outcome.cancelled) {
      const auto confusion = confusionMatrix(outcome.predictions);
      for (const auto& row : confusion) outcome.confusion.append(QVector<qint64>(row.begin(), row.end()));
      for (double value : perClassAccuracy(confusion)) outcome.perClassAccuracy.append(value);
      outcome.accuracy = predictionAccuracy(outcome.predictions);
    }
  } catch (const std::exception& error) {
    outcome.error = QString::fromStdString(error.what());
  }
  outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return outcome;
}

}  // namespace alexnet::ui
