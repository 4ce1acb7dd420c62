"""Exports in the window: progress on the job bar, and Cancel honoured (nothing written, and the
status bar says so instead of "Cancel came too late")."""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from app.core import export, outputs
from app.gui.main_window import MainWindow
from tests.conftest import idle
from tests.test_export_streaming import _flagged


def _held_after(first: int, rows, gate: threading.Event):  # type: ignore[no-untyped-def]
    """The rows of `rows` with the worker held after the first `first` of them until `gate` opens,
    so the test presses Cancel while the job is surely running."""
    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        for i, row in enumerate(rows(*args, **kwargs)):
            if i == first:
                assert gate.wait(20), "the test never opened the gate"
            yield row
    return held


def test_an_export_shows_its_progress_and_cancel_leaves_no_file(qtbot, window: MainWindow, ws, tmp_path: Path,
                                                                  monkeypatch) -> None:
    _flagged(ws, 10)  # 30 queue rows
    qtbot.waitUntil(lambda: idle(window), timeout=60000)  # the start-up jobs are done: the bar shows the export
    monkeypatch.setattr(export, "CHUNK", 1)
    gate = threading.Event()
    monkeypatch.setattr(outputs, "_queue_rows", _held_after(3, outputs._queue_rows, gate))
    path = tmp_path / "queue.xlsx"
    window.export_queue(path)
    bar = window.job_bar
    qtbot.waitUntil(lambda: bar.bar.value() > 0 and "3 of 30 rows written" in bar.label.text(), timeout=20000)
    assert bar.label.text() == "Exporting the review queue: 3 of 30 rows written" and bar.cancel_button.isEnabled()
    with qtbot.waitSignal(window.sig_message, timeout=20000,
                          check_params_cb=lambda m: "Export cancelled; nothing was written to" in m) as said:
        bar.cancel_button.click()
        gate.set()
    assert str(path) in said.args[0]
    qtbot.waitUntil(lambda: idle(window), timeout=20000)
    assert not path.exists() and list(tmp_path.glob(".queue.xlsx*")) == []
    assert "too late" not in window.statusBar().currentMessage()


def test_a_finished_export_is_reported_as_before(qtbot, window: MainWindow, ws, tmp_path: Path, monkeypatch) -> None:
    _flagged(ws, 4)
    qtbot.waitUntil(lambda: idle(window), timeout=60000)
    monkeypatch.setattr(export, "CHUNK", 2)
    progress: list[float] = []
    window.runner.sig_started.connect(lambda op: op.sig_progress.connect(lambda f, _m: progress.append(f)))
    path = tmp_path / "items.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    with qtbot.waitSignal(window.sig_message, timeout=20000, check_params_cb=lambda m: "Wrote 4 items" in m):
        window.choose_export_items()
    assert path.exists() and len(progress) >= 3 and progress[-1] == 1.0
