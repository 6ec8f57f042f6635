#pragma once
// parallelFor — the kernels' own thread pool (internal to core).
//
// Why not `#pragma omp parallel for`: an OpenMP region ends at a barrier that waits for EVERY
// team thread, even one the OS has not scheduled yet. When another process holds a core (a
// compile, the GUI thread), each region then costs a scheduler time slice and two threads run
// ten times slower than one. Here the calling thread claims chunks from an atomic counter along
// with the workers and only waits for chunks a worker has actually started; a worker that wakes
// late finds no work and goes back to sleep. Idle workers block on a condition variable (they
// never spin), whatever OMP_WAIT_POLICY says.
//
// The thread count follows omp_get_max_threads() (so `--threads T`, OMP_NUM_THREADS and
// omp_set_num_threads() apply). Calls from inside a chunk run serially (no nesting).
#include <cstdint>
#include <functional>

namespace alexnet::kernels {

// Threads a parallelFor started now would use (≥ 1).
int maxThreads();

// Calls body(begin, end) over [0, count) in chunks of `grain` items (the last one shorter), in
// parallel when there is more than one chunk and more than one thread. Blocks until every chunk
// is done; an exception thrown by a chunk is rethrown here (the first one).
void parallelFor(std::int64_t count, std::int64_t grain,
                 const std::function<void(std::int64_t begin, std::int64_t end)>& body);

// Splits [0, count) into at most `maxChunks` ≈ equal chunks whose size is a multiple of `align`
// (except the last); returns the chunk size to pass as `grain`.
std::int64_t chunkSize(std::int64_t count, std::int64_t maxChunks, std::int64_t align = 1);

// Grain for parallelFor over `count` items of about `workPerItem` elementary operations each: one
// chunk (serial) when the whole job is under `minWork`, else about 4 chunks per thread, none
// smaller than minWork / 2 operations.
std::int64_t grainFor(std::int64_t count, std::int64_t workPerItem, std::int64_t minWork = 1 << 17);

// Pool threads started after this call lower their own priority by `niceIncrement` as they start
// (alexnet/core/exec/thread_priority.h).
void setWorkerNiceIncrement(int niceIncrement);

}  // namespace alexnet::kernels
