"""Starting the window: the application object, the workspace, and the first screen."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.core import heap
from app.core.paths import resources_dir
from app.gui.startup import EXIT_UNUSABLE, Startup, choose_data_dir

__all__ = ["app_icon", "choose_data_dir", "run_gui"]


def app_icon() -> QIcon:
    """The icon at every shipped size, so high-DPI screens get a sharp one."""
    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob("borderline-*.png")):
        icon.addFile(str(png))
    return icon


def run_gui(data_dir: Path | None, open_file: Path | None = None, language: str | None = None) -> int:
    """`language` (the command line's --language) is the window's language for this run; the
    one saved in Settings, and the one remembered for the next start, stay as they are."""
    from app.gui import window_state
    from app.gui.error_dialog import install_excepthook
    from app.gui.i18n import choose_language, install_translators, remove_translators, system_locale_name
    from app.gui.main_window import MainWindow
    from app.gui.theme import follow_system

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Borderline")
    app.setOrganizationName("Borderline")
    app.setDesktopFileName("borderline")
    app.setWindowIcon(app_icon())
    # Problems with the data folder are said before the workspace (and its language setting) is read.
    # and in the language the window last ran in (the workspace that keeps the choice may be
    # held by another window)
    early = install_translators(choose_language(language or window_state.last_language(), system_locale_name()), app)
    startup = Startup()
    opened = startup.open(data_dir)
    remove_translators(early, app)
    if isinstance(opened, int):
        return opened
    ws = opened.ws
    try:
        if language is None:
            language = choose_language(ws.setting("language"), system_locale_name())
            window_state.remember_language(language)
        else:
            language = choose_language(language, system_locale_name())
        install_translators(language, app)
        ws.language = language  # the rules' titles and reasons, and the flags' reasons, read in it too
        follow_system(app, str(ws.setting("theme") or "system"))  # type: ignore[arg-type]
        if not startup.rules_readable(ws):  # the window reads the rules as it opens
            return EXIT_UNUSABLE
        window = MainWindow(ws)
        previous_hook = install_excepthook(window.show_unexpected)
        # the libraries, the rules and the window live as long as the program: out of the cycle
        # collector's view, so its runs during a long job stay short (a run holds every thread)
        heap.settle()
        window.show()
        if opened.note:
            window.say(opened.note)
        window.first_day.maybe_first_run()
        if open_file is not None:
            window.import_file(open_file)
        code = app.exec()
        sys.excepthook = previous_hook
        return code
    finally:
        ws.close()
        opened.lock.release()
