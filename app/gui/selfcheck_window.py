"""The window part of `borderline selfcheck`: Qt starts, the main window builds on the
self-check's workspace, icons and translations load, and the PDF viewer opens the invoice.
It catches a bundle that lacks a Qt plugin or resource, which the core checks cannot see."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from app.core.workspace import Workspace


def window_step(state: dict[str, object]) -> str:
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.gui.app import app_icon
    from app.gui.i18n import available_languages
    from app.gui.main_window import MainWindow
    from app.gui.pdf_preview import PdfPreview

    # The window remembers its geometry and recent files; keep that in the throw-away folder.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(state["dir"]))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    ws = state["ws"]
    assert isinstance(ws, Workspace)
    icon = app_icon()
    if icon.isNull() or not icon.availableSizes():
        raise RuntimeError("the application icons are missing")
    window = MainWindow(ws)
    try:
        window.show()
        app.processEvents()
        menus = [a.text() for a in window.menuBar().actions()]
        if len(menus) < 4:
            raise RuntimeError(f"the menu bar is incomplete: {menus}")
        pages = 0
        pdf = state.get("pdf")
        if isinstance(pdf, Path):
            preview = PdfPreview([pdf], window)
            pages = preview.document.pageCount()
            preview.close()
            if pages < 1:
                raise RuntimeError("the PDF viewer could not open the rendered invoice")
    finally:
        window.stop_jobs()
        window.close()
        app.processEvents()
    return (f"Qt {app.platformName()}, {len(menus)} menus, PDF viewer {pages} page(s), "
            f"languages {', '.join(available_languages())}")
