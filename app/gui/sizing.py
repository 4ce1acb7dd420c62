"""Windows that fit a small screen: a 1024×600 netbook or a laptop at 150 % scaling.

Long forms scroll instead of making their dialog taller than the screen, and a dialog opens at
its preferred size only when the screen has room for it.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget

# The least height a scrolled form keeps: a few rows, so it never collapses to a sliver.
MIN_SCROLLED_HEIGHT = 120
TITLE_BAR = 32
WINDOW_SIZE = (1200, 760)  # the main window's first size, when the screen has room for it


class VerticalScroll(QScrollArea):
    """Scrolls its widget up and down, never sideways: as wide as the widget would like (a
    form's fields keep their text readable), as short as a few of its rows; preferred size:
    the whole widget."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(widget)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the form grew (combo boxes filled): tell the dialog's layout
        return super().eventFilter(watched, event)

    def _extra_width(self) -> int:
        return self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def _inner(self) -> QSize:
        return self.widget().sizeHint().expandedTo(self.widget().minimumSizeHint())

    def minimumSizeHint(self) -> QSize:
        inner = self._inner()
        return QSize(inner.width() + self._extra_width(), min(inner.height(), MIN_SCROLLED_HEIGHT) + 2 * self.frameWidth())

    def sizeHint(self) -> QSize:
        inner = self._inner()
        return QSize(inner.width() + self._extra_width(), inner.height() + 2 * self.frameWidth())


def fit_to_screen(window: QWidget, width: int, height: int, room: QRect | None = None) -> None:
    """Resize to `width`×`height`, or to what the free area of the window's screen (or `room`)
    has room for once the title bar is drawn (its height is a guess until the window is shown)."""
    screen = window.screen() or QApplication.primaryScreen()
    if room is None and screen is not None:
        room = screen.availableGeometry()
    if room is not None:
        title_bar = max(window.frameGeometry().height() - window.geometry().height(), TITLE_BAR)
        width, height = min(width, room.width()), min(height, room.height() - title_bar)
    window.resize(width, height)
