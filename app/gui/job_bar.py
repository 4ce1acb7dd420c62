"""Progress bar and Cancel button for the running operation, shown in the status bar."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.gui.operations import Operation


class JobBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # titles carry file names from outside
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setFixedWidth(220)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._op: Operation | None = None
        self.cancel_button.clicked.connect(self._cancel)
        self.hide()

    def track(self, op: Operation) -> None:
        self._op = op
        self.label.setText(op.title)
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        op.sig_progress.connect(self._progress)
        op.sig_finished.connect(self._finished)
        self.show()

    def _progress(self, fraction: float, message: str) -> None:
        self.bar.setValue(int(fraction * 1000))
        if message and self._op is not None:
            self.label.setText(f"{self._op.title}: {message}")

    def _cancel(self) -> None:
        if self._op is not None:
            self._op.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    def _finished(self) -> None:
        self._op = None
        self.hide()
