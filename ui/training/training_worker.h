#pragma once
// TrainingWorker — lives on its own QThread and runs one core TrainingRun at a time (the same run
// `alexnet-lab train` makes: checkpoints at epoch ends, every 10 minutes and on Stop, the CSV log,
// resuming from TrainingRequest::resumeFrom). It loads Fashion-MNIST and reports value snapshots
// by queued signals.
//
// At the same moments as the kernels it also runs one fixed test image (TrainingRequest::sampleIndex)
// through the current weights (Mode::Eval, between minibatches) and sends a SampleSnapshot.
//
// requestStop(), setPaused() are thread-safe and called from the GUI thread: stop is an atomic
// flag the Trainer's progress callback returns as false (after the current minibatch); pause makes
// the callback wait on a condition variable, which stop also wakes.
#include <QImage>
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

// A fixed Fashion-MNIST test image seen through the current weights, computed on the worker at the
// same moments as the kernels (run start, every chart point, every epoch end).
struct SampleSnapshot {
  int index = -1;     // test-set index
  int label = -1;     // true class, 0..9
  QImage image;       // the 28×28 gray test image
  int layer = -1;     // Sequential index of the shown layer
  QString layerType;  // its typeName(): "ReLU", "Sigmoid", "Conv2d"
  int channels = 0;   // maps shown: (1, channels, mapSide, mapSide)
  int mapSide = 0;
  QImage maps;            // the layer's maps, rendered by FeatureGrid on the worker (shared scale)
  float minValue = 0.0f;  // the maps' colour range
  float maxValue = 0.0f;
  QVector<float> probabilities;  // softmax of the logits, one per class
  double epochFraction = 0.0;    // where in the run (0 = untrained)
  QString weightsNote;           // before any run: which (bundled, trained) weights the preview shows
};

struct TrainingOutcome {
  TrainStatus status = TrainStatus::Finished;
  QString message;         // for the status line (failures are full sentences)
  QString checkpointPath;  // "" when none was written
  QString logPath;
  bool failed = false;  // could not start (missing dataset, unwritable directory) or crashed
  QString saveError;    // a checkpoint save failed during the run (the previous file was kept)
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
  // True while the pause holds the worker thread between minibatches: from then until resume or
  // stop it emits nothing (tests wait for this instead of sleeping).
  bool isHeld() const;

  // Runs on the worker thread (queue it with QMetaObject::invokeMethod).
  void run(const alexnet::ui::TrainingRequest& request);
  // Before any run: the live sample and conv1's kernels through the trained weights of
  // `checkpointPath` (the bundled network of the chosen model), captioned with `note`.
  void preview(const alexnet::ui::TrainingRequest& request, const QString& checkpointPath, const QString& note);

 signals:
  void statusMessage(const QString& message);
  void progress(const alexnet::TrainProgress& progress);
  void kernels(const alexnet::ui::KernelSnapshot& snapshot);
  void sample(const alexnet::ui::SampleSnapshot& snapshot);
  void finished(const alexnet::ui::TrainingOutcome& outcome);

 private:
  bool onProgress(const TrainProgress& p);

  std::atomic<bool> m_stop{false};
  mutable std::mutex m_mutex;
  std::condition_variable m_wake;
  bool m_paused = false;  // guarded by m_mutex
  bool m_held = false;    // guarded by m_mutex: the worker waits because of the pause
};

void registerTrainingMetaTypes();

}  // namespace alexnet::ui

Q_DECLARE_METATYPE(alexnet::TrainProgress)
Q_DECLARE_METATYPE(alexnet::ui::KernelSnapshot)
Q_DECLARE_METATYPE(alexnet::ui::SampleSnapshot)
Q_DECLARE_METATYPE(alexnet::ui::TrainingOutcome)
