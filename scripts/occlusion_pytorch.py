#!/usr/bin/env python3
"""Occlusion sensitivity computed by PyTorch, compared with `alexnet-lab explain occlusion --json`.

  occlusion_pytorch.py --weights FILE --dump DUMP --ours JSON [--tolerance 1e-4]
      Loads FILE with load_state_dict(strict=True) into the nn.Sequential its metadata describes
      (train_pytorch.py's networks), takes the model input from the tensor "input" of DUMP (written by
      `alexnet-lab inspect --dump` for the same --sample/--image), and computes, with the patch, stride,
      fill and class that JSON reports,
          map[i][j] = p_c(x) - p_c(x with the PxP square at (i*S, j*S) set to V)
      for every position where the square fits (p = softmax of the logits, eval mode). Prints the
      largest absolute difference from JSON's "map" and exits 0 when it is at most the tolerance.

Needs torch and numpy (Debian: python3-torch python3-numpy).
"""
import argparse
import json
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from train_pytorch import D2L_WIDTHS, build, load_safetensors  # noqa: E402


def occlusion_map(net, x, patch, stride, fill, cls):
    """x (1, C, H, W) -> (rows, cols) map, every occluded copy in one batch."""
    _, _, height, width = x.shape
    rows, cols = (height - patch) // stride + 1, (width - patch) // stride + 1
    copies = x.repeat(rows * cols, 1, 1, 1)  # (rows*cols, C, H, W)
    for i in range(rows):
        for j in range(cols):
            copies[i * cols + j, :, i * stride:i * stride + patch, j * stride:j * stride + patch] = fill
    with torch.no_grad():
        p0 = torch.softmax(net(x), dim=1)[0, cls]
        p = torch.softmax(net(copies), dim=1)[:, cls]
    return (p0 - p).reshape(rows, cols).numpy()


def main(argv):
    parser = argparse.ArgumentParser(prog="occlusion_pytorch.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--weights", required=True)
    parser.add_argument("--dump", required=True)
    parser.add_argument("--ours", required=True)
    parser.add_argument("--tolerance", type=float, default=1e-4)
    args = parser.parse_args(argv[1:])
    tensors, metadata = load_safetensors(args.weights)
    widths = [int(w) for w in metadata["widths"].split(",")] if "widths" in metadata else D2L_WIDTHS
    side = int(metadata.get("input_size", 28 if metadata["model"] == "lenet" else 224))
    net = build(metadata["model"], widths, side)
    net.load_state_dict({k: torch.from_numpy(v) for k, v in tensors.items()}, strict=True)
    net.eval()
    dump, _ = load_safetensors(args.dump)
    x = torch.from_numpy(dump["input"][:1].copy())
    with open(args.ours, encoding="utf-8") as f:
        ours = json.load(f)
    want = np.array(ours["map"], dtype=np.float64)
    got = occlusion_map(net, x, ours["patch"], ours["stride"], float(ours.get("fill", 0.0)), ours["class"])
    if got.shape != want.shape:
        print(f"map shapes differ: PyTorch {got.shape}, alexnet-lab {want.shape}")
        return 1
    diff = float(np.max(np.abs(got - want)))
    print(f"occlusion map {got.shape[0]}x{got.shape[1]}, class {ours['class']}, patch {ours['patch']}, "
          f"stride {ours['stride']}: largest |map| {float(np.max(np.abs(want))):.4g}, "
          f"max |PyTorch - alexnet-lab| {diff:.3g}")
    return 0 if diff <= args.tolerance else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
