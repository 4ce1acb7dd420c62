"""A table model over item ids that reads rows from the database only when they are shown.

The model holds the ordered ids of every matching item (a list of ints, cheap even for
100,000 items) and asks its source for rows one block at a time as the view paints them;
rows are cached by id and the cache is bounded. Reloading replaces the id list; sorting asks
the source for a new order.

Reading the ids of a large catalogue takes a tenth of a second or more, so with a reader
(``set_reader``) they are read on its worker and shown when they arrive; meanwhile the view
keeps showing the list it has. A new list that only lacks some rows of the old one removes
those rows, so that the view keeps its place and its selection; any other change resets it.

``LazyTableView`` is the view to show it in: Qt's type-to-find would read every row to find
one starting with the letter typed, so a letter typed in the table goes to the page's search
field instead.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import compress
from operator import not_
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLineEdit, QTableView, QWidget

from app.core.queue import QueueFilter, QueueRow
from app.gui.labels import core_label, percent, status_label
from app.gui.operations import Operation, OperationRunner

Index = QModelIndex | QPersistentModelIndex
BLOCK = 100
MAX_ROWS = 4000  # rows kept in the cache (forty blocks)
MAX_RUNS = 50  # a new list lacking rows in more places than this resets the view instead


class RowSource(Protocol):
    def ids(self, f: QueueFilter) -> list[int]: ...

    def rows(self, ids: list[int]) -> list[QueueRow]: ...


class FunctionSource:
    """A RowSource from two callables (the window passes the workspace's use cases)."""

    def __init__(self, ids: Callable[[QueueFilter], list[int]], rows: Callable[[list[int]], list[QueueRow]]) -> None:
        self._ids, self._rows = ids, rows

    def ids(self, f: QueueFilter) -> list[int]:
        return self._ids(f)

    def rows(self, ids: list[int]) -> list[QueueRow]:
        return self._rows(ids)


def _confidence(r: QueueRow) -> str:
    return "" if r.top_p is None else percent(r.top_p, 0)


# name, header (translated when shown), sort key (a QueueRow field or "" for none), display function
COLUMNS: dict[str, tuple[str, str, Callable[[QueueRow], str]]] = {
    "sku": (QT_TRANSLATE_NOOP("LazyRowsModel", "SKU"), "sku", lambda r: r.sku),
    "title": (QT_TRANSLATE_NOOP("LazyRowsModel", "Title"), "title", lambda r: r.shown_title),
    "status": (QT_TRANSLATE_NOOP("LazyRowsModel", "Status"), "status", lambda r: status_label(r.status)),
    "hs_code": (QT_TRANSLATE_NOOP("LazyRowsModel", "HS code"), "hs_code", lambda r: r.hs_code or ""),
    "top_code": (QT_TRANSLATE_NOOP("LazyRowsModel", "Suggestion"), "top_code", lambda r: r.top_code or ""),
    "top_p": (QT_TRANSLATE_NOOP("LazyRowsModel", "Confidence"), "top_p", _confidence),
    "severity": (QT_TRANSLATE_NOOP("LazyRowsModel", "Severity"), "", lambda r: core_label(r.severity) if r.severity else ""),
    "rules": (QT_TRANSLATE_NOOP("LazyRowsModel", "Flags"), "", lambda r: r.rules),
    "markets": (QT_TRANSLATE_NOOP("LazyRowsModel", "Markets"), "", lambda r: r.markets),
}


def removed_runs(old: Sequence[int], new: Sequence[int]) -> list[tuple[int, int]] | None:
    """When `new` is `old` with some ids left out (same order), the runs of rows of `old` left
    out, as (first, last) row numbers; None when `new` differs otherwise, or lacks rows in more
    than MAX_RUNS places. Ids are unique.
    (Written with iterators that run in C: a Python loop over 100,000 ids takes 20 ms.)"""
    if len(new) >= len(old):
        return None
    kept = list(map(set(new).__contains__, old))
    if list(compress(old, kept)) != list(new):
        return None
    return _runs(list(compress(range(len(old)), map(not_, kept))), MAX_RUNS)


def _runs(rows: Sequence[int], most: int | None = None) -> list[tuple[int, int]] | None:
    """Sorted row numbers as runs of consecutive rows, (first, last); None when there are more
    than `most` runs (a view is then better reset than told of each)."""
    runs: list[tuple[int, int]] = []
    for r in rows:
        if runs and runs[-1][1] == r - 1:
            runs[-1] = (runs[-1][0], r)
        else:
            if most is not None and len(runs) == most:
                return None
            runs.append((r, r))
    return runs


class LazyRowsModel(QAbstractTableModel):
    sig_reloaded = Signal(bool)  # a reload has been shown: True when the list changed
    sig_reload_failed = Signal(str)  # the ids could not be read (the message says why)

    def __init__(self, columns: Sequence[str], source: RowSource | None = None, f: QueueFilter = QueueFilter()) -> None:
        super().__init__()
        self.columns = list(columns)
        self.source = source
        self.filter = f
        self.default_sort = f.sort  # the order when no column is chosen (the header shows no indicator)
        self.ids: list[int] = []
        self.previous_ids: list[int] = []  # the list before the last change (where a vanished row was)
        self._rows: OrderedDict[int, QueueRow | None] = OrderedDict()  # by id; None: vanished since the ids were read
        self.marks: dict[int, str] = {}  # item id -> a word shown in the first column instead ("saving…")
        self.updating = False  # rows are being removed or reset: a view's current row moves by itself
        self._reader: OperationRunner | None = None
        self._reader_title = ""
        self._reading: Operation | None = None  # the read under way
        self._again = False  # another reload was asked for while one was being read
        self._gone_meanwhile: set[int] = set()  # ids removed while a read was under way (it may still list them)
        self._keep_rows = True  # the pending reload may keep the rows it has cached

    # loading ------------------------------------------------------------------------------
    def set_source(self, source: RowSource) -> None:
        self.source = source

    def set_reader(self, reader: OperationRunner, title: str) -> None:
        """Read the ids on this runner's worker from now on (`title` names the job)."""
        self._reader, self._reader_title = reader, title

    @property
    def loading(self) -> bool:
        """A reload is being read; the list shown is the one before it."""
        return self._reading is not None

    def reload(self, f: QueueFilter | None = None, keep_rows: bool = False) -> None:
        """Read the ordered ids again: at once without a reader, else on the reader's worker
        (one read at a time; a reload asked for meanwhile reads once more, with the newest
        filter, when it is done). Cached rows are forgotten unless `keep_rows` says the rows
        themselves did not change (a new filter or order)."""
        if f is not None:
            self.filter = f
        self._keep_rows = self._keep_rows and keep_rows if self.loading else keep_rows
        if self.source is None:
            self._apply([], self._keep_rows)
            return
        if self._reader is None:
            self._apply(self.source.ids(self.filter), self._keep_rows)
            return
        if self._reading is not None:
            self._again = True
            return
        source, wanted = self.source, self.filter
        self._gone_meanwhile = set()
        op = self._reader.run(self._reader_title, lambda _p: source.ids(wanted), lambda ids: self._read(wanted, ids),
                              lambda message, _details: self.sig_reload_failed.emit(message))
        self._reading = op
        op.sig_finished.connect(lambda op=op: self._read_finished(op))

    def _read(self, wanted: QueueFilter, ids: list[int]) -> None:
        if self._again or wanted != self.filter:
            return  # an older list: the newest is read next
        self._reading = None
        keep, self._keep_rows = self._keep_rows, True
        if self._gone_meanwhile:  # read before a decision was saved: the decided items stay out
            ids = [i for i in ids if i not in self._gone_meanwhile]
        self._apply(ids, keep)

    def _read_finished(self, op: Operation) -> None:
        if self._reading is not op:
            return  # shown already (_read)
        self._reading = None
        if self._again:  # asked for again while this one was read (or it failed): read the newest
            self._again = False
            self.reload(keep_rows=self._keep_rows)

    def _apply(self, ids: list[int], keep_rows: bool, runs: list[tuple[int, int]] | None = None,
               known: bool = False) -> None:
        """Show a new list: by removing rows when it is the old one with `runs` left out (found
        here unless `known`), else by resetting the view."""
        old = self.ids
        if not keep_rows:
            self._rows.clear()
        if ids == old:
            if not keep_rows and ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(self.columns) - 1))
            self.sig_reloaded.emit(False)
            return
        if not known:
            runs = removed_runs(old, ids)
        self.previous_ids = old
        self.updating = True
        try:
            if runs is not None:
                for first, last in reversed(runs):
                    self.beginRemoveRows(QModelIndex(), first, last)
                    self.ids = self.ids[:first] + self.ids[last + 1:]
                    self.endRemoveRows()
                self.ids = list(ids)
            else:
                self.beginResetModel()
                self.ids = list(ids)
                self.endResetModel()
        finally:
            self.updating = False
        self.sig_reloaded.emit(True)

    def remove_ids(self, ids: Sequence[int]) -> None:
        """Take these items out of the list now (decided items leave the queue), without a read."""
        gone = set(ids)
        if self.loading:
            self._gone_meanwhile |= gone
        rows = self._rows_of(gone)
        if not rows:
            return
        runs = _runs(rows, MAX_RUNS)
        if runs is None:  # in many places (a bulk decision over a sorted queue): the view is reset
            self._apply([i for i in self.ids if i not in gone], True, None, known=True)
            return
        left: list[int] = []
        start = 0
        for first, last in runs:
            left += self.ids[start:first]
            start = last + 1
        self._apply(left + self.ids[start:], True, runs, known=True)

    def refresh_rows(self, ids: Sequence[int]) -> None:
        """These items changed (a decision): read their rows again when they are shown."""
        changed = set(ids)
        for i in changed:
            self._rows.pop(i, None)
        self._changed_rows(changed)

    def set_marks(self, marks: dict[int, str]) -> None:
        """Words shown in the first column instead of its value, by item id (others: none)."""
        changed = set(self.marks) ^ set(marks) | {i for i in marks if self.marks.get(i) != marks[i]}
        self.marks = dict(marks)
        self._changed_rows(changed)

    def _changed_rows(self, ids: set[int]) -> None:
        rows = self._rows_of(ids)
        if rows:
            self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[-1], len(self.columns) - 1))

    def _rows_of(self, ids: set[int]) -> list[int]:
        """The rows of these ids that are listed, sorted: a few found one by one (list.index
        runs in C), many in one pass."""
        if len(ids) <= 32:
            return sorted(r for r in map(self.row_of, ids) if r >= 0)
        return list(compress(range(len(self.ids)), map(ids.__contains__, self.ids)))

    def row_at(self, row: int) -> QueueRow | None:
        if not 0 <= row < len(self.ids):
            return None
        item_id = self.ids[row]
        if item_id in self._rows:
            self._rows.move_to_end(item_id)
            return self._rows[item_id]
        start = row - row % BLOCK
        missing = [i for i in self.ids[start:start + BLOCK] if i not in self._rows]
        fetched = {r.id: r for r in (self.source.rows(missing) if self.source is not None else [])}
        for i in missing:
            self._rows[i] = fetched.get(i)
        while len(self._rows) > MAX_ROWS:
            self._rows.popitem(last=False)
        return self._rows.get(item_id)

    def row_of(self, item_id: int) -> int:
        try:
            return self.ids.index(item_id)
        except ValueError:
            return -1

    # Qt model -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.tr(COLUMNS[self.columns[section]][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids) or not 0 <= index.column() < len(self.columns):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self.ids[index.row()]
        mark = self.marks.get(self.ids[index.row()]) if self.marks else None
        if role == Qt.ItemDataRole.FontRole and mark is not None:
            font = QFont()
            font.setItalic(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if mark is not None and index.column() == 0 and role == Qt.ItemDataRole.DisplayRole:
            return mark
        r = self.row_at(index.row())
        if r is None:
            return ""  # removed since the ids were read; the next reload drops it
        name = self.columns[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.shown_title if name == "title" else None
        return COLUMNS[name][2](r)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[self.columns[column]][1] if 0 <= column < len(self.columns) else ""
        self.reload(replace(self.filter, sort=key or self.default_sort,
                            descending=bool(key) and order == Qt.SortOrder.DescendingOrder), keep_rows=True)


class LazyTableView(QTableView):
    """A table over a LazyRowsModel whose typed letters search through the page's search field.

    Qt's type-to-find (keyboardSearch) asks the model for every row's text until one starts
    with the letters typed, which reads the whole catalogue from the database on the GUI
    thread. Here the letters typed go to `search` instead: it takes the focus, and what was
    typed replaces its text (Ctrl+Z there brings the previous search back)."""

    def __init__(self, search: QLineEdit | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = search

    def keyboardSearch(self, search: str) -> None:
        if self.search is None or not search or not search.isprintable() or not search.strip():
            return
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search.selectAll()
        self.search.insert(search)
