#include "ui/inspect/inspect_session.h"

#include "ui/inspect/inspect_worker.h"

#include "alexnet/core/exec/thread_priority.h"

namespace alexnet::ui {

InspectSession::InspectSession(QObject* parent) : QObject(parent), m_worker(new InspectWorker) {
  registerInspectMetaTypes();
  m_thread.setObjectName(QStringLiteral("InspectWorker"));
  m_worker->moveToThread(&m_thread);
  connect(m_worker, &InspectWorker::modelReady, this, [this](const ModelInfo& info) {
    m_received = info;
    if (info.serial != m_latestSerial) return;  // a newer load is queued: wait for it
    m_info = info;
    m_snapshot = StepSnapshot{};
    emit modelReady(info);
  });
  connect(m_worker, &InspectWorker::snapshotReady, this, [this](const StepSnapshot& snapshot) {
    if (snapshot.serial != m_info.serial) return;  // from a model that has since been replaced
    m_snapshot = snapshot;
    emit snapshotReady(snapshot);
  });
  connect(m_worker, &InspectWorker::saliencyReady, this, [this](const SaliencySnapshot& saliency) {
    if (saliency.serial == m_info.serial) emit saliencyReady(saliency);
  });
  connect(m_worker, &InspectWorker::progress, this, &InspectSession::progress);
  connect(m_worker, &InspectWorker::failed, this, &InspectSession::failed);
  connect(m_worker, &InspectWorker::loadFailed, this, [this](quint64 serial, const QString& message) {
    emit failed(message);
    if (serial != m_latestSerial || m_received.serial == m_info.serial || m_received.serial == 0) return;
    // The newest load failed; the worker keeps the model it built before, which the GUI skipped.
    m_info = m_received;
    m_snapshot = StepSnapshot{};
    emit modelReady(m_info);
  });
  connect(m_worker, &InspectWorker::requestDone, this, &InspectSession::onRequestDone);
  qRegisterMetaType<alexnet::ui::UnitExplanationSnapshot>("alexnet::ui::UnitExplanationSnapshot");
  connect(m_worker, &InspectWorker::unitExplained, this, [this](const UnitExplanationSnapshot& explanation) {
    if (explanation.serial == m_info.serial) emit unitExplained(explanation);
  });
  m_thread.start();
  // The worker (and the OpenMP threads it starts, which inherit this) yields to the GUI thread.
  QMetaObject::invokeMethod(
      m_worker, [] { alexnet::lowerCurrentThreadPriority(); }, Qt::QueuedConnection);
}

InspectSession::~InspectSession() {
  m_worker->requestStop();
  m_thread.quit();
  m_thread.wait();
  // The thread has finished: the worker has no event loop any more and is deleted here.
  delete m_worker;
}

template <class F>
void InspectSession::post(F&& call) {
  if (m_pending++ == 0) emit busyChanged(true);
  QMetaObject::invokeMethod(m_worker, std::forward<F>(call), Qt::QueuedConnection);
}

void InspectSession::onRequestDone() {
  if (m_pending > 0 && --m_pending == 0) emit busyChanged(false);
}

void InspectSession::loadModel(const ModelConfig& config, const QString& checkpointPath) {
  const quint64 serial = m_nextSerial++;
  m_latestSerial = serial;
  InspectWorker* worker = m_worker;
  post([worker, config, checkpointPath, serial] { worker->loadModel(config, checkpointPath, serial); });
}

void InspectSession::setInput(const Tensor& input) {
  InspectWorker* worker = m_worker;
  const quint64 serial = m_info.serial;
  post([worker, input, serial] { worker->setInput(input, serial); });
}

void InspectSession::step() {
  InspectWorker* worker = m_worker;
  post([worker] { worker->step(); });
}

void InspectSession::back() {
  InspectWorker* worker = m_worker;
  post([worker] { worker->back(); });
}

void InspectSession::runToEnd() {
  InspectWorker* worker = m_worker;
  post([worker] { worker->runToEnd(); });
}

void InspectSession::reset() {
  m_worker->requestStop();
  InspectWorker* worker = m_worker;
  post([worker] { worker->reset(); });
}

void InspectSession::goTo(int cursor) {
  InspectWorker* worker = m_worker;
  post([worker, cursor] { worker->goTo(cursor); });
}

void InspectSession::computeSaliency(int classIndex, bool guided) {
  InspectWorker* worker = m_worker;
  post([worker, classIndex, guided] { worker->computeSaliency(classIndex, guided); });
}

void InspectSession::stop() { m_worker->requestStop(); }

quint64 InspectSession::explainUnit(int layer, const UnitIndex& unit) {
  const quint64 request = m_nextRequest++;
  InspectWorker* worker = m_worker;
  post([worker, layer, unit, request] { worker->explainUnit(layer, unit, request); });
  return request;
}

}  // namespace alexnet::ui
