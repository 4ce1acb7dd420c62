"""`borderline bench shipment-dialog`: how long the shipment dialog holds the window while it
fills its lines and searches its catalogue.

Imports a generated catalogue of N items (not part of the figures), then, with the dialog
built offscreen, times: opening the dialog, adding L selected catalogue rows, loading an
L-line shipment into the open dialog, opening a saved L-line shipment (the dialog built with
its lines), collecting the lines as Print does, and typing search terms one key every 60 ms.

Every figure is time the GUI thread could not react: a 5 ms timer beats on the GUI thread
and the longest gap between two beats is reported next to the wall time.
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.benchmarks import common
from app.benchmarks.common import generate_catalogue, peak_rss_mb


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("shipment-dialog", help="seconds the shipment dialog takes to fill L lines, and per search "
                                               "keystroke over a catalogue of N items")
    p.add_argument("--lines", type=int, default=2000, help="lines to add and load (default 2,000)")
    p.add_argument("--items", type=int, default=50_000, help="items in the catalogue (default 50,000)")
    p.add_argument("--search", nargs="*", default=["knife", "GEN-00012"], help="terms typed into the search")
    p.set_defaults(run=run)


class Heartbeat(common.Heartbeat):
    """The shared heartbeat, with ways to wait on the event loop while it beats."""

    def __init__(self, app: Any) -> None:
        super().__init__()
        self.app = app

    def pump(self, seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.app.processEvents()
            time.sleep(0.001)

    def measure(self, action: Callable[[], Any], until: Callable[[], bool] = lambda: True,
                timeout: float = 600.0) -> tuple[float, float]:
        """(wall seconds until `until()` holds, longest gap in seconds) for one action."""
        self.reset()
        start = time.perf_counter()
        action()
        self.app.processEvents()
        while not until() and time.perf_counter() - start < timeout:
            self.app.processEvents()
            time.sleep(0.001)
        wall = time.perf_counter() - start
        self.beat()  # the gap that ends now counts too
        return wall, self.worst


def _matches(rows: list[Any], term: str) -> int:
    t = term.strip().casefold()
    return sum(1 for r in rows if t in r.sku.casefold() or t in r.shown_title.casefold())


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QItemSelection, QItemSelectionModel
    from PySide6.QtWidgets import QApplication

    from app.core import item_views, services
    from app.core.workspace import Workspace
    from app.gui.shipment_dialog import ShipmentDialog

    app = QApplication.instance() or QApplication([])
    n = args.lines
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(Path(tmp) / "data")
        start = time.perf_counter()
        services.import_catalogue(ws, generate_catalogue(Path(tmp) / "c.csv", max(args.items, n)))
        catalogue = item_views.list_items(ws)
        ws.close()
        print(f"prepared {len(catalogue):,} catalogue items in {time.perf_counter() - start:.1f} s (not part of the figures)")
        beat = Heartbeat(app)

        def report(what: str, wall: float, gap: float) -> None:
            print(f"{what}: {wall:.3f} s (longest freeze {gap * 1000:.0f} ms)")

        raw: dict[str, Any] = {"invoice_number": "BENCH-1", "currency": "USD", "lines": []}
        holder: list[Any] = []

        def opened(shipment: dict[str, Any]) -> Callable[[], None]:
            def build() -> None:
                d = ShipmentDialog(catalogue, shipment, [], ["SG", "MY"])
                d.show()
                holder.append(d)
            return build

        report(f"open the dialog with {len(catalogue):,} items to pick from", *beat.measure(opened(raw)))
        dialog = holder.pop()
        editor = dialog.editor

        def lines_shown() -> int:
            return int(dialog.editor.lines.model().rowCount())

        beat.pump(0.3)

        picker = editor.picker.model()
        selection = QItemSelection(picker.index(0, 0), picker.index(n - 1, picker.columnCount() - 1))
        editor.picker.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                              | QItemSelectionModel.SelectionFlag.Rows)
        report(f"add {n:,} selected catalogue rows to the shipment", *beat.measure(editor.add_selected, lambda: lines_shown() == n))
        report(f"add the same {n:,} rows again (each already a line)", *beat.measure(editor.add_selected))
        editor.set_value([])
        beat.pump(0.1)

        big = {**raw, "lines": [{"sku": r.sku, "quantity": 1 + i % 7, "package": 1 + i // 50} for i, r in enumerate(catalogue[:n])]}
        report(f"load a {n:,}-line shipment into the open dialog",
               *beat.measure(lambda: dialog.set_shipment(big), lambda: lines_shown() == n))
        report(f"collect the {n:,} lines as Print does", *beat.measure(lambda: (dialog.checks.quantities(), dialog.shipment())))
        dialog.reject()
        dialog.deleteLater()
        beat.pump(0.2)

        report(f"open a saved {n:,}-line shipment (the dialog built with its lines)", *beat.measure(opened(big)))
        dialog = holder.pop()
        editor = dialog.editor
        beat.pump(0.3)

        for term in args.search:
            expected = _matches(catalogue, term)
            editor.search.clear()
            beat.pump(0.6)
            beat.measure(lambda: None, lambda: editor.picker.model().rowCount() == len(catalogue), timeout=10)
            keys = []
            for ch in term:
                beat.reset()
                editor.search.insert(ch)
                beat.pump(0.06)
                beat.beat()
                keys.append(beat.worst)
            wall, gap = beat.measure(lambda: None, lambda e=expected: editor.picker.model().rowCount() == e, timeout=10)
            shown = editor.picker.model().rowCount()
            print(f"type '{term}' (one key every 60 ms) in {len(catalogue):,} items: longest freeze per key "
                  f"{max(keys) * 1000:.0f} ms (keys: {', '.join(f'{k * 1000:.0f}' for k in keys)} ms); "
                  f"{shown:,} rows shown {wall:.3f} s after the last key (longest freeze then {gap * 1000:.0f} ms)"
                  + ("" if shown == expected else f"; expected {expected:,}"))
        wall, gap = beat.measure(editor.search.clear, lambda: editor.picker.model().rowCount() == len(catalogue), timeout=10)
        print(f"clear the search: all {len(catalogue):,} items shown again after {wall:.3f} s (longest freeze {gap * 1000:.0f} ms)")
        dialog.reject()
        dialog.deleteLater()
        beat.timer.stop()
        app.processEvents()
    print(f"peak memory: {peak_rss_mb():.0f} MiB")
    return 0
