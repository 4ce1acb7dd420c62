"""A message that names many things: the items a refused print waits for, the lines whose
quantity is a fraction of a piece, the cleared bans a print would pass.

Listed in the message itself, a big shipment's few hundred lines made the window taller than
the screen, its buttons out of reach. Here the message names the first few and counts the
rest (:func:`first_named`), and the whole list is one click away in a box that scrolls, to
copy or to save as a text file; the window fits the screen either way.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from app.gui.file_dialogs import save_file
from app.gui.sizing import fit_to_screen
from app.gui.labels import count

SHOWN = 5  # entries named in the message; the others are counted
MIN_MESSAGE_HEIGHT = 90  # the message scrolls rather than push the list and the buttons off a small screen
WIDTH, HEIGHT, LIST_HEIGHT = 640, 320, 560  # preferred sizes, without and with the whole list


def first_named(entries: Sequence[str], shown: int = SHOWN) -> str:
    """The first entries, one a line, and how many more there are (the dialog lists them all)."""
    named = list(entries[:shown])
    if len(entries) > shown:
        named.append(QCoreApplication.translate("ListDialog", "… and {n} more, listed under Show all").format(
            n=count(len(entries) - shown)))
    return "\n".join(named)


class ListDialog(QDialog):
    """`message` is the caller's, naming the first entries (first_named); `entries` is the
    whole list. With `question`, Yes and No (the default) instead of Close: Yes accepts."""

    sig_saved = Signal(object)  # the path the list was written to

    def __init__(self, title: str, message: str, entries: Sequence[str], parent: QWidget | None = None,
                 question: bool = False, file_stem: str = "list") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.entries = list(entries)
        self.file_stem = file_stem
        self.message = self._label(message)
        self.list = QPlainTextEdit("\n".join(self.entries))
        self.list.setReadOnly(True)
        self.list.setVisible(False)
        self.show_button = QPushButton(self.tr("Show all {n}").format(n=count(len(self.entries))))
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._toggle)
        self.show_button.setVisible(len(self.entries) > SHOWN)
        self.copy_button = QPushButton(self.tr("Copy the list"))
        self.copy_button.clicked.connect(self.copy_list)
        self.save_button = QPushButton(self.tr("Save the list…"))
        self.save_button.clicked.connect(self.choose_file)
        self.save_error = self._label("")
        self.save_error.setVisible(False)
        standard = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(standard.Yes | standard.No if question else standard.Close)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for b in (self.show_button, self.copy_button, self.save_button):
            b.setAutoDefault(False)  # Enter answers the message, it does not copy or save

        area = QScrollArea()
        area.setWidget(self.message)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setMinimumHeight(MIN_MESSAGE_HEIGHT)
        row = QHBoxLayout()
        for b in (self.show_button, self.copy_button, self.save_button):
            row.addWidget(b)
        row.addStretch()
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.save_error)
        layout.addLayout(row)
        if question:  # once in the dialog, so that it is the dialog's default: going on is asked for on purpose
            self.buttons.button(standard.No).setDefault(True)
        fit_to_screen(self, WIDTH, self._message_height(WIDTH))

    def _message_height(self, width: int) -> int:
        """As tall as the message and the buttons need, at most HEIGHT: a refusal naming one
        item opens a short window, not a big empty one."""
        margins = self.layout().contentsMargins()
        inner = width - margins.left() - margins.right()
        message = max(self.message.heightForWidth(inner), MIN_MESSAGE_HEIGHT)
        wanted = (margins.top() + message + self.layout().spacing() + self._buttons_height() + margins.bottom())
        return min(HEIGHT, wanted)

    def _buttons_height(self) -> int:
        return max(b.sizeHint().height() for b in (self.copy_button, self.save_button, self.buttons))

    @staticmethod
    def _label(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)  # SKUs and reasons come from the catalogue
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    def text(self) -> str:
        return self.message.text()

    def button(self, which: QDialogButtonBox.StandardButton) -> QPushButton:
        return self.buttons.button(which)

    def _toggle(self, on: bool) -> None:
        self.list.setVisible(on)
        self.show_button.setText(self.tr("Hide the list") if on else
                                 self.tr("Show all {n}").format(n=count(len(self.entries))))
        if on and self.height() < LIST_HEIGHT:
            fit_to_screen(self, max(self.width(), WIDTH), LIST_HEIGHT)

    def copy_list(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.entries))
        self.copy_button.setText(self.tr("Copied"))

    def choose_file(self) -> None:
        path = save_file(self, self.tr("Save the list"), f"{self.file_stem}.txt", self.tr("Text (*.txt)"))
        if path:
            self.save_list(path)

    def save_list(self, path: Path) -> None:
        """Every entry, one a line (a few hundred lines: written at once)."""
        try:
            Path(path).write_text("\n".join(self.entries) + "\n", encoding="utf-8")
        except OSError as exc:
            self.save_error.setText(self.tr("The list could not be written to {path}: {error}").format(
                path=path, error=exc.strerror or exc))
            self.save_error.setVisible(True)
            return
        self.save_error.setVisible(False)
        self.sig_saved.emit(Path(path))
