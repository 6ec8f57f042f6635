#!/usr/bin/env python3
"""Train LeNet or AlexNet with PyTorch and write a checkpoint AlexNet Lab opens and lists.

The scale-out path for users who outgrow one CPU: the same networks as alexnet-lab (d2l's layer
sequence, PyTorch nn.Sequential indices, Xavier-uniform init), trained on a GPU or several, then
inspected in the app. Keys are model.state_dict()'s; the metadata is the app's ("model",
"input_size", "widths", "epoch", "test_accuracy", ...), so `alexnet-lab weights` lists the file
when it is written into the runs folder and `--weights FILE` alone rebuilds the network.

  train_pytorch.py --model lenet|alexnet [--widths c1,c2,c3,c4,c5,f1,f2] [--input-size S]
                   --epochs E --lr LR --batch B [--momentum M] [--weight-decay W] [--limit N]
                   [--data DIR] [--seed S] --device cpu|cuda --out FILE
      Several GPUs: torchrun --nproc_per_node=4 scripts/train_pytorch.py ... --device cuda
      (DistributedDataParallel; rank 0 evaluates and writes FILE).

  train_pytorch.py check --weights FILE --dump DUMP
      Loads FILE with load_state_dict(strict=True) into the nn.Sequential its metadata describes,
      runs the tensor "input" of DUMP (written by `alexnet-lab inspect --dump`) and compares the
      logits with DUMP's last "out.<i>". Exit 0 when they agree within 1e-4 of their scale.

  train_pytorch.py confusion --weights FILE [--limit N] [--data DIR]
      Evaluates FILE in PyTorch on the Fashion-MNIST test images (the first N) and prints
      {"examples", "test_accuracy", "confusion"} as JSON: confusion[t][p] counts the images of true
      class t predicted as p (logits.argmax), the matrix `alexnet-lab evaluate --json` reports.

Needs torch and numpy (Debian: python3-torch python3-numpy); reads Fashion-MNIST's IDX files.
"""
import argparse
import datetime
import gzip
import json
import os
import sys

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checkpoint_interop import lenet, load_safetensors, save_safetensors  # noqa: E402  (d2l's LeNet, our I/O)

D2L_WIDTHS = [96, 256, 384, 384, 256, 4096, 4096]


