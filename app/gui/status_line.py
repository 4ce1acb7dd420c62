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
  the window, wrapped too;
- a window at its least height grows to show a message over more lines, and is given back the
  height it had once the message is short again (unless it was resized meanwhile): a window
  only ever made taller by its messages would end up taller than a small screen.

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
        # (the window's height before its least height grew it, the height it grew to)
        self._grown: tuple[int, int] | None = None
        if self.window() is not self:
            self.window().installEventFilter(self)  # its size and least size, for _follow and _give_back
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
        elif watched is self.window() and watched is not self:
            if event.type() == QEvent.Type.Resize:
                assert isinstance(event, QResizeEvent)
                self._follow(event)
            elif event.type() == QEvent.Type.LayoutRequest:  # its layout has set its least size by now
                self._give_back()
        return False

    def _follow(self, event: QResizeEvent) -> None:
        """Tell a window made taller by its least height (a message over more lines) from one
        resized by the user, whose height stands."""
        old, new = event.oldSize().height(), event.size().height()
        if 0 < old < new and new == self.window().minimumHeight():
            self._grown = (self._grown[0] if self._grown else old, new)
        elif self._grown is not None and new != self._grown[1]:
            self._grown = None

    def _give_back(self) -> None:
        """The window's least height went down again: back to the height it had before it grew
        (or as near as its least height lets it)."""
        window = self.window()
        if self._grown is None or window.height() != self._grown[1] or window.isMaximized() or window.isFullScreen():
            return
        before, grown = self._grown
        height = max(before, window.minimumHeight())
        if height < grown:
            self._grown = None if height == before else (before, height)
            window.resize(window.width(), height)
