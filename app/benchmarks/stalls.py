"""`borderline bench stalls`: how long the window stops answering while long jobs run.

No model work runs on the GUI thread, but a worker that keeps Python's interpreter lock for
long stops the GUI thread all the same: every paint, key and timer waits for it. Python hands
the lock over every 5 ms while bytecode runs, so a long hold is one call that does not: a run
of the cycle collector (set off by a job loop that makes many objects, and walking every
container object in the process: app.core.heap), or a large NumPy, SciPy or parser call.

Builds a workspace of N generated items and runs the window's long jobs one after the other,
each on a worker thread while the main thread runs a Qt event loop with a 5 ms heartbeat
timer: import (CSV, and XLSX into a second workspace), classification, a decisions file for
one item in five, the four exports, the re-flag after a threshold change, a retrain that
activates its version and classifies the undecided items again, and an import with many
rejected rows and the export of its report. With --window the jobs go through a real main
window's job runner, the window shown. For each job it prints the wall time, the longest gap
between two heartbeats (the longest the window did not answer), how many gaps passed 200 ms,
the longest time between two progress reports (how long a Cancel may wait) and the full runs
of the cycle collector; with --where, where the worker was during each hold of the lock
longer than 100 ms (holds.py). The objects alive at the start are set aside from the
collector as the window sets them aside (--no-settle leaves them, as before). The figures
are for people to read; nothing asserts on them.
"""
from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.benchmarks.common import Heartbeat, generate_catalogue, peak_rss_mb

ALWAYS = ("import-csv", "classify", "decisions")  # the later jobs need their data
OPTIONAL = ("import-xlsx", "export-queue", "export-log", "export-audit", "export-items", "reflag", "retrain",
            "import-bad", "import-report")
BAD_SHARE = 0.4  # of N: rows of the file whose every row is rejected (for the import report)


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("stalls", help="the longest the window does not answer while each long job runs at N items, "
                                      "and how many pauses pass 200 ms")
    p.add_argument("--items", type=int, default=50_000)
    p.add_argument("--jobs", default=",".join(OPTIONAL),
                   help=f"which of {', '.join(OPTIONAL)} to run (comma-separated; {', '.join(ALWAYS)} always run)")
    p.add_argument("--copy-of", type=Path, help="run the chosen jobs on a copy of this data folder (its database and "
                   "models; the folder itself is not changed) instead of importing, classifying and deciding N items")
    p.add_argument("--window", action="store_true",
                   help="run the jobs through a real main window's job runner, the window shown (else a bare event loop)")
    p.add_argument("--where", action="store_true", help="sample where the worker held the interpreter lock for long")
    p.add_argument("--no-settle", action="store_true",
                   help="leave the objects alive at the start in the cycle collector's view (as before heap.settle)")
    p.add_argument("--gap-ms", type=float, default=200.0, help="pauses longer than this are counted (default 200)")
    p.set_defaults(run=run)


@dataclass
class JobFigures:
    name: str
    seconds: float = 0.0
    worst_gap: float = 0.0
    long_gaps: int = 0
    reports: int = 0
    report_gap: float = 0.0
    result: str = ""
    collections: list[float] = field(default_factory=list)  # full runs of the cycle collector, seconds each
    where: list[tuple[int, str]] = field(default_factory=list)


