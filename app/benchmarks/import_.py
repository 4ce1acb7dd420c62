"""`borderline bench import`: rows per second and peak memory for importing a catalogue.

Generates a catalogue, imports it into a fresh database (new items), then imports it
again (every row matched by SKU), and prints both rates with the process's memory before
the first import and at its peak.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from app.benchmarks.common import generate_catalogue, peak_rss_mb


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("import", help="rows per second and peak memory for a catalogue import into the database")
    p.add_argument("--rows", type=int, default=100_000)
    p.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    p.set_defaults(run=run)


def _current_rss_mb() -> float:
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
    except OSError:
        return float("nan")
    import os

    return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def _to_xlsx(csv_path: Path) -> Path:
    import csv

    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Products")
    with open(csv_path, encoding="utf-8", newline="") as f:
        for row in csv.reader(f):
            ws.append(row)
    out = csv_path.with_suffix(".xlsx")
    wb.save(out)
    return out


def run(args: argparse.Namespace) -> int:
    from app.core import services
    from app.core.workspace import Workspace

    with tempfile.TemporaryDirectory() as tmp:
        path = generate_catalogue(Path(tmp) / "catalogue.csv", args.rows)
        if args.format == "xlsx":
            path = _to_xlsx(path)
        size_mb = path.stat().st_size / 1e6
        ws = Workspace(Path(tmp) / "data")
        before = _current_rss_mb()
        start = time.perf_counter()
        first = services.import_catalogue(ws, path)
        t_first = time.perf_counter() - start
        start = time.perf_counter()
        second = services.import_catalogue(ws, path)
        t_second = time.perf_counter() - start
        ws.close()
    print(f"file: {args.rows:,} rows, {args.format}, {size_mb:.1f} MB")
    print(f"import (new items):      {first.rows_read:,} rows in {t_first:.2f} s = {first.rows_read / t_first:,.0f} rows/s "
          f"({first.added:,} added, {len(first.rejected):,} rejected)")
    print(f"re-import (same SKUs):   {second.rows_read:,} rows in {t_second:.2f} s = "
          f"{second.rows_read / t_second:,.0f} rows/s ({second.unchanged:,} unchanged)")
    print(f"memory: {before:.0f} MiB before the first import, peak {peak_rss_mb():.0f} MiB")
    return 0
