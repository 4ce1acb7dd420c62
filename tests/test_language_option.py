"""`borderline --language id` opens the window in Bahasa Indonesia for that run (seen: an English
window, the option setting only the rules' language); the language saved in Settings, and the
one remembered for the next start, stay as they were."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app import cli
from app.core.workspace import Workspace
from app.gui import i18n, window_state

pytestmark = pytest.mark.usefixtures("keep_log_handlers")  # the log handler run_gui adds goes again


def test_the_language_option_chooses_the_window_language_for_the_run(qtbot, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from app.gui.main_window import MainWindow

    data = tmp_path / "data"
    ws = Workspace(data)
    ws.set_setting("first_run_done", True)
    ws.set_setting("language", "en")
    ws.close()
    remembered = window_state.last_language()
    before = set(QApplication.topLevelWidgets())
    seen: list[tuple[str, str, str]] = []

    def session(*_args: object) -> int:  # the event loop: the window is up, then closed
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow) and w not in before:
                seen.append((i18n.interface_language(), w.ws.language, w.tabs.tabText(2)))
                assert w.stop_jobs()
                w.close()
                w.deleteLater()
        return 0

    installed: list = []
    install = i18n.install_translators
    monkeypatch.setattr(i18n, "install_translators", lambda *a: installed.append(install(*a)) or installed[-1])
    monkeypatch.setattr(QApplication, "exec", session)
    try:
        assert cli.main(["--data-dir", str(data), "--language", "id", "gui"]) == 0
    finally:
        for translators in installed:  # the next tests' windows are English again
            i18n.remove_translators(translators, QApplication.instance())
    assert seen == [("id", "id", "Dasbor")]
    ws = Workspace(data)
    try:
        assert ws.setting("language") == "en"  # the saved choice is not overwritten
    finally:
        ws.close()
    assert window_state.last_language() == remembered
