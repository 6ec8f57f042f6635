#!/usr/bin/env bash
# The runs behind docs/exercises.md: the chapter's networks and the exercises' variants, each written
# as nn.Sequential code (resources/networks/), trained on Fashion-MNIST by `alexnet-lab train
# --model-file`. Logs and checkpoints go to docs/results/exercises/ (checkpoints are not committed).
#   scripts/train-exercises.sh [EPOCHS=10]
set -uo pipefail
cd "$(dirname "$0")/.."
app=${ALEXNET_APP:-build/release/app/alexnet-lab}
out=docs/results/exercises
epochs=${1:-10}
mkdir -p "$out"
run() {  # NAME FILE [train options…]
  local name=$1 file=$2
  shift 2
  echo "== $name: $app train --model-file $file --epochs $epochs $*"
  /usr/bin/time -f "$name wall %e s, peak RSS %M KiB" \
    "$app" train --model-file "$file" --epochs "$epochs" "$@" \
    --log "$out/$name.csv" --out "$out/$name.safetensors" | grep -E '^epoch [0-9]+/[0-9]+:|^saved'
}
run d2l_lenet resources/networks/d2l_lenet.py --lr 0.9 --batch 256
run modern_lenet resources/networks/modern_lenet.py --lr 0.1 --batch 128
run alexnet_28 resources/networks/alexnet_28.py --lr 0.05 --batch 128 --momentum 0.9
