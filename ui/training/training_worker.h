#pragma once
// TrainingWorker — lives on its own QThread and owns the core Trainer for one run at a time.
// It loads Fashion-MNIST, trains, writes <runDirectory>/log.csv and checkpoint.safetensors (at
// every epoch end; on Stop a "cancelled" one), and reports value snapshots by queued signals.
//
// requestStop(), setPaused() are thread-safe and called from the GUI thread: stop is an atomic
// flag the Trainer's progress callback returns as false (after the current minibatch); pause makes
// the callback wait on a condition variable, which stop also wakes.
#include <QObject>
#include <QString>
#include <QVector>
#include <atomic>
#include <condition_variable>
#include <mutex>

#include "alexnet/core/train/trainer.h"
#include "ui/training/training_request.h"

namespace alexnet::ui {

// conv1's kernels, copied at chart points: (outChannels, inChannels, k, k) floats.
struct KernelSnapshot {
  int outChannels = 0;
  int inChannels = 0;
  int size = 0;
  QVector<float> values;
};

struct TrainingOutcome {
  TrainStatus status = TrainStatus::Finished;
  QString message;         // for the status line (failures are full sentences)
  QString checkpointPath;  // "" when none was written
  QString logPath;
  bool failed = false;     // could not start (missing dataset, unwritable directory) or crashed
};

class TrainingWorker : public QObject {
  Q_OBJECT
 public:
  explicit TrainingWorker(QObject* parent = nullptr);

  // Call from the owner before queueing run(): clears stop and pause.
  void prepare();
  void requestStop();
  void setPaused(bool paused);
  bool isPaused() const;

  // Runs on the worker thread (queue it with QMetaObject::invokeMethod).
  void run(const alexnet::ui::TrainingRequest& request);

 signals:
  void statusMessage(const QString& message);
  void progress(const alexnet::TrainProgress& progress);
  void kernels(const alexnet::ui::KernelSnapshot& snapshot);
  void finished(const alexnet::ui::TrainingOutcome& outcome);

 private:
  bool onProgress(const TrainProgress& p);

  std::atomic<bool> m_stop{false};
  mutable std::mutex m_mutex;
  std::condition_variable m_wake;
  bool m_paused = false;  // guarded by m_mutex
};

void registerTrainingMetaTypes();

}  // namespace alexnet::ui

Q_DECLARE_METATYPE(alexnet::TrainProgress)
Q_DECLARE_METATYPE(alexnet::ui::KernelSnapshot)
Q_DECLARE_METATYPE(alexnet::ui::TrainingOutcome)
