#include "cli/thread_options.h"

#include <omp.h>

#include <Eigen/Core>

namespace alexnet::cli {

void applyThreadOption(const Arguments& args) {
  if (args.has("--threads")) {
    const std::int64_t threads = args.integer("--threads", 0);
    if (threads < 1 || threads > 1024) throw UsageError("--threads must be between 1 and 1024");
    omp_set_num_threads(static_cast<int>(threads));
    Eigen::setNbThreads(static_cast<int>(threads));
  }
}

}  // namespace alexnet::cli
