"""The catalogue page: every item with its status and code."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from app.core.review import STATUS_LABELS
from app.core.services import ItemRow

Index = QModelIndex | QPersistentModelIndex


class ItemsModel(QAbstractTableModel):
    COLUMNS = ("SKU", "Title", "Status", "HS code", "Suggestion", "Confidence", "Flags")

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ItemRow] = []

    def set_rows(self, rows: list[ItemRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (r.sku, r.title, STATUS_LABELS.get(r.status, r.status), r.hs_code or "", r.top_code or "",
                    "" if r.top_p is None else f"{r.top_p:.0%}", r.rules)[col]
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return r.title
        return None


class ItemsPage(QWidget):
    sig_import_requested = Signal()
    sig_demo_requested = Signal()
    sig_filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ItemsModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search SKU or title"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All items"), "")
        for key, label in STATUS_LABELS.items():
            self.status_filter.addItem(label, key)
        self.status_filter.currentIndexChanged.connect(self.sig_filter_changed)
        self.summary = QLabel()

        self.empty_banner = QWidget()
        banner = QHBoxLayout(self.empty_banner)
        banner.addWidget(QLabel(self.tr("The catalogue is empty. Import a CSV or Excel file, or try Borderline with the demo catalogue.")))
        self.demo_button = QPushButton(self.tr("Load the demo catalogue"))
        self.import_button = QPushButton(self.tr("Import a file…"))
        banner.addWidget(self.demo_button)
        banner.addWidget(self.import_button)
        banner.addStretch()
        self.demo_button.clicked.connect(self.sig_demo_requested)
        self.import_button.clicked.connect(self.sig_import_requested)

        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.status_filter)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_banner)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def set_rows(self, rows: list[ItemRow], counts: dict[str, int]) -> None:
        self.model.set_rows(rows)
        self.empty_banner.setVisible(not rows)
        total = sum(counts.values())
        self.summary.setText(self.tr("{total} items: {flagged} to review, {auto} auto-accepted, {decided} decided, {pending} pending")
                             .format(total=total, **counts))

    def current_status(self) -> str | None:
        return self.status_filter.currentData() or None

    def selected_ids(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return [self.model.rows[r].id for r in sorted(rows)]
