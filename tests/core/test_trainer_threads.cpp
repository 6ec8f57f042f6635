// The trainer as the GUI runs it, without Qt (so ThreadSanitizer can watch it: scripts/sanitize.sh thread):
// training on a worker thread whose callback hands value snapshots to the main thread through a mutex and
// blocks while paused; the main thread pauses, resumes and finally stops the run through the atomic flag,
// and reads the model only after joining the worker. The parallel kernels run inside on their own pool.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <omp.h>

#include "alexnet/core/data/resize.h"
#include "alexnet/core/models/init.h"
#include "alexnet/core/models/lenet.h"
#include "alexnet/core/train/trainer.h"
#include "core/trainer_test_data.h"

namespace alexnet {
namespace {

// What the GUI's TrainingWorker does with Qt signals and a wait condition, in plain C++.
class Mailbox {
 public:
  bool post(const TrainProgress& p) {  // worker thread; false = stop
    std::unique_lock lock(m_mutex);
    m_queue.push_back(p);
    ++m_posted;
    m_held = true;  // seen true only while the pause keeps this thread waiting below
    m_changed.notify_all();
    m_changed.wait(lock, [&] { return !m_paused || m_stop; });
    m_held = false;
    return !m_stop;
  }
  // Main thread: blocks until the worker waits in post() because of the pause; returns how many
  // progress reports it had posted by then (all of them: it cannot post again until resumed).
  std::int64_t waitUntilHeld() {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_held; });
    return m_posted;
  }
  bool held() {
    std::lock_guard lock(m_mutex);
    return m_held;
  }
  std::deque<TrainProgress> take(std::chrono::milliseconds timeout) {  // main thread
    std::unique_lock lock(m_mutex);
    m_changed.wait_for(lock, timeout, [&] { return !m_queue.empty(); });
    std::deque<TrainProgress> out;
    out.swap(m_queue);
    return out;
  }
  void setPaused(bool paused) {
    std::lock_guard lock(m_mutex);
    m_paused = paused;
    m_changed.notify_all();
  }
  void stop() {
    std::lock_guard lock(m_mutex);
    m_stop = true;
    m_changed.notify_all();
  }

 private:
  std::mutex m_mutex;
  std::condition_variable m_changed;
  std::deque<TrainProgress> m_queue;
  bool m_paused = false;
  bool m_stop = false;
  bool m_held = false;        // the worker waits in post() because of the pause
  std::int64_t m_posted = 0;  // reports posted so far
};

TEST(TrainerThreads, WorkerThreadPausedResumedAndStoppedFromAnother) {
  const ImageSet train = testing::makeSquaresSet(1024, 1);
  const ImageSet test = testing::makeSquaresSet(64, 2);
  auto model = lenet({.inputSize = 28});
  initializeXavier(*model, 5);
  std::atomic<bool> stopFlag{false};
  TrainConfig config;
  config.epochs = 50;  // never reached: stopped below
  config.batchSize = 32;
  config.sgd = {.learningRate = 0.5f, .momentum = 0.9f};
  config.reportsPerEpoch = 8;
  config.chunkSize = 8;
  config.stopRequested = &stopFlag;
  Mailbox mailbox;
  TrainResult result;
  std::thread worker([&] {
    Trainer trainer(*model, config);
    result = trainer.run(train, test, [&](const TrainProgress& p) { return mailbox.post(p); });
  });

  std::int64_t seen = 0;
  double lastFraction = 0.0;
  auto drain = [&] {
    for (const TrainProgress& p : mailbox.take(std::chrono::milliseconds(50))) {
      EXPECT_GE(p.epochFraction, lastFraction);
      lastFraction = p.epochFraction;
      ++seen;
    }
  };
  while (seen < 20) drain();
  mailbox.setPaused(true);
  // No sleep: the pause has taken effect once the worker waits inside post(), and from then on it
  // cannot post, so everything it posted is in the queue and nothing more arrives.
  const std::int64_t posted = mailbox.waitUntilHeld();
  drain();
  const std::int64_t whilePaused = seen;
  EXPECT_EQ(whilePaused, posted);
  EXPECT_TRUE(mailbox.held());
  EXPECT_TRUE(mailbox.take(std::chrono::milliseconds(0)).empty());
  mailbox.setPaused(false);
  while (seen < whilePaused + 40) drain();
  stopFlag.store(true);  // Ctrl-C's path: the flag, checked between chunks
  mailbox.stop();        // the GUI's path: the callback returns false
  worker.join();

  EXPECT_EQ(result.status, TrainStatus::Cancelled) << result.message;
  EXPECT_LT(result.epochsCompleted, config.epochs);
  for (const NamedParameter& p : model->namedParameters())
    for (float v : p.parameter->value.toVector()) ASSERT_TRUE(std::isfinite(v)) << p.key;
}

// The bilinear resize of a big batch runs on the kernels' thread pool (kernels/parallel.h), whose thread
// count follows omp_set_num_threads: under TSan this checks the pool's workers, and that several threads
// agree with one thread.
TEST(TrainerThreads, ParallelResizeMatchesOneThread) {
  Tensor x({4, 3, 100, 100});  // (N, C, H, W)
  for (std::int64_t i = 0; i < x.numel(); ++i) x[i] = static_cast<float>((i * 7919) % 1000) / 1000.0f;
  const int threads = omp_get_max_threads();
  omp_set_num_threads(1);
  const Tensor serial = resizeBilinear(x, {.outHeight = 224, .outWidth = 224});  // (4, 3, 224, 224): 602 112 outputs
  omp_set_num_threads(std::max(2, threads));
  const Tensor parallel = resizeBilinear(x, {.outHeight = 224, .outWidth = 224});
  omp_set_num_threads(threads);
  EXPECT_EQ(parallel.toVector(), serial.toVector());
}

}  // namespace
}  // namespace alexnet
