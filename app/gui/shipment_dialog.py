"""The shipment dialog: lines, parties, terms and packages, collected as the JSON the CLI reads.

It does no work itself: Print, Save and Export lines hand the shipment to whoever listens
(the shipment flow), and a refusal by the compliance gate comes back through
:meth:`ShipmentDialog.show_problems`, listing the items with a button to open each in the
review pane (a line removed since leaves the list). Esc, Cancel and the title bar's close
button ask before changes that are not saved are lost. In a new shipment the destination
follows the consignee's country, and the currency the catalogue prices of its lines, until the
user chooses one; Print asks first when the destination is not the consignee's country.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QTabWidget,
                               QVBoxLayout, QWidget)

from app.core.assets import AssetRefused
from app.core.item_views import ItemRow
from app.core.shipment import DEFAULT_PACKAGE_TYPE, EXPORT_TYPES, INCOTERMS, PAPER_SIZES, REASONS
from app.core.shipments import PartyRow
from app.gui.core_messages import core_text, error_text
from app.gui.file_dialogs import open_file
from app.gui.labels import core_label, decimal, machine_number, read_number
from app.gui.list_dialog import ListDialog, first_named
from app.gui.party_box import LowValueBox, PartyBox
from app.gui.shipment_lines import PACKAGE, QUANTITY, UNIT_VALUE, stored_number
from app.gui.shipment_parts import LinesEditor, PackagesTable
from app.gui.sizing import VerticalScroll, fit_to_screen

SELLER_EXTRAS = ("logo", "signatory", "signatory_title", "atiga_exporter_code") + LowValueBox.NUMBERS
PROBLEM_ROWS = 4  # the refused items shown at once under the tabs; more scroll
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
        self.discard_box: QMessageBox | None = None  # asks before changes not saved are lost
        self.destination_box: QMessageBox | None = None  # asks before printing for another country
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

        self.problems_label = QLabel(self.tr("Documents refused: these items need a decision first"))
        self.problems = QListWidget()
        self.open_review = QPushButton(self.tr("Open in review"))
        self.open_review.clicked.connect(self._review_current)
        self.problems.itemDoubleClicked.connect(lambda _: self._review_current())
        self.copy_problems = QPushButton(self.tr("Copy the list"))
        self.copy_problems.clicked.connect(self.copy_problem_list)
        self.copy_problems.setAutoDefault(False)  # Enter still prints
        problem_buttons = QVBoxLayout()
        problem_buttons.addWidget(self.open_review)
        problem_buttons.addWidget(self.copy_problems)
        problem_buttons.addStretch()
        problems_row = QHBoxLayout()
        problems_row.addWidget(self.problems, 1)
        problems_row.addLayout(problem_buttons)
        self.problem_ids: list[int] = []
        self.problem_skus: list[str] = []
        self.editor.sig_changed.connect(self._lines_changed)
        for w in (self.problems_label, self.problems, self.open_review, self.copy_problems):
            w.setVisible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Print"))
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button = self.buttons.addButton(self.tr("Export lines…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.quantity_box: ListDialog | None = None  # names the lines with a fraction of a counted unit
        self.numbers_box: ListDialog | None = None  # names the numbers that cannot be read
        self.buttons.accepted.connect(self.request_print)
        self.buttons.rejected.connect(self.ask_to_discard)
        self.finished.connect(self._close_messages)
        self.save_button.clicked.connect(lambda: self._request(self.sig_save_requested))
        self.export_button.clicked.connect(lambda: self._request(self.sig_export_lines_requested))

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)  # the tabs take the height, not the hidden list of refused items
        layout.addWidget(self.problems_label)
        layout.addLayout(problems_row)
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
        kept = [(sku, self.problems.item(r).text(), self.problem_ids[r]) for r, sku in enumerate(self.problem_skus)
                if sku in self.editor.line_model.skus]
        if len(kept) != len(self.problem_skus):  # a refused item's line was removed: it is no longer in the way
            self._list_problems(kept)

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
        if not (self.check_numbers() and self.check_quantities()):
            return
        raw = self.shipment()
        destination, country = raw["destination"], raw["consignee"]["country"]
        if not destination or not country or destination == country:
            self.sig_print_requested.emit(raw)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Destination and consignee differ"),
                          self.tr("The consignee is in {country}, but the destination is {destination}.").format(
                              country=country, destination=destination), QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(self.tr("Print the documents for {destination} anyway? A consignee may take delivery "
                                       "in another country; if not, correct the destination country on the Terms "
                                       "tab.").format(destination=destination))
        go = box.addButton(self.tr("Print for {destination}").format(destination=destination),
                           QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Correct the destination"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        go.clicked.connect(lambda: self.sig_print_requested.emit(raw))
        back.clicked.connect(self._show_destination)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.destination_box = box
        box.open()

    def _show_destination(self) -> None:
        self.tabs.setCurrentIndex(2)
        self.destination.setFocus()

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
        if self.check_numbers() and self.check_quantities():
            signal.emit(self.shipment())

    def _charges(self) -> tuple[tuple[str, QLineEdit], ...]:
        return ((self.tr("Freight"), self.freight), (self.tr("Insurance"), self.insurance),
                (self.tr("Other charges"), self.other))

    def check_numbers(self) -> bool:
        """False, after naming each, when a typed number is not written in the window language's
        marks (a line's quantity, unit value or package number, a charge, a package's count,
        weight or size): "12.50" in the Indonesian window could be twelve and a half or 1,250,
        and "2,5" in the English one is no number (a comma groups thousands), so it is asked, not
        guessed."""
        unread = self.editor.unreadable()
        fields = {QUANTITY: self.tr("Quantity"), UNIT_VALUE: self.tr("Unit value"),
                  PACKAGE: self.editor.line_model.headers[PACKAGE]}
        lines = [self.tr("Line {n}, SKU {sku}, {field}: {text}").format(n=r + 1, sku=sku, field=fields[c], text=text)
                 for r, sku, c, text in unread]
        charges = [self.tr("{field}: {text}").format(field=label, text=edit.text().strip())
                   for label, edit in self._charges() if edit.text().strip() and read_number(edit.text()) is None]
        packages = [self.tr("Package {n}, {field}: {text}").format(n=r + 1, field=field, text=text)
                    for r, field, text in self.packages.unreadable()]
        wrong = lines + charges + packages
        if not wrong:
            return True
        text = self.tr("These numbers cannot be read:\n\n{lines}\n\nWrite a number in digits, with {decimal} before "
                       "the decimals and {group} between thousands or no mark there, e.g. {example}.").format(
            lines=first_named(wrong), decimal=f"“{self.editor.line_model.locale.decimalPoint()}”",
            group=f"“{self.editor.line_model.locale.groupSeparator()}”", example=decimal(Decimal("1234.5"), 2))
        if lines:
            self.tabs.setCurrentWidget(self.editor)
            self.lines.setCurrentIndex(self.editor.line_model.index(unread[0][0], unread[0][2]))
        elif charges:
            self.tabs.setCurrentIndex(2)
        else:
            self.tabs.setCurrentWidget(self.packages)
        if self.numbers_box is not None:
            self.numbers_box.deleteLater()
        box = ListDialog(self.tr("Numbers not understood"), text, wrong, self, file_stem="numbers")
        self.numbers_box = box
        box.open()
        return False

    def check_quantities(self) -> bool:
        """False, after naming each line and showing the first, when a quantity is 0 or a counted
        quantity is not whole."""
        quantity = self.tr("Quantity")
        zeros = self.editor.zero_quantities()
        if zeros:  # kept as typed: the line is taken off with Remove line, not with a 0
            lines = [self.tr("Line {n}, SKU {sku}, {field}: {q} {unit}").format(n=r + 1, sku=sku, field=quantity, q=q,
                                                                                unit=unit) for r, sku, q, unit in zeros]
            text = self.tr("These lines have a quantity of 0, which ships nothing:\n\n{lines}\n\nTo take an item off "
                           "the shipment, select its line under Items and press Remove line; to ship it, type how "
                           "many.").format(lines=first_named(lines))
            self.tabs.setCurrentWidget(self.editor)
            self.lines.selectRow(zeros[0][0])
            self.lines.selectionModel().setCurrentIndex(self.editor.line_model.index(zeros[0][0], QUANTITY),
                                                        QItemSelectionModel.SelectionFlag.NoUpdate)
            self._show_quantity_box(ListDialog(self.tr("A quantity of 0 ships nothing"), text, lines, self,
                                               file_stem="quantities"))
            return False
        wrong = self.editor.fractions()
        if not wrong:
            return True
        lines = [self.tr("Line {n}, SKU {sku}, {field}: {q} {unit}").format(
            n=r + 1, sku=sku, field=quantity, q=self.locale().toString(q, "g", 10), unit=unit) for r, sku, q, unit in wrong]
        text = self.tr("These quantities are not whole numbers:\n\n{lines}\n\nGoods counted in pieces, sets or pairs "
                       "ship in whole numbers; only units of weight, length, area or volume (kg, m, m², l…) take "
                       "decimals. Correct the quantity, or give the item such a unit in the catalogue.").format(
            lines=first_named(lines))
        self.tabs.setCurrentWidget(self.editor)
        quantity_cell = self.editor.line_model.index(wrong[0][0], QUANTITY)
        self.lines.selectRow(quantity_cell.row())
        self.lines.selectionModel().setCurrentIndex(quantity_cell, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.lines.edit(quantity_cell)  # the quantity to correct, open for typing
        # a few hundred such lines: the first named, the others in the window's list (it fits the screen)
        self._show_quantity_box(ListDialog(self.tr("Quantities must be whole numbers"), text, lines, self,
                                           file_stem="quantities"))
        return False

    def _show_quantity_box(self, box: ListDialog) -> None:
        if self.quantity_box is not None:
            self.quantity_box.deleteLater()
        self.quantity_box = box
        box.open()

    def _review_current(self) -> None:
        row = self.problems.currentRow()
        if 0 <= row < len(self.problem_ids) and self.problem_ids[row] >= 0:
            self.sig_review_requested.emit(self.problem_ids[row])

    def show_problems(self, problems: list[tuple[str, str]], item_ids: dict[str, int]) -> None:
        """List the items the compliance gate refused; select the first."""
        self._list_problems([(sku, f"{sku}: {core_text(why)}", item_ids.get(sku, -1)) for sku, why in problems])
        self.copy_problems.setText(self.tr("Copy the list"))
        if problems:
            self.problems.setCurrentRow(0)

    def _list_problems(self, entries: list[tuple[str, str, int]]) -> None:
        """(SKU, text, item id) each; the list as tall as its entries (a few; more scroll), so that
        the lines above keep their room. Hidden when empty."""
        self.problems.clear()
        self.problem_skus = [sku for sku, _text, _id in entries]
        self.problem_ids = [item_id for _sku, _text, item_id in entries]
        for _sku, text, _id in entries:
            item = QListWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.problems.addItem(item)
        for w in (self.problems_label, self.problems, self.open_review, self.copy_problems):
            w.setVisible(bool(entries))
        if entries:
            rows = min(len(entries), PROBLEM_ROWS)
            buttons = self.open_review.sizeHint().height() + self.copy_problems.sizeHint().height()
            self.problems.setFixedHeight(max(rows * self.problems.sizeHintForRow(0) + 2 * self.problems.frameWidth(),
                                             buttons))

    def copy_problem_list(self) -> None:
        """Every refused item, one a line, to paste into a message or a note."""
        QGuiApplication.clipboard().setText("\n".join(self.problems.item(r).text() for r in range(self.problems.count())))
        self.copy_problems.setText(self.tr("Copied"))

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
