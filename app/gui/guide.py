"""The guided first review: a few steps in a side panel over the demo catalogue, skippable.

The panel only explains and asks the window to show a page (`sig_show_page`); the user does
the work with the real controls, so the tour teaches the keys that are used every day.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

CATALOGUE, REVIEW = "catalogue", "review"


class GuidePanel(QDockWidget):
    sig_show_page = Signal(str)  # CATALOGUE or REVIEW
    sig_finished = Signal(bool)  # True when the user went through every step

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.setWindowTitle(self.tr("Guided first review"))
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.steps: list[tuple[str, str]] = [
            (CATALOGUE, self.tr("This is your catalogue, here the demo one. Borderline classifies every item in the "
                                "background; the Status column says which ones need a person.")),
            (REVIEW, self.tr("The Review tab lists the flagged items on the left, blocking ones first. On the "
                             "right: the item on top; under it the model's suggestions with their confidence, and "
                             "beside them why it needs a look.")),
            (REVIEW, self.tr("Type your name under Reviewer. Then each key decides at once: Enter accepts the top "
                             "suggestion and 1 to 5 pick another one. For any other code press O and type the code "
                             "or words in the picker.")),
            (REVIEW, self.tr("Made a mistake? Ctrl+Z undoes the last decision. Every decision goes into the audit "
                             "trail with your name and the time.")),
            (CATALOGUE, self.tr("When the items are settled, select them here and press Ctrl+P for the commercial "
                                "invoice and packing list. Model > Retrain learns from your decisions.")),
        ]
        self.index = 0
        self.counter = QLabel()
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.skip_button = QPushButton(self.tr("Skip the tour"))
        self.back_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button.clicked.connect(self._next)
        self.skip_button.clicked.connect(lambda: self.finish(False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.counter)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.setMinimumWidth(280)

    def start(self) -> None:
        self.show()
        self.go(0)

    def go(self, index: int) -> None:
        self.index = max(0, min(index, len(self.steps) - 1))
        page, text = self.steps[self.index]
        self.counter.setText(self.tr("Step {n} of {total}").format(n=self.index + 1, total=len(self.steps)))
        self.text.setText(text)
        self.back_button.setEnabled(self.index > 0)
        last = self.index == len(self.steps) - 1
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        self.sig_show_page.emit(page)

    def _next(self) -> None:
        if self.index == len(self.steps) - 1:
            self.finish(True)
        else:
            self.go(self.index + 1)

    def finish(self, completed: bool) -> None:
        self.hide()
        self.sig_finished.emit(completed)
