#!/usr/bin/env bash
# Opening an 8000x8000 JPEG in the GUI (issue 18's target: ready in <= 1 s, peak memory <= 400 MB,
# the GUI thread never blocked > 50 ms), and the CLI's `inspect --image` on the same file.
# Writes a photo-like test JPEG once (noise on gradients, ~20 MB like a real 64 MP photo), then runs
# ui_bench_image_open (tests/ui/bench_image_open.cpp) offscreen ROUNDS times for each model.
# Usage: scripts/bench_image_open.sh [BUILD_DIR] [ROUNDS]   (default build/release, 3)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
rounds="${2:-3}"
bench="$build/tests/ui_bench_image_open"
app="$build/app/alexnet-lab"
photo="${ALEXNET_BENCH_PHOTO:-/tmp/alexnet-bench-8000.jpg}"
[ -f "$photo" ] || QT_QPA_PLATFORM=offscreen "$bench" --make-jpeg "$photo" 8000
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for model in lenet alexnet; do
  for ((i = 1; i <= rounds; i++)); do
    QT_QPA_PLATFORM=offscreen "$bench" "$photo" --model "$model"
  done
done
for model in lenet alexnet; do
  /usr/bin/time -f "cli inspect --model $model: %e s wall, peak RSS %M KB" \
    "$app" inspect --model "$model" --image "$photo" --json > /dev/null
done
