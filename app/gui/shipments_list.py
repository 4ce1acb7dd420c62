"""Saved shipments: reopen one to amend it (a new revision) or reprint it as it was."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from app.core.shipments import ShipmentRow
from app.gui.labels import count, local_time


class ShipmentsDialog(QDialog):
    sig_open_requested = Signal(int)  # shipment id (a revision)
    sig_reprint_requested = Signal(int)

    COLUMNS = (QT_TRANSLATE_NOOP("ShipmentsDialog", "Invoice no."), QT_TRANSLATE_NOOP("ShipmentsDialog", "Revision"),
               QT_TRANSLATE_NOOP("ShipmentsDialog", "Date"), QT_TRANSLATE_NOOP("ShipmentsDialog", "Destination"),
               QT_TRANSLATE_NOOP("ShipmentsDialog", "Consignee"), QT_TRANSLATE_NOOP("ShipmentsDialog", "Lines"),
               QT_TRANSLATE_NOOP("ShipmentsDialog", "Printed"), QT_TRANSLATE_NOOP("ShipmentsDialog", "Saved"))

    def __init__(self, rows: list[ShipmentRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Saved shipments"))
        self.rows = rows
        self.table = QTableWidget(len(rows), len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for r, row in enumerate(rows):
            values = (row.invoice_number, row.revision, row.date, row.destination, row.consignee, row.lines,
                      self.tr("{n} files").format(n=count(row.printed)) if row.printed else self.tr("no"),
                      local_time(row.saved_at))
            for c, v in enumerate(values):
                item = QTableWidgetItem(str(v))
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(r, c, item)
        if rows:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(lambda _: self._emit(self.sig_open_requested))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(self.tr("Open to amend"))
        self.reprint_button = QPushButton(self.tr("Reprint"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.reprint_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(lambda: self._emit(self.sig_open_requested))
        self.reprint_button.clicked.connect(lambda: self._emit(self.sig_reprint_requested))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def selected_id(self) -> int | None:
        r = self.table.currentRow()
        return self.rows[r].id if 0 <= r < len(self.rows) else None

    def _emit(self, signal: Signal) -> None:  # type: ignore[valid-type]
        shipment_id = self.selected_id()
        if shipment_id is not None:
            self.accept()
            signal.emit(shipment_id)  # type: ignore[attr-defined]
