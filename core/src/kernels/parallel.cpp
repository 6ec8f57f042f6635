#include "parallel.h"

#include "alexnet/core/exec/thread_priority.h"

#include <omp.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace alexnet::kernels {
namespace {

thread_local bool t_insideChunk = false;
std::atomic<int> g_workerNiceIncrement{0};  // applied by each pool thread as it starts

// One parallelFor call. Workers hold it by shared_ptr, so a late worker reads a finished job safely.
struct Job {
  const std::function<void(std::int64_t, std::int64_t)>* body = nullptr;  // valid while pending > 0
  std::int64_t count = 0, grain = 1, chunks = 0;
  std::atomic<std::int64_t> next{0};     // next chunk to claim
  std::atomic<std::int64_t> pending{0};  // chunks not finished yet
  std::mutex mutex;                      // guards error and the done wake-up
  std::condition_variable done;
  std::exception_ptr error;

  // Claims and runs chunks until none is left; returns when this thread has no more to do.
  void work() {
    for (;;) {
      const std::int64_t chunk = next.fetch_add(1, std::memory_order_relaxed);
      if (chunk >= chunks) return;
      const std::int64_t begin = chunk * grain, end = std::min(count, begin + grain);
      try {
        t_insideChunk = true;
        (*body)(begin, end);
        t_insideChunk = false;
      } catch (...) {
        t_insideChunk = false;
        std::lock_guard lock(mutex);
        if (!error) error = std::current_exception();
      }
      if (pending.fetch_sub(1, std::memory_order_acq_rel) == 1) {
        std::lock_guard lock(mutex);
        done.notify_all();
      }
    }
  }
};

class Pool {
 public:
  static Pool& instance() {
    static Pool pool;
    return pool;
  }

  ~Pool() {
    {
      std::lock_guard lock(m_mutex);
      m_stop = true;
    }
    m_wake.notify_all();
    for (auto& thread : m_threads) thread.join();
  }

  void run(const std::shared_ptr<Job>& job, int threads) {
    const int helpers = static_cast<int>(std::min<std::int64_t>(threads - 1, job->chunks - 1));
    {
      std::lock_guard lock(m_mutex);
      while (static_cast<int>(m_threads.size()) < helpers) m_threads.emplace_back([this] { workerLoop(); });
      m_job = job;
      m_wanted = helpers;
      ++m_generation;
    }
    if (helpers == 1)
      m_wake.notify_one();
    else
      m_wake.notify_all();
    job->work();
    // Wait only for chunks a worker has started; an unscheduled worker holds none.
    for (int spin = 0; spin < 2000 && job->pending.load(std::memory_order_acquire) > 0; ++spin) {
    }
    if (job->pending.load(std::memory_order_acquire) > 0) {
      std::unique_lock lock(job->mutex);
      job->done.wait(lock, [&] { return job->pending.load(std::memory_order_acquire) == 0; });
    }
    {
      std::lock_guard lock(m_mutex);
      if (m_job == job) m_job.reset();
    }
    if (job->error) std::rethrow_exception(job->error);
  }

 private:
  void workerLoop() {
    lowerCurrentThreadPriority(g_workerNiceIncrement.load(std::memory_order_relaxed));
    std::uint64_t seen = 0;
    for (;;) {
      std::shared_ptr<Job> job;
      {
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [&] { return m_stop || (m_generation != seen && m_wanted > 0); });
        if (m_stop) return;
        seen = m_generation;
        --m_wanted;
        job = m_job;
      }
      if (job) job->work();
    }
  }

  std::mutex m_mutex;
  std::condition_variable m_wake;
  std::vector<std::thread> m_threads;
  std::shared_ptr<Job> m_job;
  std::uint64_t m_generation = 0;
  int m_wanted = 0;  // workers still to join the current job
  bool m_stop = false;
};

}  // namespace

void setWorkerNiceIncrement(int niceIncrement) {
  g_workerNiceIncrement.store(niceIncrement, std::memory_order_relaxed);
}

int maxThreads() { return t_insideChunk ? 1 : std::max(1, omp_get_max_threads()); }

std::int64_t chunkSize(std::int64_t count, std::int64_t maxChunks, std::int64_t align) {
  maxChunks = std::max<std::int64_t>(1, maxChunks);
  align = std::max<std::int64_t>(1, align);
  std::int64_t size = (count + maxChunks - 1) / maxChunks;
  size = (size + align - 1) / align * align;
  return std::max<std::int64_t>(1, size);
}

std::int64_t grainFor(std::int64_t count, std::int64_t workPerItem, std::int64_t minWork) {
  workPerItem = std::max<std::int64_t>(1, workPerItem);
  if (count * workPerItem < minWork) return std::max<std::int64_t>(1, count);
  const std::int64_t minItems = std::max<std::int64_t>(1, minWork / 2 / workPerItem);
  return std::max(minItems, chunkSize(count, 4 * maxThreads()));
}

void parallelFor(std::int64_t count, std::int64_t grain,
                 const std::function<void(std::int64_t begin, std::int64_t end)>& body) {
  if (count <= 0) return;
  grain = std::max<std::int64_t>(1, grain);
  const std::int64_t chunks = (count + grain - 1) / grain;
  const int threads = maxThreads();
  if (chunks == 1 || threads == 1) {
    const bool outer = t_insideChunk;
    t_insideChunk = true;
    try {
      for (std::int64_t begin = 0; begin < count; begin += grain) body(begin, std::min(count, begin + grain));
    } catch (...) {
      t_insideChunk = outer;
      throw;
    }
    t_insideChunk = outer;
    return;
  }
  auto job = std::make_shared<Job>();
  job->body = &body;
  job->count = count;
  job->grain = grain;
  job->chunks = chunks;
  job->pending.store(chunks);
  Pool::instance().run(job, threads);
}

}  // namespace alexnet::kernels
