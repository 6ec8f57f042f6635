#include "alexnet/core/exec/allocator_tuning.h"

#include <malloc.h>

#include <climits>
#include <cstdlib>

namespace alexnet {

bool keepFreedTensorMemory() {
  if (std::getenv("ALEXNET_SYSTEM_MALLOC")) return false;
  mallopt(M_ARENA_MAX, 1);  // every thread allocates from the main arena, where the two below apply
  mallopt(M_MMAP_MAX, 0);
  mallopt(M_TRIM_THRESHOLD, INT_MAX);
  return true;
}

}  // namespace alexnet
