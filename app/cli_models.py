"""Command-line faces of the model use cases: evaluate, retrain, and the version list."""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.core.model_versions import LearningReceipt, RetrainReport


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    ev = sub.add_parser("evaluate", help="measure the active model on a labelled file (title, description, hs_code)")
    ev.add_argument("file", type=Path)
    ev.add_argument("-o", "--output", type=Path, help="JSON report (PNG charts are written beside it); "
                                                      "default: FILE-evaluation.json in the current folder")
    mv = sub.add_parser("models", help="list model versions with their metrics, or activate one")
    mv.add_argument("--activate", type=int, metavar="ID", help="make this version the active one and reclassify")


def _pct(v: Any) -> str:
    return "n/a" if v is None else f"{v:.1%}"


def evaluate(args: argparse.Namespace, ws: Any) -> int:
    from app.core import evaluation
    from app.core.services import ensure_model

    items = evaluation.read_labelled(args.file)
    model = ensure_model(ws)
    ev = evaluation.evaluate(model, items)
    review_below = ws.rules().review_below
    print(evaluation.format_report(ev, review_below))
    out = args.output or Path.cwd() / f"{args.file.stem}-evaluation.json"
    for path in evaluation.write_outputs(ev, out):
        print(f"wrote {path}")
    return 0


def format_side_by_side(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[str]:
    if before is None or after is None:
        return []
    rows = [("top-1 accuracy", "top1"), ("top-5 accuracy", "top5"), ("auto-accepted share", "coverage"),
            ("error among auto-accepted", "auto_error")]
    lines = [f"  {'':<28}{'active':>10}{'candidate':>12}"]
    lines += [f"  {label:<28}{_pct(before.get(key)):>10}{_pct(after.get(key)):>12}" for label, key in rows]
    return lines


def format_receipt(receipt: LearningReceipt) -> list[str]:
    lines = [f"learning receipt: {receipt.reclassified} undecided items reclassified, {receipt.changed_suggestion} "
             f"changed their suggestion, {receipt.left_queue} left the review queue, {receipt.entered_queue} entered it"]
    for c in receipt.largest:
        old = f"{c.old_code} ({_pct(c.old_p)})" if c.old_code else "none"
        lines.append(f"  {c.sku}: {old} -> {c.new_code} ({_pct(c.new_p)}), {c.old_status} -> {c.new_status}  {c.title[:50]}")
    return lines


def print_retrain(rr: RetrainReport) -> None:
    state = "active" if rr.activated else "kept, not active"
    print(f"model version {rr.candidate_id} {state}: {rr.n_examples} examples ({rr.n_decisions} decisions); "
          f"held-out top-1 accuracy on {rr.holdout_size} newest decisions: before {_pct(rr.accuracy_before)}, "
          f"after {_pct(rr.accuracy_after)}")
    print(rr.reason)
    for line in format_side_by_side(rr.before, rr.after):
        print(line)
    if rr.receipt is not None:
        for line in format_receipt(rr.receipt):
            print(line)


def models(args: argparse.Namespace, ws: Any) -> int:
    from app.core import services

    if args.activate is not None:
        receipt = services.activate_version(ws, args.activate)
        print(f"model version {args.activate} active")
        for line in format_receipt(receipt):
            print(line)
        return 0
    for v in services.list_versions(ws):
        m = v.metrics
        held = m.get("after") or m.get("cross_validated") or {}
        print(f"{'*' if v.active else ' '} {v.id:>4}  {v.created_at:%Y-%m-%d %H:%M}  {v.file_name:<16} "
              f"{v.n_examples:>7,} examples {v.n_decisions:>6,} decisions  held-out top-1 {_pct(held.get('top1'))}  "
              f"{json.dumps({k: m[k] for k in ('holdout',) if k in m})}")
    return 0
