"""`borderline bench review`: how long the window is busy for each review decision.

Builds a workspace of N items that all wait for review (as with the shipped model at the
default threshold; suggestions and flags are written in bulk), opens the main window on the
Review tab and takes decisions with the keyboard as a reviewer does: Enter, a digit, a bulk
decision over a selection, an undo. For each it prints

- the time from the key to the next item being shown,
- the GUI thread's own time (CPU) until every read and write it started has finished,
- the longest the GUI thread did not answer a 5 ms timer (the longest freeze a person feels),

then the same for a filter change, a sort, and a stray letter typed into the queue.
The figures are for people to read; nothing here asserts on speed.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from app.benchmarks.common import Heartbeat, generate_catalogue, peak_rss_mb

FOLLOW_UP_WAIT_MS = 300  # longer than the window waits before reading what follows a decision
CODES = [("610910", "610990"), ("620520", "620530"), ("850760", "850790"), ("392690", "392610"),
         ("691110", "691190"), ("420221", "420222"), ("330499", "330491"), ("950710", "950790")]


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("review", help="GUI-thread time per review decision, filter, sort and stray key at N items")
    p.add_argument("--items", type=int, default=50_000)
    p.add_argument("--decisions", type=int, default=30, help="Enter presses to time (default 30)")
    p.set_defaults(run=run)


def _flag_everything(ws, seed: int = 5) -> None:  # type: ignore[no-untyped-def]
    """Every item waits for review; a few carry a market flag, one in a hundred blocks."""
    from sqlalchemy import insert, select, update

    from app.core import flagging
    from app.core.tables import Flag, Item

    rng = random.Random(seed)
    with ws.db.session() as s:
        ids = list(s.scalars(select(Item.id)))
        items, flags = [], []
        for i in ids:
            p = round(rng.uniform(0.05, 0.9), 4)
            top, second = rng.choice(CODES)
            items.append({"id": i, "status": "flagged", "top_code": top, "top_p": p, "hs_code": None,
                          "suggestion_source": "model",
                          "suggestions": [[top, p], [second, round((1 - p) / 2, 4)], ["482090", round((1 - p) / 4, 4)]]})
            flags.append({"item_id": i, "market": "*", "rule_id": "LOWCONF", "severity": "review",
                          "reason": "low confidence", "trigger": f"{p:.2f}"})
            if rng.random() < 0.05:
                flags.append({"item_id": i, "market": rng.choice(["SG", "MY", "TH"]), "rule_id": "LIB",
                              "severity": "block" if rng.random() < 0.2 else "review", "reason": "battery",
                              "trigger": "battery"})
        s.execute(update(Item), items)
        s.execute(insert(Flag), flags)
    ws.set_setting(flagging.RULESET_SETTING, ws.rules().version)  # opening does not re-flag everything


def _pump(app, until: Callable[[], bool], timeout: float = 120.0) -> bool:  # type: ignore[no-untyped-def]
    """Run the event loop until `until()` holds, checking every millisecond.

    One event loop per wait rather than processEvents() in a Python loop: every call into Qt
    from Python costs something, and the figures are about the window, not the waiting."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    if until():
        return True
    end = time.perf_counter() + timeout
    loop, timer = QEventLoop(), QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(1)

    def check() -> None:
        if until() or time.perf_counter() > end:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    return until()


def _settle(app, window, ms: float = 30) -> None:  # type: ignore[no-untyped-def]
    """Let queued signals and timers run, then wait until no job is running or queued."""
    idle = lambda: not window.runner.busy() and not window.reader.busy()  # noqa: E731
    end = time.perf_counter() + ms / 1000
    _pump(app, lambda: time.perf_counter() > end)
    _pump(app, idle)
    end = time.perf_counter() + ms / 1000
    _pump(app, lambda: time.perf_counter() > end)
    _pump(app, idle)


def _measure(app, window, meter: Heartbeat, act: Callable[[], None], shown: Callable[[], bool]) -> tuple[float, float, float]:  # type: ignore[no-untyped-def]
    """(seconds to `shown`, GUI-thread CPU seconds until all settled, longest freeze)."""
    _settle(app, window)
    meter.reset()
    cpu, start = time.thread_time(), time.perf_counter()
    act()
    if not _pump(app, shown, 30):
        print("  (the expected change did not come within 30 s)", flush=True)
    latency = time.perf_counter() - start
    _settle(app, window, FOLLOW_UP_WAIT_MS)  # the counts and filter choices are read a little after a decision
    return latency, time.thread_time() - cpu, meter.worst


