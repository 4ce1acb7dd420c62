"""Pieces of the shipment dialog: the packages table and the line editor that picks items
from the catalogue with a search box (the party forms are in app.gui.party_box; the lines'
model, their editors and the catalogue's search are in app.gui.shipment_lines).

They hold plain data only (dicts as in the shipment JSON, ItemRow lists).
"""
from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.item_views import ItemRow
from app.core.shipment import DEFAULT_PACKAGE_TYPE
from app.gui.column_fit import FillColumn
from app.gui.labels import core_label, decimal, read_number
from app.gui.labels import count as count_text
from app.gui.line_editors import SpinDelegate
from app.gui.shipment_lines import (
    PACKAGE,
    QUANTITY,
    TITLE,
    CatalogueModel,
    EnterMovesDown,
    LinesModel,
    LinesView,
    OnEnter,
    stored_number,
)

SEARCH_DELAY_MS = 250  # as the catalogue's and the review queue's searches
TITLE_CHARS = 20  # the least width of the lines' and the catalogue's title columns, in average characters
PICKER_FITTED, PICKER_ROWS, PICKER_CHARS = (0, 2), 50, 24  # the catalogue's SKU and status: fitted to the rows in sight


class PackagesTable(QWidget):
    """Package entries: count, type, gross and net kg per package, dimensions, marks."""

    COLUMNS = (QT_TRANSLATE_NOOP("PackagesTable", "Count"), QT_TRANSLATE_NOOP("PackagesTable", "Type"),
               QT_TRANSLATE_NOOP("PackagesTable", "Gross kg each"), QT_TRANSLATE_NOOP("PackagesTable", "Net kg each"),
               QT_TRANSLATE_NOOP("PackagesTable", "Length cm"), QT_TRANSLATE_NOOP("PackagesTable", "Width cm"),
               QT_TRANSLATE_NOOP("PackagesTable", "Height cm"), QT_TRANSLATE_NOOP("PackagesTable", "Marks"))
    KEYS = ("count", "type", "gross_kg", "net_kg", "length_cm", "width_cm", "height_cm", "marks")
    NUMBERS = ("count", "gross_kg", "net_kg", "length_cm", "width_cm", "height_cm")  # typed in the window's marks

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        EnterMovesDown(self.table)  # Enter stores the cell and goes down, never prints
        add, remove = QPushButton(self.tr("Add package")), QPushButton(self.tr("Remove package"))
        add.clicked.connect(lambda: self.add_package({"count": 1, "type": DEFAULT_PACKAGE_TYPE}))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()) if self.table.currentRow() >= 0 else None)
        self.totals = QLabel()
        self.table.itemChanged.connect(lambda _: self._update_totals())
        buttons = QHBoxLayout()
        for w in (add, remove):
            buttons.addWidget(w)
        buttons.addStretch()
        buttons.addWidget(self.totals)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_package(self, data: dict[str, Any]) -> None:
        self.table.blockSignals(True)
        self._append(data)
        self.table.blockSignals(False)
        self._update_totals()

    def _append(self, data: dict[str, Any]) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, key in enumerate(self.KEYS):
            value = data.get(key)
            text = "" if value is None else str(value)
            if key in self.NUMBERS and stored_number(text):  # the file's digits, shown in the window's marks
                text = decimal(Decimal(text))
            elif key == "type" and text == DEFAULT_PACKAGE_TYPE:  # "karton" in Indonesian
                text = core_label(text)
            self.table.setItem(r, c, QTableWidgetItem(text))

    def set_value(self, packages: list[dict[str, Any]]) -> None:
        """All the packages at once; the totals are counted once, not after each package."""
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for p in packages:
            self._append(p)
        self.table.blockSignals(False)
        self._update_totals()

    def _texts(self) -> list[dict[str, str]]:
        """The cells as typed, empty ones left out."""
        out = []
        for r in range(self.table.rowCount()):
            cells = {k: (self.table.item(r, c).text().strip() if self.table.item(r, c) else "") for c, k in enumerate(self.KEYS)}
            out.append({k: v for k, v in cells.items() if v})
        return out

    def value(self) -> list[dict[str, str]]:
        """The packages as in the shipment JSON: numbers typed in the window's marks as digits
        and a decimal point; one that cannot be read as typed (see unreadable()). The default
        type as the window names it is stored as the core's word, so that saved shipments and
        printed packing lists say "carton" whatever language the window runs in."""
        out = []
        for cells in self._texts():
            if cells.get("type") == core_label(DEFAULT_PACKAGE_TYPE):
                cells["type"] = DEFAULT_PACKAGE_TYPE
            for key in self.NUMBERS:
                number = read_number(cells[key]) if key in cells else None
                if number is not None:
                    cells[key] = str(number)
            out.append(cells)
        return out

    def unreadable(self) -> list[tuple[int, str, str]]:
        """Cells (package row, column title, text) that hold no number in the window's marks."""
        return [(r, self.tr(self.COLUMNS[self.KEYS.index(k)]), text) for r, cells in enumerate(self._texts())
                for k, text in cells.items() if k in self.NUMBERS and read_number(text) is None]

    def _update_totals(self) -> None:
        count, gross = 0, Decimal(0)
        for p in self._texts():
            n, kg = read_number(p.get("count", "1")), read_number(p.get("gross_kg", "0"))
            if n is not None and kg is not None and n == int(n):
                count += int(n)
                gross += n * kg
        said = self.tr("1 package, {kg} kg gross") if count == 1 else self.tr("{n} packages, {kg} kg gross")
        self.totals.setText(said.format(n=count_text(count), kg=decimal(gross, 3)))


