"""`borderline bench retrain`: time to train (with cross-validated calibration) on many examples."""
from __future__ import annotations

import argparse
import csv
import random
import tempfile
import time
from pathlib import Path

from app.benchmarks.common import peak_rss_mb
from app.core.paths import bundled_data_dir


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("retrain", help="training time, model size and peak memory for N examples")
    p.add_argument("--examples", type=int, default=50_000)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from app.core import classifier

    with open(bundled_data_dir() / "starter_titles.csv", encoding="utf-8", newline="") as f:
        rows = [(r["title"], r["hs_code"]) for r in csv.DictReader(f)]
    rng = random.Random(3)
    extras = ["Ready Stock", "COD", "Free Gift", "New 2026", "Original", "Murah", "Giá rẻ", "ของแท้", "Black", "XL"]
    examples = [classifier.Example(t, c, 1.0, "starter") for t, c in rows]
    while len(examples) < args.examples:
        t, c = rng.choice(rows)
        examples.append(classifier.Example(f"{t} {rng.choice(extras)} {rng.randint(1, 999)}", c, 1.0, "decision"))
    start = time.perf_counter()
    model = classifier.train(examples)
    took = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.npz"
        digest = classifier.save(model, path)
        size = path.stat().st_size / 1e6
        start = time.perf_counter()
        loaded = classifier.load(path, digest)
        load_s = time.perf_counter() - start
    print(f"trained on {len(examples):,} examples ({len(model.classes):,} codes) in {took:.1f} s; "
          f"model file {size:.1f} MB ({len(loaded.neighbours):,} decisions kept as neighbours), loads in {load_s:.2f} s; "
          f"peak memory {peak_rss_mb():.0f} MiB")
    return 0
