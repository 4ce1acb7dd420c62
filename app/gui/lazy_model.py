"""A table model over item ids that reads rows from the database only when they are shown.

The model holds the ordered ids of every matching item (a list of ints, cheap even for
100,000 items) and asks its source for rows one block at a time as the view paints them;
blocks are cached and the cache is bounded. Reloading replaces the id list; sorting asks the
source for a new order.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.queue import QueueFilter, QueueRow
from app.gui.labels import core_label, status_label

Index = QModelIndex | QPersistentModelIndex
BLOCK = 100
MAX_BLOCKS = 40


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
    return "" if r.top_p is None else f"{r.top_p:.0%}"


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


class LazyRowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[str], source: RowSource | None = None, f: QueueFilter = QueueFilter()) -> None:
        super().__init__()
        self.columns = list(columns)
        self.source = source
        self.filter = f
        self.default_sort = f.sort  # the order when no column is chosen (the header shows no indicator)
        self.ids: list[int] = []
        self._blocks: OrderedDict[int, dict[int, QueueRow]] = OrderedDict()

    # loading ------------------------------------------------------------------------------
    def set_source(self, source: RowSource) -> None:
        self.source = source

    def reload(self, f: QueueFilter | None = None) -> None:
        """Read the ordered ids again (and forget cached rows): one short query."""
        if f is not None:
            self.filter = f
        ids = self.source.ids(self.filter) if self.source is not None else []
        self.beginResetModel()
        self.ids = ids
        self._blocks.clear()
        self.endResetModel()

    def row_at(self, row: int) -> QueueRow | None:
        if not 0 <= row < len(self.ids):
            return None
        start = row - row % BLOCK
        block = self._blocks.get(start)
        if block is None:
            window = self.ids[start:start + BLOCK]
            fetched = self.source.rows(window) if self.source is not None else []
            block = {r.id: r for r in fetched}
            self._blocks[start] = block
            while len(self._blocks) > MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(start)
        return block.get(self.ids[row])

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
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
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
                            descending=bool(key) and order == Qt.SortOrder.DescendingOrder))
