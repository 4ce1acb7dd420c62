"""The shipment dialog's lines as a table model, and the catalogue it picks from with a search
index (the editors of the quantity and package cells are in app.gui.line_editors).

A shipment may have thousands of lines and the catalogue a hundred thousand items, so:
the lines are plain values in a model (no widget per cell: a spin box exists only while a
cell is edited), lines are added in one insert per batch, a SKU already among the lines is
found in a set rather than by reading every row, and a search reads a prebuilt lowercase
text per item (SKU and title) instead of every column of every row through Qt.

The shown texts (headers, the "no package" mark) come translated from the caller, so the
translation context stays the dialog's (LinesEditor). A header of several words is shown on
two lines ("Unit value" over "(optional)"): a column of short numbers is then as wide as its
numbers, not as its title, and the six columns fit the dialog beside the catalogue.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from app.core.item_views import ItemRow
from app.core.units import fraction_problem
from app.gui.labels import decimal, read_number, status_label, window_locale
from app.gui.rows_model import RowsModel

Index = QModelIndex | QPersistentModelIndex

SKU, TITLE, STATUS, QUANTITY, UNIT_VALUE, PACKAGE = range(6)
QUANTITY_DECIMALS = 3  # typed as written; a fraction of a counted unit is refused by name, not rounded
QUANTITY_MIN, QUANTITY_MAX = 0.001, 10_000_000.0
PACKAGE_MAX = 10_000
UNIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the quantity's unit (pcs, kg…) of a line
TYPED_ROLE = Qt.ItemDataRole.UserRole + 2  # a cell's text that could not be read as a number ("" when read)


def quantity_text(value: float, locale: QLocale) -> str:
    """A quantity as people write it: 5 pieces, 2.5 kg (no trailing zeros), to three decimals."""
    text = locale.toString(value, "f", QUANTITY_DECIMALS)
    point = locale.decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


def two_lines(title: str) -> str:
    """A column title of several words on two lines, broken at the space that leaves the longer
    line shortest: "Unit value (optional)" is "Unit value" over "(optional)"."""
    spaces = [i for i, ch in enumerate(title) if ch == " "]
    if not spaces:
        return title
    at = min(spaces, key=lambda i: max(i, len(title) - i - 1))
    return f"{title[:at]}\n{title[at + 1:]}"


def bounded_quantity(value: Any) -> float:
    """What the quantity spin box would hold: three decimals, within its range."""
    return min(max(round(float(value), QUANTITY_DECIMALS), QUANTITY_MIN), QUANTITY_MAX)


def bounded_package(value: Any) -> int:
    return min(max(int(value or 0), 0), PACKAGE_MAX)


@dataclass
class Line:
    sku: str
    title: str
    status: str  # as shown
    unit: str
    quantity: float
    unit_value: str  # digits and a decimal point, as the shipment JSON has it
    package: int
    # cells (QUANTITY, UNIT_VALUE, PACKAGE) whose text could not be read in the window's marks,
    # as typed: shown and handed on so, for the check that names them; the numbers above stay
    typed: dict[int, str] = field(default_factory=dict)


def no_quantity(text: str) -> bool:
    """Whether a quantity kept as typed is a number, but none to ship (0): said apart from text
    that is no number, with how to take an item off the shipment instead."""
    number = read_number(text)
    return number is not None and number < Decimal(str(QUANTITY_MIN))


def stored_number(text: str) -> bool:
    """Whether a value from a shipment file is a number in digits and a decimal point."""
    try:
        return Decimal(text).is_finite()
    except InvalidOperation:
        return False


class LinesModel(QAbstractTableModel):
    """The lines of a shipment, one per SKU, in the order they were added."""

    EDITABLE = (QUANTITY, UNIT_VALUE, PACKAGE)

    def __init__(self, by_sku: Mapping[str, ItemRow], headers: Sequence[str], none_text: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.by_sku = by_sku
        self.headers = list(headers)
        self.none_text = none_text
        self.lines: list[Line] = []
        self.skus: set[str] = set()
        self.locale = window_locale()

    # reading ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return two_lines(self.headers[section])
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(self.lines[index.row()], index.column())
        if role == Qt.ItemDataRole.EditRole:
            line, c = self.lines[index.row()], index.column()
            return line.quantity if c == QUANTITY else line.package if c == PACKAGE else self.text(line, c) if c == UNIT_VALUE else None
        if role == UNIT_ROLE:
            return self.lines[index.row()].unit
        if role == TYPED_ROLE:
            return self.lines[index.row()].typed.get(index.column(), "")
        return None

    def text(self, line: Line, column: int) -> str:
        """A cell as shown."""
        typed = line.typed.get(column) if line.typed else None
        if column == QUANTITY:
            return f"{quantity_text(line.quantity, self.locale) if typed is None else typed} {line.unit}"
        if typed is not None:
            return typed
        if column == PACKAGE:
            return str(line.package) if line.package else self.none_text
        if column == UNIT_VALUE:  # in the window's marks: "12,50" in Indonesian
            return decimal(Decimal(line.unit_value)) if line.unit_value else ""
        return (line.sku, line.title, line.status, "", "")[column]

    def widest_rows(self, column: int, metrics: QFontMetrics) -> list[int]:
        """The row to measure for the column's width: the one whose text is widest (each
        different text measured once)."""
        widths: dict[str, int] = {}
        best: tuple[int, int] | None = None  # width, row
        for row, line in enumerate(self.lines):
            text = self.text(line, column)
            width = widths.get(text)
            if width is None:
                width = widths[text] = metrics.horizontalAdvance(text)
            if best is None or width > best[0]:
                best = (width, row)
        return [] if best is None else [best[1]]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in self.EDITABLE else base & ~Qt.ItemFlag.ItemIsEditable

    def value(self) -> list[dict[str, Any]]:
        """The lines as in the shipment JSON."""
        out = []
        for ln in self.lines:
            q, typed = ln.quantity, ln.typed
            line: dict[str, Any] = {"sku": ln.sku, "quantity": typed[QUANTITY] if QUANTITY in typed
                                    else int(q) if q == int(q) else round(q, QUANTITY_DECIMALS)}
            unit_value = typed.get(UNIT_VALUE, ln.unit_value.strip())
            if unit_value:
                line["unit_value"] = unit_value
            if PACKAGE in typed or ln.package:
                line["package"] = typed.get(PACKAGE, ln.package)
            out.append(line)
        return out

    def unreadable(self) -> list[tuple[int, str, int, str]]:
        """Cells (row, SKU, column, text) that hold no number in the window's marks, line by line."""
        return [(r, ln.sku, c, ln.typed[c]) for r, ln in enumerate(self.lines) if ln.typed for c in sorted(ln.typed)
                if not (c == QUANTITY and no_quantity(ln.typed[c]))]

    def zero_quantities(self) -> list[tuple[int, str, str, str]]:
        """Lines (row, SKU, quantity as typed, unit) whose quantity is 0: nothing to ship."""
        return [(r, ln.sku, ln.typed[QUANTITY], ln.unit) for r, ln in enumerate(self.lines)
                if QUANTITY in ln.typed and no_quantity(ln.typed[QUANTITY])]

    def fractions(self) -> list[tuple[int, str, float, str]]:
        """Lines (row, SKU, quantity, unit) whose quantity is a fraction of a counted unit (pcs, sets, pairs)."""
        return [(r, ln.sku, round(ln.quantity, QUANTITY_DECIMALS), ln.unit) for r, ln in enumerate(self.lines)
                if QUANTITY not in ln.typed and fraction_problem(round(ln.quantity, QUANTITY_DECIMALS), ln.unit)]

    # changing -----------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in self.EDITABLE:
            return False
        line, column = self.lines[index.row()], index.column()
        typed = ""
        if isinstance(value, str) or column == UNIT_VALUE:  # typed in the window's marks
            typed = "" if value is None else str(value).strip()
            value = read_number(typed) if typed else None
        try:
            # kept as typed, and named before anything prints: no number, or a quantity of 0
            if typed and (value is None or (column == QUANTITY and no_quantity(typed))):
                line.typed[column] = typed
            else:
                if column == QUANTITY:
                    line.quantity = bounded_quantity(value)
                elif column == PACKAGE:
                    line.package = bounded_package(value)
                else:  # kept as digits and a decimal point
                    line.unit_value = "" if value is None else str(value)
                line.typed.pop(column, None)
        except (TypeError, ValueError):
            return False
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def _line(self, data: Mapping[str, Any]) -> Line:
        sku = str(data.get("sku", ""))
        item = self.by_sku.get(sku)
        # the shipment's digits and decimal point; a value that is no number is shown as it is
        quantity, package = data.get("quantity", 1), data.get("package") or 0
        quantity = 1 if quantity is None or quantity == "" else quantity
        unit_value = str(data.get("unit_value", "") or "").strip()
        typed: dict[int, str] = {}
        if not isinstance(quantity, (int, float)) and not stored_number(str(quantity)):
            typed[QUANTITY], quantity = str(quantity).strip(), 1
        elif Decimal(str(quantity)) <= 0:  # none to ship: shown and named, never made 1 or 0.001
            typed[QUANTITY] = quantity_text(0, self.locale) if Decimal(str(quantity)) == 0 else str(quantity).strip()
            quantity = 1
        if unit_value and not stored_number(unit_value):
            typed[UNIT_VALUE], unit_value = unit_value, ""
        if not isinstance(package, int) and not stored_number(str(package)):
            typed[PACKAGE], package = str(package).strip(), 0
        return Line(sku, item.shown_title if item else "", status_label(item.status) if item else "?",
                    (item.unit if item else "") or "pcs", bounded_quantity(quantity), unit_value,
                    bounded_package(Decimal(str(package))), typed)

    def _new(self, lines: Iterable[Mapping[str, Any]], taken: set[str]) -> list[Line]:
        """Lines for SKUs not in `taken` (nor twice among `lines`: the first counts). One line
        per SKU: to ship more, its quantity is changed; a second line is not added. Every line
        is made before the model changes, so a bad value leaves the model as it was."""
        seen, out = set(taken), []
        for data in lines:
            sku = str(data.get("sku", ""))
            if sku not in seen:
                seen.add(sku)
                out.append(self._line(data))
        return out

    def add_lines(self, lines: Iterable[Mapping[str, Any]]) -> int:
        """Append the lines whose SKU is not a line yet, in one insert; the number added."""
        new = self._new(lines, self.skus)
        if new:
            first = len(self.lines)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self.lines.extend(new)
            self.skus.update(ln.sku for ln in new)
            self.endInsertRows()
        return len(new)

    def set_lines(self, lines: Iterable[Mapping[str, Any]]) -> None:
        new = self._new(lines, set())
        self.beginResetModel()
        self.lines = new
        self.skus = {ln.sku for ln in new}
        self.endResetModel()

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            self.skus.discard(self.lines.pop(row).sku)
            self.endRemoveRows()


