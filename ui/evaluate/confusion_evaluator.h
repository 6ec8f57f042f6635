#pragma once
// ConfusionEvaluator — runs the Evaluate screen's evaluations on its own QThread: for each run in
// turn, the worker builds the network from its checkpoint, passes the Fashion-MNIST test images
// through it (core's predictTestSet: each image's predicted class and confidence) and sends back a
// ConfusionOutcome, a value snapshot the GUI keeps. Progress after every minibatch; cancel() stops
// within one minibatch and skips the runs not started yet (they come back cancelled).
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThread>
#include <QVector>
#include <atomic>
#include <memory>

#include "alexnet/core/data/fashion_mnist.h"
#include "alexnet/core/train/test_predictions.h"

namespace alexnet::ui {

struct ConfusionRequest {
  QString checkpointPath;  // a safetensors checkpoint whose metadata names the network
  QString label;           // shown above the run's matrix ("LeNet, d2l recipe, test acc 0.808")
  int limit = 0;           // the first N test images only (0 = all 10,000)
  QString dataDir;         // "" = the settings' data/directory or the Debian default
};

struct ConfusionOutcome {
  ConfusionRequest request;
  QString modelName;                   // "LeNet", "AlexNet" (from the checkpoint)
  TestPredictions predictions;         // per image, data-set order
  QVector<QVector<qint64>> confusion;  // [true][predicted]; empty unless complete
  QVector<double> perClassAccuracy;    // per true class; empty unless complete
  double accuracy = 0.0;
  std::shared_ptr<const ImageSet> images;  // the test images (thumbnails); shared, never changed
  bool cancelled = false;
  QString error;  // one line; empty on success
  double seconds = 0.0;

  bool complete() const { return !cancelled && error.isEmpty() && !confusion.isEmpty(); }
};

class ConfusionWorker;

class ConfusionEvaluator : public QObject {
  Q_OBJECT
 public:
  explicit ConfusionEvaluator(QObject* parent = nullptr);
  ~ConfusionEvaluator() override;

  // Evaluates the requests in order (run index = position); ignored while running.
  void start(const QVector<ConfusionRequest>& requests);
  void cancel();
  bool isRunning() const { return m_running; }

 signals:
  void progress(int run, qint64 done, qint64 total);
  void runFinished(int run, const alexnet::ui::ConfusionOutcome& outcome);
  void runningChanged(bool running);  // false after the last run's runFinished

 private:
  QThread m_thread;
  ConfusionWorker* m_worker;  // lives on m_thread; deleted after it stops
  std::shared_ptr<std::atomic<bool>> m_cancel;
  bool m_running = false;
};

class ConfusionWorker : public QObject {
  Q_OBJECT
 public:
  explicit ConfusionWorker(std::shared_ptr<std::atomic<bool>> cancel) : m_cancel(std::move(cancel)) {}
  void run(const QVector<ConfusionRequest>& requests);

 signals:
  void progress(int run, qint64 done, qint64 total);
  void runFinished(int run, const alexnet::ui::ConfusionOutcome& outcome);
  void allFinished();

 private:
  ConfusionOutcome evaluateOne(int run, const ConfusionRequest& request);

  std::shared_ptr<std::atomic<bool>> m_cancel;
  std::shared_ptr<const ImageSet> m_images;  // cached between runs
  QString m_imagesKey;                       // directory + limit they were read with
};

}  // namespace alexnet::ui

Q_DECLARE_METATYPE(alexnet::ui::ConfusionOutcome)