def alexnet(widths, input_size):
    c1, c2, c3, c4, c5, f1, f2 = widths
    features = nn.Sequential(
        nn.Conv2d(1, c1, kernel_size=11, stride=4, padding=1), nn.ReLU(), nn.MaxPool2d(kernel_size=3, stride=2),
        nn.Conv2d(c1, c2, kernel_size=5, padding=2), nn.ReLU(), nn.MaxPool2d(kernel_size=3, stride=2),
        nn.Conv2d(c2, c3, kernel_size=3, padding=1), nn.ReLU(),
        nn.Conv2d(c3, c4, kernel_size=3, padding=1), nn.ReLU(),
        nn.Conv2d(c4, c5, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool2d(kernel_size=3, stride=2),
        nn.Flatten())
    with torch.no_grad():
        flat = features(torch.zeros(1, 1, input_size, input_size)).shape[1]
    return nn.Sequential(*features,
                         nn.Linear(flat, f1), nn.ReLU(), nn.Dropout(p=0.5),
                         nn.Linear(f1, f2), nn.ReLU(), nn.Dropout(p=0.5),
                         nn.Linear(f2, 10))


def build(model, widths, input_size):
    return lenet() if model == "lenet" else alexnet(widths, input_size)


def xavier_init(module):
    if isinstance(module, (nn.Linear, nn.Conv2d)):
        nn.init.xavier_uniform_(module.weight)


def read_idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def fashion_mnist(directory, split, limit):
    prefix = "train" if split == "train" else "t10k"
    images = read_idx(os.path.join(directory, f"{prefix}-images-idx3-ubyte.gz"))
    labels = read_idx(os.path.join(directory, f"{prefix}-labels-idx1-ubyte.gz"))
    if limit:
        images, labels = images[:limit], labels[:limit]
    x = torch.from_numpy(images.astype(np.float32) / 255.0).unsqueeze(1)  # (N, 1, 28, 28)
    return x, torch.from_numpy(labels.astype(np.int64))


def resize(x, side):
    return x if side == x.shape[-1] else F.interpolate(x, size=(side, side), mode="bilinear", align_corners=False)


def evaluate(net, x, y, side, device, batch=256):
    net.eval()
    correct, loss = 0, 0.0
    with torch.no_grad():
        for i in range(0, len(x), batch):
            xb, yb = resize(x[i:i + batch].to(device), side), y[i:i + batch].to(device)
            logits = net(xb)
            loss += F.cross_entropy(logits, yb, reduction="sum").item()
            correct += (logits.argmax(1) == yb).sum().item()
    return correct / len(x), loss / len(x)


def train(args):
    distributed = int(os.environ.get("WORLD_SIZE", "1")) > 1
    rank = int(os.environ.get("RANK", "0"))
    if distributed:
        torch.distributed.init_process_group("nccl" if args.device == "cuda" else "gloo")
    device = torch.device(f"cuda:{int(os.environ.get('LOCAL_RANK', '0'))}" if args.device == "cuda" else "cpu")
    if args.device == "cuda" and not torch.cuda.is_available():
        print("train_pytorch.py: --device cuda, but PyTorch sees no GPU", file=sys.stderr)
        return 1
    torch.manual_seed(args.seed)
    widths = [int(w) for w in args.widths.split(",")] if args.widths else D2L_WIDTHS
    side = args.input_size or (28 if args.model == "lenet" else 224)
    net = build(args.model, widths, side)
    net.apply(xavier_init)
    net.to(device)
    model = nn.parallel.DistributedDataParallel(net) if distributed else net
    x_train, y_train = fashion_mnist(args.data, "train", args.limit)
    x_test, y_test = fashion_mnist(args.data, "test", args.limit)
    optimizer = torch.optim.SGD(model.parameters(), lr=args.lr, momentum=args.momentum, weight_decay=args.weight_decay)
    world = torch.distributed.get_world_size() if distributed else 1
    generator = torch.Generator().manual_seed(args.seed)
    for epoch in range(args.epochs):
        model.train()
        order = torch.randperm(len(x_train), generator=generator)[rank::world]  # each rank its share
        total, correct, loss_sum = 0, 0, 0.0
        for i in range(0, len(order), args.batch):
            idx = order[i:i + args.batch]
            xb, yb = resize(x_train[idx].to(device), side), y_train[idx].to(device)
            optimizer.zero_grad()
            logits = model(xb)
            loss = F.cross_entropy(logits, yb)
            loss.backward()
            optimizer.step()
            total += len(idx)
            loss_sum += loss.item() * len(idx)
            correct += (logits.argmax(1) == yb).sum().item()
        if rank == 0:
            test_acc, test_loss = evaluate(net, x_test, y_test, side, device)
            print(f"epoch {epoch + 1}/{args.epochs}: train loss {loss_sum / total:.4f}, train acc {correct / total:.4f}, "
                  f"test acc {test_acc:.4f}, test loss {test_loss:.4f}", flush=True)
    if rank == 0:
        metadata = {
            "format": "alexnet-lab-checkpoint-v1", "model": args.model, "input_size": side, "seed": args.seed,
            "epoch": args.epochs, "epochs_planned": args.epochs, "test_accuracy": f"{test_acc:.9g}",
            "test_loss": f"{test_loss:.9g}", "train_loss": f"{loss_sum / total:.9g}",
            "train_accuracy": f"{correct / total:.9g}", "learning_rate": args.lr, "momentum": args.momentum,
            "weight_decay": args.weight_decay, "batch_size": args.batch, "lr_schedule": "constant",
            "status": "finished", "command": "scripts/train_pytorch.py " + " ".join(sys.argv[1:]),
            "created": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "trained_with": f"PyTorch {torch.__version__} on {args.device} x{world}",
        }
        if args.model == "alexnet":
            metadata["widths"] = ",".join(str(w) for w in widths)
        save_safetensors(args.out, {k: v.float() for k, v in net.state_dict().items()}, metadata)
        print(f"wrote {args.out}")
    if distributed:
        torch.distributed.destroy_process_group()
    return 0


def network_from_code(source, side, channels):
    """Runs nn.Sequential code (a --model-file, or the code a checkpoint carries) as PyTorch does and
    returns its Sequential: `net`, else the only nn.Sequential the code defines."""
    scope = {}
    exec(compile(source, "<model code>", "exec"), scope)
    net = scope.get("net")
    if not isinstance(net, nn.Sequential):
        found = [v for v in scope.values() if isinstance(v, nn.Sequential)]
        if len(found) != 1:
            raise SystemExit("the code defines no single nn.Sequential named net")
        net = found[0]
    with torch.no_grad():  # materialises Lazy layers, as the first forward does in the book
        net.eval()(torch.zeros(1, channels, side, side))
    return net


def check(args):
    tensors, metadata = load_safetensors(args.weights)
    widths = [int(w) for w in metadata["widths"].split(",")] if "widths" in metadata else D2L_WIDTHS
    side = int(metadata.get("input_size", 28 if metadata["model"] == "lenet" else 224))
    dump, _ = load_safetensors(args.dump)
    if args.code or metadata["model"] == "code":
        source = open(args.code, encoding="utf-8").read() if args.code else metadata["code"]
        net = network_from_code(source, side, dump["input"].shape[1])
    else:
        net = build(metadata["model"], widths, side)
    net.load_state_dict({k: torch.from_numpy(v) for k, v in tensors.items()}, strict=True)
    net.eval()
    last = max(int(k.split(".")[1]) for k in dump if k.startswith("out."))
    with torch.no_grad():
        logits = net(torch.from_numpy(dump["input"])).numpy()
    want = dump[f"out.{last}"]
    error = float(np.max(np.abs(logits - want)) / max(float(np.max(np.abs(want))), 1e-30))
    print(f"{args.weights}: loaded strictly into {metadata['model']} ({len(tensors)} tensors); "
          f"PyTorch logits vs alexnet-lab's: scaled error {error:.3g}; argmax {logits.argmax(1).tolist()} "
          f"vs {want.argmax(1).tolist()}")
    return 0 if error <= 1e-4 else 1


def confusion(args):
    tensors, metadata = load_safetensors(args.weights)
    widths = [int(w) for w in metadata["widths"].split(",")] if "widths" in metadata else D2L_WIDTHS
    side = int(metadata.get("input_size", 28 if metadata["model"] == "lenet" else 224))
    net = build(metadata["model"], widths, side)
    net.load_state_dict({k: torch.from_numpy(v) for k, v in tensors.items()}, strict=True)
    net.eval()
    x, y = fashion_mnist(args.data, "test", args.limit)
    counts = torch.zeros(10, 10, dtype=torch.int64)  # (true, predicted)
    with torch.no_grad():
        for i in range(0, len(x), 256):
            predicted = net(resize(x[i:i + 256], side)).argmax(1)
            counts.index_put_((y[i:i + 256], predicted), torch.ones_like(predicted), accumulate=True)
    print(json.dumps({"examples": len(x), "test_accuracy": counts.trace().item() / len(x),
                      "confusion": counts.tolist()}))
    return 0


def main(argv):
    if len(argv) > 1 and argv[1] == "confusion":
        p = argparse.ArgumentParser(prog="train_pytorch.py confusion")
        p.add_argument("--weights", required=True)
        p.add_argument("--limit", type=int, default=0)
        p.add_argument("--data", default="/usr/share/datasets/fashion-mnist")
        return confusion(p.parse_args(argv[2:]))
    if len(argv) > 1 and argv[1] == "check":
        p = argparse.ArgumentParser(prog="train_pytorch.py check")
        p.add_argument("--weights", required=True)
        p.add_argument("--dump", required=True)
        p.add_argument("--code", default="", help="the nn.Sequential file to run (default: the code in the checkpoint)")
        return check(p.parse_args(argv[2:]))
    p = argparse.ArgumentParser(prog="train_pytorch.py", description=__doc__.split("\n\n")[0])
    p.add_argument("--model", choices=["lenet", "alexnet"], required=True)
    p.add_argument("--widths", default="")
    p.add_argument("--input-size", type=int, default=0)
    p.add_argument("--epochs", type=int, required=True)
    p.add_argument("--lr", type=float, required=True)
    p.add_argument("--batch", type=int, required=True)
    p.add_argument("--momentum", type=float, default=0.0)
    p.add_argument("--weight-decay", type=float, default=0.0)
    p.add_argument("--limit", type=int, default=0)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--data", default="/usr/share/datasets/fashion-mnist")
    p.add_argument("--device", choices=["cpu", "cuda"], required=True)
    p.add_argument("--out", required=True)
    return train(p.parse_args(argv[1:]))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
