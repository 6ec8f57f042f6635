#pragma once
// OcclusionJob — one occlusion-sensitivity computation (core exec/occlusion.h) off the GUI thread:
// loads the weights (a library path), builds the network, runs computeOcclusion in batches on a
// pool thread of its own, and reports progress and the result back on the GUI thread. cancel()
// stops it between batches; a new start() cancels the previous one (its result is dropped).
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <atomic>
#include <memory>

#include "alexnet/core/exec/occlusion.h"
#include "alexnet/core/models/model_config.h"

namespace alexnet::ui {

struct OcclusionRequest {
  QString weightsPath;
  Tensor input;  // (1, C, S, S): the preprocessed model input
  OcclusionOptions options;
};

struct OcclusionOutcome {
  OcclusionResult result;
  ModelConfig config;
  double milliseconds = 0.0;
  QString error;  // non-empty on failure (one line, names the file)
};

class OcclusionJob : public QObject {
  Q_OBJECT
 public:
  explicit OcclusionJob(QObject* parent = nullptr);
  ~OcclusionJob() override;  // cancels and waits for the pool thread

  void start(OcclusionRequest request);
  void cancel();
  bool isRunning() const { return m_running; }

 signals:
  void progress(qint64 done, qint64 total);
  void finished(const alexnet::ui::OcclusionOutcome& outcome);  // not emitted for a cancelled or stale job

 private:
  QThreadPool m_pool;
  std::shared_ptr<std::atomic<bool>> m_cancel;  // the current job's flag
  quint64 m_generation = 0;
  bool m_running = false;
};

}  // namespace alexnet::ui

Q_DECLARE_METATYPE(alexnet::ui::OcclusionOutcome)