def run_job(name: str, fn: Callable[[Callable[..., None]], Any], heartbeat: Heartbeat, gap: float, where: bool,
            window: Any = None) -> tuple[JobFigures, Any]:
    """`fn(progress)` on a worker thread while the Qt event loop runs on this one: a thread of its
    own, or the window's OperationRunner (its job bar follows the progress, as for a person)."""
    from PySide6.QtCore import QEventLoop, QTimer

    from app.benchmarks.holds import CollectorPauses, HoldSampler, summary
    from app.core.jobs import no_progress

    times: list[float] = []
    outcome: dict[str, Any] = {}
    worker_id: list[int] = []

    def job(report: Callable[..., None]) -> Any:
        worker_id.append(threading.get_ident())

        def progress(fraction: float, message: str = "") -> None:
            times.append(time.perf_counter())
            report(fraction, message)

        return fn(progress)

    def work() -> None:
        try:
            outcome["value"] = job(no_progress)
        except BaseException as exc:  # noqa: BLE001 - shown with the figures
            outcome["error"] = exc

    sampler = HoldSampler().start() if where else None
    loop = QEventLoop()
    heartbeat.reset()
    start = time.perf_counter()
    with CollectorPauses() as collector:
        if window is None:
            worker = threading.Thread(target=work, name=f"job-{name}")
            poll = QTimer()
            poll.setInterval(20)
            poll.timeout.connect(lambda: None if worker.is_alive() else loop.quit())
            worker.start()
            poll.start()
            loop.exec()
            poll.stop()
            worker.join()
        else:
            op = window.runner.run(name, job, lambda value: outcome.update(value=value),
                                   lambda message, details: outcome.update(error=message))
            op.sig_finished.connect(loop.quit)
            loop.exec()
    seconds = time.perf_counter() - start
    marks = [start, *times, start + seconds]
    figures = JobFigures(name, seconds, heartbeat.worst, heartbeat.over(gap), len(times),
                         max(b - a for a, b in zip(marks, marks[1:])), collections=collector.pauses)
    if sampler is not None:
        sampler.thread_id = worker_id[0] if worker_id else None
        figures.where = summary(sampler.stop())
    if "error" in outcome:
        figures.result = f"failed: {outcome['error']!r}"
    return figures, outcome.get("value")


def open_window(ws: Any) -> Any:
    """The main window on the workspace, shown, once the jobs it starts with have finished."""
    from PySide6.QtCore import QEventLoop, QTimer

    from app.gui.main_window import MainWindow

    ws.set_setting("first_run_done", True)
    ws.set_setting("reviewer", "Bench")
    window = MainWindow(ws)
    window.resize(1400, 900)
    window.show()
    loop, poll = QEventLoop(), QTimer()
    poll.setInterval(50)
    poll.timeout.connect(lambda: None if window.runner.busy() or window.reader.busy() else loop.quit())
    poll.start()
    loop.exec()
    poll.stop()
    return window


def bad_catalogue(path: Path, rows: int) -> Path:
    """A catalogue whose every row is rejected: no price a customs form could use."""
    generate_catalogue(path, rows, seed=11)
    with open(path, encoding="utf-8", newline="") as f:
        table = list(csv.reader(f))
    for row in table[1:]:
        row[0] = "BAD" + row[0]
        row[5] = random.Random(row[0]).choice(["n/a", "abc", "12,3,4", "-5"])
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(table)
    return path


def decisions_file(ws: Any, path: Path, share: float = 0.2, seed: int = 9) -> Path:
    """One flagged item in five, mostly with its suggestion, some with codes that are no subheading."""
    from sqlalchemy import select

    from app.core.tables import Item

    rng = random.Random(seed)
    with ws.db.session() as s:
        flagged = list(s.execute(select(Item.sku, Item.top_code).where(Item.status == "flagged").order_by(Item.id)))
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["sku", "hs_code", "note", "reviewer"])
        for sku, code in flagged:
            if rng.random() < share:
                w.writerow([sku, code if rng.random() < 0.8 else rng.choice(["ABC123", "6109", "999999"]), "", "Bench"])
    return path


def _jobs(ws: Any, tmp: Path, items: int, chosen: set[str], prepared: bool) -> list[tuple[str, Callable[[Any], Any]]]:
    from app.benchmarks.import_ import _to_xlsx
    from app.core import audit_export, classifying, decisions_file as bridge, flagging, outputs, services
    from app.core.workspace import Workspace

    catalogue = generate_catalogue(tmp / "catalogue.csv", items)
    jobs: list[tuple[str, Callable[[Any], Any]]] = []
    if not prepared:
        jobs.append(("import-csv", lambda p: services.import_catalogue(ws, catalogue, p)))
    if "import-xlsx" in chosen:
        book = _to_xlsx(catalogue)

        def import_xlsx(p: Any) -> Any:
            other = Workspace(tmp / "xlsx-data")
            try:
                return services.import_catalogue(other, book, p)
            finally:
                other.close()

        jobs.append(("import-xlsx", import_xlsx))
    if not prepared:
        jobs.append(("classify", lambda p: classifying.classify_pending(ws, None, p)))
        jobs.append(("decisions", lambda p: bridge.apply_decisions_file(ws, decisions_file(ws, tmp / "decisions.csv"),
                                                                        "Bench", p)))
    exports: dict[str, Callable[[Any], Any]] = {
        "export-queue": lambda p: outputs.export_queue(ws, tmp / "queue.xlsx", p),
        "export-log": lambda p: outputs.export_log(ws, tmp / "log.xlsx", progress=p),
        "export-audit": lambda p: audit_export.export_audit(ws, tmp / "audit.xlsx", progress=p),
        "export-items": lambda p: outputs.export_items(ws, tmp / "items.xlsx", p),
    }
    jobs += [(name, fn) for name, fn in exports.items() if name in chosen]

    def reflag(p: Any) -> Any:  # as the Models page applies a new review threshold
        ws.set_setting("review_below", 0.8)
        flagging.settings_changed(ws)
        return flagging.reflag(ws, progress=p)

    if "reflag" in chosen:
        jobs.append(("reflag", reflag))
    if "retrain" in chosen:
        jobs.append(("retrain", lambda p: services.retrain(ws, p, force=True)))
    if "import-bad" in chosen or "import-report" in chosen:
        bad = bad_catalogue(tmp / "bad.csv", max(1, int(items * BAD_SHARE)))
        jobs.append(("import-bad", lambda p: services.import_catalogue(ws, bad, p)))
    if "import-report" in chosen:
        jobs.append(("import-report", lambda p: services.export_import_report(
            ws, services.latest_catalogue_id(ws) or 0, tmp / "rejected.xlsx", p)))
    return jobs


