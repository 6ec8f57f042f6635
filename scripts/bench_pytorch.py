#!/usr/bin/python3
"""Side-by-side benchmark: alexnet-lab against PyTorch on the same CPU, in the same run.

Builds the d2l networks (PRODUCT.md §1) in PyTorch, measures what `alexnet-lab bench --json`
measures (eval forward at batch 1 — median after warm-up, per layer too —, eval forward
throughput at batch 32, training throughput at the d2l batch size), runs our binary with the same
thread count and repeats in between, and prints ours/PyTorch ratios per model and per layer.

    /usr/bin/python3 scripts/bench_pytorch.py --model alexnet --threads 2 --train
    /usr/bin/python3 scripts/bench_pytorch.py --model lenet --train --rounds 3 --json out.json
    /usr/bin/python3 scripts/bench_pytorch.py --model alexnet --isa avx2   # both sides on AVX2 only

--isa avx2|generic pins both sides to one instruction set: ours with ALEXNET_ISA, PyTorch with
DNNL_MAX_CPU_ISA (oneDNN's convolutions) and ATEN_CPU_CAPABILITY (its other kernels), which must be
set before torch is imported.

Times: ratio ours/torch < 1 means we are faster. Throughputs (images/s): ratio > 1 means faster.
With --rounds R the two run alternately R times and the best figure of each side is kept, which
is the fair choice on a machine that other jobs share (check `uptime` first).
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time

# --isa must reach oneDNN before torch is imported.
ISA = sys.argv[sys.argv.index("--isa") + 1] if "--isa" in sys.argv[:-1] else ""
if ISA == "avx2":
    os.environ["DNNL_MAX_CPU_ISA"] = "AVX2"
    os.environ["ATEN_CPU_CAPABILITY"] = "avx2"
elif ISA == "generic":
    os.environ["DNNL_MAX_CPU_ISA"] = "SSE41"
    os.environ["ATEN_CPU_CAPABILITY"] = "default"

import torch  # noqa: E402
from torch import nn  # noqa: E402


def d2l_lenet():
    return nn.Sequential(
        nn.Conv2d(1, 6, kernel_size=5, padding=2), nn.Sigmoid(), nn.AvgPool2d(kernel_size=2, stride=2),
        nn.Conv2d(6, 16, kernel_size=5), nn.Sigmoid(), nn.AvgPool2d(kernel_size=2, stride=2),
        nn.Flatten(), nn.Linear(16 * 5 * 5, 120), nn.Sigmoid(), nn.Linear(120, 84), nn.Sigmoid(),
        nn.Linear(84, 10))


def d2l_alexnet(size, widths):
    c1, c2, c3, c4, c5, f1, f2 = widths
    side = (size + 2 - 11) // 4 + 1       # conv1
    side = (side - 3) // 2 + 1            # pool1
    side = (side - 3) // 2 + 1            # pool2 (conv2 keeps the side)
    side = (side - 3) // 2 + 1            # pool3
    return nn.Sequential(
        nn.Conv2d(1, c1, kernel_size=11, stride=4, padding=1), nn.ReLU(), nn.MaxPool2d(kernel_size=3, stride=2),
        nn.Conv2d(c1, c2, kernel_size=5, padding=2), nn.ReLU(), nn.MaxPool2d(kernel_size=3, stride=2),
        nn.Conv2d(c2, c3, kernel_size=3, padding=1), nn.ReLU(),
        nn.Conv2d(c3, c4, kernel_size=3, padding=1), nn.ReLU(),
        nn.Conv2d(c4, c5, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool2d(kernel_size=3, stride=2),
        nn.Flatten(),
        nn.Linear(c5 * side * side, f1), nn.ReLU(), nn.Dropout(p=0.5),
        nn.Linear(f1, f2), nn.ReLU(), nn.Dropout(p=0.5),
        nn.Linear(f2, 10))


def layer_flops(net, x):
    """Multiply-adds × 2 per image for Conv2d and Linear, as `alexnet-lab shapes` counts them."""
    flops = []
    with torch.no_grad():
        for layer in net:
            y = layer(x)
            if isinstance(layer, nn.Conv2d):
                k = layer.kernel_size[0] * layer.kernel_size[1] * layer.in_channels
                flops.append(2 * y[0].numel() * k)
            elif isinstance(layer, nn.Linear):
                flops.append(2 * layer.in_features * layer.out_features)
            else:
                flops.append(0)
            x = y
    return flops


def timed_forward(net, x, per_layer):
    start = time.perf_counter()
    with torch.no_grad():
        for i, layer in enumerate(net):
            t0 = time.perf_counter()
            x = layer(x)
            per_layer[i].append((time.perf_counter() - t0) * 1e3)
    return (time.perf_counter() - start) * 1e3


def measure_forward(net, shape, warmup, repeats):
    x = torch.rand(shape)
    scratch = [[] for _ in net]
    for _ in range(warmup):
        timed_forward(net, x, scratch)
    per_layer = [[] for _ in net]
    totals = [timed_forward(net, x, per_layer) for _ in range(repeats)]
    return statistics.median(totals), [statistics.median(v) for v in per_layer]


def measure_training(net, shape, warmup, repeats):
    x = torch.rand(shape)
    y = torch.arange(shape[0]) % 10
    loss_fn = nn.CrossEntropyLoss()
    opt = torch.optim.SGD(net.parameters(), lr=1e-4)
    net.train()
    steps = []
    for r in range(warmup + repeats):
        start = time.perf_counter()
        opt.zero_grad()
        loss = loss_fn(net(x), y)
        loss.backward()
        opt.step()
        if r >= warmup:
            steps.append((time.perf_counter() - start) * 1e3)
    net.eval()
    return statistics.median(steps)


def run_torch(args, model):
    torch.manual_seed(0)
    if model == "lenet":
        net, size = d2l_lenet(), args.input_size or 28
    else:
        net, size = d2l_alexnet(args.input_size or 224, args.widths), args.input_size or 224
    net.eval()
    flops = layer_flops(net, torch.rand(1, 1, size, size))
    b1, layers_b1 = measure_forward(net, (1, 1, size, size), 1, args.latency_repeats)
    bn, layers_bn = measure_forward(net, (args.forward_batch, 1, size, size), 1, args.repeats)
    train_batch = args.batch or (256 if model == "lenet" else 128)
    result = {
        "model": model, "threads": torch.get_num_threads(), "forward_ms_b1": b1,
        "forward_images_per_s": 1e3 * args.forward_batch / bn, "train_images_per_s": None,
        "train_batch": train_batch, "layers": []}
    if args.train:
        step = measure_training(net, (train_batch, 1, size, size), 1, args.repeats)
        result["train_images_per_s"] = 1e3 * train_batch / step
    for i, layer in enumerate(net):
        ms = layers_b1[i]
        result["layers"].append({
            "index": i, "type": type(layer).__name__, "forward_ms": ms,
            "gflops": flops[i] / (ms * 1e6) if ms > 0 else 0.0,
            "batch_forward_ms": layers_bn[i],
            "batch_gflops": flops[i] * args.forward_batch / (layers_bn[i] * 1e6) if layers_bn[i] > 0 else 0.0})
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    return result


def run_ours(args, model):
    cmd = [args.binary, "bench", "--model", model, "--json", "--threads", str(args.threads),
           "--repeats", str(args.repeats)]
    if args.train:
        cmd.append("--train")
    if args.batch:
        cmd += ["--batch", str(args.batch)]
    if args.input_size:
        cmd += ["--input-size", str(args.input_size)]
    if model == "alexnet" and args.widths_text:
        cmd += ["--widths", args.widths_text]
    env = dict(os.environ, ALEXNET_ISA=args.isa) if args.isa else None
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env).stdout
    return json.loads(out)


def better(a, b, key, higher):
    if a is None or a.get(key) is None:
        return b
    if b is None or b.get(key) is None:
        return a
    return a if (a[key] > b[key]) == higher else b


def best_of(runs):
    """Best figure of each metric (and per layer) over the rounds."""
    best = dict(runs[0])
    for key, higher in (("forward_ms_b1", False), ("forward_images_per_s", True), ("train_images_per_s", True)):
        values = [r[key] for r in runs if r.get(key) is not None]
        best[key] = (max(values) if higher else min(values)) if values else None
    best["layers"] = []
    for i, layer in enumerate(runs[0]["layers"]):
        row = dict(layer)
        row["forward_ms"] = min(r["layers"][i]["forward_ms"] for r in runs)
        row["batch_forward_ms"] = min(r["layers"][i].get("batch_forward_ms", 0.0) for r in runs)
        best["layers"].append(row)
    best["peak_rss_mb"] = max(r["peak_rss_mb"] for r in runs)
    return best


def ratio(a, b):
    return a / b if a and b else float("nan")


def report(model, ours, theirs):
    print(f"\n== {model}: ours vs PyTorch {torch.__version__}, {ours['threads']} threads "
          f"(load average {os.getloadavg()[0]:.2f})")
    print(f"{'metric':28s} {'ours':>12s} {'pytorch':>12s} {'ours/pytorch':>13s}")
    rows = [("forward b1 ms (lower)", "forward_ms_b1"),
            (f"forward b32 images/s", "forward_images_per_s"),
            (f"train b{ours['train_batch']} images/s", "train_images_per_s"),
            ("peak RSS MB", "peak_rss_mb")]
    for label, key in rows:
        a, b = ours.get(key), theirs.get(key)
        if a is None or b is None:
            continue
        print(f"{label:28s} {a:12.2f} {b:12.2f} {ratio(a, b):13.2f}")
    print(f"\n{'index':>5s} {'type':12s} {'ours ms':>9s} {'torch ms':>9s} {'ratio':>6s} {'ours GF/s':>9s}"
          f" {'b32 ours':>9s} {'b32 torch':>9s} {'ratio':>6s} {'b32 GF/s':>8s}")
    for mine, other in zip(ours["layers"], theirs["layers"]):
        a, b = mine["forward_ms"], other["forward_ms"]
        c, d = mine.get("batch_forward_ms", 0.0), other.get("batch_forward_ms", 0.0)
        flops = mine.get("flops", 0)
        gfs = flops / (a * 1e6) if a > 0 else 0.0
        bgfs = flops * 32 / (c * 1e6) if c > 0 else 0.0
        print(f"{mine['index']:5d} {mine.get('type', ''):12s} {a:9.3f} {b:9.3f} {ratio(a, b):6.2f} {gfs:9.1f}"
              f" {c:9.2f} {d:9.2f} {ratio(c, d):6.2f} {bgfs:8.1f}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="alexnet", choices=["alexnet", "lenet", "both"])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--train", action="store_true")
    parser.add_argument("--batch", type=int, default=0, help="training batch (default d2l: 256 LeNet, 128 AlexNet)")
    parser.add_argument("--forward-batch", type=int, default=32)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--input-size", type=int, default=0)
    parser.add_argument("--widths", dest="widths_text", default="")
    parser.add_argument("--binary", default=os.path.join(here, "..", "build", "release", "app", "alexnet-lab"))
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--isa", default="", choices=["", "avx512", "avx2", "generic"],
                        help="pin both sides to this instruction set (default: each picks its best)")
    args = parser.parse_args()
    args.widths = [int(v) for v in args.widths_text.split(",")] if args.widths_text else \
        [96, 256, 384, 384, 256, 4096, 4096]
    args.latency_repeats = args.repeats  # our binary uses --repeats for all three measurements
    torch.set_num_threads(args.threads)
    print(f"PyTorch {torch.__version__}; BLAS: "
          f"{'OpenBLAS' if 'OpenBLAS' in torch.__config__.show() else 'see torch.__config__.show()'};"
          f" mkldnn {torch.backends.mkldnn.is_available()}; CPU capability {torch.backends.cpu.get_cpu_capability() if hasattr(torch.backends, 'cpu') else '?'};"
          f" pinned ISA {args.isa or 'none'}; load average {os.getloadavg()}")

    models = ["lenet", "alexnet"] if args.model == "both" else [args.model]
    out = {}
    for model in models:
        ours_runs, torch_runs = [], []
        for _ in range(args.rounds):
            ours_runs.append(run_ours(args, model))
            torch_runs.append(run_torch(args, model))
        ours, theirs = best_of(ours_runs), best_of(torch_runs)
        report(model, ours, theirs)
        out[model] = {"ours": ours, "pytorch": theirs, "load_average": os.getloadavg()}
    if args.json:
        with open(args.json, "w") as f:
            json.dump(out, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