class LinesEditor(QWidget):
    """Search the catalogue, add items as lines, set quantities, prices and package numbers."""

    sig_changed = Signal()
    LINE_COLUMNS = (QT_TRANSLATE_NOOP("LinesEditor", "SKU"), QT_TRANSLATE_NOOP("LinesEditor", "Title"),
                    QT_TRANSLATE_NOOP("LinesEditor", "Status"), QT_TRANSLATE_NOOP("LinesEditor", "Quantity"),
                    QT_TRANSLATE_NOOP("LinesEditor", "Unit value (optional)"), QT_TRANSLATE_NOOP("LinesEditor", "Package no."))

    def __init__(self, catalogue: list[ItemRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by_sku = {r.sku: r for r in catalogue}
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the catalogue by SKU or title"))
        self.search.setClearButtonEnabled(True)
        self.model = CatalogueModel(catalogue)
        # a search reads every item: once the typing pauses, not at each key (emptied: all items at once)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda text: self._search_timer.start() if text.strip() else self.apply_search())
        self.picker = QTableView()
        self.picker.setModel(self.model)
        self.picker.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # SKU and status as wide as the items in sight (not Qt's 100 pixels each), the title the rest
        chars = self.picker.fontMetrics().averageCharWidth()
        self.picker_columns = FillColumn(self.picker, 1, TITLE_CHARS * chars, to_the_edge=True)
        self._picker_most = PICKER_CHARS * chars
        self.model.modelReset.connect(self._fit_picker)
        self.picker.doubleClicked.connect(lambda _: self.add_selected())
        # Enter searches at once and goes to the results; there it adds the selected items
        OnEnter(self.search, self._search_now)
        OnEnter(self.picker, self.add_selected)
        add = QPushButton(self.tr("Add to shipment"))
        add.clicked.connect(self.add_selected)
        none_text = self.tr("-")  # a line in no numbered package
        self.line_model = LinesModel(self.by_sku, [self.tr(c) for c in self.LINE_COLUMNS], none_text, self)
        self.lines = LinesView()
        self.lines.setModel(self.line_model)
        for column in (QUANTITY, PACKAGE):
            self.lines.setItemDelegateForColumn(column, SpinDelegate(column, none_text, self.lines))
        EnterMovesDown(self.lines)  # Enter stores the quantity typed and goes to the next line, never prints
        self.line_model.dataChanged.connect(lambda top, _bottom, _roles=(): self._fit_columns([top.column()]))  # a value typed
        # the title takes the width the other columns leave, at least TITLE_CHARS of it
        self.columns = FillColumn(self.lines, TITLE, TITLE_CHARS * self.lines.fontMetrics().averageCharWidth())
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.remove_button.clicked.connect(self.remove_current)
        # a quantity of 0 typed is kept and said here at once: it ships nothing, and Remove line takes a line off
        self.quantity_note = QLabel()
        self.quantity_note.setTextFormat(Qt.TextFormat.PlainText)
        self.quantity_note.setWordWrap(True)
        self.quantity_note.hide()
        for changed in (self.line_model.dataChanged, self.line_model.rowsInserted, self.line_model.rowsRemoved,
                        self.line_model.modelReset):
            changed.connect(self._show_quantity_note)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.picker)
        left.addWidget(add)
        right = QVBoxLayout()
        right.addWidget(self.lines)
        right.addWidget(self.quantity_note)
        right.addWidget(self.remove_button)
        self.sides = QHBoxLayout(self)
        self.sides.addLayout(left)
        self.sides.addLayout(right)
        self._fit_picker()
        self._fit_columns()

    def _fit_picker(self) -> None:
        self.picker_columns.fit_rows(PICKER_FITTED, PICKER_ROWS, self._picker_most)
        self._share_width()

    def _share_width(self) -> None:
        """The catalogue and the lines share the tab's width in proportion to what their columns
        need (each title at its least width): at the dialog's default size both show every
        column, and what is left widens both titles alike."""
        self.sides.setStretch(0, self.picker_columns.wanted_width())
        self.sides.setStretch(1, self.columns.wanted_width())

    def apply_search(self) -> None:
        """Show the catalogue items whose SKU or title holds the search text (now, not after the pause)."""
        self._search_timer.stop()
        self.model.set_search(self.search.text())

    def _search_now(self) -> None:
        self.apply_search()
        self.picker.setFocus()
        if self.model.rowCount() and not self.picker.selectionModel().hasSelection():
            self.picker.selectRow(0)

    def add_selected(self) -> None:
        """The selected catalogue rows as lines of 1, in the order they were selected."""
        rows, picked = self.model.rows, dict.fromkeys(
            r for span in self.picker.selectionModel().selection() for r in range(span.top(), span.bottom() + 1))
        self.add_lines([{"sku": rows[r].sku, "quantity": 1} for r in picked])

    def add_line(self, line: dict[str, Any]) -> None:
        self.add_lines([line])

    def add_lines(self, lines: list[dict[str, Any]]) -> None:
        """Add the lines whose SKU is not a line yet (one line per SKU; change its quantity instead)."""
        if self.line_model.add_lines(lines):
            self._fit_columns()
            self.sig_changed.emit()

    def _fit_columns(self, columns: Iterable[int] | None = None) -> None:
        """Every column but the title as wide as its header and its widest cell, measured once
        per change of the lines (not per row), on the few rows that can be the widest; a
        column the user resized keeps the user's width."""
        header, model = self.lines.horizontalHeader(), self.line_model
        grid = 1 if self.lines.showGrid() else 0
        for column in range(model.columnCount()) if columns is None else columns:
            if column != TITLE and column not in self.columns.user_sized:
                widest = [self.lines.sizeHintForIndex(model.index(row, column)).width() + grid
                          for row in model.widest_rows(column, self.lines.fontMetrics())]
                self.columns.set_width(column, max([header.sectionSizeHint(column), *widest]))
        self._share_width()

    def unit_of(self, sku: str) -> str:
        item = self.by_sku.get(sku)
        return (item.unit if item else "") or "pcs"

    def fractions(self) -> list[tuple[int, str, float, str]]:
        """Lines (row, SKU, quantity, unit) whose quantity is a fraction of a counted unit (pcs, sets, pairs)."""
        self.lines.commit_editing()
        return self.line_model.fractions()

    def unreadable(self) -> list[tuple[int, str, int, str]]:
        """Cells (row, SKU, column, text) of the lines that hold no number in the window's marks."""
        self.lines.commit_editing()
        return self.line_model.unreadable()

    def zero_quantities(self) -> list[tuple[int, str, str, str]]:
        """Lines (row, SKU, quantity as typed, unit) whose quantity is 0."""
        self.lines.commit_editing()
        return self.line_model.zero_quantities()

    def _show_quantity_note(self) -> None:
        zeros = self.line_model.zero_quantities()
        if zeros:
            row, sku = zeros[0][0], zeros[0][1]
            text = (self.tr("Line {line}, SKU {sku}: a quantity of 0 ships nothing. To take the item off the shipment, "
                            "select its line and press Remove line; to ship it, type how many.") if len(zeros) == 1 else
                    self.tr("{n} lines have a quantity of 0, which ships nothing (the first: line {line}, SKU {sku}). To "
                            "take an item off the shipment, select its line and press Remove line; to ship it, type "
                            "how many."))
            self.quantity_note.setText(text.format(n=count_text(len(zeros)), line=row + 1, sku=sku))
        self.quantity_note.setVisible(bool(zeros))

    def remove_current(self) -> None:
        row = self.lines.currentRow()
        if row >= 0:
            self.line_model.remove_row(row)
            self.sig_changed.emit()

    def set_value(self, lines: list[dict[str, Any]]) -> None:
        self.line_model.set_lines(lines)
        self._fit_columns()
        self.sig_changed.emit()

    def value(self) -> list[dict[str, Any]]:
        self.lines.commit_editing()
        return self.line_model.value()
