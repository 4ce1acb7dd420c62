"""Pieces of the shipment dialog: the packages table and the line editor that picks items
from the catalogue with a search box (the party forms are in app.gui.party_box).

They hold plain data only (dicts as in the shipment JSON, ItemRow lists).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel,
                            Qt, Signal)
from PySide6.QtWidgets import (QAbstractItemView, QDoubleSpinBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox, QTableView, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from app.core.services import ItemRow
from app.core.units import fraction_problem
from app.gui.labels import status_label
from app.gui.rows_model import RowsModel

Index = QModelIndex | QPersistentModelIndex


class QuantitySpin(QDoubleSpinBox):
    """A quantity as people write it: 5 pieces, 2.5 kg (no trailing zeros), to three decimals."""

    def textFromValue(self, value: float) -> str:
        text = self.locale().toString(value, "f", self.decimals())
        point = self.locale().decimalPoint()
        return text.rstrip("0").rstrip(point) if point in text else text


class PackagesTable(QWidget):
    """Package entries: count, type, gross and net kg per package, dimensions, marks."""

    COLUMNS = (QT_TRANSLATE_NOOP("PackagesTable", "Count"), QT_TRANSLATE_NOOP("PackagesTable", "Type"),
               QT_TRANSLATE_NOOP("PackagesTable", "Gross kg each"), QT_TRANSLATE_NOOP("PackagesTable", "Net kg each"),
               QT_TRANSLATE_NOOP("PackagesTable", "Length cm"), QT_TRANSLATE_NOOP("PackagesTable", "Width cm"),
               QT_TRANSLATE_NOOP("PackagesTable", "Height cm"), QT_TRANSLATE_NOOP("PackagesTable", "Marks"))
    KEYS = ("count", "type", "gross_kg", "net_kg", "length_cm", "width_cm", "height_cm", "marks")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        add, remove = QPushButton(self.tr("Add package")), QPushButton(self.tr("Remove package"))
        add.clicked.connect(lambda: self.add_package({"count": 1, "type": "carton"}))
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
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, key in enumerate(self.KEYS):
            value = data.get(key)
            self.table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        self._update_totals()

    def set_value(self, packages: list[dict[str, Any]]) -> None:
        self.table.setRowCount(0)
        for p in packages:
            self.add_package(p)

    def value(self) -> list[dict[str, str]]:
        out = []
        for r in range(self.table.rowCount()):
            cells = {k: (self.table.item(r, c).text().strip() if self.table.item(r, c) else "") for c, k in enumerate(self.KEYS)}
            out.append({k: v for k, v in cells.items() if v})
        return out

    def _update_totals(self) -> None:
        count, gross = 0, 0.0
        for p in self.value():
            try:
                n = int(p.get("count", "1"))
                count += n
                gross += n * float(p.get("gross_kg", "0"))
            except ValueError:
                pass
        self.totals.setText(self.tr("{n} packages, {kg:.3f} kg gross").format(n=count, kg=gross))


class CatalogueModel(RowsModel):
    """The catalogue for picking: SKU, title, status."""

    COLUMNS = (QT_TRANSLATE_NOOP("CatalogueModel", "SKU"), QT_TRANSLATE_NOOP("CatalogueModel", "Title"),
               QT_TRANSLATE_NOOP("CatalogueModel", "Status"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return (row.sku, row.shown_title, status_label(row.status))[index.column()]


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
        self.model = CatalogueModel(catalogue)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.picker = QTableView()
        self.picker.setModel(self.proxy)
        self.picker.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.picker.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.picker.doubleClicked.connect(lambda _: self.add_selected())
        add = QPushButton(self.tr("Add to shipment"))
        add.clicked.connect(self.add_selected)
        self.lines = QTableWidget(0, len(self.LINE_COLUMNS))
        self.lines.setHorizontalHeaderLabels([self.tr(c) for c in self.LINE_COLUMNS])
        self.lines.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # headers whole
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        remove = QPushButton(self.tr("Remove line"))
        remove.clicked.connect(self.remove_current)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.picker)
        left.addWidget(add)
        right = QVBoxLayout()
        right.addWidget(self.lines)
        right.addWidget(remove)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

    def add_selected(self) -> None:
        for index in self.picker.selectionModel().selectedRows():
            row = self.model.rows[self.proxy.mapToSource(index).row()]
            self.add_line({"sku": row.sku, "quantity": 1})

    def add_line(self, line: dict[str, Any]) -> None:
        sku = str(line.get("sku", ""))
        for r in range(self.lines.rowCount()):
            if self.lines.item(r, 0).text() == sku:
                return  # one line per SKU; change its quantity instead
        item = self.by_sku.get(sku)
        r = self.lines.rowCount()
        self.lines.insertRow(r)
        for c, text in enumerate((sku, item.shown_title if item else "", status_label(item.status) if item else "?")):
            cell = QTableWidgetItem(text)
            cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.lines.setItem(r, c, cell)
        qty = QuantitySpin()
        qty.setRange(0.001, 10_000_000)
        qty.setDecimals(3)  # typed as written; a fraction of a counted unit is refused by name, not rounded
        qty.setSuffix(f" {self.unit_of(sku)}")
        qty.setValue(float(line.get("quantity", 1) or 1))
        self.lines.setCellWidget(r, 3, qty)
        self.lines.setItem(r, 4, QTableWidgetItem(str(line.get("unit_value", "") or "")))
        pkg = QSpinBox()
        pkg.setRange(0, 10_000)
        pkg.setSpecialValueText(self.tr("-"))
        pkg.setValue(int(line.get("package") or 0))
        self.lines.setCellWidget(r, 5, pkg)
        self.sig_changed.emit()

    def unit_of(self, sku: str) -> str:
        item = self.by_sku.get(sku)
        return (item.unit if item else "") or "pcs"

    def fractions(self) -> list[tuple[int, str, float, str]]:
        """Lines (row, SKU, quantity, unit) whose quantity is a fraction of a counted unit (pcs, sets, pairs)."""
        out = []
        for r in range(self.lines.rowCount()):
            qty, sku = self.lines.cellWidget(r, 3), self.lines.item(r, 0).text()
            assert isinstance(qty, QDoubleSpinBox)
            if fraction_problem(round(qty.value(), 3), self.unit_of(sku)):
                out.append((r, sku, round(qty.value(), 3), self.unit_of(sku)))
        return out

    def remove_current(self) -> None:
        if self.lines.currentRow() >= 0:
            self.lines.removeRow(self.lines.currentRow())
            self.sig_changed.emit()

    def set_value(self, lines: list[dict[str, Any]]) -> None:
        self.lines.setRowCount(0)
        for ln in lines:
            self.add_line(ln)

    def value(self) -> list[dict[str, Any]]:
        out = []
        for r in range(self.lines.rowCount()):
            qty, pkg = self.lines.cellWidget(r, 3), self.lines.cellWidget(r, 5)
            assert isinstance(qty, QDoubleSpinBox) and isinstance(pkg, QSpinBox)
            q = qty.value()
            line: dict[str, Any] = {"sku": self.lines.item(r, 0).text(), "quantity": int(q) if q == int(q) else round(q, 3)}
            price = self.lines.item(r, 4).text().strip() if self.lines.item(r, 4) else ""
            if price:
                line["unit_value"] = price
            if pkg.value():
                line["package"] = pkg.value()
            out.append(line)
        return out