def _describe(value: Any) -> str:
    receipt = getattr(value, "receipt", None)
    if receipt is not None:  # a retrain that activated its version
        return f"version {value.candidate_id}, {receipt.reclassified:,} undecided items classified again"
    for attr, words in (("classified", "classified"), ("applied", "decisions applied"), ("changed", "changed"),
                        ("added", "added")):
        if hasattr(value, attr):
            text = f"{getattr(value, attr):,} {words}"
            if hasattr(value, "rejected"):
                text += f", {len(value.rejected):,} rejected"
            return text
    return f"{value:,} rows" if isinstance(value, int) else ""


def run(args: argparse.Namespace) -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.core import heap, services
    from app.core.workspace import Workspace

    chosen = {j.strip() for j in args.jobs.split(",") if j.strip()}
    unknown = chosen - set(OPTIONAL) - set(ALWAYS)
    if unknown:
        print(f"unknown jobs: {', '.join(sorted(unknown))}; choose from {', '.join(OPTIONAL)}")
        return 2
    app = QApplication.instance() or QApplication([])  # noqa: F841 - kept alive while the jobs run
    heartbeat = Heartbeat()
    gap = args.gap_ms / 1000
    rows: list[JobFigures] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        if args.copy_of:
            shutil.copytree(args.copy_of, tmp / "data", ignore=shutil.ignore_patterns("*.lock", "backups"))
        ws = Workspace(tmp / "data")
        window = None
        try:
            services.ensure_model(ws)
            ws.rules()
            window = open_window(ws) if args.window else None
            if not args.no_settle:
                heap.settle()  # as the window does once it is up
            for name, fn in _jobs(ws, tmp, args.items, chosen, prepared=args.copy_of is not None):
                figures, value = run_job(name, fn, heartbeat, gap, args.where, window)
                figures.result = figures.result or _describe(value)
                rows.append(figures)
                _print(figures, args.gap_ms)
        finally:
            if window is not None:
                window.stop_jobs()
                window.close()
            ws.close()
    print(f"\n{'job':<14}{'wall s':>8}{'longest gap ms':>16}{f'gaps > {args.gap_ms:.0f} ms':>16}{'progress gap s':>16}")
    for f in rows:
        print(f"{f.name:<14}{f.seconds:>8.1f}{f.worst_gap * 1000:>16.0f}{f.long_gaps:>16}{f.report_gap:>16.2f}")
    print(f"peak memory: {peak_rss_mb():.0f} MiB")
    return 0


def _print(f: JobFigures, gap_ms: float) -> None:
    print(f"{f.name}: {f.seconds:.1f} s, longest gap {f.worst_gap * 1000:.0f} ms, {f.long_gaps} over {gap_ms:.0f} ms, "
          f"{f.reports} progress reports (longest {f.report_gap:.2f} s apart); {f.result}", flush=True)
    if f.collections:
        print(f"    {len(f.collections)} full collections of the cycle collector, longest "
              f"{max(f.collections) * 1000:.0f} ms, {sum(f.collections):.1f} s in all", flush=True)
    for n, site in f.where:
        print(f"    {n:>4} x {site}", flush=True)
