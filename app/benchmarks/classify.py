"""`borderline bench classify`: items per second for classification plus flagging."""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from app.benchmarks.common import generate_catalogue, peak_rss_mb


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("classify", help="items per second for classification plus flagging, model load time, peak memory")
    p.add_argument("--items", type=int, default=20_000)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from app.core import classifier, classifying, services
    from app.core.workspace import Workspace, bundled_model

    found = bundled_model()
    if found is not None:
        path, sha, _ = found
        start = time.perf_counter()
        classifier.load(path, sha)
        print(f"model load: {time.perf_counter() - start:.3f} s ({path.stat().st_size / 1e6:.1f} MB)")
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(Path(tmp) / "data")
        services.import_catalogue(ws, generate_catalogue(Path(tmp) / "c.csv", args.items))
        services.ensure_model(ws)
        start = time.perf_counter()
        rep = classifying.classify_pending(ws)
        elapsed = time.perf_counter() - start
        ws.close()
    print(f"classify + flag: {rep.classified:,} items in {elapsed:.2f} s = {rep.classified / elapsed:,.0f} items/s "
          f"({rep.flagged:,} flagged)")
    print(f"peak memory: {peak_rss_mb():.0f} MiB")
    return 0
