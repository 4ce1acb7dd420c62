"""File > Back up…, File > Restore from a backup… and File > Check the audit trail: the database
copied, restored and checked in the background."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from app.core import backup, deciding
from app.gui.core_messages import core_text
from app.gui.file_dialogs import open_file, save_file
from app.gui.labels import count

BACKUP_FILTER = "Borderline backups (*.db *.sqlite);;All files (*)"


class BackupActions(QObject):
    """Adds the two actions to a menu of the main window and runs them through its operation runner."""

    def __init__(self, window: Any, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.backup_action = QAction(self.tr("&Back up the database…"), window)
        self.restore_action = QAction(self.tr("R&estore from a backup…"), window)
        self.backup_action.triggered.connect(self.choose_backup)
        self.restore_action.triggered.connect(self.choose_restore)
        self.check_action = QAction(self.tr("C&heck the audit trail"), window)
        self.check_action.triggered.connect(self.check_trail)
        menu.addAction(self.backup_action)
        menu.addAction(self.restore_action)
        menu.addAction(self.check_action)
        self.confirm: QMessageBox | None = None

    def choose_backup(self) -> None:
        path = save_file(self.window, self.tr("Back up the database"), f"borderline-{date.today():%Y-%m-%d}.db",
                         BACKUP_FILTER)
        if path:
            self.backup_to(path)

    def backup_to(self, path: Path) -> None:
        w = self.window
        w.runner.run(self.tr("Backing up"), lambda p: backup.backup_database(w.ws.db, path),
                     lambda info: w.say(self.tr("Backed up {n} items and {d} decisions to {path}").format(
                         n=count(info.items), d=count(info.decisions), path=path) + " "
                         + self.tr("(audit trail head {head})").format(head=info.audit_head)),
                     lambda msg, det: w.show_error(self.tr("Backup failed"), msg, det))

    def choose_restore(self) -> None:
        path = open_file(self.window, self.tr("Restore from a backup"), BACKUP_FILTER)
        if not path:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore from a backup"),
                          self.tr("Replace everything in Borderline with the content of {path}? The current database "
                                  "is kept as a copy in the backups folder first.").format(path=path),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda result: self.restore_from(Path(path))
                             if result == QMessageBox.StandardButton.Yes else None)
        box.open()
        self.confirm = box

    def restore_from(self, path: Path) -> None:
        w = self.window

        def done(result: tuple[backup.BackupInfo, list[str]]) -> None:
            info, notes = result
            w.refresh()
            w.say(self.tr("Restored {path}: {n} items, {d} decisions").format(path=path.name, n=count(info.items),
                                                                                d=count(info.decisions)))
            if notes:
                w.show_error(self.tr("Restored, with something to check"), "\n\n".join(core_text(n) for n in notes))

        w.runner.run(self.tr("Restoring"), lambda p: backup.restore_database(w.ws.db, path, w.ws.models_dir), done,
                     lambda msg, det: w.show_error(self.tr("Nothing was restored"), msg, det))

    def check_trail(self) -> None:
        """What `borderline verify-log` says: the chain, the entries at its end against the heads
        recorded outside the database, and the decisions against their entries."""
        w = self.window

        def done(rep: Any) -> None:
            if not rep.ok:
                w.show_error(self.tr("The audit trail does not check out"), core_text(rep.problem), "",
                             self.tr("The database was changed outside Borderline, or restored from a changed copy. "
                                     "Do not hand its review log to an auditor as it is."))
                return
            w.say(self.tr("Audit trail intact: {n} entries; its head is {head}").format(n=count(rep.entries),
                                                                                         head=rep.head))
            if rep.note:
                w.show_error(self.tr("The audit trail's newest entries could not be checked"), core_text(rep.note))

        w.runner.run(self.tr("Checking the audit trail"), lambda p: deciding.verify_log(w.ws), done,
                     lambda msg, det: w.show_error(self.tr("The audit trail could not be checked"), msg, det))
