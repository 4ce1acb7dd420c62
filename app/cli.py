"""Command line: the same use cases as the window, for scripts and benchmarks.

Exit status: 0 success, 2 unusable input (one line on stderr naming the file and row),
3 documents refused because items wait for review or are blocked, 4 another Borderline
is using the data folder (every command but `backup`, which copies while the window works),
5 a decisions file applied in part (app/cli_decide.py).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app import __version__

EXIT_OK, EXIT_INPUT, EXIT_REFUSED, EXIT_BUSY = 0, 2, 3, 4
EXIT_PIPE = 141  # what a shell reports for a program stopped by a closed pipe (128 + SIGPIPE)


class _Bar:
    """Progress on stderr, one line rewritten in place (only on a terminal)."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()

    def __call__(self, fraction: float, message: str = "") -> None:
        if self.tty:
            share = f"{fraction:6.1%}" if fraction >= 0 else "     …"  # below 0: not known yet (jobs.UNKNOWN)
            sys.stderr.write(f"\r{share} {message[:70]:<70}")
            sys.stderr.flush()

    def done(self) -> None:
        if self.tty:
            sys.stderr.write("\r" + " " * 80 + "\r")


def _date(text: str):  # type: ignore[no-untyped-def]
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: '{text}' (write YYYY-MM-DD)") from None


def _market(text: str) -> str:
    from app.core.values import country_code

    try:
        code = country_code(text)
    except ValueError:
        code = ""
    if not code:
        raise argparse.ArgumentTypeError(f"not a country code: '{text}' (two letters, e.g. SG)")
    return code


def _markets(text: str) -> list[str]:
    codes = [_market(m) for m in text.split(",") if m.strip()]
    if not codes:
        raise argparse.ArgumentTypeError("no market given (e.g. SG,MY)")
    return codes


