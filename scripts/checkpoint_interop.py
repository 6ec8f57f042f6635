#!/usr/bin/env python3
"""PyTorch <-> AlexNet Lab checkpoint round trip (used by tests/core/test_checkpoint_interop.cpp).

  checkpoint_interop.py from-reference REF OUT
      Builds d2l's LeNet in PyTorch, loads the weights of REF (tests/data/reference/
      lenet_e2e.safetensors: 0.weight ... 11.bias, input, out.11), checks PyTorch reproduces
      REF's logits, and saves model.state_dict() as safetensors to OUT (PyTorch -> here).
  checkpoint_interop.py check CKPT REF [--logits LOGITS]
      Loads CKPT (written by alexnet-lab) into a fresh PyTorch LeNet with
      load_state_dict(strict=True), runs REF's input, and compares the logits with REF's out.11
      and, if given, with the tensor "logits" of LOGITS (what alexnet-lab computed). Exit 0 if
      all agree within 1e-5 of their scale (here -> PyTorch).

Needs torch and numpy; uses the `safetensors` package when installed, otherwise the tiny
reader/writer below (numpy + json + struct; Debian has no python3-safetensors).
"""
import json
import struct
import sys

import numpy as np
import torch
from torch import nn

_DTYPES = {"F32": np.float32, "F64": np.float64, "I64": np.int64, "I32": np.int32}


def load_safetensors(path):
    """{name: numpy array}, {metadata} of a safetensors file."""
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n])
    metadata = header.pop("__metadata__", {})
    base = 8 + n
    tensors = {}
    for name, info in header.items():
        begin, end = info["data_offsets"]
        array = np.frombuffer(data[base + begin:base + end], dtype=_DTYPES[info["dtype"]])
        tensors[name] = array.reshape(info["shape"]).copy()
    return tensors, metadata


def save_safetensors(path, tensors, metadata=None):
    """Writes {name: numpy array or torch tensor} as F32 (I64 for integer arrays) safetensors."""
    arrays = {}
    for name, value in tensors.items():
        a = value.detach().cpu().numpy() if isinstance(value, torch.Tensor) else np.asarray(value)
        arrays[name] = np.ascontiguousarray(a.astype(np.int64 if a.dtype.kind in "iu" else np.float32))
    header, offset, blobs = {}, 0, []
    for name, a in sorted(arrays.items(), key=lambda kv: (kv[1].dtype != np.int64, kv[0])):
        blob = a.astype(a.dtype.newbyteorder("<")).tobytes()
        header[name] = {"dtype": "I64" if a.dtype == np.int64 else "F32", "shape": list(a.shape),
                        "data_offsets": [offset, offset + len(blob)]}
        offset += len(blob)
        blobs.append(blob)
    if metadata:
        header["__metadata__"] = {str(k): str(v) for k, v in metadata.items()}
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + b"".join(blobs))


def lenet():
    """d2l's LeNet (chapter 7.6), the same nn.Sequential indices as AlexNet Lab."""
    return nn.Sequential(
        nn.Conv2d(1, 6, kernel_size=5, padding=2), nn.Sigmoid(), nn.AvgPool2d(kernel_size=2, stride=2),
        nn.Conv2d(6, 16, kernel_size=5), nn.Sigmoid(), nn.AvgPool2d(kernel_size=2, stride=2),
        nn.Flatten(), nn.Linear(16 * 5 * 5, 120), nn.Sigmoid(), nn.Linear(120, 84), nn.Sigmoid(),
        nn.Linear(84, 10))


def scaled_error(got, want):
    return float(np.max(np.abs(got - want)) / max(float(np.max(np.abs(want))), 1e-30))


def state_dict_from(tensors):
    return {k: torch.from_numpy(v) for k, v in tensors.items() if not k.startswith("optimizer.")}


def from_reference(ref_path, out_path):
    ref, _ = load_safetensors(ref_path)
    model = lenet()
    wanted = set(model.state_dict().keys())
    model.load_state_dict({k: torch.from_numpy(ref[k]) for k in wanted}, strict=True)
    model.eval()
    with torch.no_grad():
        logits = model(torch.from_numpy(ref["input"])).numpy()
    error = scaled_error(logits, ref["out.11"])
    if error > 1e-5:
        print(f"PyTorch does not reproduce {ref_path}'s logits: error {error:.3g}", file=sys.stderr)
        return 1
    try:
        from safetensors.torch import save_file  # the real package, if the user has it
        save_file(model.state_dict(), out_path)
    except ImportError:
        save_safetensors(out_path, model.state_dict())
    print(f"wrote {out_path} ({len(wanted)} tensors); PyTorch logits match the reference ({error:.2g})")
    return 0


def check(ckpt_path, ref_path, logits_path=None):
    tensors, metadata = load_safetensors(ckpt_path)
    model = lenet()
    model.load_state_dict(state_dict_from(tensors), strict=True)  # raises on any key/shape mismatch
    model.eval()
    ref, _ = load_safetensors(ref_path)
    with torch.no_grad():
        logits = model(torch.from_numpy(ref["input"])).numpy()
    failures = []
    error = scaled_error(logits, ref["out.11"])
    print(f"PyTorch logits from {ckpt_path} vs the reference: scaled error {error:.3g}")
    if error > 1e-5:
        failures.append("reference")
    if logits_path:
        ours, _ = load_safetensors(logits_path)
        error = scaled_error(logits, ours["logits"])
        print(f"PyTorch logits vs alexnet-lab's logits: scaled error {error:.3g}")
        if error > 1e-5:
            failures.append("alexnet-lab")
    print(f"metadata: {json.dumps(metadata, sort_keys=True)}")
    if failures:
        print("MISMATCH against: " + ", ".join(failures), file=sys.stderr)
        return 1
    return 0


def main(argv):
    if len(argv) == 4 and argv[1] == "from-reference":
        return from_reference(argv[2], argv[3])
    if len(argv) in (4, 6) and argv[1] == "check":
        logits = argv[5] if len(argv) == 6 and argv[4] == "--logits" else None
        if len(argv) == 6 and logits is None:
            print(__doc__, file=sys.stderr)
            return 2
        return check(argv[2], argv[3], logits)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