class LinesView(QTableView):
    """The lines table, with the table widget's row helpers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.SelectedClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.AnyKeyPressed)

    def rowCount(self) -> int:
        return self.model().rowCount()

    def currentRow(self) -> int:
        return self.currentIndex().row()

    def commit_editing(self) -> None:
        """Store what an open editor holds (as leaving the cell would), without closing it."""
        index = self.currentIndex()
        editor = self.indexWidget(index) if index.isValid() else None
        if editor is not None:
            self.itemDelegateForIndex(index).commitData.emit(editor)


class EnterMovesDown(QObject):
    """Return or Enter in a table, on a cell or in the editor open in one, stores what was typed
    and goes to the same cell of the next row (the last row stays), as in a spreadsheet; it is
    taken here, so it never reaches the dialog's default button (Print).

    An editor's Enter that it does not use itself comes up to the table (its parent), where
    this filter sees it; an editor whose text cannot be taken (a price left half-typed) keeps
    the key, and its cell stays open."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.next_row()
            return True
        return False

    def next_row(self) -> None:
        view = self.view
        index = view.currentIndex()
        if not index.isValid():
            return
        editor = view.indexWidget(index)
        if editor is not None:
            # the delegate has seen this Enter first and stores the cell and closes its editor
            # itself, a moment later; the row changes once it has (closing it here as well
            # would have the delegate store an editor that is gone)
            place = QPersistentModelIndex(index)
            view.itemDelegateForIndex(index).closeEditor.connect(
                lambda *_: self._below(QModelIndex(place)), Qt.ConnectionType.SingleShotConnection)
            return
        self._below(index)

    def _below(self, index: QModelIndex) -> None:
        view = self.view
        if not index.isValid():
            return
        below = index.siblingAtRow(index.row() + 1)
        if below.isValid():
            view.setCurrentIndex(below)
        view.setFocus(Qt.FocusReason.OtherFocusReason)


