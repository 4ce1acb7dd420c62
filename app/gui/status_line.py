"""The status bar's contents, laid out so that each can be read whole.

QStatusBar draws its message on one line in the room its other widgets leave, and cuts it
there: a start-up note ("This time the data is in the default folder …") under the job bar,
and a pending close ("The window closes once … [Don't close]") beside the job bar left the
message a few pixels on a narrow window. Here:

- the message comes first: it wraps, over up to three lines, and the job bar gives up width
  (its title cut with "…", whole in its tooltip; its progress bar narrower) for it to take as
  few lines as it can; only a message longer than three lines at the most width the job bar can
  leave ends in "…", whole in its tooltip;
- a pending close (or why the window stayed open) has a row of its own above them, as wide as
  the window, wrapped too.

The messages still go through QStatusBar.showMessage (they time out as before, and
currentMessage() says what is shown); the bar itself draws none, this widget stands where it
would.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QStatusBar, QWidget

from app.gui.fitted_text import FittedText
from app.gui.job_bar import JobBar

MESSAGE_LINES = 3  # then "…", and the whole message in the tooltip
MESSAGE_LEAST_CHARS = 16


class StatusLine(QWidget):
    def __init__(self, bar: QStatusBar, job_bar: JobBar, banner: QWidget) -> None:
        super().__init__()
        self.job_bar = job_bar
        self.message = FittedText(MESSAGE_LINES, MESSAGE_LEAST_CHARS)
        self.message.setObjectName("status_message")
        self.grid = grid = QGridLayout(self)
        grid.setContentsMargins(4, 0, 0, 0)  # the message where the bar's own would start
        grid.setVerticalSpacing(2)
        grid.addWidget(banner, 0, 0, 1, 2)
        grid.addWidget(self.message, 1, 0)
        grid.addWidget(job_bar, 1, 1)
        grid.setColumnStretch(0, 1)
        bar.addPermanentWidget(self, 1)  # the whole row: the bar's own message area is left empty
        bar.messageChanged.connect(self._said)
        job_bar.installEventFilter(self)  # shown, hidden, or its title changed: the row is shared again
        self._said(bar.currentMessage())

    def _said(self, text: str) -> None:
        self.message.setText(text)
        self._share()

    def _share(self) -> None:
        """The message first: on one line if the job bar can give up enough width (down to the
        least it can show), else on as few lines as the room allows; the job bar has the rest,
        up to all it would like."""
        if self.job_bar.isHidden():
            return
        margins = self.grid.contentsMargins()
        room = self.width() - margins.left() - margins.right() - self.grid.horizontalSpacing()
        least, full = self.job_bar.minimumSizeHint().width(), self.job_bar.sizeHint().width()
        need = 0
        if self.message.text():
            fewest, cut = self.message.lines_at(room - least)
            need = room - least if cut else self.message.width_for(max(1, len(fewest)))
        width = max(least, min(full, room - need))
        if self.job_bar.maximumWidth() != width:
            self.job_bar.setMaximumWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.job_bar and event.type() in (QEvent.Type.Show, QEvent.Type.LayoutRequest):
            self._share()
        return False
