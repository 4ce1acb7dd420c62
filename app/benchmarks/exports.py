"""`borderline bench exports`: time and peak memory of every export, and of a decisions import.

Builds a workspace of N items imported through the real importer, then classified in bulk
(each flagged item has a low-confidence flag for every market and, on some, flags for single
markets, so the queue export has several rows per item, as a real one has), with one item in
six decided and its audit entry chained. Or copies the database of an existing data folder
(--copy-of DIR; the folder itself is not changed). Each export runs as the window runs it,
with a progress callback; then the queue export is cancelled at 30% to time how soon a cancel
is honoured, and a decisions file (half of its rows with codes that are no HS 2022
subheading) is imported. Peak memory is sampled every 20 ms on Linux (see bench soak).
"""
from __future__ import annotations

import argparse
import csv
import random
import shutil
import tempfile
import time
from pathlib import Path

from app.benchmarks.common import generate_catalogue
from app.benchmarks.soak import stage

MARKETS = ("SG", "MY", "TH", "ID")


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("exports", help="time and peak memory of the queue, log, audit and item exports and of a "
                                       "decisions import, and how soon a cancelled export stops")
    p.add_argument("--items", type=int, default=50_000)
    p.add_argument("--copy-of", type=Path, help="use a copy of this data folder's database instead of generating one")
    p.set_defaults(run=run)


def _build(ws, tmp: Path, n: int, seed: int = 5) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import insert, select, update

    from app.core import audit, flagging, services
    from app.core.tables import Decision, Flag, Item

    services.import_catalogue(ws, generate_catalogue(tmp / "catalogue.csv", n))
    rng = random.Random(seed)
    codes = ["610910", "620520", "850760", "821191", "392690", "691200", "420221", "330300"]
    with ws.db.session() as s:
        rows = list(s.execute(select(Item.id, Item.sku, Item.title, Item.norm_title)))
        items, flags, decided = [], [], []
        for k, (i, sku, title, norm) in enumerate(rows):
            p = round(rng.uniform(0.05, 0.95), 4)
            top = rng.choice(codes)
            done = k % 6 == 0
            items.append({"id": i, "status": "decided" if done else "flagged", "top_code": top, "top_p": p,
                          "hs_code": top if done else None, "suggestion_source": "model",
                          "suggestions": [[top, p]] + [[c, round((1 - p) / 5, 4)] for c in codes[:4] if c != top]})
            flags.append({"item_id": i, "market": "*", "rule_id": "LOWCONF", "severity": "review",
                          "reason": f"Model confidence {p:.0%} is below the review threshold", "trigger": f"{p:.2f}"})
            for market in rng.sample(MARKETS, rng.randint(0, 3)):
                flags.append({"item_id": i, "market": market, "rule_id": "LIB-" + market,
                              "severity": rng.choice(["block", "review"]),
                              "reason": f"Lithium battery: check the carrier's rules for {market}", "trigger": "battery"})
            if done:
                decided.append((i, sku, title, norm, top))
        s.execute(update(Item), items)
        s.execute(insert(Flag), flags)
        for i, sku, title, norm, code in decided:
            d = Decision(item_id=i, sku=sku, norm_title=norm, title=title, code=code, replaced_code=code, kind="accept",
                         reviewer="Bench", note="", flags_resolved=["LOWCONF"], markets=list(MARKETS), flags_seen=[])
            s.add(d)
            s.flush()
            audit.append(s, "Bench", "decision", sku, {"decision_id": d.id, "code": code, "kind": "accept",
                                                        "via": "review pane", "confidence": 0.5, "source": "model"})
    ws.set_setting(flagging.RULESET_SETTING, ws.rules().version)


def _decisions_file(ws, path: Path, seed: int = 9) -> Path:  # type: ignore[no-untyped-def]
    """Every flagged item once: half with its suggestion, the rest with codes that are no subheading."""
    from sqlalchemy import select

    from app.core.tables import Item

    rng = random.Random(seed)
    bad = ["ABC123", "6109", "61091000", "999999"]
    with ws.db.session() as s:
        flagged = list(s.execute(select(Item.sku, Item.top_code).where(Item.status == "flagged")))
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["sku", "hs_code", "note", "reviewer"])
        for sku, code in flagged:
            w.writerow([sku, code if rng.random() < 0.5 else rng.choice(bad), "bench", "Bench"])
    return path


def run(args: argparse.Namespace) -> int:
    from app.core import audit_export, decisions_file, outputs
    from app.core.jobs import Cancelled
    from app.core.workspace import Workspace

    results: list[tuple[str, float, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        data = tmp / "data"
        data.mkdir()
        if args.copy_of:
            shutil.copy(args.copy_of / "borderline.db", data / "borderline.db")
        ws = Workspace(data)
        try:
            if not args.copy_of:
                with stage("build", results, f"{args.items:,} items"):
                    _build(ws, tmp, args.items)
            ws.rules()
            jobs = [("queue.xlsx", outputs.export_queue), ("queue.csv", outputs.export_queue),
                    ("log.xlsx", lambda w, p, progress: outputs.export_log(w, p, progress=progress)),
                    ("audit.xlsx", lambda w, p, progress: audit_export.export_audit(w, p, progress=progress)),
                    ("items.xlsx", outputs.export_items)]
            for name, export in jobs:
                reports: list[float] = []
                start = time.perf_counter()

                def progress(fraction: float, message: str = "", reports: list[float] = reports, start: float = start) -> None:
                    reports.append(time.perf_counter() - start)

                with stage(name, results) as notes:
                    n = export(ws, tmp / name, progress)
                    gap = max((b - a for a, b in zip(reports, reports[1:])), default=0.0)
                    notes.append(f"{n:,} rows, {len(reports)} progress reports, longest gap {gap:.2f} s, "
                                 f"{(tmp / name).stat().st_size / 1e6:.1f} MB")
            target = tmp / "cancelled.xlsx"
            asked: list[float] = []

            def cancel_at_30(fraction: float, message: str = "") -> None:
                if fraction >= 0.3:
                    asked.append(time.perf_counter())
                    raise Cancelled()

            with stage("cancel", results) as notes:
                try:
                    outputs.export_queue(ws, target, cancel_at_30)
                except Cancelled:
                    stopped = time.perf_counter() - asked[0]
                    left = [p.name for p in tmp.iterdir() if "cancelled" in p.name]
                    notes.append(f"queue.xlsx cancelled at 30%: stopped {stopped * 1000:.0f} ms after the cancel, "
                                 f"files left: {', '.join(left) or 'none'}")
            path = _decisions_file(ws, tmp / "decisions.csv")
            with stage("decisions", results) as notes:
                rep = decisions_file.apply_decisions_file(ws, path, "Bench")
                notes.append(f"{rep.applied:,} applied, {len(rep.rejected):,} rejected in "
                             f"{len(decisions_file.reason_groups(rep))} reasons")
        finally:
            ws.close()
    return 0
