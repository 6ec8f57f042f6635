#!/usr/bin/env bash
# Builds the libFuzzer targets (preset `fuzz`, clang++) and runs each for a fixed time, one at a time,
# in one process on one core. New inputs go to build/fuzz/work/<target> (the committed seeds in
# fuzz/corpus/<target> are read, never written); crashes are written to build/fuzz/crashes/<target>/.
# The fuzzers run at `nice -n 15` (ALEXNET_FUZZ_NICE) so that a shared machine stays usable.
#   scripts/fuzz.sh [SECONDS_PER_TARGET=300] [TARGET…]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(fuzz_safetensors fuzz_idx fuzz_preprocess fuzz_run_log fuzz_sequential_code)

cmake --preset fuzz >/dev/null
cmake --build build/fuzz -j2 --target "${targets[@]}"
status=0
for target in "${targets[@]}"; do
  work=build/fuzz/work/$target
  crashes=build/fuzz/crashes/$target
  mkdir -p "$work" "$crashes"
  echo "== $target for ${seconds}s"
  if ! nice -n "${ALEXNET_FUZZ_NICE:-15}" build/fuzz/fuzz/"$target" -max_total_time="$seconds" -max_len=4096 -rss_limit_mb=2048 \
      -timeout=10 -print_final_stats=1 -artifact_prefix="$crashes/" "$work" "fuzz/corpus/$target" \
      2>build/fuzz/$target.log; then
    echo "$target: FOUND A PROBLEM (see build/fuzz/$target.log and $crashes/)"
    status=1
  fi
  grep -E '^stat::number_of_executed_units|^stat::average_exec_per_sec|^stat::peak_rss_mb' build/fuzz/$target.log || true
  grep -E 'DONE|INITED' build/fuzz/$target.log | tail -n 2 || true  # coverage at the start and at the end
  tail -n 1 build/fuzz/$target.log
done
exit $status
