"""A party form of the shipment dialog (seller, consignee, buyer) with the address book.

The address takes several lines, as it is printed. A consignee or buyer box offers the saved
parties, each shown with its first address line and country so that two addresses of one
company can be told apart; the chosen entry can be updated from the form or removed (after a
yes). The box only asks: whoever owns the address book does the change and hands the new
list back through :meth:`PartyBox.set_book`. :class:`LowValueBox` holds the seller's ASEAN
low-value goods numbers and the shipment's two marks (SG "GST paid", TH "LVG").
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QMessageBox,
                               QPlainTextEdit, QPushButton, QSizePolicy, QWidget)

from app.core.shipments import PartyRow, party_labels

PARTY_FIELDS = ("name", "address", "country", "tax_id", "phone", "email")
ADDRESS_LINES = 3  # the height of the address field, in lines; longer addresses scroll


class AddressEdit(QPlainTextEdit):
    """A few lines of plain text; Tab moves on to the next field rather than typing a tab.
    text() and setText() as on a line edit, so a party form reads all its fields alike."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        margins = self.contentsMargins()
        lines = self.fontMetrics().lineSpacing() * ADDRESS_LINES
        # + 1: the text edit counts its last line as shown only when it ends a pixel above the margin
        # (without it, three lines bring a scroll bar as if there were a fourth)
        self.setFixedHeight(lines + 2 * int(self.document().documentMargin()) + margins.top() + margins.bottom() + 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)


class PartyBox(QGroupBox):
    """Name, address, country, tax ID, phone and email, optionally filled from the address book."""

    sig_chosen = Signal(dict)  # an address taken from the address book
    sig_update_requested = Signal(int, dict)  # saved party id, the details now in the form
    sig_forget_requested = Signal(int)  # saved party id, after the user said yes

    def __init__(self, title: str, book: list[PartyRow] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        form = QFormLayout(self)
        self.book: list[PartyRow] = []
        self.chooser: QComboBox | None = None
        self.confirm_box: QMessageBox | None = None  # asks before an entry is removed
        if book is not None:
            self.chooser = QComboBox()
            # long entries must not widen the dialog: the list shows them whole when opened
            self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.chooser.setMinimumContentsLength(16)
            self.chooser.activated.connect(self._chosen)
            self.chooser.currentIndexChanged.connect(lambda _: self._enable())
            self.update_button = QPushButton(self.tr("Update entry"))
            self.update_button.setToolTip(self.tr("Store the details below in the chosen address book entry"))
            self.update_button.clicked.connect(self._update)
            self.remove_button = QPushButton(self.tr("Remove…"))
            self.remove_button.setToolTip(self.tr("Remove the chosen entry from the address book"))
            self.remove_button.clicked.connect(self.ask_remove)
            form.addRow(self.tr("Address book"), self.chooser)
            buttons = QHBoxLayout()
            buttons.addStretch()
            buttons.addWidget(self.update_button)
            buttons.addWidget(self.remove_button)
            form.addRow(buttons)
            self.set_book(book)
        self.edits: dict[str, QLineEdit | AddressEdit] = {}
        # short labels leave the fields the width: "Country (ISO code)" took a name's room at 1,000 pixels
        labels = {"name": self.tr("Name"), "address": self.tr("Address"), "country": self.tr("Country"),
                  "tax_id": self.tr("Tax ID"), "phone": self.tr("Phone"), "email": self.tr("Email")}
        for key in PARTY_FIELDS:
            self.edits[key] = AddressEdit() if key == "address" else QLineEdit()
            form.addRow(labels[key], self.edits[key])
        country = self.edits["country"]
        assert isinstance(country, QLineEdit)
        country.setMaxLength(2)
        country.setPlaceholderText(self.tr("ISO code, e.g. MY"))
        country.setToolTip(self.tr("The country's two-letter ISO code: SG, MY, TH, ID, PH, VN…"))

    # the address book -----------------------------------------------------------------------
    def set_book(self, book: list[PartyRow]) -> None:
        """Show this address book, keeping the chosen entry when it is still there."""
        if self.chooser is None:
            return
        chosen = self.chosen()
        self.book = list(book)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        self.chooser.addItem(self.tr("(new address)"))
        for p, label in zip(self.book, party_labels(self.book)):
            self.chooser.addItem(label)
            self.chooser.setItemData(self.chooser.count() - 1, "\n".join((p.name, p.address, p.country)),
                                     Qt.ItemDataRole.ToolTipRole)
        ids = [p.id for p in self.book]
        self.chooser.setCurrentIndex(ids.index(chosen.id) + 1 if chosen is not None and chosen.id in ids else 0)
        self.chooser.blockSignals(False)
        self._enable()

    def chosen(self) -> PartyRow | None:
        """The address book entry picked in the list, if any."""
        if self.chooser is None or not 0 < self.chooser.currentIndex() <= len(self.book):
            return None
        return self.book[self.chooser.currentIndex() - 1]

    def _enable(self) -> None:
        if self.chooser is not None:
            for button in (self.update_button, self.remove_button):
                button.setEnabled(self.chosen() is not None)

    def _chosen(self, index: int) -> None:
        if 0 < index <= len(self.book):
            data = self.book[index - 1].as_dict()
            self.set_value(data)
            self.sig_chosen.emit(data)

    def _update(self) -> None:
        entry = self.chosen()
        if entry is not None:
            self.sig_update_requested.emit(entry.id, self.value())

    def ask_remove(self) -> None:
        """Ask, then request removal of the chosen entry; the form keeps what it shows."""
        entry = self.chosen()
        if entry is None:
            return
        label = party_labels(self.book)[self.book.index(entry)]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove from the address book"),
                          self.tr("Remove {party} from the address book?\n\nShipments already saved keep "
                                  "their copy of the address.").format(party=label),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.sig_forget_requested.emit(entry.id))
        self.confirm_box = box
        box.open()

    # the form -------------------------------------------------------------------------------
    def set_value(self, data: dict[str, Any]) -> None:
        for key, edit in self.edits.items():
            edit.setText(str(data.get(key, "") or ""))

    def value(self) -> dict[str, str]:
        out = {k: e.text().strip() for k, e in self.edits.items()}
        out["country"] = out["country"].upper()
        return out


