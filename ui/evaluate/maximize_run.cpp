#include "ui/evaluate/maximize_run.h"

#include <QSettings>
#include <algorithm>
#include <chrono>

#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/exec/activation_maximization.h"
#include "alexnet/core/exec/top_activations.h"
#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/io/safetensors.h"
#include "alexnet/core/train/training_checkpoint.h"

namespace alexnet::ui {
namespace {

// The maximization phase fills this share of the progress bar, the test-set pass the rest.
constexpr double kMaximizeShare = 0.85;

std::unique_ptr<Sequential> buildRequestedModel(const MaximizeRequest& request) {
  ModelConfig config = request.config;
  if (request.checkpointPath.isEmpty()) return buildModel(config);
  const std::filesystem::path path = request.checkpointPath.toStdString();
  const SafeTensors file = readSafeTensors(path);
  if (auto recorded = checkpointModelConfig(file)) config = *recorded;
  auto model = buildModel(config);
  loadStateDict(parametersOnly(file), *model, path.string());
  return model;
}

QImage testImage(const ImageSet& set, std::int64_t index) {
  const int rows = static_cast<int>(set.rows), cols = static_cast<int>(set.cols);
  QImage image(cols, rows, QImage::Format_Grayscale8);
  const std::uint8_t* pixels = set.pixels.data() + static_cast<std::size_t>(index) * rows * cols;
  for (int y = 0; y < rows; ++y) std::copy(pixels + y * cols, pixels + (y + 1) * cols, image.scanLine(y));
  return image;
}

}  // namespace

QImage inputPicture(const Tensor& input) {
  const int channels = static_cast<int>(input.dim(1)), height = static_cast<int>(input.dim(2)),
            width = static_cast<int>(input.dim(3));
  auto byte = [](float v) { return static_cast<uchar>(std::clamp(v, 0.0f, 1.0f) * 255.0f + 0.5f); };
  QImage image(width, height, channels == 3 ? QImage::Format_RGB888 : QImage::Format_Grayscale8);
  for (int y = 0; y < height; ++y) {
    uchar* line = image.scanLine(y);
    for (int x = 0; x < width; ++x) {
      if (channels == 3) {
        for (int c = 0; c < 3; ++c) line[3 * x + c] = byte(input.at(0, c, y, x));
      } else {
        line[x] = byte(input.at(0, 0, y, x));
      }
    }
  }
  return image;
}

MaximizeRun::MaximizeRun(QObject* parent) : QObject(parent), m_cancel(std::make_shared<std::atomic<bool>>(false)) {
  qRegisterMetaType<alexnet::ui::MaximizedChannel>("alexnet::ui::MaximizedChannel");
  qRegisterMetaType<alexnet::ui::ChannelTopImages>("alexnet::ui::ChannelTopImages");
  m_worker = new MaximizeWorker(m_cancel);
  m_thread.setObjectName(QStringLiteral("MaximizeWorker"));
  m_worker->moveToThread(&m_thread);
  connect(m_worker, &MaximizeWorker::channelReady, this, &MaximizeRun::channelReady);
  connect(m_worker, &MaximizeWorker::topImagesReady, this, &MaximizeRun::topImagesReady);
  connect(m_worker, &MaximizeWorker::progress, this, &MaximizeRun::progress);
  connect(m_worker, &MaximizeWorker::finished, this, [this](bool cancelled, const QString& error) {
    m_running = false;
    emit runningChanged(false);
    emit finished(cancelled, error);
  });
  m_thread.start(QThread::LowPriority);
}

MaximizeRun::~MaximizeRun() {
  m_cancel->store(true);
  m_thread.quit();
  m_thread.wait();
  delete m_worker;
}

void MaximizeRun::start(const MaximizeRequest& request) {
  if (m_running) return;
  m_running = true;
  m_cancel->store(false);
  emit runningChanged(true);
  MaximizeWorker* worker = m_worker;
  QMetaObject::invokeMethod(
      m_worker, [worker, request] { worker->run(request); }, Qt::QueuedConnection);
}

void MaximizeRun::cancel() { m_cancel->store(true); }

void MaximizeWorker::run(const MaximizeRequest& request) {
  const auto cancelled = [this] { return m_cancel->load(); };
  try {
    std::unique_ptr<Sequential> model = buildRequestedModel(request);
    if (request.layer < 0 || request.layer >= static_cast<int>(model->size()))
      throw std::invalid_argument(tr("layer %1 is not in this network").arg(request.layer).toStdString());
    const int channels = static_cast<int>(model->outputShape(static_cast<std::size_t>(request.layer))[1]);
    const int steps = std::max(1, request.steps);
    for (int c = 0; c < channels && !cancelled(); ++c) {
      const auto start = std::chrono::steady_clock::now();
      MaximizationOptions options;
      options.layer = request.layer;
      options.channel = c;
      options.steps = steps;
      options.seed = request.seed;
      options.cancel = m_cancel.get();
      const MaximizationResult result = maximizeActivation(*model, options, [&](const MaximizationProgress& p) {
        if (p.step % 10 == 0 || p.step == p.steps)
          emit progress(static_cast<int>(1000.0 * kMaximizeShare * (c + double(p.step) / p.steps) / channels),
                        tr("Maximizing channel %1 of %2").arg(c + 1).arg(channels));
        return true;
      });
      if (result.cancelled) break;
      const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      emit channelReady({c, inputPicture(result.input), result.activation, result.startActivation, seconds});
    }
    if (cancelled()) {
      emit finished(true, {});
      return;
    }

    ChannelTopImages top;
    try {
      DatasetOptions data;
      const QString dir =
          !request.dataDir.isEmpty() ? request.dataDir : QSettings().value(QStringLiteral("data/directory")).toString();
      if (!dir.isEmpty()) data.directory = dir.toStdString();
      data.limit = request.testLimit;
      const ImageSet set = loadFashionMnist(Split::Test, data);
      const std::int64_t side = effectiveInputSize(request.config);
      TopActivationsOptions options;
      options.layer = request.layer;
      options.topN = request.topN;
      options.batch = side <= 32 ? 200 : side <= 96 ? 64 : 16;
      options.measure = ChannelMeasure::Mean;
      options.cancel = m_cancel.get();
      const std::vector<TopActivationsResult> results =
          findTopActivationsPerChannel(*model, set, options, [&](const TopActivationsProgress& p) {
            emit progress(static_cast<int>(1000.0 * (kMaximizeShare + (1.0 - kMaximizeShare) * p.done /
                                                                          std::max<std::int64_t>(1, p.total))),
                          tr("Test images: %1 of %2").arg(p.done).arg(p.total));
            return !cancelled();
          });
      for (const TopActivationsResult& result : results) {
        QVector<TopImagesItem> items;
        for (const ActivatingImage& found : result.top)
          items.push_back({static_cast<int>(found.index), found.label, found.activation, testImage(set, found.index)});
        top.perChannel.push_back(items);
        top.examined = result.examined;
      }
      if (!results.empty() && results.front().cancelled) {
        emit finished(true, {});
        return;
      }
    } catch (const DatasetError& error) {
      top.error = QString::fromStdString(error.what());
    }
    emit topImagesReady(top);
    emit finished(false, {});
  } catch (const std::exception& error) {
    emit finished(cancelled(), QString::fromStdString(error.what()));
  }
}

}  // namespace alexnet::ui
