"""`borderline bench documents`: time to render a long commercial invoice and packing list."""
from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from app.benchmarks.common import peak_rss_mb, starter_titles

LOCAL_TITLES = ["เสื้อยืดผ้าฝ้าย สีขาว", "Áo thun nữ cổ tròn", "Baju kurung moden wanita", "棉质T恤 白色",
                "Kemeja batik lelaki <lengan> & panjang"]


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("documents", help="seconds to render an invoice and packing list of N lines (default 1,000)")
    p.add_argument("--lines", type=int, default=1000)
    p.add_argument("--paper", choices=("A4", "letter"), default="A4")
    p.set_defaults(run=run)


def sample_documents(n: int, seed: int = 7) -> tuple[object, list[object]]:
    """A shipment spec and n document lines, one title in five in Thai, Vietnamese, Malay or Chinese."""
    from app.core.doc_lines import DocLine
    from app.core.shipment import Package, Party, ShipmentSpec

    rng = random.Random(seed)
    titles = starter_titles()
    lines = [DocLine(f"GEN-{i:07d}", rng.choice(LOCAL_TITLES) if i % 5 == 0 else rng.choice(titles),
                     rng.choice(["610910", "691200", "420232", "392690", "851830"]), rng.choice(["TH", "VN", "MY", "ID"]),
                     Decimal(rng.randint(1, 50)), "pcs", Decimal(rng.randint(100, 9000)) / 100,
                     Decimal(rng.randint(20, 3000)) / 1000) for i in range(n)]
    spec = ShipmentSpec("BENCH-0001", dt.date(2026, 11, 24), "SG", "DAP", "Singapore", "USD", "sale",
                        Party("Siam Craft Co., Ltd.", "12 Sukhumvit Rd, Bangkok 10110", "TH", "0105551234567"),
                        Party("Lion City Retail Pte Ltd", "1 Raffles Place, Singapore 048616", "SG"), [],
                        [Package(max(1, n // 20), "carton", Decimal("12.5"), Decimal(60), Decimal(40), Decimal(40))])
    return spec, lines


def run(args: argparse.Namespace) -> int:
    from pypdf import PdfReader

    from app.core.documents import render_invoice
    from app.core.fonts import font_set
    from app.core.packing_list import render_packing_list

    start = time.perf_counter()
    fonts = font_set()
    print(f"font discovery: {time.perf_counter() - start:.3f} s (scripts: {', '.join(fonts.scripts_found) or 'none'})")
    spec, lines = sample_documents(args.lines)
    with tempfile.TemporaryDirectory() as tmp:
        for label, render in (("invoice", render_invoice), ("packing list", render_packing_list)):
            path = Path(tmp) / f"{label}.pdf"
            start = time.perf_counter()
            render(spec, lines, path, args.paper)  # type: ignore[arg-type]
            elapsed = time.perf_counter() - start
            pages = len(PdfReader(path).pages)
            print(f"{label}: {len(lines):,} lines, {pages} pages, {path.stat().st_size / 1e3:.0f} kB in {elapsed:.2f} s")
    print(f"peak memory: {peak_rss_mb():.0f} MiB")
    return 0
