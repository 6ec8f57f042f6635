#include "ui/evaluate/occlusion_job.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <chrono>

#include "alexnet/core/io/checkpoint.h"
#include "alexnet/core/io/safetensors.h"
#include "alexnet/core/io/weights_library.h"
#include "alexnet/core/train/training_checkpoint.h"

namespace alexnet::ui {

OcclusionJob::OcclusionJob(QObject* parent) : QObject(parent) {
  qRegisterMetaType<alexnet::ui::OcclusionOutcome>("alexnet::ui::OcclusionOutcome");
  m_pool.setMaxThreadCount(1);
}

OcclusionJob::~OcclusionJob() {
  cancel();
  m_pool.waitForDone();
}

void OcclusionJob::cancel() {
  if (m_cancel) m_cancel->store(true);
  ++m_generation;
  m_running = false;
}

void OcclusionJob::start(OcclusionRequest request) {
  cancel();
  m_cancel = std::make_shared<std::atomic<bool>>(false);
  m_running = true;
  const quint64 generation = m_generation;
  QPointer<OcclusionJob> self(this);
  auto cancelFlag = m_cancel;
  m_pool.start([self, generation, cancelFlag, request = std::move(request)]() mutable {
    OcclusionOutcome outcome;
    const auto begin = std::chrono::steady_clock::now();
    try {
      const std::filesystem::path path = request.weightsPath.toStdString();
      const WeightsEntry entry = describeWeightsFile(path);
      outcome.config = entry.config;
      auto model = buildModel(entry.config);
      loadStateDict(parametersOnly(readSafeTensors(path)), *model, path.string());
      request.options.cancel = cancelFlag.get();
      outcome.result = computeOcclusion(*model, request.input, request.options, [&](const OcclusionProgress& p) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, p] {
              if (self && self->m_generation == generation) emit self->progress(p.done, p.total);
            },
            Qt::QueuedConnection);
        return !cancelFlag->load();
      });
    } catch (const std::exception& error) {
      outcome.error = QString::fromStdString(error.what());
    }
    outcome.milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count();
    if (cancelFlag->load()) return;
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [self, generation, outcome = std::move(outcome)] {
          if (!self || self->m_generation != generation) return;
          self->m_running = false;
          emit self->finished(outcome);
        },
        Qt::QueuedConnection);
  });
}

}  // namespace alexnet::ui
