#include "ui/training/throughput_probe.h"

#include <QMetaObject>
#include <QPointer>

#include "alexnet/core/train/throughput_probe.h"

namespace alexnet::ui {

ThroughputProbe::ThroughputProbe(QObject* parent) : QObject(parent) {}

ThroughputProbe::~ThroughputProbe() {
  cancel();
  for (Job& job : m_jobs)
    if (job.thread.joinable()) job.thread.join();
}

void ThroughputProbe::cancel() {
  ++m_generation;
  for (Job& job : m_jobs) job.stop->store(true);
}

void ThroughputProbe::measure(const ModelConfig& config, std::int64_t batchSize) {
  cancel();
  // Threads that have ended are joined here (at once: they are done), so the list stays short.
  std::erase_if(m_jobs, [](Job& job) {
    if (!job.done->load()) return false;
    job.thread.join();
    return true;
  });
  const quint64 generation = m_generation;
  auto stop = std::make_shared<std::atomic<bool>>(false);
  auto done = std::make_shared<std::atomic<bool>>(false);
  QPointer<ThroughputProbe> self(this);
  std::thread thread([self, stop, done, config, batchSize, generation] {
    std::optional<double> rate;
    try {
      rate = measureTrainingThroughput({.model = config, .batchSize = batchSize, .stopRequested = stop.get()});
    } catch (const std::exception&) {
      rate.reset();  // e.g. an input size the network cannot take: the form reports that on Start
    }
    if (rate && !stop->load())
      QMetaObject::invokeMethod(
          self.data(),
          [self, generation, value = *rate] {
            if (self && self->m_generation == generation) emit self->measured(value);
          },
          Qt::QueuedConnection);
    done->store(true);
  });
  m_jobs.push_back({std::move(thread), stop, done});
}

}  // namespace alexnet::ui
