"""The command line's `decide`: a decisions file applied, each row applied or named as rejected.

A file applied in part exits with its own status (5): the decisions of the rows not rejected
are saved, and the same file, once its rejected rows are corrected, can be given again (the
rows already applied are recognised and change nothing). A file whose every row is rejected
changes nothing and exits 2, as unusable input does."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_INPUT, EXIT_PART = 0, 2, 5
LISTED = 20  # rejected rows of a decisions file listed one by one; more are summed up by reason


def _some(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    d = sub.add_parser("decide", help="apply decisions from a file with columns sku, hs_code, note, reviewer")
    d.add_argument("file", type=Path)
    d.add_argument("--reviewer", default="", help="reviewer name for rows that give none")
    d.add_argument("--rejected", type=Path, help="write every rejected row with its reason to this .csv or .xlsx file "
                                                 f"(done anyway, beside FILE, when more than {LISTED} rows are rejected)")


def run(args: argparse.Namespace, ws: Any, bar: Any) -> int:
    from app.core import outputs

    dr = outputs.apply_decisions_file(ws, args.file, args.reviewer or str(ws.setting("reviewer") or ""), bar)
    bar.done()
    print(f"{args.file}: {_some(dr.applied, 'decision', 'decisions')} applied, "
          f"{_some(len(dr.rejected), 'row', 'rows')} rejected"
          + (f", {_some(dr.unchanged, 'item', 'items')} already decided so" if dr.unchanged else ""))
    _print_raised(dr.raised)
    _print_rejected(dr, args.file, args.rejected)
    if not dr.rejected:
        return EXIT_OK
    taken = dr.rows - len({row for row, _column, _why in dr.rejected})
    if not taken:
        print(f"borderline: {args.file.name}: nothing applied, every row was rejected", file=sys.stderr)
        return EXIT_INPUT
    print(f"borderline: {args.file.name}: applied in part: {taken:,} of {_some(dr.rows, 'row', 'rows')} taken, and the "
          f"{_some(dr.applied, 'decision', 'decisions')} they gave saved; {_some(len(dr.rejected), 'row', 'rows')} "
          "rejected. Correct the rejected rows and give the file again: the rows already applied change nothing.",
          file=sys.stderr)
    return EXIT_PART


def _print_raised(raised: list[Any]) -> None:
    """The flags the file's codes brought, which their decisions resolved: each is named, since
    nobody saw it in the review pane."""
    if not raised:
        return
    print(f"new flags under the codes given ({len(raised):,}), resolved by these decisions:")
    for f in raised[:LISTED]:
        market = "all markets" if f.market == "*" else f.market
        print(f"  {f.sku}: {f.rule_id} ({market}, {f.severity}): {f.reason}")
    if len(raised) > LISTED:
        print(f"  and {len(raised) - LISTED:,} more")


def _print_rejected(dr: Any, file: Path, to: Path | None) -> None:
    """A few rejected rows are listed; many are counted by reason with the first rows of each, and
    every one is written to a file (the one asked for, else FILE-rejected.csv beside FILE)."""
    from app.core import decisions_file

    if not dr.rejected:
        return
    if len(dr.rejected) <= LISTED:
        for n, col, why in dr.rejected:
            print(f"  row {n}, column {col}: {why}")
    else:
        print("  rejected rows by reason:")
        for g in decisions_file.reason_groups(dr, 2):
            print(f"  {g.count:>7,} × {g.kind}")
            for n, col, why in g.examples:
                print(f"            e.g. {file.name}, row {n}, column {col}: {why}")
    if to is None and len(dr.rejected) > LISTED:
        to = file.with_name(f"{file.stem}-rejected.csv")
    if to is not None:
        n = decisions_file.export_rejected(dr, to)
        print(f"wrote {n} rejected rows, with their reasons, to {to}")
