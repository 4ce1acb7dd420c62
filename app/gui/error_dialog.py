"""Errors in words: what happened, what to do, and the details one click away.

Errors the user can act on (a file that cannot be read, an item waiting for review) show
their message and a hint. Unexpected errors are logged with their traceback to the
rotating log file in the data folder and shown with a "Copy details" button, so the user can
paste them into a message to whoever supports them.
"""
from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from app import __version__

log = logging.getLogger(__name__)


class ErrorDialog(QDialog):
    """Non-blocking: opened with show(), so background work and tests carry on."""

    def __init__(self, title: str, message: str, details: str = "", hint: str = "", log_file: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.log_file = log_file
        self.message = self._label(message)
        self.hint = self._label(hint)
        self.hint.setVisible(bool(hint))
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.details.setMinimumHeight(160)

        self.details_button = QPushButton(self.tr("Show details"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        self.details_button.setVisible(bool(details))
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        self.log_button = QPushButton(self.tr("Open the log folder"))
        self.log_button.clicked.connect(self.open_log_folder)
        self.log_button.setVisible(log_file is not None and bool(details))  # the log holds only what went wrong inside
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        buttons.accepted.connect(self.close)

        row = QHBoxLayout()
        row.addWidget(self.details_button)
        row.addWidget(self.copy_button)
        row.addWidget(self.log_button)
        row.addStretch()
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addWidget(self.details, 1)
        layout.addLayout(row)

    @staticmethod
    def _label(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)  # file names and catalogue text are not markup
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _toggle_details(self, on: bool) -> None:
        self.details.setVisible(on)
        self.details_button.setText(self.tr("Hide details") if on else self.tr("Show details"))
        self.adjustSize()

    def report_text(self) -> str:
        """What "Copy details" puts on the clipboard: enough to understand the problem."""
        parts = [self.windowTitle(), self.message.text()]
        if self.hint.text():
            parts.append(self.hint.text())
        parts.append(f"Borderline {__version__}, Python {platform.python_version()}, {platform.platform()}")
        if self.log_file is not None:
            parts.append(f"Log file: {self.log_file}")
        if self.details.toPlainText():
            parts += ["", self.details.toPlainText()]
        return "\n".join(parts)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())
        self.copy_button.setText(self.tr("Copied"))

    def open_log_folder(self) -> None:
        if self.log_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))


def install_excepthook(show: Callable[[str, str], None]) -> Callable[..., None]:
    """Log unexpected errors raised in Qt slots and hand them to `show(message, details)`
    instead of letting them vanish (or end the program). Returns the previous hook."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        log.error("unexpected error\n%s", details)
        try:
            show(f"{kind.__name__}: {exc}", details)
        except Exception:  # the error display itself must never raise again
            log.exception("could not show the error")

    sys.excepthook = hook
    return previous
