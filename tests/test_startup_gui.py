"""Starting the window when something in the user's setup is wrong: a rule file with a mistake,
a data folder that cannot be used. Each is said in a dialog (and logged), never a traceback."""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.core.paths import folder_problem
from app.core.workspace import Workspace
from app.gui import startup, window_state
from app.gui.app import run_gui
from app.gui.startup import Opened, Startup
from tests.conftest import idle

BROKEN_TOML = "this is = = not toml\n"
NO_REASON = '[[rule]]\nid = "MY-RULE"\nseverity = "review"\nkeywords = ["teapot"]\n'

pytestmark = pytest.mark.usefixtures("keep_log_handlers")


class Answers:
    """Answers the modal message boxes as they open, in order: a button's objectName, or a
    function run first (to change files while the box waits) followed by the name it returns."""

    def __init__(self, *answers: str | Callable[[], str]) -> None:
        self.answers = list(answers)
        self.seen: list[str] = []  # the text of every box answered
        self.titles: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible() or not self.answers:
            return
        answer = self.answers.pop(0)
        name = answer() if callable(answer) else answer
        self.seen.append(box.text())
        self.titles.append(box.windowTitle())
        button = box.findChild(QPushButton, name)
        assert button is not None, f"no button {name} in {box.windowTitle()!r}"
        button.click()

    def done(self) -> bool:
        self.timer.stop()
        return not self.answers


@pytest.fixture
def opened_urls(monkeypatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()) or True)
    return urls


def _data_with_rules(tmp_path: Path, text: str) -> Path:
    data = tmp_path / "data"
    Workspace(data).close()
    (data / "rules.toml").write_text(text, encoding="utf-8")
    return data


# rules.toml with a mistake -------------------------------------------------------------------
def test_a_typo_in_rules_toml_is_named_in_a_dialog_and_logged_and_try_again_opens_once_fixed(
        qtbot, tmp_path: Path, opened_urls: list[str]) -> None:
    data = _data_with_rules(tmp_path, BROKEN_TOML)
    rules_file = data / "rules.toml"

    def fix() -> str:
        rules_file.write_text("# my rules\n", encoding="utf-8")
        return "try_again"

    checks = Startup()
    opened = checks.open(data)
    assert isinstance(opened, Opened)
    try:
        answers = Answers("open_folder", "try_again", fix)
        assert checks.rules_readable(opened.ws) is True
        assert answers.done()
    finally:
        opened.ws.close()
        opened.lock.release()
    assert len(answers.seen) == 3 and answers.titles[0] == "The flagging rules cannot be read"
    assert str(rules_file) in answers.seen[0] and "not valid TOML" in answers.seen[0]
    assert opened_urls == [str(data)]
    log = (data / startup.LOG_FILE).read_text(encoding="utf-8")
    assert log.count("the flagging rules cannot be read") == 1 and str(rules_file) in log  # once, not per Try again


def test_a_rule_without_a_reason_keeps_the_window_closed_and_quit_ends_without_a_traceback(
        qtbot, tmp_path: Path, capsys) -> None:
    data = _data_with_rules(tmp_path, NO_REASON)
    answers = Answers("quit")
    assert run_gui(data) == startup.EXIT_UNUSABLE
    assert answers.done()
    assert "rule MY-RULE: field 'reason' is missing" in answers.seen[0] and str(data / "rules.toml") in answers.seen[0]
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())
    assert "Traceback" not in capsys.readouterr().err
    assert "field 'reason' is missing" in (data / startup.LOG_FILE).read_text(encoding="utf-8")
    from app.core.instance_lock import InstanceLock

    with InstanceLock(data):  # the folder was let go
        pass


