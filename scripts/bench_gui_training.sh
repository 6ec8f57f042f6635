#!/usr/bin/env bash
# GUI training throughput against the CLI's, for the same model, batch and images (PRODUCT.md §3):
# both drive core's TrainingRun, so they should agree within 10 %. Runs `alexnet-lab train` and the
# Training screen (offscreen, `--screenshot --tab training --train N`, d2l's recipe) one after the
# other and compares the examples/s of their first epoch-end rows, and the GUI form's measured
# estimate (its two-minibatch warm-up, printed by --train) with the GUI's live rate. Needs an idle machine.
# Usage: scripts/bench_gui_training.sh [BUILD_DIR]   (default build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
app="${1:-build/release}/app/alexnet-lab"
work="$(mktemp -d /tmp/alexnet-gui-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
rate() {  # examples/s of the first epoch-end row of a run log
  awk -F, 'NR > 1 && $6 != "" { print $8; exit }' "$1"
}
printf '%-34s %8s %10s %10s %8s %10s %10s\n' model images "CLI ex/s" "GUI ex/s" "GUI/CLI" "estimate" "live/est"
while read -r key encoded images; do
  cli_args="${encoded//%20/ }"
  "$app" train $cli_args --epochs 1 --limit "$images" --out "$work/$key-cli.safetensors" --log "$work/$key-cli.csv" >/dev/null 2>&1
  mkdir -p "$work/$key-gui"
  ALEXNET_RUNS_DIR="$work/$key-gui" QT_QPA_PLATFORM=offscreen \
    "$app" --screenshot "$work/$key.png" --tab training --model "$key" --train "$images" >"$work/$key-gui.out" 2>&1
  estimate=$(awk '/^training: expected/ { print $3; exit }' "$work/$key-gui.out")
  cli=$(rate "$work/$key-cli.csv")
  gui=$(rate "$(ls "$work/$key-gui"/*.csv | head -1)")
  printf '%-34s %8s %10.1f %10.1f %8.3f %10.1f %10.3f\n' "$key ($cli_args)" "$images" "$cli" "$gui" \
    "$(awk -v g="$gui" -v c="$cli" 'BEGIN { print g / c }')" "$estimate" "$(awk -v g="$gui" -v e="$estimate" 'BEGIN { print g / e }')"
done <<'RUNS'
lenet --model%20lenet 30000
alexnet-slim --model%20alexnet%20--widths%2012,32,48,48,32,64,64 2048
alexnet --model%20alexnet 256
RUNS
