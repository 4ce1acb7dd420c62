"""`borderline bench soak`: import, classify and review a large generated catalogue.

Prints the time and the peak resident memory of each stage. On Linux the peak is sampled
per stage (every 20 ms from /proc/self/statm); elsewhere it is the process's peak so far.
The stages call the same core functions as the command line.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.benchmarks.common import generate_catalogue, peak_rss_mb


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("soak", help="import, classify and review a large catalogue; time and peak memory per stage")
    p.add_argument("--items", type=int, default=500_000)
    p.add_argument("--decisions", type=int, default=2_000, help="review decisions to take (default 2,000)")
    p.add_argument("--keep", type=Path, help="keep the data folder here instead of a temporary one")
    p.set_defaults(run=run)


def _rss_mb() -> float | None:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)
    except (OSError, ValueError, AttributeError):
        return None


@contextmanager
def stage(name: str, rows: list[tuple[str, float, float, str]], note: str = "") -> Iterator[list[str]]:
    peak = [_rss_mb() or 0.0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.02):
            now = _rss_mb()
            if now is not None and now > peak[0]:
                peak[0] = now

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    start = time.perf_counter()
    notes: list[str] = [note]
    try:
        yield notes
    finally:
        elapsed = time.perf_counter() - start
        stop.set()
        sampler.join()
        mb = peak[0] if _rss_mb() is not None else peak_rss_mb()
        rows.append((name, elapsed, mb, " ".join(n for n in notes if n)))
        print(f"{name:<10} {elapsed:9.1f} s  peak {mb:7.0f} MiB  {rows[-1][3]}", flush=True)


def run(args: argparse.Namespace) -> int:
    from app.core import classifying, deciding, item_views, outputs, services
    from app.core.workspace import Workspace

    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        rows: list[tuple[str, float, float, str]] = []
        print(f"soak: {args.items:,} items, {args.decisions:,} decisions, python {sys.version.split()[0]}", flush=True)
        with stage("generate", rows) as notes:
            path = generate_catalogue(root / "soak.csv", args.items)
            notes.append(f"{path.stat().st_size / 1e6:.1f} MB CSV")
        ws = Workspace(root / "data")
        try:
            with stage("import", rows) as notes:
                rep = services.import_catalogue(ws, path)
                notes.append(f"{rep.imported:,} imported, {len(rep.rejected):,} rejected")
            with stage("classify", rows) as notes:
                cr = classifying.classify_pending(ws)
                notes.append(f"{cr.classified:,} classified, {cr.flagged:,} flagged, {cr.auto:,} auto")
            with stage("review", rows) as notes:
                queue = item_views.queue_ids(ws)
                for item_id in queue[: args.decisions]:
                    detail = item_views.item_detail(ws, item_id)
                    deciding.decide(ws, item_id, detail.suggestions[0].code, "soak", "bench")
                notes.append(f"queue {len(queue):,}, {min(len(queue), args.decisions):,} decided")
            with stage("export", rows) as notes:
                n = outputs.export_log(ws, root / "log.csv")
                notes.append(f"{n:,} log rows")
            with stage("verify", rows) as notes:
                ok = deciding.verify_log(ws)
                notes.append(f"audit chain {'intact' if ok.ok else 'BROKEN'} ({ok.entries:,} entries)")
        finally:
            ws.close()
        print(f"total {sum(r[1] for r in rows):.1f} s; process peak {peak_rss_mb():.0f} MiB")
    return 0
