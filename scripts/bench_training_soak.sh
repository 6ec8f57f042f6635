#!/usr/bin/env bash
# Issue 18's soak: slim AlexNet trained on the Training screen (offscreen, live views on) for
# MINUTES (default 60), sampling resident memory and the GUI thread's stalls (tests/ui/bench_training_soak.cpp).
# Targets: memory growth after the first epoch <= 5 %, no GUI-thread stall > 50 ms of the GUI thread's
# own work. Needs Fashion-MNIST (dataset-fashion-mnist). Writes the JSON lines to LOG and prints the summary.
# Usage: scripts/bench_training_soak.sh [MINUTES] [LOG] [BUILD_DIR] [LIMIT]
# LIMIT: training images per epoch (default 10000, so an hour holds many epochs; 0 = all 60,000).
# Other programs on the machine show up as stalls with little GUI-thread CPU in them (waiting for a
# core); ALEXNET_SOAK_NICE=-5 (as root) gives this process priority over them.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-60}"
log="${2:-/tmp/alexnet-soak.log}"
build="${3:-build/release}"
limit="${4:-10000}"
bench="$build/tests/ui_bench_training_soak"
[ -x "$bench" ] || cmake --build "$build" --target ui_bench_training_soak
echo "soak: $minutes min of slim AlexNet, log $log, load average $(cut -d' ' -f1-3 /proc/loadavg)"
QT_QPA_PLATFORM=offscreen nice -n "${ALEXNET_SOAK_NICE:-0}" "$bench" --minutes "$minutes" --model alexnet-slim --limit "$limit" \
  > "$log" 2>&1 || true
grep '"summary"' "$log" || { tail -5 "$log"; exit 1; }
