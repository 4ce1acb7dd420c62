"""`borderline bench learning LABELLED.csv --batches 5`: does reviewing make the model need less review?

The labelled items arrive in batches. Each batch is imported and classified; a simulated
reviewer then gives every flagged item its true code, and the model retrains. Per batch it
prints the share of items flagged for low confidence and the error rate among the items
accepted without review. Keyword rules are left out so the figures speak of the model.
"""
from __future__ import annotations

import argparse
import csv
import random
import tempfile
import time
from pathlib import Path

from app.benchmarks.common import peak_rss_mb


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("learning", help="simulate review and retraining batch by batch on a labelled file")
    p.add_argument("file", type=Path, help="labelled CSV/XLSX: title, optional description and material, hs_code")
    p.add_argument("--batches", type=int, default=5)
    p.add_argument("--seed", type=int, default=1, help="shuffles the items before batching")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from app.core import evaluation
    from app.core.workspace import Workspace

    items = evaluation.read_labelled(args.file)
    order = list(range(len(items)))
    random.Random(args.seed).shuffle(order)
    size = -(-len(items) // max(args.batches, 1))
    print(f"{len(items)} labelled items in {args.batches} batches of up to {size} (seed {args.seed})")
    print("batch  items  flagged(low confidence)  auto-accepted  error among auto  top-1  retrain")
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(Path(tmp) / "data")
        (ws.data_dir / "rules.toml").write_text(_model_only_rules(ws), encoding="utf-8")
        try:
            for b in range(args.batches):
                batch = [items[i] for i in order[b * size:(b + 1) * size]]
                if batch:
                    _batch(ws, Path(tmp), b, batch)
        finally:
            ws.close()
    print(f"peak memory: {peak_rss_mb():.0f} MiB")
    return 0


def _model_only_rules(ws) -> str:  # type: ignore[no-untyped-def]
    """A user rule file that switches every bundled rule off except low confidence."""
    from app.core.rules import LOW_CONFIDENCE

    return "\n".join(f'[override.{r.id}]\nenabled = false\n' for r in ws.rules().rules if r.id != LOW_CONFIDENCE)


def _batch(ws, tmp: Path, b: int, batch) -> None:  # type: ignore[no-untyped-def]
    from app.core import services
    from app.core.rules import LOW_CONFIDENCE

    path = tmp / f"batch{b}.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["SKU", "Product Name", "Country of Origin", "Price", "Currency"])
        truth = {}
        for n, item in enumerate(batch):
            sku = f"B{b}-{n:05d}"
            truth[sku] = item.code
            w.writerow([sku, item.text, "CN", "1.00", "USD"])
    services.import_catalogue(ws, path)
    services.classify_pending(ws)
    rows = [r for r in services.list_items(ws) if r.sku in truth]
    flagged = [r for r in rows if r.status == "flagged"]
    low = [r for r in flagged if LOW_CONFIDENCE in r.rules.split(", ")]
    auto = [r for r in rows if r.status == "auto"]
    wrong = sum(r.hs_code != truth[r.sku] for r in auto)
    top1 = sum(r.top_code == truth[r.sku] for r in rows) / len(rows)
    for r in flagged:
        services.decide(ws, r.id, truth[r.sku], "simulated reviewer")
    start = time.perf_counter()
    rr = services.retrain(ws)
    took = time.perf_counter() - start
    state = "activated" if rr.activated else "kept previous"
    err = f"{wrong / len(auto):.1%} ({wrong}/{len(auto)})" if auto else "n/a"
    print(f"{b + 1:>5}  {len(rows):>5}  {len(low) / len(rows):>23.1%}  {len(auto) / len(rows):>13.1%}  {err:>16}  "
          f"{top1:>5.1%}  {state} in {took:.1f} s")
