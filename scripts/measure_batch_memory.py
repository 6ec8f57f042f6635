#!/usr/bin/python3
"""Training memory against batch size, estimated and measured (docs/exercises.md, exercise 3).

    /usr/bin/python3 scripts/measure_batch_memory.py --model-file resources/networks/slim_alexnet.py \
        --batches 32,64,128,256 [--app build/release/app/alexnet-lab]

Estimate: core's memory_estimate.h formula for training, params·4·3 + B·activations·3, from
`alexnet-lab shapes --json` (the formula's input term, ≤ 0.2 MB per image here, is left out). Measured: the peak RSS (VmHWM) of `alexnet-lab bench --train --batch B`,
one process per batch (its forward and training steps at that batch), minus nothing: it includes
the program, Qt's libraries and the allocator's slack.
"""
import argparse
import json
import subprocess


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--model-file", required=True)
    p.add_argument("--batches", default="32,64,128,256")
    p.add_argument("--app", default="build/release/app/alexnet-lab")
    args = p.parse_args()
    rows = json.loads(subprocess.run([args.app, "shapes", "--model-file", args.model_file, "--json"],
                                     check=True, capture_output=True, text=True).stdout)
    params = sum(r["params"] for r in rows)
    activations = sum(r["activation_bytes"] for r in rows)
    print("| batch | estimated (MB) | measured peak RSS (MB) | training images/s |")
    print("|---|---|---|---|")
    for batch in [int(b) for b in args.batches.split(",")]:
        estimate = (params * 4 * 3 + batch * activations * 3) / 1e6
        out = json.loads(subprocess.run([args.app, "bench", "--model-file", args.model_file, "--train", "--batch",
                                         str(batch), "--forward-batch", str(batch), "--repeats", "2", "--json"],
                                        check=True, capture_output=True, text=True).stdout)
        print(f"| {batch} | {estimate:,.0f} | {out['peak_rss_mb']:,.0f} | {out['train_images_per_s']:.0f} |", flush=True)


if __name__ == "__main__":
    main()