class OnEnter(QObject):
    """Return or Enter in a widget does `action` (and not the dialog's default button, Print)."""

    def __init__(self, widget: QWidget, action: Callable[[], None]) -> None:
        super().__init__(widget)
        self.action = action
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.action()
            return True
        return False


def folded(text: str) -> str:
    """Text as the search compares it: composed the same way, case ignored."""
    return unicodedata.normalize("NFC", text).casefold()


class CatalogueModel(RowsModel):
    """The catalogue for picking: SKU, title, status; shows the items that match the search."""

    COLUMNS = (QT_TRANSLATE_NOOP("CatalogueModel", "SKU"), QT_TRANSLATE_NOOP("CatalogueModel", "Title"),
               QT_TRANSLATE_NOOP("CatalogueModel", "Status"))

    def __init__(self, rows: Sequence[ItemRow] = ()) -> None:
        super().__init__(rows)
        self.all_rows: list[ItemRow] = list(rows)
        self._index: list[str] | None = None  # made at the first search
        self.search = ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = self.rows[index.row()]
        return (row.sku, row.shown_title, status_label(row.status))[index.column()]

    def set_search(self, text: str) -> None:
        """Show the items whose SKU or title contains `text` (case ignored); all for an empty text."""
        term = folded(text.strip())
        if term == self.search:
            return
        self.search = term
        if not term:
            self.set_rows(self.all_rows)
            return
        if self._index is None:
            self._index = [folded(f"{r.sku}\n{r.shown_title}") for r in self.all_rows]
        rows = self.all_rows
        self.set_rows([rows[i] for i, text in enumerate(self._index) if term in text])
