#!/usr/bin/env bash
# Runs the core test suite under the sanitizers (docs/hardening.md).
#   scripts/sanitize.sh          ASan + UBSan: preset `asan` (build/asan, RelWithDebInfo, UI off), core_tests
#   scripts/sanitize.sh thread   TSan: preset `tsan` (build/tsan, clang++ + LLVM libomp), the tests that run
#                                the OpenMP kernels and the trainer's cancel/resume paths on several threads
# Extra arguments go to core_tests (e.g. --gtest_filter=SafeTensors.*). ALEXNET_SANITIZE_FILTER overrides
# the default filter. Exits non-zero on any test failure or sanitizer report.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-address}
[ $# -gt 0 ] && shift

case "$mode" in
  address|asan)
    preset=asan
    # Left out by default: the PyTorch interop round trips (their time is spent in python3/torch, which
    # ASan does not instrument) and the real-data training run (minutes under ASan; its paths are covered
    # by the Trainer.* tests on synthetic data). Not yet timed under ASan on this machine: adjust if needed.
    default_filter='-CheckpointInterop.*:PyTorchRoundTrip.*:TrainCli.TrainsLogsSavesResumesAndEvaluates'
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    ;;
  thread|tsan)
    preset=tsan
    default_filter='TrainerThreads.*:Trainer.*:ParallelFor.*:Gemm.*:Conv2dKernels.*:LinearKernels.*:TrainingCheckpointTest.*:Stepper.*:GradientCheck.*'
    # ignore_noninstrumented_modules: what LLVM's libomp asks for (it prints so); without it TSan reports,
    # about 1 run in 8, a "race" between libomp's own pthread_mutex_init in a worker and its lock at the end
    # of a parallel region, both inside the uninstrumented runtime. Our code stays fully instrumented.
    export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1:ignore_noninstrumented_modules=1}
    export OMP_NUM_THREADS=${OMP_NUM_THREADS:-2}
    ;;
  *)
    echo "usage: scripts/sanitize.sh [address|thread] [core_tests arguments…]" >&2
    exit 2
    ;;
esac
filter=${ALEXNET_SANITIZE_FILTER:-$default_filter}

cmake --preset "$preset" -DALEXNET_BUILD_UI=OFF >/dev/null
cmake --build "build/$preset" -j2 --target core_tests alexnet-lab
start=$(date +%s)
"build/$preset/tests/core_tests" --gtest_filter="$filter" --gtest_brief=1 "$@"
echo "sanitize.sh $mode: clean ($(( $(date +%s) - start ))s)"
