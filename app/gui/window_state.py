"""What the window remembers between sessions (QSettings): its geometry, the layout of its
tables, the recently imported files, which data folder to open, and the language the window
last ran in (so that what is said before a workspace is open, "already running", reads in it).

These are preferences of this computer's user, not of a workspace, so they live in the
platform's settings store (registry, plist or ini file) rather than in the database.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMainWindow, QMenu

MAX_RECENT = 8


def store() -> QSettings:
    """The settings store; an ini file so that tests can point it at a temporary folder."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Borderline", "Borderline")


def save_window(window: QMainWindow, headers: dict[str, QHeaderView]) -> None:
    s = store()
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/state", window.saveState())
    for name, header in headers.items():
        s.setValue(f"tables/{name}", header.saveState())
    s.sync()


def restore_window(window: QMainWindow, headers: dict[str, QHeaderView]) -> bool:
    """Restore what save_window stored; False when there was nothing (first start)."""
    s = store()
    geometry = s.value("window/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            window.restoreState(state)
    for name, header in headers.items():
        saved = s.value(f"tables/{name}")
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            header.restoreState(saved)
    return isinstance(geometry, QByteArray) and not geometry.isEmpty()


def saved_data_dir() -> Path | None:
    value = store().value("data_dir")
    return Path(str(value)) if value else None


def last_language() -> str | None:
    """The language the window last ran in; None before the first run."""
    value = store().value("language")
    return str(value) if value else None


def remember_language(language: str) -> None:
    s = store()
    s.setValue("language", language)
    s.sync()


def set_saved_data_dir(path: Path | None) -> None:
    s = store()
    if path is None:
        s.remove("data_dir")
    else:
        s.setValue("data_dir", str(path))
    s.sync()


class RecentFiles(QObject):
    """The File > Open recent menu, newest first, without files that no longer exist."""

    def __init__(self, menu: QMenu, open_file: Callable[[Path], None]) -> None:
        super().__init__(menu)
        self.menu = menu
        self.open_file = open_file
        self.menu.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def paths(self) -> list[Path]:
        raw = store().value("recent_files") or []
        if isinstance(raw, str):
            raw = [raw]
        return [Path(p) for p in raw if p and Path(p).exists()]

    def add(self, path: Path) -> None:
        path = Path(path).resolve()
        paths = [path] + [p for p in self.paths() if p.resolve() != path]
        s = store()
        s.setValue("recent_files", [str(p) for p in paths[:MAX_RECENT]])
        s.sync()
        self.rebuild()

    def clear(self) -> None:
        s = store()
        s.remove("recent_files")
        s.sync()
        self.rebuild()

    def rebuild(self) -> None:
        self.menu.clear()
        paths = self.paths()
        for i, path in enumerate(paths, 1):
            act = QAction(f"&{i} {path.name}", self.menu)
            act.setToolTip(str(path))
            act.setData(str(path))
            act.triggered.connect(lambda _checked=False, p=path: self.open_file(p))
            self.menu.addAction(act)
        if paths:
            self.menu.addSeparator()
        clear = QAction(self.tr("Clear the list"), self.menu)
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self.clear)
        self.menu.addAction(clear)
        self.menu.setEnabled(True)
