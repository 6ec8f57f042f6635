#pragma once
// ThroughputProbe — runs core's measureTrainingThroughput (a two-minibatch warm-up of the chosen
// network) on a background thread whenever the Training form's model or batch size changes, and
// reports the measured examples/s for the expected-time line. A newer request supersedes an older
// one (the old thread is told to stop and its answer is dropped); threads are joined on destruction.
#include <QObject>
#include <atomic>
#include <memory>
#include <thread>
#include <vector>

#include "alexnet/core/models/model_config.h"

namespace alexnet::ui {

class ThroughputProbe : public QObject {
  Q_OBJECT
 public:
  explicit ThroughputProbe(QObject* parent = nullptr);
  ~ThroughputProbe() override;

  void measure(const ModelConfig& config, std::int64_t batchSize);
  void cancel();

 signals:
  void measured(double examplesPerSecond);  // for the latest request only

 private:
  struct Job {
    std::thread thread;
    std::shared_ptr<std::atomic<bool>> stop;  // set to cancel
    std::shared_ptr<std::atomic<bool>> done;  // set by the thread as it ends: joining never waits
  };
  std::vector<Job> m_jobs;
  quint64 m_generation = 0;
};

}  // namespace alexnet::ui
