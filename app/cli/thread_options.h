#pragma once
// --threads T: the number of threads OpenMP and Eigen may use (omp_set_num_threads +
// Eigen::setNbThreads). Without the option both keep their defaults (OMP_NUM_THREADS or all cores).
#include "cli/arguments.h"

namespace alexnet::cli {

// Applies --threads when given; throws UsageError unless T ≥ 1.
void applyThreadOption(const Arguments& args);

}  // namespace alexnet::cli
