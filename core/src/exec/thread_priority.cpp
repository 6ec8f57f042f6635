#include "alexnet/core/exec/thread_priority.h"

#include "../kernels/parallel.h"

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace alexnet {

void lowerCurrentThreadPriority(int niceIncrement) {
#ifdef __linux__
  if (niceIncrement <= 0) return;
  const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
  ::setpriority(PRIO_PROCESS, tid, ::getpriority(PRIO_PROCESS, tid) + niceIncrement);
#else
  (void)niceIncrement;
#endif
}

void lowerKernelWorkerPriority(int niceIncrement) { kernels::setWorkerNiceIncrement(niceIncrement); }

}  // namespace alexnet