def _top(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if not 1 <= n <= 5:
        raise argparse.ArgumentTypeError(f"'{text}': the model gives 1 to 5 suggestions")
    return n


def _head(text: str):  # type: ignore[no-untyped-def]
    from app.core.audit_head import parse_head

    try:
        return parse_head(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


# commands that read what earlier work stored: on a folder with no database they say so
# rather than create an empty one (a mistyped --data-dir)
NEEDS_DATABASE = frozenset({"queue", "decide", "retrain", "models", "export-log", "export-audit", "export-items",
                            "verify-log", "reflag", "reclassify", "documents", "classify"})


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="borderline", description="HS classification and customs paperwork, offline.")
    p.add_argument("--version", action="version", version=f"borderline {__version__}")
    p.add_argument("--data-dir", type=Path, help="folder for the database, models and documents")
    from app.core.rule_language import RULE_LANGUAGES

    p.add_argument("--language", choices=RULE_LANGUAGES, default=None,
                   help="the language of rule titles and of the reasons flags are given (default: en); for the "
                        "window (gui), the window's language for this run, the one saved in Settings unchanged "
                        "(items flagged in another language are flagged again once)")
    sub = p.add_subparsers(dest="command")
    g = sub.add_parser("gui", help="open the application window (the default)")
    g.add_argument("file", type=Path, nargs="?", help="a catalogue to import once the window is open")
    from app import cli_import

    cli_import.add_parser(sub)
    cl = sub.add_parser("classify", help="classify pending items and print counts by flag")
    cl.add_argument("--markets", type=_markets, help="comma-separated destination markets, e.g. SG,MY (default: the settings)")
    q = sub.add_parser("queue", help="print the review queue, or export it")
    q.add_argument("--export", type=Path, help="write the queue to a .csv or .xlsx file")
    from app import cli_decide

    cli_decide.add_parser(sub)
    rt = sub.add_parser("retrain", help="train a candidate model from the starter data and all decisions; "
                                        "activate it if it is not worse on the newest decisions")
    rt.add_argument("--force", action="store_true", help="activate the candidate even if it is worse, and train one "
                                                            "even with no new decision since the active version")
    from app import cli_models

    cli_models.add_parsers(sub)
    el = sub.add_parser("export-log", help="export the review log (.csv or .xlsx)")
    el.add_argument("file", type=Path)
    el.add_argument("--from", dest="date_from", type=_date, help="first day to include (YYYY-MM-DD, this computer's days)")
    el.add_argument("--to", dest="date_to", type=_date, help="last day to include (YYYY-MM-DD)")
    el.add_argument("--reviewer", default="", help="only this reviewer's decisions")
    el.add_argument("--market", type=_market, help="only decisions taken for this market, e.g. SG")
    el.add_argument("--kind", default="", choices=["accept", "override", "undone"], help="only this decision type")
    ea = sub.add_parser("export-audit", help="export the audit trail (.csv or .xlsx): decisions, undos, prints "
                                             "(with any ban shipped), rule and setting changes, imports, models")
    ea.add_argument("file", type=Path)
    ea.add_argument("--from", dest="date_from", type=_date, help="first day to include (YYYY-MM-DD, this computer's days)")
    ea.add_argument("--to", dest="date_to", type=_date, help="last day to include (YYYY-MM-DD)")
    ea.add_argument("--action", default="", help="only entries of this action, e.g. print, decision, rule-change")
    ei = sub.add_parser("export-items", help="export the catalogue with its codes (.csv or .xlsx)")
    ei.add_argument("file", type=Path)
    doc = sub.add_parser("documents", help="render the commercial invoice and packing list for a shipment file")
    doc.add_argument("shipment", type=Path)
    doc.add_argument("--out", type=Path, required=True, help="folder for the PDFs")
    doc.add_argument("--lines", type=Path, help="also write the invoice lines for a carrier's upload form (.csv or .xlsx)")
    doc.add_argument("--ship-cleared", action="store_true",
                     help="print even though a reviewer cleared a blocking flag (a ban, say) for the destination")
    pr = sub.add_parser("predict", help="stateless: suggest codes for every row of a file")
    pr.add_argument("file", type=Path)
    pr.add_argument("-o", "--output", type=Path, required=True)
    pr.add_argument("--top", type=_top, default=5, help="how many suggestions per row, 1 to 5 (default 5)")
    vl = sub.add_parser("verify-log", help="check the audit trail's hash chain, that no entry is missing from its end "
                                           "(against the heads recorded in audit-head.log), and that the decisions "
                                           "(the review log) agree with it")
    vl.add_argument("--head", type=_head, help="also check that the trail still holds this head (ENTRIES:HASH, as an "
                                               "export or backup names it)")
    sub.add_parser("selfcheck", help="check this installation (database, model, a classification, a PDF) in a temporary folder")
    sub.add_parser("reflag", help="re-evaluate the flagging rules for every classified item (after editing rules.toml)")
    sub.add_parser("build-baseline", help="(maintainers) train the shipped baseline model from data/ into models/")
    from app import backup_commands

    backup_commands.add_parsers(sub)
    bench = sub.add_parser("bench", help="benchmarks that print speed and memory figures")
    from app.benchmarks import register

    register(bench.add_subparsers(dest="bench", required=True))
    return p


def _fail(message: str, code: int = EXIT_INPUT) -> int:
    print(f"borderline: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    from app import backup_commands

    args = _parser().parse_args(argv)
    command = args.command or "gui"
    if command == "bench":
        return int(args.run(args))
    if command == "gui":
        from app.gui.app import run_gui

        return run_gui(args.data_dir, getattr(args, "file", None), args.language)
    if command == "selfcheck":
        from app.core.selfcheck import run_selfcheck
        from app.gui.selfcheck_window import window_step

        check = run_selfcheck(extra=[("window", window_step)])
        print("\n".join(check.lines()))
        return EXIT_OK if check.ok else 1

    from sqlalchemy.exc import DBAPIError

    from app.core.instance_lock import InstanceLock, InstanceLocked
    from app.core.paths import default_data_dir

    data_dir = args.data_dir or default_data_dir()
    if command in NEEDS_DATABASE and not data_dir.exists():
        return _fail(f"{data_dir}: no such folder, so no Borderline database (is --data-dir right?)")
    try:
        if command in backup_commands.UNLOCKED:
            # SQLite's online backup API reads a consistent copy while the window writes:
            # a backup needs no hold on the data folder (a restore does).
            return backup_commands.run(command, args, data_dir)
        with InstanceLock(data_dir):
            return _main_locked(command, args, data_dir)
    except InstanceLocked as exc:
        return _fail(str(exc), EXIT_BUSY)
    except BrokenPipeError:  # the reader went away (`borderline queue | head`): stop quietly, as other tools do
        _quiet_stdout()
        return EXIT_PIPE
    except (OSError, DBAPIError) as exc:  # a full disk, a locked database, a read-only folder: one sentence
        return _computer_failure(exc, data_dir)


def _quiet_stdout() -> None:
    """Point standard output at the null device, so that the interpreter's final flush of what was
    left for a closed pipe does not fail again at exit."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _computer_failure(exc: Exception, data_dir: Path) -> int:
    """One sentence naming the path for a failure of the disk or the database (exit 2);
    anything else is a bug and keeps its traceback."""
    from app.core import failures
    from app.core.instance_lock import FolderNotHeld

    found = failures.explain(exc, data_dir)
    if found is None:
        if isinstance(exc, FolderNotHeld):  # its own sentence names the folder and the system's reason
            return _fail(str(exc))
        raise exc
    return _fail(failures.sentence(found))


def _main_locked(command: str, args: argparse.Namespace, data_dir: Path) -> int:
    from app import backup_commands
    from app.core import failures
    from app.core.catalogue import CatalogueError
    from app.core.classifier import ModelFileError
    from app.core.db import DatabaseError
    from app.core.export import ExportError
    from app.core.review import ReviewError
    from app.core.rules import RuleFileError
    from app.core.shipment import ShipmentError
    from app.core.workspace import Workspace

    if command in backup_commands.COMMANDS:
        return backup_commands.run(command, args, data_dir)
    if command in NEEDS_DATABASE and not (data_dir / "borderline.db").exists():
        return _fail(f"{data_dir}: no Borderline database in this folder (is --data-dir right?)")
    try:
        ws = Workspace(data_dir)
    except DatabaseError as exc:
        return _fail(str(exc))
    ws.language = args.language or "en"
    try:
        return _run(command, args, ws)
    except (CatalogueError, ExportError, ReviewError, RuleFileError, DatabaseError, ModelFileError) as exc:
        return _fail(str(exc))
    except ShipmentError as exc:
        return _fail(f"{args.shipment}: {exc}")
    except BrokenPipeError:
        raise  # the reader went away: said by no one (main)
    except OSError as exc:
        if failures.explain(exc) is not None:
            raise  # a full disk or a read-only folder: said in main
        return _fail(f"{exc.filename or ''}: {exc.strerror or exc}")
    finally:
        ws.close()


def _say_point_readings(path: Path, raw: Any) -> None:
    """Before printing: the numbers of a shipment file that read otherwise where a dot groups
    thousands ("1.000"), and how they were read (app.core.shipment.point_readings)."""
    from app.core.shipment import point_readings

    readings = point_readings(raw)
    if not readings:
        return
    shown = 10
    listed = "; ".join(f'{where} "{text}" = {format(value.normalize(), "f")}' for where, text, value in readings[:shown])
    more = f"; and {len(readings) - shown} more" if len(readings) > shown else ""
    print(f"borderline: note: {path}: read with a decimal point, as a shipment file writes numbers (no thousands "
          f"mark; a thousand is 1000): {listed}{more}", file=sys.stderr)


def _run(command: str, args: argparse.Namespace, ws) -> int:  # type: ignore[no-untyped-def]
    from app import cli_models
    from app.core import classifying, deciding, model_versions, outputs, services
    from app.core.shipment import parse_shipment

    bar = _Bar()
    if command == "import":
        from app import cli_import

        return cli_import.run(args, ws, bar)
    if command == "classify":
        rep = classifying.classify_pending(ws, args.markets, bar)
        bar.done()
        print(f"classified {rep.classified}: {rep.auto} auto-accepted, {rep.flagged} flagged for review, "
              f"{rep.from_memory} from decision memory")
        if rep.flags_by_rule:
            print("items flagged, by rule (an item flagged for several markets counts once):")
        for rule_id, n in sorted(rep.flags_by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {rule_id}: {n:,} {'item' if n == 1 else 'items'}")
        return EXIT_OK
    if command == "queue":
        if args.export:
            n = outputs.export_queue(ws, args.export, bar)
            bar.done()
            print(f"wrote {n} queue rows to {args.export}")
        else:
            for row in outputs.queue_rows(ws):
                print(f"{row[0]}\t{row[2]}\t{row[3]}\t{row[4]}\t{row[6]} ({row[7]})\t{row[1][:60]}")
        return EXIT_OK
    if command == "decide":
        from app import cli_decide

        return cli_decide.run(args, ws, bar)
    if command == "retrain":
        try:
            rr = services.retrain(ws, bar, force=args.force)
        except model_versions.NothingToLearn as exc:
            bar.done()
            print(f"not retrained: {exc}")
            return EXIT_OK
        bar.done()
        cli_models.print_retrain(rr)
        return EXIT_OK
    if command in ("evaluate", "models"):
        return getattr(cli_models, command)(args, ws)
    if command == "reclassify":
        return cli_models.reclassify(ws, bar)
    if command == "export-log":
        if args.date_from and args.date_to and args.date_from > args.date_to:
            return _fail(f"--from {args.date_from} is after --to {args.date_to}: no day is in between")
        log_filter = outputs.LogFilter(args.date_from, args.date_to, args.reviewer, args.market or "", args.kind)
        n = outputs.export_log(ws, args.file, log_filter, bar)
        bar.done()
        print(f"wrote {n} decisions to {args.file}")
        rep = deciding.verify_log(ws)  # an auditor must not get a log that disagrees with the trail unawares
        if rep.head:
            print(f"audit trail head: {rep.head} (also at the end of the file)")
        if not rep.ok:
            return _fail(f"but the audit trail does not vouch for it: {rep.problem} (see verify-log)", 1)
        return EXIT_OK
    if command == "export-audit":
        from app.core import audit_export

        if args.date_from and args.date_to and args.date_from > args.date_to:
            return _fail(f"--from {args.date_from} is after --to {args.date_to}: no day is in between")
        n = audit_export.export_audit(ws, args.file, audit_export.AuditFilter(args.date_from, args.date_to, args.action),
                                      bar)
        bar.done()
        print(f"wrote {n} audit entries to {args.file}")
        rep = deciding.verify_log(ws)
        if rep.head:
            print(f"audit trail head: {rep.head} (also at the end of the file)")
        if not rep.ok:
            return _fail(f"but the audit trail does not vouch for it: {rep.problem} (see verify-log)", 1)
        return EXIT_OK
    if command == "export-items":
        n = outputs.export_items(ws, args.file, bar)
        bar.done()
        print(f"wrote {n} items to {args.file}")
        return EXIT_OK
    if command == "documents":
        try:
            text = args.shipment.read_text(encoding="utf-8")
            raw = json.loads(text)
        except json.JSONDecodeError as exc:
            return _fail(f"{args.shipment}: not valid JSON (line {exc.lineno}: {exc.msg})")
        spec = parse_shipment(raw)
        _say_point_readings(args.shipment, json.loads(text, parse_float=str))
        try:
            res = outputs.build_documents(ws, spec, raw, args.out, bar, ship_cleared=args.ship_cleared)
        except outputs.ClearedBlocks as exc:
            bar.done()
            lines = [f"  {b.describe(exc.destination)}" for b in exc.blocks]
            n = len(exc.blocks)
            print(f"borderline: documents not printed: {n} blocking {'flag' if n == 1 else 'flags'} for {exc.destination} "
                  f"{'was' if n == 1 else 'were'} cleared by a reviewer:\n" + "\n".join(lines) + "\nPass --ship-cleared to print anyway.", file=sys.stderr)
            return EXIT_REFUSED
        except outputs.DocumentsRefused as exc:
            bar.done()
            lines = [f"  {sku}: {why}" for sku, why in exc.problems]
            n = len(exc.problems)
            print(f"borderline: documents refused, {n} {'item needs' if n == 1 else 'items need'} a decision first:\n"
                  + "\n".join(lines), file=sys.stderr)
            return EXIT_REFUSED
        except outputs.ShipmentProblem as exc:
            return _fail(f"{args.shipment}: {exc}")
        bar.done()
        print(f"invoice: {res.invoice}\npacking list: {res.packing_list}\nshipment revision: {res.revision}")
        if args.lines:
            print(f"lines: {args.lines} ({outputs.export_shipment_lines(ws, spec, args.lines, args.ship_cleared)} rows)")
        for warning in res.warnings:
            print(f"borderline: warning: {warning}", file=sys.stderr)
        return EXIT_OK
    if command == "predict":
        n = outputs.predict_file(ws, args.file, args.output, args.top, bar)
        bar.done()
        print(f"wrote {n} rows to {args.output}")
        return EXIT_OK
    if command == "build-baseline":
        from app.core.workspace import write_bundled_model

        path = write_bundled_model(bar)
        bar.done()
        print(f"wrote {path}")
        return EXIT_OK
    if command == "reflag":
        from app.core.flagging import reflag

        rf = reflag(ws, progress=bar)
        bar.done()
        print(f"rules {rf.version}: {rf.checked} items checked, {rf.changed} changed; {rf.to_queue} now wait for review, "
              f"{rf.returned} decided items back in the queue, {rf.released} no longer wait")
        for warning in ws.rules().warnings:  # an override for a rule id that does not exist, say
            print(f"  warning: {warning}")
        return EXIT_OK
    if command == "verify-log":
        rep = deciding.verify_log(ws, args.head)
        if rep.note:
            print(f"borderline: note: {rep.note}", file=sys.stderr)
        if rep.ok:
            print(f"audit trail intact: {rep.entries:,} {'entry' if rep.entries == 1 else 'entries'}"
                  + (f", holding the head {args.head}" if args.head else "") + f"\naudit trail head: {rep.head}")
            return EXIT_OK
        if rep.lost:
            return _fail(f"the audit trail has lost entries: {rep.problem}", 1)
        if rep.first_bad_id is None:
            return _fail(f"the decisions disagree with the audit trail: {rep.problem}", 1)
        return _fail(f"audit trail broken at entry {rep.first_bad_id}: {rep.problem}", 1)
    raise AssertionError(command)
