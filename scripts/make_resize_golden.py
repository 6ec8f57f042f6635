#!/usr/bin/python3
"""Golden values for core/src/data/resize.cpp: PyTorch F.interpolate(mode="bilinear",
align_corners=False) on small random tensors, written to tests/data/resize_golden.safetensors.

    /usr/bin/python3 scripts/make_resize_golden.py [--out tests/data/resize_golden.safetensors]

Each case <name> stores "<name>.input" (N, C, H, W) and "<name>.output" (N, C, outH, outW), F32.
Inputs are uniform in [0, 255] (pixel scale), so the test's tolerance is 1e-5 · 255.
No third-party safetensors package needed: the tiny writer below follows the format.
"""
import argparse
import json
import os
import struct

import numpy as np
import torch
import torch.nn.functional as F

CASES = [
    # name, input shape (N, C, H, W), output (H, W)
    ("up_28_to_96", (1, 1, 28, 28), (96, 96)),        # Fashion-MNIST to AlexNet-at-96
    ("up_28_to_224_rows", (1, 1, 28, 3), (224, 5)),   # the 8x factor of AlexNet's 224 input
    ("down_50x40_to_28", (1, 1, 50, 40), (28, 28)),   # photo-like downscale, non-square
    ("down_30_to_7x9", (1, 1, 30, 30), (7, 9)),       # non-integer factors
    ("odd_2x3_7x5_to_13x17", (2, 3, 7, 5), (13, 17)),  # batch and channels
    ("to_1x1", (1, 1, 5, 6), (1, 1)),
    ("from_1x1", (1, 2, 1, 1), (3, 4)),
    ("same_size", (1, 1, 6, 6), (6, 6)),
]


def save_safetensors(path, tensors, metadata):
    header, blobs, off = {"__metadata__": metadata}, [], 0
    for name in sorted(tensors):
        b = np.ascontiguousarray(tensors[name].numpy().astype("<f4")).tobytes()
        header[name] = {"dtype": "F32", "shape": list(tensors[name].shape), "data_offsets": [off, off + len(b)]}
        blobs.append(b)
        off += len(b)
    hb = json.dumps(header, separators=(",", ":")).encode("utf-8")
    hb += b" " * (-len(hb) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(hb)))
        f.write(hb)
        for b in blobs:
            f.write(b)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=os.path.join(root, "tests", "data", "resize_golden.safetensors"))
    args = parser.parse_args()
    torch.manual_seed(20240601)
    tensors = {}
    for name, shape, size in CASES:
        x = torch.rand(shape, dtype=torch.float32) * 255.0
        y = F.interpolate(x, size=size, mode="bilinear", align_corners=False)
        tensors[name + ".input"] = x
        tensors[name + ".output"] = y
    metadata = {"generator": "scripts/make_resize_golden.py", "torch": torch.__version__,
                "cases": ",".join(c[0] for c in CASES),
                "call": 'F.interpolate(x, size=(H, W), mode="bilinear", align_corners=False)'}
    save_safetensors(args.out, tensors, metadata)
    print(f"wrote {args.out}: {len(CASES)} cases")


if __name__ == "__main__":
    main()
