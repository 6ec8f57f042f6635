#include "ui/inspect/top_images_search.h"

#include <QSettings>
#include <chrono>

#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/exec/top_activations.h"
#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/io/safetensors.h"

namespace alexnet::ui {

TopImagesSearch::TopImagesSearch(QObject* parent)
    : QObject(parent), m_cancel(std::make_shared<std::atomic<bool>>(false)) {
  qRegisterMetaType<alexnet::ui::TopImagesOutcome>("alexnet::ui::TopImagesOutcome");
  m_worker = new TopImagesWorker(m_cancel);
  m_thread.setObjectName(QStringLiteral("TopImagesWorker"));
  m_worker->moveToThread(&m_thread);
  connect(m_worker, &TopImagesWorker::progress, this, &TopImagesSearch::progress);
  connect(m_worker, &TopImagesWorker::finished, this, [this](const TopImagesOutcome& outcome) {
    m_running = false;
    emit runningChanged(false);
    emit finished(outcome);
  });
  m_thread.start(QThread::LowPriority);
}

TopImagesSearch::~TopImagesSearch() {
  m_cancel->store(true);
  m_thread.quit();
  m_thread.wait();
  delete m_worker;
}

void TopImagesSearch::start(const TopImagesRequest& request) {
  if (m_running) return;
  m_running = true;
  m_cancel->store(false);
  emit runningChanged(true);
  TopImagesWorker* worker = m_worker;
  QMetaObject::invokeMethod(
      m_worker, [worker, request] { worker->run(request); }, Qt::QueuedConnection);
}

void TopImagesSearch::cancel() { m_cancel->store(true); }

void TopImagesWorker::run(const TopImagesRequest& request) {
  TopImagesOutcome outcome;
  const auto start = std::chrono::steady_clock::now();
  try {
    ModelConfig config = request.config;
    std::unique_ptr<Sequential> model;
    if (!request.checkpointPath.isEmpty()) {
      const std::filesystem::path path = request.checkpointPath.toStdString();
      SafeTensors file = readSafeTensors(path);
      if (auto recorded = checkpointModelConfig(file)) config = *recorded;
      model = buildModel(config);
      loadStateDict(file, *model, path.string());
    } else {
      model = buildModel(config);
    }
    DatasetOptions data;
    const QString dir =
        !request.dataDir.isEmpty() ? request.dataDir : QSettings().value(QStringLiteral("data/directory")).toString();
    if (!dir.isEmpty()) data.directory = dir.toStdString();
    if (request.limit > 0) data.limit = std::int64_t(request.first) + request.limit;
    const ImageSet set = loadFashionMnist(Split::Test, data);
    const std::int64_t side = effectiveInputSize(config);
    TopActivationsOptions options;
    options.layer = request.layer;
    options.channel = request.channel;
    options.topN = request.topN;
    options.first = request.first;
    options.limit = request.limit;
    options.batch = request.batch > 0 ? request.batch : side <= 32 ? 200 : side <= 96 ? 64 : 16;
    options.cancel = m_cancel.get();
    const TopActivationsResult result =
        findTopActivations(*model, set, options, [this](const TopActivationsProgress& p) {
          emit progress(p.done, p.total);
          return !m_cancel->load();
        });
    outcome.examined = result.examined;
    outcome.total = std::min<std::int64_t>(set.count - std::min<std::int64_t>(set.count, request.first),
                                           request.limit > 0 ? request.limit : set.count);
    outcome.cancelled = result.cancelled;
    for (const ActivatingImage& found : result.top) {
      TopImagesItem item{static_cast<int>(found.index), found.label, found.activation, {}};
      const int rows = static_cast<int>(set.rows), cols = static_cast<int>(set.cols);
      item.image = QImage(cols, rows, QImage::Format_Grayscale8);
      const std::uint8_t* pixels = set.pixels.data() + static_cast<std::size_t>(found.index) * rows * cols;
      for (int y = 0; y < rows; ++y) std::copy(pixels + y * cols, pixels + (y + 1) * cols, item.image.scanLine(y));
      outcome.items.push_back(item);
    }
  } catch (const std::exception& error) {
    outcome.error = QString::fromStdString(error.what());
  }
  outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  emit finished(outcome);
}

}  // namespace alexnet::ui
