#!/usr/bin/env python3
"""Plots an `alexnet-lab train --log` CSV the way d2l's Animator does: train loss, train accuracy
and test accuracy against epoch.

  plot_training_log.py LOG.csv OUT.svg [--title TEXT] [--reference LOSS,TRAIN_ACC,TEST_ACC]
  plot_training_log.py LOG.csv OUT.png ...   (writes the SVG next to it, then ImageMagick's
                                              `convert` rasterises it)

Standard library only (matplotlib is not needed); --reference draws d2l's published final values
as dotted lines.
"""
import argparse
import csv
import subprocess
import sys
from pathlib import Path

WIDTH, HEIGHT = 720, 460
LEFT, RIGHT, TOP, BOTTOM = 70, 190, 50, 60
SERIES = [("train_loss", "train loss", "#1f77b4", ""),
          ("train_accuracy", "train acc", "#d62728", "8,4"),
          ("test_accuracy", "test acc", "#2ca02c", "2,3")]


def read_log(path):
    rows = list(csv.DictReader(open(path, newline="")))
    if not rows:
        sys.exit(f"{path}: no rows")
    data = {key: [] for key, *_ in SERIES}
    for row in rows:
        x = float(row["epoch_fraction"])
        for key, *_ in SERIES:
            if row.get(key, "") != "":
                data[key].append((x, float(row[key])))
    return data


def svg(data, title, reference):
    xmax = max(x for pts in data.values() for x, _ in pts)
    ymax = max(1.0, max(y for pts in data.values() for _, y in pts))
    ymax = (int(ymax * 10) + 1) / 10 if ymax > 1.0 else 1.0
    pw, ph = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def px(x):
        return LEFT + pw * x / xmax

    def py(y):
        return TOP + ph * (1 - y / ymax)

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
           f'font-family="DejaVu Sans, sans-serif" font-size="13">',
           f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>',
           f'<text x="{LEFT + pw / 2}" y="28" text-anchor="middle" font-size="15">{title}</text>']
    xticks = range(0, int(xmax) + 1, max(1, int(xmax) // 10 or 1))
    for t in xticks:
        out.append(f'<line x1="{px(t):.1f}" y1="{TOP}" x2="{px(t):.1f}" y2="{TOP + ph}" stroke="#e0e0e0"/>')
        out.append(f'<text x="{px(t):.1f}" y="{TOP + ph + 18}" text-anchor="middle">{t}</text>')
    steps = int(round(ymax / 0.1))
    for i in range(steps + 1):
        y = i * 0.1
        if i % (2 if steps > 12 else 1):
            continue
        out.append(f'<line x1="{LEFT}" y1="{py(y):.1f}" x2="{LEFT + pw}" y2="{py(y):.1f}" stroke="#e0e0e0"/>')
        out.append(f'<text x="{LEFT - 8}" y="{py(y) + 4:.1f}" text-anchor="end">{y:.1f}</text>')
    out.append(f'<rect x="{LEFT}" y="{TOP}" width="{pw}" height="{ph}" fill="none" stroke="black"/>')
    out.append(f'<text x="{LEFT + pw / 2}" y="{HEIGHT - 18}" text-anchor="middle">epoch</text>')
    for (key, label, color, dash), ref in zip(SERIES, reference or [None] * 3):
        pts = data[key]
        if not pts:
            continue
        path = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in pts)
        dashes = f' stroke-dasharray="{dash}"' if dash else ""
        out.append(f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="2"{dashes}/>')
        if key == "test_accuracy":
            for x, y in pts:
                out.append(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3" fill="{color}"/>')
        if ref is not None:
            out.append(f'<line x1="{LEFT}" y1="{py(ref):.1f}" x2="{LEFT + pw}" y2="{py(ref):.1f}" '
                       f'stroke="{color}" stroke-width="1" stroke-dasharray="1,3" opacity="0.8"/>')
    lx, ly = LEFT + pw + 16, TOP + 10
    for i, (key, label, color, dash) in enumerate(SERIES):
        y = ly + 24 * i
        dashes = f' stroke-dasharray="{dash}"' if dash else ""
        last = f" {data[key][-1][1]:.3f}" if data[key] else ""
        out.append(f'<line x1="{lx}" y1="{y}" x2="{lx + 28}" y2="{y}" stroke="{color}" stroke-width="2"{dashes}/>')
        out.append(f'<text x="{lx + 36}" y="{y + 4}">{label}{last}</text>')
    if reference:
        y = ly + 24 * len(SERIES)
        out.append(f'<line x1="{lx}" y1="{y}" x2="{lx + 28}" y2="{y}" stroke="gray" stroke-dasharray="1,3"/>')
        out.append(f'<text x="{lx + 36}" y="{y + 4}">d2l (published)</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("log")
    parser.add_argument("out")
    parser.add_argument("--title", default="")
    parser.add_argument("--reference", help="LOSS,TRAIN_ACC,TEST_ACC published by d2l")
    args = parser.parse_args()
    reference = [float(v) for v in args.reference.split(",")] if args.reference else None
    text = svg(read_log(args.log), args.title or Path(args.log).name, reference)
    out = Path(args.out)
    svg_path = out.with_suffix(".svg")
    svg_path.write_text(text)
    if out.suffix.lower() == ".png":
        subprocess.run(["convert", "-density", "96", str(svg_path), str(out)], check=True)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
