"""The shipment dialog: lines, parties, terms and packages, collected as the JSON the CLI reads.

It does no work itself: Print, Save and Export lines hand the shipment to whoever listens
(the shipment flow) once it passes the checks of app.gui.shipment_checks, and a refusal by the
compliance gate comes back through :meth:`ShipmentDialog.show_problems`, listed under the tabs
by app.gui.refused_items. Esc, Cancel and the title bar's close button ask before changes that
are not saved are lost. In a new shipment the destination follows the consignee's country, and
the currency the catalogue prices of its lines, until the user chooses one; Print asks first
when the destination is not the consignee's country.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit,
                               QMessageBox, QPushButton, QTabWidget, QVBoxLayout, QWidget)

from app.core.assets import AssetRefused
from app.core.item_views import ItemRow
from app.core.shipment import DEFAULT_PACKAGE_TYPE, EXPORT_TYPES, INCOTERMS, PAPER_SIZES, REASONS
from app.core.shipments import PartyRow
from app.gui.core_messages import error_text
from app.gui.file_dialogs import open_file
from app.gui.labels import core_label, decimal, machine_number
from app.gui.party_box import LowValueBox, PartyBox
from app.gui.refused_items import RefusedItems
from app.gui.shipment_checks import ShipmentChecks
from app.gui.shipment_lines import UNIT_VALUE, stored_number
from app.gui.shipment_parts import LinesEditor, PackagesTable
from app.gui.sizing import VerticalScroll, fit_to_screen

SELLER_EXTRAS = ("logo", "signatory", "signatory_title", "atiga_exporter_code") + LowValueBox.NUMBERS
DEFAULT_SIZE = (1000, 640)  # when the screen has room for it; the lines' six columns fit at this width


class ShipmentDialog(QDialog):
    sig_print_requested = Signal(dict)
    sig_save_requested = Signal(dict)
    sig_export_lines_requested = Signal(dict)
    sig_review_requested = Signal(int)  # item id
    sig_update_party_requested = Signal(int, dict)  # address book entry id, its new details
    sig_forget_party_requested = Signal(int)  # address book entry id (the user said yes)

    def __init__(self, catalogue: list[ItemRow], raw: dict[str, Any], book: list[PartyRow], markets: list[str],
                 parent: QWidget | None = None, import_logo: Callable[[Path], str] | None = None,
                 new: bool = False, prices: Mapping[str, str] | None = None) -> None:
        """`new`: a shipment not saved yet, whose destination and currency follow what is typed
        until chosen; `prices`: SKU -> the currency of its catalogue price."""
        super().__init__(parent)
        self._import_logo = import_logo
        self.markets, self.prices = list(markets), dict(prices or {})
        # a saved shipment's destination and currency were chosen when it was saved
        self.destination_chosen = self.currency_chosen = not new
        # the invoice number of the saved shipment edited here: it may be re-addressed while never printed
        self.draft_of = "" if new else str(raw.get("invoice_number", "")).strip()
        self.set_aside = False  # hidden while an item it holds is reviewed (ShipmentFlow.review_aside)
        self.discard_box: QMessageBox | None = None  # asks before changes not saved are lost
        self.setWindowTitle(self.tr("Shipment: commercial invoice and packing list"))
        self.editor = LinesEditor(catalogue)
        self.lines = self.editor.lines
        self.seller = PartyBox(self.tr("Seller / exporter (your profile)"))
        self.consignee = PartyBox(self.tr("Consignee"), book)
        self.buyer = PartyBox(self.tr("Buyer / sold to"), book)
        self.buyer_same = QCheckBox(self.tr("The buyer is the consignee"))
        self.buyer_same.toggled.connect(lambda on: self.buyer.setEnabled(not on))
        self.buyer_same.setChecked(True)
        for box in (self.consignee, self.buyer):  # one address book behind both
            box.sig_update_requested.connect(self.sig_update_party_requested)
            box.sig_forget_requested.connect(self.sig_forget_party_requested)
        self.seller_name, self.seller_address = self.seller.edits["name"], self.seller.edits["address"]
        self.seller_country, self.seller_tax = self.seller.edits["country"], self.seller.edits["tax_id"]
        self.cons_name, self.cons_address = self.consignee.edits["name"], self.consignee.edits["address"]
        self.cons_country = self.consignee.edits["country"]
        self.consignee.edits["tax_id"].setPlaceholderText(self.tr("Indonesia: NPWP or NIK"))
        self.consignee.edits["tax_id"].setToolTip(self.tr("Required for Indonesia: the consignee's NPWP, NIK or passport "
                                                          "number, printed on the invoice"))
        self.low_value = LowValueBox()  # the seller's numbers are kept in the profile, as the extras are
        self.packages = PackagesTable()

        self.invoice_number = QLineEdit()
        self.date = QLineEdit(dt.date.today().isoformat())
        self.destination = QComboBox()
        self.destination.setEditable(True)
        self.destination.addItems(markets)
        self.destination.currentTextChanged.connect(
            lambda t: self.cons_country.setText(t.strip().upper()[:2]) if not self.cons_country.text() else None)
        # goods go where the consignee is: a consignee from the address book brings its country, and
        # in a new shipment the country typed for the consignee moves the destination (until chosen)
        self.consignee.sig_chosen.connect(
            lambda data: self.destination.setCurrentText(str(data.get("country") or "").upper())
            if data.get("country") else None)
        self.cons_country.textChanged.connect(self._destination_follows)
        self.destination.activated.connect(self._destination_picked)
        self.destination.lineEdit().textEdited.connect(self._destination_picked)
        self.incoterm = QComboBox()
        self.incoterm.addItems(INCOTERMS)
        self.incoterm.setCurrentText("DAP")
        self.place, self.currency = QLineEdit(), QLineEdit("USD")
        self.currency.textEdited.connect(lambda _: setattr(self, "currency_chosen", True))
        self.reason, self.export_type = QComboBox(), QComboBox()
        self.paper = QComboBox()
        for combo, values in ((self.reason, REASONS), (self.export_type, EXPORT_TYPES), (self.paper, PAPER_SIZES)):
            for value in values:  # shown translated; the shipment keeps the value itself
                combo.addItem(core_label(value), value)
        self.awb, self.order_ref, self.marks = QLineEdit(), QLineEdit(), QLineEdit()
        self.freight, self.insurance, self.other = QLineEdit("0"), QLineEdit("0"), QLineEdit("0")
        self.atiga = QCheckBox(self.tr("Print the ATIGA preferential origin declaration"))
        self.consolidate = QCheckBox(self.tr("Consolidate invoice lines by HS code and origin"))
        self.extras = {k: QLineEdit() for k in SELLER_EXTRAS if k not in LowValueBox.NUMBERS}
        self.extras.update(self.low_value.edits)
        logo_button = QPushButton(self.tr("Choose logo…"))
        logo_button.clicked.connect(self._choose_logo)

        # Two columns (the invoice's terms; charges and printing) that scroll on a short screen.
        terms_columns = QWidget()
        columns = QHBoxLayout(terms_columns)
        first, second = QFormLayout(), QFormLayout()
        for label, w in ((self.tr("Invoice no."), self.invoice_number), (self.tr("Date"), self.date),
                         (self.tr("Destination country"), self.destination), (self.tr("Incoterm 2020"), self.incoterm),
                         (self.tr("Named place"), self.place), (self.tr("Currency"), self.currency),
                         (self.tr("Reason for export"), self.reason), (self.tr("Export type"), self.export_type),
                         (self.tr("Air waybill no."), self.awb), (self.tr("Order / PO ref."), self.order_ref)):
            first.addRow(label, w)
        for label, w in ((self.tr("Freight"), self.freight), (self.tr("Insurance"), self.insurance),
                         (self.tr("Other charges"), self.other), (self.tr("Shipping marks"), self.marks),
                         (self.tr("Paper"), self.paper), (None, self.atiga),
                         (self.tr("ATIGA exporter code"), self.extras["atiga_exporter_code"]), (None, self.consolidate),
                         (self.tr("Signed by"), self.extras["signatory"]),
                         (self.tr("Signatory title"), self.extras["signatory_title"])):
            if label is None:
                second.addRow(w)  # a check box spans the column: its text is a sentence
            else:
                second.addRow(label, w)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.extras["logo"])
        logo_row.addWidget(logo_button)
        second.addRow(self.tr("Logo"), logo_row)
        columns.addLayout(first, 1)
        columns.addLayout(second, 1)
        terms = VerticalScroll(terms_columns)

        parties = QWidget()
        pl = QHBoxLayout(parties)
        buyer_col = QVBoxLayout()
        buyer_col.addWidget(self.buyer_same)
        buyer_col.addWidget(self.buyer)
        seller_col = QWidget()  # the seller and its low-value numbers: scrolls on a short screen
        seller_layout = QVBoxLayout(seller_col)
        seller_layout.setContentsMargins(0, 0, 0, 0)
        seller_layout.addWidget(self.seller)
        seller_layout.addWidget(self.low_value)
        seller_layout.addStretch()
        seller_scroll = VerticalScroll(seller_col)
        # as narrow as the forms can be (not as wide as they would like): the dialog fits 1024 pixels
        seller_scroll.setMinimumWidth(seller_col.minimumSizeHint().width() + seller_scroll.verticalScrollBar().sizeHint().width())
        # the width the forms need shared out, the buyer's (mostly the consignee) the least: a company's
        # name shows whole in the seller's and the consignee's (at 1,000 pixels it was cut in the seller's)
        pl.addWidget(seller_scroll, 3)
        pl.addWidget(self.consignee, 3)
        pl.addLayout(buyer_col, 2)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.editor, self.tr("Items"))
        self.tabs.addTab(parties, self.tr("Parties"))
        self.tabs.addTab(terms, self.tr("Terms"))
        self.tabs.addTab(self.packages, self.tr("Packages"))

        self.refused = RefusedItems()  # what the compliance gate refused, once it has
        self.refused.sig_review_requested.connect(self.sig_review_requested)
        self.editor.sig_changed.connect(self._lines_changed)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Print"))
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button = self.buttons.addButton(self.tr("Export lines…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.checks = ShipmentChecks(self)
        self.buttons.accepted.connect(self.request_print)
        self.buttons.rejected.connect(self.ask_to_discard)
        self.finished.connect(self._close_messages)
        self.save_button.clicked.connect(lambda: self._request(self.sig_save_requested))
        self.export_button.clicked.connect(lambda: self._request(self.sig_export_lines_requested))

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)  # the tabs take the height, not the hidden list of refused items
        layout.addWidget(self.refused)
        layout.addWidget(self.buttons)
        fit_to_screen(self, *DEFAULT_SIZE)
        self.set_shipment(raw)
        self._currency_follows()
        self.saved_as = self.shipment()  # as opened or last saved: anything else is a change not saved

    def has_changes(self) -> bool:
        return self.shipment() != self.saved_as

    # what follows what, until the user chooses ------------------------------------------------
    def _destination_follows(self, country: str) -> None:
        """The goods go where the consignee is: its country, once typed, is the destination when it
        is one of the markets (a consignee may take delivery elsewhere: the user says so by
        choosing the destination, which then stays)."""
        code = country.strip().upper()
        if not self.destination_chosen and code in self.markets and code != self.destination.currentText():
            self.destination.setCurrentText(code)

    def _destination_picked(self, *_: object) -> None:
        self.destination_chosen = True

    def _currency_follows(self) -> None:
        """A new shipment is invoiced in the currency its lines are priced in, when the catalogue
        prices them all in one, until the currency is typed or a line is given its own unit value
        (in the invoice's currency: a change then would misstate it)."""
        lines = self.editor.line_model.lines
        if self.currency_chosen or any(ln.unit_value.strip() or UNIT_VALUE in ln.typed for ln in lines):
            return
        priced = {self.prices[ln.sku] for ln in lines if ln.sku in self.prices}
        if len(priced) == 1:
            self.currency.setText(priced.pop())

    def _lines_changed(self) -> None:
        self._currency_follows()
        self.refused.keep_only(self.editor.line_model.skus)

    # closing ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc asks, as Cancel does (an open list or cell editor takes its own Esc first)."""
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()
            self.ask_to_discard()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The title bar's close button asks as Cancel does; a close by the program does not."""
        if event.spontaneous() and self.isVisible() and self.has_changes():
            event.ignore()
            self.ask_to_discard()
            return
        super().closeEvent(event)

    def ask_to_discard(self) -> None:
        """Close at once when nothing would be lost; else ask, keeping the dialog open by default."""
        if not self.has_changes():
            self.reject()
            return
        if self.discard_box is not None and self.discard_box.isVisible():
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard this shipment?"),
                          self.tr("The shipment has changes that are not saved."), QMessageBox.StandardButton.NoButton,
                          self)
        box.setInformativeText(self.tr("Discard them and close the shipment, or keep editing? Save keeps the "
                                       "shipment as a draft to print later."))
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        discard.clicked.connect(self.reject)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.discard_box = box
        box.open()

    def _close_messages(self) -> None:
        """Questions and error messages opened over the dialog go with it (they are its children,
        but a window does not hide with its parent)."""
        for child in self.findChildren(QDialog):
            if child.isWindow() and child.isVisible():
                child.close()

    # printing -----------------------------------------------------------------------------
    def request_print(self) -> None:
        """Hand the shipment on to print, after asking when its destination is not the consignee's country."""
        if self.checks.passed():
            self.checks.confirm_destination(self.shipment(), self.sig_print_requested.emit)

    def set_book(self, book: list[PartyRow]) -> None:
        """The address book changed (an entry updated or removed): both lists show it."""
        for box in (self.consignee, self.buyer):
            box.set_book(book)

    def _choose_logo(self) -> None:
        path = open_file(self, self.tr("Logo"), self.tr("Images (*.png *.jpg *.jpeg)"))
        if not path:
            return
        try:  # documents embed only files copied into the data folder's assets/ when picked here
            self.extras["logo"].setText(self._import_logo(path) if self._import_logo else str(path))
        except AssetRefused as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Logo"), error_text(exc), QMessageBox.StandardButton.Ok,
                              self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.open()

    def _request(self, signal: Any) -> None:
        """Hand the shipment on, unless a number cannot be read or a line counted in pieces,
        sets or pairs has a fraction."""
        if self.checks.passed():
            signal.emit(self.shipment())

    def show_problems(self, problems: list[tuple[str, str]], item_ids: dict[str, int]) -> None:
        """List the items the compliance gate refused; select the first."""
        self.refused.show_problems(problems, item_ids)

    def set_shipment(self, raw: dict[str, Any]) -> None:
        self.invoice_number.setText(str(raw.get("invoice_number", "")))
        if raw.get("date"):
            self.date.setText(str(raw["date"]))
        for combo, key in ((self.destination, "destination"), (self.incoterm, "incoterm")):
            if raw.get(key):
                combo.setCurrentText(str(raw[key]))
        for combo, key in ((self.reason, "reason_for_export"), (self.export_type, "export_type"), (self.paper, "paper")):
            at = combo.findData(str(raw.get(key) or ""))
            if raw.get(key) and at >= 0:
                combo.setCurrentIndex(at)
        for edit, key in ((self.place, "incoterm_place"), (self.currency, "currency"), (self.awb, "awb"),
                          (self.order_ref, "order_ref"), (self.marks, "shipping_marks")):
            if raw.get(key) not in (None, ""):
                edit.setText(str(raw[key]))
        for edit, key in ((self.freight, "freight"), (self.insurance, "insurance"), (self.other, "other_charges")):
            value = str(raw.get(key) or "0").strip()  # the file's digits, shown in the window's marks
            edit.setText(decimal(Decimal(value)) if stored_number(value) else value)
        for key, edit in self.extras.items():
            edit.setText(str(raw.get(key, "") or ""))
        self.low_value.set_value(raw)  # after the extras: the numbers are among them
        self.atiga.setChecked(bool(raw.get("atiga")))
        self.consolidate.setChecked(bool(raw.get("consolidate")))
        self.seller.set_value(raw.get("seller") or {})
        self.consignee.set_value(raw.get("consignee") or {})
        self.buyer.set_value(raw.get("buyer") or {})
        self.buyer_same.setChecked(not raw.get("buyer"))
        self.editor.set_value(list(raw.get("lines") or []))
        self.packages.set_value(list(raw.get("packages") or [{"count": 1, "type": DEFAULT_PACKAGE_TYPE, "gross_kg": "1"}]))

    def shipment(self) -> dict[str, Any]:
        dest = self.destination.currentText().strip().upper()
        consignee = self.consignee.value()
        consignee["country"] = consignee["country"] or dest
        raw: dict[str, Any] = {
            "invoice_number": self.invoice_number.text().strip(), "date": self.date.text().strip(), "destination": dest,
            "incoterm": self.incoterm.currentText(), "incoterm_place": self.place.text().strip(),
            "currency": self.currency.text().strip().upper(), "reason_for_export": self.reason.currentData(),
            "export_type": self.export_type.currentData(), "awb": self.awb.text().strip(),
            "order_ref": self.order_ref.text().strip(), "shipping_marks": self.marks.text().strip(),
            "freight": machine_number(self.freight.text()) or "0",
            "insurance": machine_number(self.insurance.text()) or "0",
            "other_charges": machine_number(self.other.text()) or "0", "paper": self.paper.currentData(),
            "atiga": self.atiga.isChecked(), "consolidate": self.consolidate.isChecked(),
            "seller": self.seller.value(), "consignee": consignee,
            "lines": self.editor.value(), "packages": self.packages.value(),
        }
        raw.update({k: e.text().strip() for k, e in self.extras.items()})
        raw.update(self.low_value.value())
        if not self.buyer_same.isChecked():
            raw["buyer"] = self.buyer.value()
        return raw
