#!/usr/bin/python3
"""Golden values for core/src/data/preprocess.cpp: the reference pipeline in Python, written to
tests/data/preprocess_golden.safetensors.

    /usr/bin/python3 scripts/make_preprocess_golden.py [--out tests/data/preprocess_golden.safetensors]

Pipeline (what torchvision's Grayscale + CenterCrop + Resize(antialias=False) + ToTensor do, with
the resize done by F.interpolate): PIL convert("L") → centre crop to the shorter side with
int(round((H - s) / 2)) offsets → F.interpolate(bilinear, align_corners=False) to 28 → / 255 →
1 - x when the border ring's mean is above 0.5 (light background).

Stored (F32): "rgb" (H, W, 3) with integral 0..255 values, "gray" (H, W) from PIL, "expected"
(1, 1, 28, 28); and for the 3-channel path "expected_rgb" (1, 3, 32, 32) without grayscale.
"""
import argparse
import json
import os
import struct

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image


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


def centre_crop(x):  # x: (C, H, W)
    _, h, w = x.shape
    s = min(h, w)
    top, left = int(round((h - s) / 2.0)), int(round((w - s) / 2.0))
    return x[:, top:top + s, left:left + s]


def border_mean(x):  # x: (C, H, W)
    ring = torch.cat([x[:, 0, :].flatten(), x[:, -1, :].flatten(), x[:, 1:-1, 0].flatten(), x[:, 1:-1, -1].flatten()])
    return float(ring.double().mean())


def pipeline(chw, size):
    x = centre_crop(chw).unsqueeze(0)
    x = F.interpolate(x, size=(size, size), mode="bilinear", align_corners=False) / 255.0
    if border_mean(x[0]) > 0.5:
        x = 1.0 - x
    return x


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=os.path.join(root, "tests", "data", "preprocess_golden.safetensors"))
    args = parser.parse_args()
    rng = np.random.default_rng(20240601)
    h, w = 23, 41  # landscape; (41 - 23) / 2 = 9 → left offset 9
    rgb = rng.integers(150, 256, size=(h, w, 3), dtype=np.uint8)  # light, noisy background
    rgb[6:17, 14:27] = rng.integers(0, 80, size=(11, 13, 3), dtype=np.uint8)  # a dark object
    gray = np.asarray(Image.fromarray(rgb, mode="RGB").convert("L"))
    expected = pipeline(torch.from_numpy(gray.astype(np.float32))[None], 28)
    expected_rgb = pipeline(torch.from_numpy(rgb.astype(np.float32)).permute(2, 0, 1).contiguous(), 32)
    tensors = {"rgb": torch.from_numpy(rgb.astype(np.float32)), "gray": torch.from_numpy(gray.astype(np.float32)),
               "expected": expected, "expected_rgb": expected_rgb}
    import PIL
    metadata = {"generator": "scripts/make_preprocess_golden.py", "torch": torch.__version__, "pillow": PIL.__version__}
    save_safetensors(args.out, tensors, metadata)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