class LowValueBox(QGroupBox):
    """The seller's low-value goods numbers (remembered in the seller profile) and the shipment's
    two marks; the invoice prints each only for the destination it belongs to."""

    NUMBERS = ("sg_ovr_gst_number", "my_lrn")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Low-value goods"), parent)
        self.setToolTip(self.tr("Each number and mark is printed only on invoices to its country."))
        form = QFormLayout(self)
        self.edits = {k: QLineEdit() for k in self.NUMBERS}
        for edit in self.edits.values():
            edit.setPlaceholderText(self.tr("If registered"))
        self.gst_paid = QCheckBox(self.tr("Singapore: GST paid under OVR"))
        self.gst_paid.setToolTip(self.tr("You collected GST on these goods at sale: each invoice line is marked "
                                         "'GST paid: Y' (else N). Needs your OVR GST number."))
        self.th_lvg = QCheckBox(self.tr("Thailand: print the 'LVG' code"))
        self.th_lvg.setToolTip(self.tr("Claims Thailand's duty relief for goods up to THB 1,500 CIF. It was an "
                                       "interim measure: check that it still applies."))
        self.flags = {"sg_gst_paid": self.gst_paid, "th_lvg": self.th_lvg}
        ovr, lrn = self.edits["sg_ovr_gst_number"], self.edits["my_lrn"]
        form.addRow(self.tr("Singapore OVR GST no."), ovr)
        form.addRow(self.gst_paid)
        form.addRow(self.tr("Malaysia LVG no. (LRN)"), lrn)
        form.addRow(self.th_lvg)
        # GST can be marked as paid only with the number it was collected under
        ovr.textChanged.connect(lambda t: self.gst_paid.setEnabled(bool(t.strip())))
        self.gst_paid.setEnabled(False)

    def set_value(self, raw: dict[str, Any]) -> None:
        for key, edit in self.edits.items():
            edit.setText(str(raw.get(key, "") or ""))
        for key, box in self.flags.items():
            box.setChecked(raw.get(key) is True or str(raw.get(key, "")).strip().lower() in ("true", "yes", "1"))

    def value(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: e.text().strip() for k, e in self.edits.items()}
        out.update({k: box.isChecked() and box.isEnabled() for k, box in self.flags.items()})
        return out
