"""Collects a shipment (parties, terms, lines, packages) as the same JSON the CLI reads."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.core.shipment import INCOTERMS, REASONS


class ShipmentDialog(QDialog):
    def __init__(self, lines: list[tuple[str, str]], defaults: dict[str, Any], markets: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Commercial invoice and packing list"))
        seller = defaults.get("seller", {})
        self.invoice_number = QLineEdit(defaults.get("invoice_number", "INV-0001"))
        self.date = QLineEdit(dt.date.today().isoformat())
        self.destination = QComboBox()
        self.destination.setEditable(True)
        self.destination.addItems(markets)
        self.incoterm = QComboBox()
        self.incoterm.addItems(INCOTERMS)
        self.incoterm.setCurrentText("DAP")
        self.place = QLineEdit()
        self.currency = QLineEdit(defaults.get("currency", "USD"))
        self.reason = QComboBox()
        self.reason.addItems(REASONS)
        terms = QGroupBox(self.tr("Terms"))
        tf = QFormLayout(terms)
        for label, w in ((self.tr("Invoice no."), self.invoice_number), (self.tr("Date"), self.date),
                         (self.tr("Destination"), self.destination), (self.tr("Incoterm"), self.incoterm),
                         (self.tr("Named place"), self.place), (self.tr("Currency"), self.currency),
                         (self.tr("Reason for export"), self.reason)):
            tf.addRow(label, w)

        self.seller_name = QLineEdit(seller.get("name", ""))
        self.seller_address = QLineEdit(seller.get("address", ""))
        self.seller_country = QLineEdit(seller.get("country", ""))
        self.seller_tax = QLineEdit(seller.get("tax_id", ""))
        self.cons_name = QLineEdit()
        self.cons_address = QLineEdit()
        self.cons_country = QLineEdit()
        parties = QGroupBox(self.tr("Parties"))
        pf = QFormLayout(parties)
        for label, w in ((self.tr("Seller"), self.seller_name), (self.tr("Seller address"), self.seller_address),
                         (self.tr("Seller country"), self.seller_country), (self.tr("Seller tax ID"), self.seller_tax),
                         (self.tr("Consignee"), self.cons_name), (self.tr("Consignee address"), self.cons_address),
                         (self.tr("Consignee country"), self.cons_country)):
            pf.addRow(label, w)
        self.destination.currentTextChanged.connect(lambda t: self.cons_country.setText(t) if not self.cons_country.text() else None)

        self.lines = QTableWidget(len(lines), 3)
        self.lines.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Title"), self.tr("Quantity")])
        for r, (sku, title) in enumerate(lines):
            self.lines.setItem(r, 0, QTableWidgetItem(sku))
            self.lines.setItem(r, 1, QTableWidgetItem(title))
            spin = QSpinBox()
            spin.setRange(1, 1_000_000)
            self.lines.setCellWidget(r, 2, spin)
        self.packages = QSpinBox()
        self.packages.setRange(1, 10_000)
        self.gross = QDoubleSpinBox()
        self.gross.setRange(0.0, 100_000.0)
        self.gross.setDecimals(3)
        self.gross.setValue(1.0)
        pk = QHBoxLayout()
        pk.addWidget(QLabel(self.tr("Cartons")))
        pk.addWidget(self.packages)
        pk.addWidget(QLabel(self.tr("Gross kg per carton")))
        pk.addWidget(self.gross)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(terms)
        top.addWidget(parties)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lines)
        layout.addLayout(pk)
        layout.addWidget(self.buttons)
        self.resize(900, 600)

    def shipment(self) -> dict[str, Any]:
        lines = []
        for r in range(self.lines.rowCount()):
            spin = self.lines.cellWidget(r, 2)
            assert isinstance(spin, QSpinBox)
            lines.append({"sku": self.lines.item(r, 0).text(), "quantity": spin.value()})
        dest = self.destination.currentText().strip().upper()
        return {
            "invoice_number": self.invoice_number.text().strip(), "date": self.date.text().strip(), "destination": dest,
            "incoterm": self.incoterm.currentText(), "incoterm_place": self.place.text().strip(),
            "currency": self.currency.text().strip().upper(), "reason_for_export": self.reason.currentText(),
            "seller": {"name": self.seller_name.text(), "address": self.seller_address.text(),
                       "country": self.seller_country.text().strip().upper(), "tax_id": self.seller_tax.text()},
            "consignee": {"name": self.cons_name.text(), "address": self.cons_address.text(),
                          "country": (self.cons_country.text().strip() or dest).upper()},
            "lines": lines,
            "packages": [{"count": self.packages.value(), "type": "carton", "gross_kg": self.gross.value()}],
        }
