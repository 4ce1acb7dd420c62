"""`borderline bench learning LABELLED.csv --batches 5`: does reviewing make the model need less review?

The labelled items arrive in batches. Each batch is imported and classified; a simulated
reviewer then gives every flagged item its true code, and the model retrains. Per batch it
prints the share of items flagged for low confidence and the error rate among the items
accepted without review. Keyword rules are left out so the figures speak of the model.

One shuffle of a few hundred items is noisy (a batch of 40 moves by 2.5 points per item), so
`--repeats N` runs N shuffles and adds the per-batch means. `--variants K` lists every
product K times with a different colour and size, as shops list variants, spread over the
batches: the case where an earlier decision should settle a later listing.
"""
from __future__ import annotations

import argparse
import csv
import random
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from app.benchmarks.common import peak_rss_mb

COLOURS = ("Black", "White", "Red", "Navy Blue", "Pink", "Grey", "Green", "Beige")
SIZES = ("S", "M", "L", "XL", "Free Size", "2 pcs", "5 pcs", "10 pcs")


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("learning", help="simulate review and retraining batch by batch on a labelled file")
    p.add_argument("file", type=Path, help="labelled CSV/XLSX: title, optional description and material, hs_code")
    p.add_argument("--batches", type=int, default=5)
    p.add_argument("--seed", type=int, default=1, help="shuffles the items before batching")
    p.add_argument("--repeats", type=int, default=1, help="shuffles to run (seeds SEED, SEED+1, ...), then the means")
    p.add_argument("--variants", type=int, default=1, help="list each product this many times as colour/size variants")
    p.set_defaults(run=run)


@dataclass(frozen=True)
class BatchResult:
    items: int
    low_confidence: int
    auto: int
    wrong: int
    top1: float
    retrain_s: float
    activated: bool


def variant_listings(items: list, k: int, rng: random.Random) -> list:  # type: ignore[type-arg]
    """Each item k times, the copies told apart by a colour and size the way shops name variants."""
    from app.core.evaluation import LabelledItem

    if k <= 1:
        return list(items)
    out = []
    for item in items:
        for colour, size in rng.sample([(c, s) for c in COLOURS for s in SIZES], k):
            title = f"{item.title or item.text} ({colour}, {size})"  # shops name the variant in the title
            text = " ".join(p for p in (title, item.material, item.description) if p)
            out.append(LabelledItem(text, item.code, title, item.material, item.description))
    return out


def run(args: argparse.Namespace) -> int:
    from app.core import evaluation

    items = evaluation.read_labelled(args.file)
    repeats = max(args.repeats, 1)
    print(f"{len(items)} labelled items, {max(args.variants, 1)} listing(s) each, in {args.batches} batches; "
          f"{repeats} shuffle(s) from seed {args.seed}")
    runs = [_run_once(items, args.batches, args.seed + r, max(args.variants, 1)) for r in range(repeats)]
    if repeats > 1:
        _print_means(runs)
    print(f"peak memory: {peak_rss_mb():.0f} MiB")
    return 0


def _run_once(items: list, batches: int, seed: int, variants: int) -> list[BatchResult]:  # type: ignore[type-arg]
    from app.core.workspace import Workspace

    rng = random.Random(seed)
    listings = variant_listings(items, variants, rng)
    rng.shuffle(listings)
    size = -(-len(listings) // max(batches, 1))
    print(f"seed {seed}: batch  items  flagged(low confidence)  auto-accepted  error among auto  top-1  retrain")
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(Path(tmp) / "data")
        (ws.data_dir / "rules.toml").write_text(_model_only_rules(ws), encoding="utf-8")
        try:
            for b in range(batches):
                batch = listings[b * size:(b + 1) * size]
                if batch:
                    r = _batch(ws, Path(tmp), b, batch)
                    results.append(r)
                    _print_row(f"{b + 1:>13}", r)
        finally:
            ws.close()
    return results


def _print_row(label: str, r: BatchResult) -> None:
    err = f"{r.wrong / r.auto:.1%} ({r.wrong}/{r.auto})" if r.auto else "n/a"
    state = "activated" if r.activated else "kept previous"
    print(f"{label}  {r.items:>5}  {r.low_confidence / r.items:>23.1%}  {r.auto / r.items:>13.1%}  {err:>16}  "
          f"{r.top1:>5.1%}  {state} in {r.retrain_s:.1f} s")


def _print_means(runs: list[list[BatchResult]]) -> None:
    """Per batch over the shuffles: mean flagged share, pooled error among auto-accepted, mean top-1."""
    print(f"mean of {len(runs)} shuffles:")
    print("batch  flagged(low confidence)  auto-accepted  error among auto (pooled)  top-1")
    for b in range(min(len(r) for r in runs)):
        rows = [r[b] for r in runs]
        flagged = sum(x.low_confidence / x.items for x in rows) / len(rows)
        auto = sum(x.auto / x.items for x in rows) / len(rows)
        n_auto, n_wrong = sum(x.auto for x in rows), sum(x.wrong for x in rows)
        err = f"{n_wrong / n_auto:.1%} ({n_wrong}/{n_auto})" if n_auto else "n/a"
        top1 = sum(x.top1 for x in rows) / len(rows)
        print(f"{b + 1:>5}  {flagged:>23.1%}  {auto:>13.1%}  {err:>25}  {top1:>5.1%}")


def _model_only_rules(ws) -> str:  # type: ignore[no-untyped-def]
    """A user rule file that switches every bundled rule off except low confidence."""
    from app.core.rules import LOW_CONFIDENCE

    return "\n".join(f'[override.{r.id}]\nenabled = false\n' for r in ws.rules().rules if r.id != LOW_CONFIDENCE)


def _batch(ws, tmp: Path, b: int, batch) -> BatchResult:  # type: ignore[no-untyped-def]
    from app.core import classifying, deciding, item_views, services
    from app.core.rules import LOW_CONFIDENCE

    path = tmp / f"batch{b}.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        # title, material and description in their own columns, as a catalogue gives them: a title column
        # takes 1,000 characters, and a long description written into it was rejected (about one item in eight)
        w.writerow(["SKU", "Product Name", "Material", "Description", "Country of Origin", "Price", "Currency"])
        truth = {}
        for n, item in enumerate(batch):
            sku = f"B{b}-{n:05d}"
            truth[sku] = item.code
            title = item.title or item.text
            w.writerow([sku, title, item.material if item.title else "", item.description if item.title else "",
                        "CN", "1.00", "USD"])
    services.import_catalogue(ws, path)
    classifying.classify_pending(ws)
    rows = [r for r in item_views.list_items(ws) if r.sku in truth]
    flagged = [r for r in rows if r.status == "flagged"]
    low = [r for r in flagged if LOW_CONFIDENCE in r.rules.split(", ")]
    auto = [r for r in rows if r.status == "auto"]
    wrong = sum(r.hs_code != truth[r.sku] for r in auto)
    top1 = sum(r.top_code == truth[r.sku] for r in rows) / len(rows)
    for r in flagged:
        deciding.decide(ws, r.id, truth[r.sku], "simulated reviewer")
    start = time.perf_counter()
    rr = services.retrain(ws)
    return BatchResult(len(rows), len(low), len(auto), wrong, top1, time.perf_counter() - start, rr.activated)
