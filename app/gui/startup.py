"""Before the window opens: a data folder Borderline can use, the one running instance, the
database, and flagging rules it can read.

Each problem is said in a dialog naming the folder or file and what is wrong, and logged,
instead of ending the program with a traceback. A data folder chosen in Settings that cannot
be used (a drive that is not connected) can be replaced by the default folder for this run;
the setting is kept unless the user asks to forget it. A rule file with a mistake keeps the
window closed until it is corrected (Try again) or the user quits: items are never flagged
with other rules than the user's.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from enum import Enum
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.core.db import DatabaseError
from app.core.instance_lock import InstanceLock, InstanceLocked
from app.core.paths import FolderProblem, default_data_dir, folder_problem
from app.core.rules import RuleFileError
from app.core.workspace import Workspace
from app.gui import window_state
from app.gui.core_messages import error_text

log = logging.getLogger(__name__)

LOG_FILE = "borderline.log"
EXIT_UNUSABLE, EXIT_BUSY = 2, 4


class FolderChoice(Enum):
    THIS_RUN = "this_run"        # the default folder now; Settings keeps naming the chosen one
    FROM_NOW_ON = "from_now_on"  # the default folder, and Settings forgets the chosen one
    QUIT = "quit"


class RulesChoice(Enum):
    TRY_AGAIN = "try_again"
    OPEN_FOLDER = "open_folder"
    QUIT = "quit"


@dataclass
class Opened:
    ws: Workspace
    lock: InstanceLock
    note: str = ""  # for the status bar once the window is open


def start_logging(data_dir: Path) -> None:
    """Messages of INFO and above go to borderline.log in the data folder (rotated at 1 MB)."""
    try:
        handler = RotatingFileHandler(data_dir / LOG_FILE, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        log.exception("cannot write the log file in %s", data_dir)
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)


def choose_data_dir(given: Path | None) -> Path:
    """--data-dir, else BORDERLINE_DATA_DIR, else the folder chosen in Settings, else the default."""
    if given is not None:
        return given
    if os.environ.get("BORDERLINE_DATA_DIR"):
        return default_data_dir()
    return window_state.saved_data_dir() or default_data_dir()


def from_settings(given: Path | None) -> bool:
    """True when the folder of this start is the one chosen in Settings."""
    return given is None and not os.environ.get("BORDERLINE_DATA_DIR") and window_state.saved_data_dir() is not None


class Startup(QObject):
    """The checks and their dialogs. Each question is a modal message box whose buttons are
    named after their choice (objectName), so tests can answer it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.unusable = ""  # the data folder problem of this start, for the log

    # words --------------------------------------------------------------------------------
    def problem_text(self, problem: FolderProblem) -> str:
        """Why a folder cannot be used, as the end of a sentence."""
        texts = {
            "relative": self.tr("it is not a full path (it must start at a drive or at /)"),
            "not_a_folder": self.tr("it is a file, not a folder"),
            "missing_parent": self.tr("the drive or folder it belongs in is not there (is the drive connected?)"),
            "cannot_create": self.tr("the folder cannot be created there ({reason})"),
            "cannot_write": self.tr("Borderline cannot write in it ({reason})"),
        }
        return texts.get(problem.kind, self.tr("it cannot be used ({reason})")).format(reason=problem.detail)

    # questions ----------------------------------------------------------------------------
    def _box(self, title: str, text: str, choices: list[tuple[Enum, str, QMessageBox.ButtonRole]]) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton,
                          self.parent_widget)
        box.setTextFormat(Qt.TextFormat.PlainText)  # folder names and rule text are not markup
        for choice, label, role in choices:
            button = box.addButton(label, role)
            button.setObjectName(choice.value)
        return box

    @staticmethod
    def _ask(box: QMessageBox, choices: type[Enum], default: Enum) -> Enum:
        box.exec()
        clicked = box.clickedButton()
        name = clicked.objectName() if isinstance(clicked, QPushButton) else ""
        box.deleteLater()
        return next((c for c in choices if c.value == name), default)

    def ask_folder(self, folder: Path, problem: FolderProblem, default: Path) -> FolderChoice:
        text = self.tr("Borderline keeps its data in {folder}, the folder chosen in Settings, but {why}.\n\n"
                       "If it is on a drive that is not connected, quit, connect the drive and start Borderline "
                       "again. Or open the default folder {default} instead: this time only (Settings keeps "
                       "your folder), or from now on.").format(folder=folder, why=self.problem_text(problem),
                                                               default=default)
        box = self._box(self.tr("The data folder cannot be used"), text, [
            (FolderChoice.THIS_RUN, self.tr("Use the default folder this time"), QMessageBox.ButtonRole.AcceptRole),
            (FolderChoice.FROM_NOW_ON, self.tr("Use the default folder from now on"), QMessageBox.ButtonRole.AcceptRole),
            (FolderChoice.QUIT, self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)])
        result = self._ask(box, FolderChoice, FolderChoice.QUIT)
        assert isinstance(result, FolderChoice)
        return result

    def ask_rules(self, message: str) -> RulesChoice:
        text = self.tr("Borderline checks every item against its flagging rules, and a rule file has a mistake:\n\n"
                       "{problem}\n\nNothing is flagged until the rules can be read. Correct the file in a text "
                       "editor (rules.toml is in the data folder), then press Try again.").format(problem=message)
        box = self._box(self.tr("The flagging rules cannot be read"), text, [
            (RulesChoice.TRY_AGAIN, self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole),
            (RulesChoice.OPEN_FOLDER, self.tr("Open the data folder"), QMessageBox.ButtonRole.ActionRole),
            (RulesChoice.QUIT, self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)])
        result = self._ask(box, RulesChoice, RulesChoice.QUIT)
        assert isinstance(result, RulesChoice)
        return result

    def busy_text(self, exc: InstanceLocked) -> str:
        if exc.holder:
            return self.tr("Borderline is already running with the data folder {folder} (process {pid}). Switch to "
                           "that window, or close it first.").format(folder=exc.data_dir, pid=exc.holder)
        return self.tr("Borderline is already running with the data folder {folder}. Switch to that window, or "
                       "close it first.").format(folder=exc.data_dir)

    def refuse(self, title: str, message: str) -> None:
        box = self._box(title, message, [(RulesChoice.QUIT, self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)])
        box.setIcon(QMessageBox.Icon.Critical)
        self._ask(box, RulesChoice, RulesChoice.QUIT)

    # checks -------------------------------------------------------------------------------
    def data_dir(self, given: Path | None) -> tuple[Path | None, str]:
        """The folder for this run and a note for the status bar, or (None, "") to quit."""
        folder = choose_data_dir(given)
        settings = from_settings(given)
        problem = folder_problem(folder, create_parents=not settings)
        if problem is None:
            return folder, ""
        why = self.problem_text(problem)
        # logged once a folder for the log file is known (or, on quitting, to stderr)
        self.unusable = f"the data folder {folder} cannot be used: {problem.kind} ({problem.detail})"
        default = default_data_dir()
        if settings and default != folder and folder_problem(default) is None:
            choice = self.ask_folder(folder, problem, default)
            if choice is FolderChoice.QUIT:
                return None, ""
            if choice is FolderChoice.FROM_NOW_ON:
                window_state.set_saved_data_dir(None)
                return default, self.tr("The data folder is now the default folder {default}.").format(default=default)
            return default, self.tr("This time the data is in the default folder {default}: {folder} cannot be used "
                                    "({why}). Settings still names {folder}.").format(default=default, folder=folder,
                                                                                      why=why)
        self.refuse(self.tr("The data folder cannot be used"),
                    self.tr("Borderline cannot keep its data in {folder}: {why}.").format(folder=folder, why=why))
        return None, ""

    def open(self, given: Path | None) -> Opened | int:
        """The workspace of this run with its folder held, or the exit status when it cannot open."""
        self.unusable = ""
        folder, note = self.data_dir(given)
        if folder is not None:
            start_logging(folder)
        if self.unusable:
            log.error("%s", self.unusable)
        if folder is None:
            return EXIT_UNUSABLE
        if note:
            log.warning("%s", note)
        lock = InstanceLock(folder)
        try:
            lock.acquire()
        except (InstanceLocked, OSError) as exc:
            log.error("%s", exc)
            self.refuse("Borderline", self.busy_text(exc) if isinstance(exc, InstanceLocked) else error_text(exc))
            return EXIT_BUSY if isinstance(exc, InstanceLocked) else EXIT_UNUSABLE
        try:
            return Opened(Workspace(folder), lock, note)
        except DatabaseError as exc:
            lock.release()
            log.error("%s", exc)  # in English; the dialog in the window's language
            self.refuse("Borderline", error_text(exc))
            return EXIT_UNUSABLE

    def rules_readable(self, ws: Workspace) -> bool:
        """True once the rule files can be read; False when the user quits instead."""
        said = ""
        while True:
            try:
                ws.rules()
                return True
            except RuleFileError as exc:
                message, shown = str(exc), error_text(exc)  # the log in English, the dialog in the window's language
            if message != said:  # logged once per problem, not once per Try again
                log.error("the flagging rules cannot be read: %s", message)
                said = message
            choice = self.ask_rules(shown)
            if choice is RulesChoice.QUIT:
                return False
            if choice is RulesChoice.OPEN_FOLDER:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(ws.data_dir)))
