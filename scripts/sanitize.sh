#!/usr/bin/env bash
# Runs the test suites under the sanitizers (docs/hardening.md).
#   scripts/sanitize.sh          ASan + UBSan: preset `asan` (build/asan, RelWithDebInfo, with the UI): core_tests,
#                                ui_test_lesson_task (worker threads racing the GUI thread's deletes), then a
#                                short monkey walk over the real window (tests/ui/monkey, offscreen)
#   scripts/sanitize.sh thread   TSan: preset `tsan` (build/tsan, clang++ + LLVM libomp), the tests that run
#                                the OpenMP kernels and the trainer's cancel/resume paths on several threads
# Extra arguments go to core_tests (e.g. --gtest_filter=SafeTensors.*). ALEXNET_SANITIZE_FILTER overrides
# the default filter; ALEXNET_MONKEY_SECONDS (default 120; 0 skips it) sets the monkey walk's length and
# ALEXNET_MONKEY_SEED its seed (default: a new one each run, printed for replay).
# Exits non-zero on any test failure or sanitizer report.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-address}
[ $# -gt 0 ] && shift

case "$mode" in
  address|asan)
    preset=asan
    ui=ON
    targets=(core_tests alexnet-lab ui_monkey ui_test_lesson_task)
    # Left out by default: the PyTorch interop round trips (their time is spent in python3/torch, which
    # ASan does not instrument) and the real-data training run (minutes under ASan; its paths are covered
    # by the Trainer.* tests on synthetic data). Not yet timed under ASan on this machine: adjust if needed.
    default_filter='-CheckpointInterop.*:PyTorchRoundTrip.*:TrainCli.TrainsLogsSavesResumesAndEvaluates'
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    ;;
  thread|tsan)
    preset=tsan
    ui=OFF
    targets=(core_tests alexnet-lab)
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

cmake --preset "$preset" -DALEXNET_BUILD_UI=$ui >/dev/null
cmake --build "build/$preset" -j2 --target "${targets[@]}"
start=$(date +%s)
"build/$preset/tests/core_tests" --gtest_filter="$filter" --gtest_brief=1 "$@"
if [ "$ui" = ON ]; then
  # Receivers deleted while pool threads hand values back, 20,000 times (a use-after-free ASan sees
  # even when the release build happens not to crash). Leak checking off, as for the walk below.
  ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=0" QT_QPA_PLATFORM=offscreen "build/$preset/tests/ui_test_lesson_task"
fi
monkey_seconds=${ALEXNET_MONKEY_SECONDS:-120}
if [ "$ui" = ON ] && [ "$monkey_seconds" -gt 0 ]; then
  # The monkey under ASan + UBSan: every instrumented line of ui/ and core/ that a random walk reaches.
  # Leak checking is off for this walk until a full run has been reviewed (Qt and the system libraries
  # are not instrumented; what they keep until exit goes to scripts/lsan_ui.supp, then detect_leaks=1
  # here: ALEXNET_MONKEY_LEAKS=1 tries it now). The stall limit is relaxed from 200 ms
  # to 2000 ms (ASan typically makes code 2-3 times slower; the release walk in ctest keeps
  # 200 ms) and the idle check waits up to 180 s (AlexNet at 224 px under ASan).
  ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=${ALEXNET_MONKEY_LEAKS:-0}" \
    LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/scripts/lsan_ui.supp:print_suppressions=0} \
    QT_QPA_PLATFORM=offscreen ALEXNET_RUNS_DIR="$PWD/build/$preset/monkey-runs" \
    "build/$preset/tests/ui_monkey" ${ALEXNET_MONKEY_SEED:+--seed "$ALEXNET_MONKEY_SEED"} \
    --max-seconds "$monkey_seconds" --steps 100000 --stall-ms 2000 \
    --stuck-seconds 180 --settle-every 40
fi
echo "sanitize.sh $mode: clean ($(( $(date +%s) - start ))s)"