def test_rules_broken_while_the_window_is_open_do_not_raise_on_refresh(qtbot, open_window, ws) -> None:
    window = open_window(ws)
    qtbot.waitUntil(lambda: idle(window), timeout=30000)
    (ws.data_dir / "rules.toml").write_text(BROKEN_TOML, encoding="utf-8")
    window.refresh()  # re-reads the Models page's threshold on the GUI thread
    assert not window.models_page.threshold.isEnabled()
    assert "rules cannot be read" in window.models_page.threshold_info.text()
    window.first_day.open_settings()
    dialog = window.first_day.settings_dialog
    assert dialog is not None and not dialog.threshold.isEnabled()
    assert "not valid TOML" in dialog.threshold_meaning.text()
    dialog.paper.setCurrentText("Letter")
    assert dialog.save() == ["paper_size"]  # the threshold is not changed behind the user's back
    dialog.reject()
    (ws.data_dir / "rules.toml").unlink()
    window.refresh()
    assert window.models_page.threshold.isEnabled()


# the data folder ----------------------------------------------------------------------------
def test_the_folder_check_says_why(tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    assert folder_problem(tmp_path / "new" / "data") is None and (tmp_path / "new" / "data").is_dir()
    assert folder_problem(Path("relative/data")).kind == "relative"
    assert folder_problem(a_file).kind == "not_a_folder"
    assert folder_problem(a_file / "data").kind == "cannot_create"
    # a drive that is not connected: its folder is not re-created on the system disk
    assert folder_problem(tmp_path / "gone" / "data", create_parents=False).kind == "missing_parent"
    assert not (tmp_path / "gone").exists()
    if Path("/proc/self").is_dir():
        assert folder_problem(Path("/proc/nope/data")).kind == "cannot_create"
        assert folder_problem(Path("/proc")).kind == "cannot_write"


def test_settings_refuse_a_data_folder_that_cannot_be_used_and_stay_open(qtbot, window, tmp_path: Path) -> None:
    window.first_day.open_settings()
    dialog = window.first_day.settings_dialog
    assert dialog is not None
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    for bad, why in ((a_file / "data", "cannot be created"), (a_file, "a file, not a folder"),
                     (Path("data"), "not a full path")):
        dialog.data_dir.setText(str(bad))
        ok.click()
        assert dialog.isVisible() and dialog.data_dir_problem.isVisible()
        assert str(bad) in dialog.data_dir_problem.text() and why in dialog.data_dir_problem.text()
        assert window_state.saved_data_dir() is None
    dialog.data_dir.setText(str(tmp_path / "usable"))
    with qtbot.waitSignal(dialog.sig_saved):
        ok.click()
    assert not dialog.isVisible() and window_state.saved_data_dir() == tmp_path / "usable"


@pytest.fixture
def unplugged(tmp_path: Path, monkeypatch) -> tuple[Path, Path]:
    """Settings name a folder on a drive that is not there; the default folder is a temporary one."""
    monkeypatch.delenv("BORDERLINE_DATA_DIR", raising=False)
    default = tmp_path / "default"
    monkeypatch.setattr(startup, "default_data_dir", lambda: default)
    chosen = tmp_path / "usb-drive" / "Borderline"
    window_state.set_saved_data_dir(chosen)
    return chosen, default


def _open_and_close(checks: Startup) -> Opened | int:
    opened = checks.open(None)
    if isinstance(opened, Opened):
        opened.ws.close()
        opened.lock.release()
    return opened


def test_an_unusable_folder_from_settings_offers_the_default_for_this_run_and_keeps_the_setting(
        qtbot, unplugged: tuple[Path, Path]) -> None:
    chosen, default = unplugged
    answers = Answers("this_run")
    opened = _open_and_close(Startup())
    assert answers.done() and isinstance(opened, Opened)
    assert opened.ws.data_dir == default and (default / "borderline.db").exists()
    assert str(chosen) in answers.seen[0] and "is the drive connected?" in answers.seen[0] and str(default) in answers.seen[0]
    assert window_state.saved_data_dir() == chosen  # not lost
    assert str(chosen) in opened.note and "Settings still names" in opened.note
    assert not chosen.parent.exists()  # the drive's folder was not made on the system disk
    log = (default / startup.LOG_FILE).read_text(encoding="utf-8")
    assert f"the data folder {chosen} cannot be used" in log


def test_the_default_folder_from_now_on_forgets_the_setting_and_quit_opens_nothing(
        qtbot, unplugged: tuple[Path, Path]) -> None:
    chosen, default = unplugged
    answers = Answers("quit")
    assert _open_and_close(Startup()) == startup.EXIT_UNUSABLE
    assert answers.done() and window_state.saved_data_dir() == chosen and not (default / "borderline.db").exists()
    answers = Answers("from_now_on")
    opened = _open_and_close(Startup())
    assert answers.done() and isinstance(opened, Opened) and opened.ws.data_dir == default
    assert window_state.saved_data_dir() is None


def test_an_unusable_folder_given_on_the_command_line_is_refused_in_words(qtbot, tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    answers = Answers("quit")
    assert run_gui(a_file / "data") == startup.EXIT_UNUSABLE
    assert answers.done() and str(a_file / "data") in answers.seen[0] and "cannot be created" in answers.seen[0]


def test_a_lock_file_that_cannot_be_written_is_said_in_borderline_words(qtbot, tmp_path: Path) -> None:
    """The folder can be written, but not the file that keeps a second Borderline out of it (here a
    folder stands in its place): the refusal is a sentence of Borderline's, read in the window's
    language, naming the folder; the system's own words only follow it, in parentheses."""
    import errno

    from app.core.instance_lock import LOCK_NAME
    from app.core.messages import Message
    from app.gui.core_messages import TEMPLATES, core_text

    data = tmp_path / "data"
    (data / LOCK_NAME).mkdir(parents=True)
    answers = Answers("quit")
    assert run_gui(data) == startup.EXIT_UNUSABLE
    assert answers.done()
    reason = os.strerror(errno.EISDIR)
    said = Message(LOCK_REFUSED, folder=data, file=LOCK_NAME, reason=reason)
    assert answers.seen[0] == core_text(said) and LOCK_REFUSED in TEMPLATES
    assert str(data) in answers.seen[0] and answers.seen[0].endswith(f"({reason})") and "[Errno" not in answers.seen[0]


LOCK_REFUSED = ("Borderline cannot use the data folder {folder}: it must write the file {file} there, which keeps a "
                "second Borderline out of the folder, and cannot. Check that you may write in that folder, or start "
                "Borderline with another data folder. ({reason})")


def test_already_running_is_said_in_the_language_the_window_last_ran_in(qtbot, tmp_path: Path) -> None:
    from app.core.instance_lock import InstanceLock

    data = tmp_path / "data"
    window_state.remember_language("id")
    with InstanceLock(data):  # another window holds the folder, and the database with the language choice
        answers = Answers("quit")
        assert run_gui(data) == startup.EXIT_BUSY
    assert answers.done()
    assert "sudah berjalan" in answers.seen[0] and str(data) in answers.seen[0] and str(os.getpid()) in answers.seen[0]
    assert QApplication.translate("Startup", "Quit") == "Quit"  # nothing of that language stays installed


def test_an_import_cut_short_by_a_forced_close_is_said_at_the_next_start(qtbot, open_window, ws) -> None:
    from app.core import interrupted

    # what a process killed inside an import leaves (tests/test_crash_recovery.py kills a real one)
    ws.set_setting(interrupted.SETTING, {"import": {"name": "catalogue.csv", "started": "2026-11-25T02:00:00+00:00"}})
    window = open_window(ws)
    qtbot.waitUntil(lambda: "did not finish" in window.statusBar().currentMessage(), timeout=30000)
    message = window.statusBar().currentMessage()
    assert "The import of catalogue.csv" in message and "nothing of it was kept" in message
    qtbot.waitUntil(lambda: idle(window), timeout=30000)
    assert interrupted.take_interrupted(ws) == []  # said once
