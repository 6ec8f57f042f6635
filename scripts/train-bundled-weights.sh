#!/usr/bin/env bash
# Re-makes the bundled trained weights (resources/weights/) with the recorded commands, at nice 10,
# into OUT_DIR (default: a fresh folder under /tmp), and prints each file's SHA-256 and test
# accuracy so they can be compared with resources/weights/manifest.json. LeNet takes about a
# minute; the AlexNet about 40 minutes on 2 cores. Usage: scripts/train-bundled-weights.sh [lenet|alexnet|all] [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
which="${1:-all}"
out="${2:-$(mktemp -d /tmp/alexnet-bundled.XXXXXX)}"
app="$PWD/build/release/app/alexnet-lab"
[ -x "$app" ] || { echo "build first: cmake --preset release && cmake --build --preset release" >&2; exit 1; }
mkdir -p "$out"
cd "$out"
if [ "$which" = lenet ] || [ "$which" = all ]; then
  nice -n 10 "$app" train --model lenet --epochs 10 --lr 0.9 --batch 256 --out lenet-d2l.safetensors --log lenet-d2l.csv
fi
if [ "$which" = alexnet ] || [ "$which" = all ]; then
  nice -n 10 "$app" train --model alexnet --widths 24,64,96,96,64,256,256 --epochs 8 --lr 0.01 --momentum 0.9 \
    --weight-decay 0.0005 --lr-schedule cosine --batch 128 --out alexnet-224.safetensors --log alexnet-224.csv
fi
for f in *.safetensors; do
  case "$f" in *.optim.safetensors) continue ;; esac
  echo "$(sha256sum "$f" | cut -d' ' -f1)  $f  $("$app" evaluate --weights "$f" --json)"
done
echo "written to $out"
