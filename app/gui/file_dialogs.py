"""Choosing files: every open and save dialog starts in the folder used last, and a name typed
without an extension gets the one of the chosen file type (review-log → review-log.xlsx)."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from app.gui import window_state

LAST_FOLDER = "files/last_folder"


def last_folder() -> Path:
    stored = window_state.store().value(LAST_FOLDER, "")
    folder = Path(str(stored)) if stored else Path.home()
    return folder if folder.is_dir() else Path.home()


def remember_folder(path: Path) -> None:
    window_state.store().setValue(LAST_FOLDER, str(path.parent))


def with_type_suffix(path: Path, chosen_filter: str) -> Path:
    """The path with the extension of the chosen filter ("Excel (*.xlsx)") when it has none."""
    if path.suffix:
        return path
    m = re.search(r"\*(\.[A-Za-z0-9]+)", chosen_filter or "")
    return path.with_name(path.name + m.group(1)) if m else path


def save_file(parent: QWidget | None, title: str, name: str, filters: str) -> Path | None:
    """Ask where to save `name`; None when the user cancels."""
    start = Path(name) if Path(name).is_absolute() else last_folder() / name
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    if not path:
        return None
    target = with_type_suffix(Path(path), chosen)
    remember_folder(target)
    return target


def open_file(parent: QWidget | None, title: str, filters: str) -> Path | None:
    """Ask for a file to read; None when the user cancels."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(last_folder()), filters)
    if not path:
        return None
    remember_folder(Path(path))
    return Path(path)
