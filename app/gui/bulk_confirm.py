"""A non-blocking yes/no confirmation that says what a bulk action will do.

Its text is plain (titles come from a catalogue and are never read as markup), and names what
is given and to what: a shortened description of the code and a few of the items.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget, title: str, text: str, on_yes: Callable[[], None]) -> QMessageBox:
    """Open (never exec) a question box; `on_yes` runs only when Yes is chosen."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    yes = box.button(QMessageBox.StandardButton.Yes)
    box.buttonClicked.connect(lambda button: on_yes() if button is yes else None)
    box.open()
    return box


def shortened(text: str, chars: int) -> str:
    """`text` on one line, at most `chars` characters: cut with "…" after the last whole word
    that fits, or within a word when there is none in the second half (Thai has no spaces)."""
    line = " ".join(text.split())
    if len(line) <= chars:
        return line
    cut = line.rfind(" ", 0, chars)
    if cut <= chars // 2:
        cut = chars - 1
        while cut > 0 and unicodedata.category(line[cut]) in ("Mn", "Mc"):  # keep a letter with its marks
            cut -= 1
    return line[:cut].rstrip(" ,;:") + "…"
