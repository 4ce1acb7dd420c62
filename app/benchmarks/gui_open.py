"""`borderline bench gui-open`: how long the window takes to open a large catalogue.

Builds a workspace of N classified items (imported through the real importer; suggestions
and flags are written in bulk so the figure is about opening, not classifying), then times
creating the main window until its catalogue and review queue are filled, a review-queue
reload, a filter change, scrolling to the end of the queue, and a refresh while a background
job re-flags every item.
"""
from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from pathlib import Path

from app.benchmarks.common import generate_catalogue, peak_rss_mb


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("gui-open", help="seconds for the window to open a catalogue of N items, and to filter and scroll it")
    p.add_argument("--items", type=int, default=100_000)
    p.set_defaults(run=run)


def _classify_in_bulk(ws, seed: int = 11) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import insert, select, update

    from app.core.tables import Flag, Item

    rng = random.Random(seed)
    codes = ["610910", "620520", "850760", "821191", "392690", "691200", "420221", "330300"]
    with ws.db.session() as s:
        ids = list(s.scalars(select(Item.id)))
        items, flags = [], []
        for i in ids:
            p = round(rng.random(), 4)
            top = rng.choice(codes)
            flagged = p < 0.5 or rng.random() < 0.1
            items.append({"id": i, "status": "flagged" if flagged else "auto", "top_code": top, "top_p": p,
                          "hs_code": None if flagged else top, "suggestion_source": "model",
                          "suggestions": [[top, p]] + [[c, round((1 - p) / 5, 4)] for c in codes[:4] if c != top]})
            if p < 0.5:
                flags.append({"item_id": i, "market": "*", "rule_id": "LOWCONF", "severity": "review",
                              "reason": "low confidence", "trigger": f"{p:.2f}"})
            if flagged and p >= 0.5:
                market = rng.choice(["SG", "MY", "TH"])
                flags.append({"item_id": i, "market": market, "rule_id": "LIB", "severity": rng.choice(["block", "review"]),
                              "reason": "battery", "trigger": "battery"})
        s.execute(update(Item), items)
        s.execute(insert(Flag), flags)
    # stamped with the current rules, as classify_pending does, so opening does not re-flag everything
    from app.core import flagging

    ws.set_setting(flagging.RULESET_SETTING, ws.rules().version)


def _wait_for(app, ready) -> None:  # type: ignore[no-untyped-def]
    """Let the event loop run until a background read has been shown."""
    while not ready():
        app.processEvents()
        time.sleep(0.002)


def _refresh_while_busy(app, window, ws) -> None:  # type: ignore[no-untyped-def]
    """Refresh the window while every item is re-flagged on another thread, as after a rule update.

    The job competes with the GUI thread for Python's interpreter lock; this shows what a
    reviewer feels while it runs."""
    import statistics
    import threading

    from app.core import flagging

    started, finished = threading.Event(), threading.Event()

    def progress(_fraction: float, _text: str = "") -> None:
        started.set()

    def job() -> None:
        try:
            flagging.reflag(ws, progress=progress)
        finally:
            started.set()
            finished.set()

    thread = threading.Thread(target=job)
    begin = time.perf_counter()
    thread.start()
    started.wait()
    times = []
    while not finished.is_set() and len(times) < 5:
        start = time.perf_counter()
        window.refresh()
        app.processEvents()
        times.append(time.perf_counter() - start)
    thread.join()
    if times:
        print(f"refresh while every item is re-flagged on a worker thread: median {statistics.median(times):.3f} s "
              f"over {len(times)} refreshes (the re-flag took {time.perf_counter() - begin:.1f} s)")


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.core import item_views, services
    from app.core.workspace import Workspace
    from app.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(Path(tmp) / "data")
        start = time.perf_counter()
        services.import_catalogue(ws, generate_catalogue(Path(tmp) / "c.csv", args.items))
        _classify_in_bulk(ws)
        print(f"prepared {args.items:,} items in {time.perf_counter() - start:.1f} s (not part of the figures)")
        counts = item_views.status_counts(ws)

        def lists_read() -> bool:
            return not window.reader.busy() and not page.model.loading and not window.items_page.model.loading

        start = time.perf_counter()
        window = MainWindow(ws)
        window.show()
        app.processEvents()
        opened = time.perf_counter() - start
        page = window.review_page
        _wait_for(app, lists_read)
        print(f"open window with {sum(counts.values()):,} items ({counts['flagged']:,} in the queue): {opened:.3f} s; "
              f"the catalogue and the queue (read on the worker thread) are shown after {time.perf_counter() - start:.3f} s")

        start = time.perf_counter()
        window.refresh()
        app.processEvents()
        answered = time.perf_counter() - start
        _wait_for(app, lists_read)
        print(f"refresh after an import or a rule change (counts; catalogue and queue on the worker thread): the "
              f"window answers after {answered:.3f} s, all is shown after {time.perf_counter() - start:.3f} s")

        start = time.perf_counter()
        page.queue_box.severity_box.setCurrentIndex(page.queue_box.severity_box.findData("block"))
        app.processEvents()
        answered = time.perf_counter() - start
        _wait_for(app, lists_read)
        print(f"filter the queue to blocking flags ({page.model.rowCount():,} rows): the window answers after "
              f"{answered:.3f} s, the rows are shown after {time.perf_counter() - start:.3f} s")
        page.queue_box.severity_box.setCurrentIndex(0)
        _wait_for(app, lists_read)

        window.tabs.setCurrentWidget(page)
        start = time.perf_counter()
        page.queue.scrollToBottom()
        app.processEvents()
        page.move(page.model.rowCount())
        app.processEvents()
        print(f"jump to the end of the queue and open its last item: {time.perf_counter() - start:.3f} s")

        start = time.perf_counter()
        window.tabs.setCurrentWidget(window.dashboard_page)
        app.processEvents()
        shown = time.perf_counter() - start
        _wait_for(app, lambda: window.dashboard_page.data is not None and not window.reader.busy())
        print(f"open the dashboard: tab shown in {shown:.3f} s, counted (worker thread) and drawn in "
              f"{time.perf_counter() - start:.3f} s")

        start = time.perf_counter()
        window.invoice_action.trigger()
        app.processEvents()
        shown = time.perf_counter() - start
        _wait_for(app, lambda: window.shipment_dialog is not None and not window.reader.busy())
        print(f"open a new shipment: the window answers after {shown:.3f} s; the dialog with the catalogue to pick "
              f"from (read on the worker thread) is open after {time.perf_counter() - start:.3f} s")
        if window.shipment_dialog is not None:
            window.shipment_dialog.reject()
        _refresh_while_busy(app, window, ws)
        window.close()
        ws.close()
    print(f"peak memory: {peak_rss_mb():.0f} MiB")
    return 0
