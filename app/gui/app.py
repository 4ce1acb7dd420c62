"""Starting the window: the application object, the workspace, and the first screen."""
from __future__ import annotations

import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.db import DatabaseError
from app.core.instance_lock import InstanceLock, InstanceLocked
from app.core.paths import default_data_dir, resources_dir
from app.core.workspace import Workspace

LOG_FILE = "borderline.log"


def _logging(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(data_dir / LOG_FILE, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)


def app_icon() -> QIcon:
    """The icon at every shipped size, so high-DPI screens get a sharp one."""
    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob("borderline-*.png")):
        icon.addFile(str(png))
    return icon


def choose_data_dir(given: Path | None) -> Path:
    """--data-dir, else BORDERLINE_DATA_DIR, else the folder chosen in Settings, else the default."""
    from app.gui.window_state import saved_data_dir

    if given is not None:
        return given
    if os.environ.get("BORDERLINE_DATA_DIR"):
        return default_data_dir()
    return saved_data_dir() or default_data_dir()


def run_gui(data_dir: Path | None, open_file: Path | None = None) -> int:
    from app.gui.error_dialog import install_excepthook
    from app.gui.i18n import choose_language, install_translators, system_locale_name
    from app.gui.main_window import MainWindow
    from app.gui.theme import follow_system

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Borderline")
    app.setOrganizationName("Borderline")
    app.setDesktopFileName("borderline")
    app.setWindowIcon(app_icon())
    data_dir = choose_data_dir(data_dir)
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
        install_translators(choose_language(ws.setting("language"), system_locale_name()), app)
        follow_system(app, str(ws.setting("theme") or "system"))  # type: ignore[arg-type]
        window = MainWindow(ws)
        previous_hook = install_excepthook(window.show_unexpected)
        window.show()
        window.first_day.maybe_first_run()
        if open_file is not None:
            window.import_file(open_file)
        code = app.exec()
        sys.excepthook = previous_hook
        ws.close()
        return code
    finally:
        lock.release()
