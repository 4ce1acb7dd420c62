"""The shipment dialog's lines as a table model, the editors of its quantity and package
cells, and the catalogue it picks from with a search index.

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
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QEvent, QLocale, QModelIndex, QObject,
                            QPersistentModelIndex, QRect, QSize, Qt)
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QDoubleSpinBox, QSpinBox, QStyle, QStyledItemDelegate,
                               QStyleOptionSpinBox, QStyleOptionViewItem, QTableView, QWidget)

from app.core.services import ItemRow
from app.core.units import fraction_problem
from app.gui.labels import decimal, read_number, status_label, window_locale
from app.gui.rows_model import RowsModel

Index = QModelIndex | QPersistentModelIndex

SKU, TITLE, STATUS, QUANTITY, UNIT_VALUE, PACKAGE = range(6)
QUANTITY_DECIMALS = 3  # typed as written; a fraction of a counted unit is refused by name, not rounded
QUANTITY_MIN, QUANTITY_MAX = 0.001, 10_000_000.0
PACKAGE_MAX = 10_000
UNIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the quantity's unit (pcs, kg…) of a line


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


class QuantitySpin(QDoubleSpinBox):
    """The quantity editor: three decimals, shown without trailing zeros, its unit as suffix."""

    def __init__(self, unit: str = "pcs", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(QUANTITY_MIN, QUANTITY_MAX)
        self.setDecimals(QUANTITY_DECIMALS)
        self.setSuffix(f" {unit}")
        self.setLocale(window_locale())  # "1.000" is a thousand in Indonesian whatever the system's locale

    def textFromValue(self, value: float) -> str:
        return quantity_text(value, self.locale())


class PackageSpin(QSpinBox):
    """The package number editor: 0 (shown as `none_text`) means the line is in no numbered package."""

    def __init__(self, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, PACKAGE_MAX)
        self.setSpecialValueText(none_text)


@dataclass
class Line:
    sku: str
    title: str
    status: str  # as shown
    unit: str
    quantity: float
    unit_value: str  # digits and a decimal point, as the shipment JSON has it; as typed when `unread`
    package: int
    unread: bool = False  # the unit value typed could not be read in the window's marks


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
        return None

    def text(self, line: Line, column: int) -> str:
        """A cell as shown."""
        if column == QUANTITY:
            return f"{quantity_text(line.quantity, self.locale)} {line.unit}"
        if column == PACKAGE:
            return str(line.package) if line.package else self.none_text
        if column == UNIT_VALUE:  # in the window's marks: "12,50" in Indonesian
            return line.unit_value if line.unread or not line.unit_value else decimal(Decimal(line.unit_value))
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
            q = ln.quantity
            line: dict[str, Any] = {"sku": ln.sku, "quantity": int(q) if q == int(q) else round(q, QUANTITY_DECIMALS)}
            if ln.unit_value.strip():
                line["unit_value"] = ln.unit_value.strip()
            if ln.package:
                line["package"] = ln.package
            out.append(line)
        return out

    def unreadable(self) -> list[tuple[int, str, str]]:
        """Lines (row, SKU, text) whose unit value is no number in the window's marks."""
        return [(r, ln.sku, ln.unit_value) for r, ln in enumerate(self.lines) if ln.unread]

    def fractions(self) -> list[tuple[int, str, float, str]]:
        """Lines (row, SKU, quantity, unit) whose quantity is a fraction of a counted unit (pcs, sets, pairs)."""
        return [(r, ln.sku, round(ln.quantity, QUANTITY_DECIMALS), ln.unit) for r, ln in enumerate(self.lines)
                if fraction_problem(round(ln.quantity, QUANTITY_DECIMALS), ln.unit)]

    # changing -----------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in self.EDITABLE:
            return False
        line = self.lines[index.row()]
        try:
            if index.column() == QUANTITY:
                line.quantity = bounded_quantity(value)
            elif index.column() == PACKAGE:
                line.package = bounded_package(value)
            else:  # typed in the window's marks, kept as digits and a decimal point
                typed = "" if value is None else str(value).strip()
                number = read_number(typed) if typed else None
                line.unit_value, line.unread = (typed, bool(typed)) if number is None else (str(number), False)
        except (TypeError, ValueError):
            return False
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def _line(self, data: Mapping[str, Any]) -> Line:
        sku = str(data.get("sku", ""))
        item = self.by_sku.get(sku)
        unit_value = str(data.get("unit_value", "") or "").strip()
        return Line(sku, item.shown_title if item else "", status_label(item.status) if item else "?",
                    (item.unit if item else "") or "pcs", bounded_quantity(data.get("quantity", 1) or 1),
                    unit_value, bounded_package(data.get("package")), bool(unit_value) and not stored_number(unit_value))

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


class SpinDelegate(QStyledItemDelegate):
    """Edits a quantity or a package number in a spin box made when the cell is edited. The
    column is as wide as its widest number as shown, plus what the spin box around that text
    takes (frame and arrows): the editor opened on it shows the whole number. It is not as wide
    as the spin box would like, which leaves room for ten million and its decimals."""

    def __init__(self, column: int, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column, self.none_text = column, none_text
        self._frame: int | None = None  # the spin box's width besides its text

    def _spin(self, unit: str, parent: QWidget | None = None) -> QDoubleSpinBox | QSpinBox:
        return QuantitySpin(unit, parent) if self.column == QUANTITY else PackageSpin(self.none_text, parent)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return self._spin(str(index.data(UNIT_ROLE) or "pcs"), parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        assert isinstance(editor, (QDoubleSpinBox, QSpinBox))
        if value is not None and editor.value() != value:  # the same value again would retype the text being typed
            editor.setValue(value)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, (QDoubleSpinBox, QSpinBox))
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)

    def editor_frame(self) -> int:
        """What a spin box of this column takes besides its text field, as the style draws it."""
        if self._frame is None:
            spin = self._spin("pcs")
            option = QStyleOptionSpinBox()
            spin.initStyleOption(option)
            option.rect = QRect(0, 0, 200, spin.sizeHint().height())
            field = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option,
                                                QStyle.SubControl.SC_SpinBoxEditField, spin)
            self._frame = option.rect.width() - field.width()
        return self._frame

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)  # the text as shown, with the cell's margins
        return QSize(size.width() + self.editor_frame(), size.height())


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
