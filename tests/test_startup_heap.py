"""The window sets what lives for the whole session (the libraries, the rules, its own widgets)
out of the cycle collector's view before it shows, so the collector's runs during a long job,
which hold every thread, stay short (app.core.heap)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.core import heap
from app.core.workspace import Workspace

pytestmark = pytest.mark.usefixtures("keep_log_handlers")  # the log handler run_gui adds goes again


def test_the_window_sets_the_startup_objects_aside_once_built_and_before_it_shows(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.gui.app import run_gui
    from app.gui.main_window import MainWindow

    data = tmp_path / "data"
    ws = Workspace(data)
    ws.set_setting("first_run_done", True)
    ws.close()
    before = set(QApplication.topLevelWidgets())

    def windows() -> list[MainWindow]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w not in before]

    seen: list[list[bool]] = []
    monkeypatch.setattr(heap, "settle", lambda: seen.append([w.isVisible() for w in windows()]) or 0)

    def session(*_args: object) -> int:  # the event loop: the window is up, then closed
        for w in windows():
            seen.append([w.isVisible()])
            assert w.stop_jobs()
            w.close()
            w.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", session)
    assert run_gui(data) == 0
    assert seen == [[False], [True]]  # set aside once, with the window built and not yet shown
