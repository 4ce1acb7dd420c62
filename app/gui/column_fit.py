"""Column widths for a table with one column of free text (a title) among short ones.

Qt's Stretch mode gives the stretched column what the others leave, and nothing when they
leave nothing: in a narrow review queue or shipment lines table the titles shrank to a few
pixels while SKUs, confidences and headers kept their room. Here the short columns are as
wide as their header and content (the page measures them; a lazy table reads only the rows
in sight), the title takes the rest of the viewport but never less than `least` pixels
(narrower, the table scrolls sideways), and a column the user resized keeps the user's
width: later fitting leaves it alone, and the title still fills what is left.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class FillColumn(QObject):
    """Column `fill` of `view` takes what the other columns leave, at least `least` pixels.

    With `to_the_edge`, when the columns do not all fit, the title reaches the right edge of
    the view and the columns after it are scrolled to (in the review queue they matter less
    than the title); else the title keeps `least` and the columns after it stay as near as
    they can (the shipment lines' quantities)."""

    def __init__(self, view: QTableView, fill: int, least: int, to_the_edge: bool = False) -> None:
        super().__init__(view)
        self.view, self.fill_column, self.least, self.to_the_edge = view, fill, least, to_the_edge
        self.header = view.horizontalHeader()
        self.header.setStretchLastSection(False)
        self.header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.user_sized: set[int] = set()  # columns the user resized: their width is the user's
        self._setting = False
        self._fitted: dict[int, int] = {}  # column -> the width fit_rows gave it
        self.header.sectionResized.connect(self._resized)
        self.viewport = view.viewport()
        self.viewport.installEventFilter(self)

    def set_width(self, column: int, width: int) -> None:
        """A fitted width for a short column, unless the user chose its width."""
        if column == self.fill_column or column in self.user_sized:
            return
        if self.header.sectionSize(column) != width:
            self._resize(column, width)
        self.fill()

    def fit_rows(self, columns: Iterable[int], rows: int, most: int) -> None:
        """Size these columns to their header and the `rows` rows from the top of the view (a
        lazy model reads no others), at most `most` pixels each. A column only widens over a
        session: a decision that moves a shorter SKU into sight does not make the queue jump."""
        view, model = self.view, self.view.model()
        first = max(view.rowAt(0), 0)
        shown = range(first, min(model.rowCount(), first + rows))
        grid = 1 if view.showGrid() else 0
        for column in columns:
            widest = max([self.header.sectionSizeHint(column),
                          *(view.sizeHintForIndex(model.index(r, column)).width() + grid for r in shown)])
            width = max(self._fitted.get(column, 0), min(widest, most))
            self._fitted[column] = width
            self.set_width(column, width)

    def fill(self) -> None:
        """The title column takes what the other columns leave of the viewport (at least `least`)."""
        column = self.fill_column
        if column in self.user_sized or column >= self.header.count():
            return
        shown = [c for c in range(self.header.count()) if c != column and not self.header.isSectionHidden(c)]
        room = self.viewport.width()
        width = room - sum(self.header.sectionSize(c) for c in shown)
        if width < self.least:
            before = sum(self.header.sectionSize(c) for c in shown
                         if self.header.visualIndex(c) < self.header.visualIndex(column))
            width = max(self.least, room - before if self.to_the_edge else 0)
        if self.header.sectionSize(column) != width:
            self._resize(column, width)

    def wanted_width(self) -> int:
        """The view's width that shows every column (the title at `least`, or as the user sized
        it) without a sideways scroll bar: the frame, row numbers and a vertical scroll bar too."""
        view, header = self.view, self.header
        columns = sum(header.sectionSize(c) for c in range(header.count())
                      if not header.isSectionHidden(c) and (c != self.fill_column or c in self.user_sized))
        if self.fill_column not in self.user_sized:
            columns += self.least
        rows = view.verticalHeader()
        return (columns + 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
                + (rows.sizeHint().width() if not rows.isHidden() else 0))

    def _resize(self, column: int, width: int) -> None:
        self._setting = True
        try:
            self.header.resizeSection(column, width)
        finally:
            self._setting = False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if self._setting:
            return
        self.user_sized.add(column)  # dragged (or set from outside): kept from now on
        if column != self.fill_column:
            self.fill()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # the type first: while the table is destroyed its viewport still gets events
        if event.type() == QEvent.Type.Resize and watched is self.viewport:
            self.fill()
        return False
