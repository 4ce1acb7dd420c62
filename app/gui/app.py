"""Starting the window: the application object, the workspace, and the first screen."""
from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.db import DatabaseError
from app.core.instance_lock import InstanceLock, InstanceLocked
from app.core.paths import default_data_dir
from app.core.workspace import Workspace


def _logging(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(data_dir / "borderline.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)


def run_gui(data_dir: Path | None) -> int:
    from app.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Borderline")
    app.setOrganizationName("Borderline")
    data_dir = data_dir or default_data_dir()
    _logging(data_dir)
    lock = InstanceLock(data_dir)
    try:
        lock.acquire()
    except InstanceLocked as exc:
        QMessageBox.critical(None, "Borderline", str(exc))
        return 4
    try:
        try:
            ws = Workspace(data_dir)
        except DatabaseError as exc:
            QMessageBox.critical(None, "Borderline", str(exc))
            return 2
        window = MainWindow(ws)
        window.show()
        code = app.exec()
        ws.close()
        return code
    finally:
        lock.release()