def _summary(label: str, runs: list[tuple[float, float, float]]) -> None:
    lat, cpu, gap = ([r[i] * 1000 for r in runs] for i in range(3))
    if len(runs) == 1:
        print(f"{label:<46} shown {lat[0]:7.0f} ms   GUI thread {cpu[0]:6.0f} ms   longest freeze {gap[0]:6.0f} ms",
              flush=True)
        return
    print(f"{label:<46} shown mean {statistics.mean(lat):5.0f} ms (max {max(lat):4.0f})   GUI thread mean "
          f"{statistics.mean(cpu):4.0f} ms (max {max(cpu):4.0f})   longest freeze mean {statistics.mean(gap):4.0f} ms "
          f"(max {max(gap):4.0f})   n={len(runs)}", flush=True)


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.core import item_views, services
    from app.core.workspace import Workspace
    from app.gui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        # window geometry and recent files go to this run's folder, not to the user's settings
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(tmp) / "qsettings"))
        app = QApplication.instance() or QApplication([])
        ws = Workspace(Path(tmp) / "data")
        start = time.perf_counter()
        services.import_catalogue(ws, generate_catalogue(Path(tmp) / "c.csv", args.items))
        _flag_everything(ws)
        ws.set_setting("first_run_done", True)
        ws.set_setting("reviewer", "Bench")
        counts = item_views.status_counts(ws)
        print(f"prepared {sum(counts.values()):,} items, {counts['flagged']:,} waiting for review, in "
              f"{time.perf_counter() - start:.1f} s (not part of the figures)")

        window = MainWindow(ws)
        window.resize(1400, 900)
        window.show()
        window.activateWindow()
        page = window.review_page
        window.tabs.setCurrentWidget(page)
        meter = Heartbeat()
        _settle(app, window, 300)
        page.reviewer.setText("Bench")
        page.queue.setFocus()

        def key(k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> Callable[[], None]:
            return lambda: QTest.keyClick(page.queue, k, mod)

        def moved_from(before: int | None) -> Callable[[], bool]:
            return lambda: page.detail is not None and page.detail.id != before

        # what the measuring itself costs: the same waits with nothing done
        _summary("nothing (the cost of measuring)", [_measure(app, window, meter, lambda: None, lambda: True)
                                                     for _ in range(5)])

        # J: the next item (a read on the GUI thread, for reference)
        runs = []
        for _ in range(10):
            before = page.detail.id if page.detail else None
            runs.append(_measure(app, window, meter, key(Qt.Key.Key_J), moved_from(before)))
        _summary("J (next item)", runs)

        # Enter: accept the top suggestion, the next item comes up by itself
        runs = []
        for _ in range(args.decisions):
            if page.detail is None:
                break
            before = page.detail.id
            page.note.setText("bench" if page.detail.blocking else "")
            page.queue.setFocus()
            runs.append(_measure(app, window, meter, key(Qt.Key.Key_Return), moved_from(before)))
            if page.detail is not None and page.detail.id == before:
                print(f"  Enter decided nothing: {page.message.text()}", flush=True)
        _summary("Enter (accept, next item shown)", runs)

        runs = []
        for _ in range(5):
            before = page.detail.id if page.detail else None
            page.note.setText("bench")
            page.queue.setFocus()
            runs.append(_measure(app, window, meter, key(Qt.Key.Key_2), moved_from(before)))
        _summary("2 (second suggestion, next item shown)", runs)

        # a bulk decision over the 20 rows from the shown one down, confirmed with Yes
        from PySide6.QtCore import QItemSelection, QItemSelectionModel
        from PySide6.QtWidgets import QMessageBox

        page.note.setText("bench")
        before = page.detail.id if page.detail else None
        rows = page.model.rowCount()
        at = page.queue.currentIndex().row()

        def bulk() -> None:
            block = QItemSelection(page.model.index(at, 0), page.model.index(at + 19, page.model.columnCount() - 1))
            page.queue.selectionModel().select(block, QItemSelectionModel.SelectionFlag.Select)
            page.bulk.apply_to_selected()
            page.bulk.confirmation.button(QMessageBox.StandardButton.Yes).click()

        _summary("bulk decision, 20 rows (with its confirmation)", [_measure(
            app, window, meter, bulk, lambda: page.model.rowCount() <= rows - 20 and moved_from(before)())])

        rows = page.model.rowCount()
        _summary("undo (Ctrl+Z) of the bulk decision", [_measure(
            app, window, meter, lambda: window.review.undo(), lambda: page.model.rowCount() >= rows + 20)])

        # filters and sorts: each reads the queue's ids again
        def reloaded(expect: Callable[[], bool]) -> Callable[[], bool]:
            return lambda: expect() and not window.reader.busy()

        box = page.queue_box.market_box
        sg = box.findData("SG")
        if sg > 0:
            _summary("filter the queue by market SG", [_measure(
                app, window, meter, lambda: box.setCurrentIndex(sg), reloaded(lambda: page.model.rowCount() < rows))])
            _summary("filter back to any market", [_measure(
                app, window, meter, lambda: box.setCurrentIndex(0), reloaded(lambda: page.model.rowCount() >= rows))])
        sev = page.queue_box.severity_box.findData("block")
        _summary("filter the queue by severity block", [_measure(
            app, window, meter, lambda: page.queue_box.severity_box.setCurrentIndex(sev),
            reloaded(lambda: page.model.rowCount() < rows))])
        _summary("filter back to any severity", [_measure(
            app, window, meter, lambda: page.queue_box.severity_box.setCurrentIndex(0),
            reloaded(lambda: page.model.rowCount() >= rows))])
        col = page.model.columns.index("top_p")
        _summary("sort the queue by confidence", [_measure(
            app, window, meter, lambda: page.model.sort(col, Qt.SortOrder.DescendingOrder),
            reloaded(lambda: page.model.filter.sort == "top_p"))])

        # a stray letter typed into the queue (Qt's type-to-find would read every row)
        page.queue.setFocus()
        _summary("a stray letter (x) typed in the queue", [_measure(
            app, window, meter, key(Qt.Key.Key_X), lambda: True)])

        meter.timer.stop()
        window.close()
        ws.close()
    print(f"peak memory: {peak_rss_mb():.0f} MiB")
    return 0
