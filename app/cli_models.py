"""Command-line faces of the model use cases: evaluate, retrain, and the version list."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.core.evaluation import FEW_TO_COMPARE
from app.core.model_versions import RetrainReport, format_receipt, format_side_by_side
from app.core.model_versions import percent as _pct


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    ev = sub.add_parser("evaluate", help="measure the active model on a labelled file (title, description, hs_code)")
    ev.add_argument("file", type=Path)
    ev.add_argument("-o", "--output", type=Path, help="JSON report (PNG charts are written beside it); "
                                                      "default: FILE-evaluation.json in the current folder")
    mv = sub.add_parser("models", help="list model versions with their metrics, or activate one")
    mv.add_argument("--activate", type=int, metavar="ID", help="make this version the active one and reclassify")
    sub.add_parser("reclassify", help="classify again, with the active version, the undecided items whose suggestions "
                                      "an older version made (left by an interrupted retrain or activation)")


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


def print_retrain(rr: RetrainReport) -> None:
    state = "active" if rr.activated else "kept, not active"
    print(f"model version {rr.candidate_id} {state}: {rr.n_examples} examples ({rr.n_starter} starter titles and "
          f"{rr.n_decisions} decisions); held-out top-1 accuracy on {rr.holdout_size} newest decisions: "
          f"before {_pct(rr.accuracy_before)}, after {_pct(rr.accuracy_after)}")
    if rr.holdout_size:
        print(f"the {rr.holdout_size} newest decisions were held out of training to compare the versions, "
              "then learned too")
    print(rr.reason)
    for line in format_side_by_side(rr.before, rr.after):
        print(line)
    if rr.before is not None and 0 < rr.holdout_size < FEW_TO_COMPARE:
        print(f"these figures rest on {rr.holdout_size} held-out decision{'s' if rr.holdout_size > 1 else ''}: too few "
              f"to tell the versions apart (each one moves a figure by {1 / rr.holdout_size:.0%})")
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
    from app.core.evaluation import curve_point

    review_below = ws.rules().review_below
    for v in services.list_versions(ws):
        m = v.metrics
        held = m.get("after") or m.get("cross_validated") or {}
        on = (f"on the {held.get('n', 0):,} newest decisions" if m.get("after")
              else f"on {held.get('n', 0):,} labelled titles, cross-validated" if held else "")
        if 0 < int(held.get("n") or 0) < FEW_TO_COMPARE:
            on += " (too few to compare with another version)"
        point = curve_point(held["curve"], review_below) if held.get("curve") else None
        at = f"; at {review_below:.2f}: {_pct(point[0])} auto-accepted, {_pct(point[1])} of them wrong" if point else ""
        print(f"{'*' if v.active else ' '} {v.id:>4}  {v.created_at:%Y-%m-%d %H:%M}  {v.file_name:<16} "
              f"{v.n_examples:>7,} examples {v.n_decisions:>6,} decisions  held-out top-1 {_pct(held.get('top1'))} "
              f"{on}{at}")
    older = services.count_older(ws)
    if older.items:
        print(f"{older.items} undecided items carry suggestions from an older version; 'borderline reclassify' "
              f"classifies them with version {older.active_id}")
    return 0


def reclassify(ws: Any, progress: Any) -> int:
    """The undecided items with an older version's suggestions, classified with the active one."""
    from app.core import services

    older = services.count_older(ws)
    if not older.items:
        print("no undecided item carries an older version's suggestions")
        return 0
    receipt = services.reclassify_older(ws, progress)
    progress.done()
    print(f"{receipt.reclassified} undecided items classified again with version {older.active_id}")
    for line in format_receipt(receipt):
        print(line)
    return 0
