"""`borderline bench rules`: items per second the rule engine flags, whole default set, all markets."""
from __future__ import annotations

import argparse
import csv
import random
import time
from decimal import Decimal

from app.benchmarks.common import peak_rss_mb
from app.core.paths import bundled_data_dir

EXTRA = ["20000mAh power bank 5V", "Hunting knife blade 25 cm", "E-liquid 60ml 3% nicotine", "Energy shot 300mg caffeine",
         "Drone with 4K camera 5000mAh 11.1V", "Bộ dao nhà bếp 8 inch blade", "บุหรี่ไฟฟ้า pod kit", "Kratom powder 100g",
         "Used clothes bale 50kg", "Perfume eau de parfum 100ml", "Baterai lithium 18650 3000mAh"]


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("rules", help="items per second flagged by the rule engine (whole default set, all ASEAN markets)")
    p.add_argument("--items", type=int, default=50_000)
    p.add_argument("--markets", default="ASEAN", help="comma-separated markets, or ASEAN (the default)")
    p.add_argument("--reflag-items", type=int, default=0,
                   help="also time re-flagging a classified catalogue of this many items after a rule is switched off")
    p.set_defaults(run=run)


def items(n: int, seed: int = 7) -> list[tuple[str, str, float, Decimal]]:
    """(text, suggested code, confidence, value in USD): starter titles plus risky ones."""
    rng = random.Random(seed)
    with open(bundled_data_dir() / "starter_titles.csv", encoding="utf-8", newline="") as f:
        rows = [(r["title"], r["hs_code"]) for r in csv.DictReader(f) if r.get("hs_code")]
    rows += [(t, "850760") for t in EXTRA]
    colours = ["", "Black", "White", "Pink", "Navy", "Beige", "Red", "Green"]
    out = []
    for _ in range(n):
        title, code = rng.choice(rows)
        out.append((f"{title} {rng.choice(colours)}".strip(), code, rng.uniform(0.2, 0.99),
                    Decimal(f"{rng.uniform(1, 300):.2f}")))
    return out


def run(args: argparse.Namespace) -> int:
    from app.core.paths import resources_dir
    from app.core.rules import ASEAN, load_rules

    start = time.perf_counter()
    rules = load_rules([resources_dir() / "rules" / "default.toml"])
    print(f"rule set {rules.version}: {len(rules.rules)} rules ({sum(r.enabled for r in rules.rules)} enabled), "
          f"loaded in {time.perf_counter() - start:.3f} s")
    markets = list(ASEAN) if args.markets.upper() == "ASEAN" else [m.strip().upper() for m in args.markets.split(",")]
    data = items(args.items)
    flags = 0
    cpu = time.process_time()
    start = time.perf_counter()
    for text, code, p, value in data:
        flags += len(rules.evaluate(text, [(code, p)], markets, value=value, currency="USD", fields={"origin": "TH"}))
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu
    print(f"flagged {len(data):,} items against {len(markets)} markets in {elapsed:.2f} s wall = "
          f"{len(data) / elapsed:,.0f} items/s on one core ({flags / len(data):.2f} flags per item)")
    print(f"CPU time {cpu:.2f} s = {len(data) / cpu:,.0f} items per CPU-second (less affected by other load)")
    if args.reflag_items:
        reflag_figures(args.reflag_items)
    print(f"peak memory: {peak_rss_mb():.0f} MiB")
    return 0


def reflag_figures(n: int) -> None:
    import tempfile
    from pathlib import Path

    from app.benchmarks.common import generate_catalogue
    from app.core import classifying, flagging, rule_admin, services
    from app.core.workspace import Workspace

    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(Path(tmp) / "data")
        services.import_catalogue(ws, generate_catalogue(Path(tmp) / "c.csv", n))
        classifying.classify_pending(ws)
        for label, change in (("unchanged rules", None), ("KNIFE switched off", {"enabled": False})):
            if change:
                rule_admin.set_override(ws, "KNIFE", **change)
            start = time.perf_counter()
            rep = flagging.reflag(ws)
            elapsed = time.perf_counter() - start
            print(f"re-flag {rep.checked:,} items ({label}): {elapsed:.2f} s = {rep.checked / elapsed:,.0f} items/s, "
                  f"{rep.changed:,} changed")
        ws.close()
