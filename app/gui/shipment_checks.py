"""What the shipment dialog checks before it hands a shipment on (Print, Save, Export lines),
and the question it asks before printing.

Every typed number must be written in the window language's marks, and a quantity must ship
something, in whole numbers for goods counted in pieces, sets or pairs: each failure is named
in a list window, with the first one shown in the dialog. Print then asks when the destination
is not the consignee's country.

The sentences keep the translation context of the shipment dialog, where they were first
written (QCoreApplication.translate with "ShipmentDialog"), so their translations stay as they are.
"""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from app.gui.labels import decimal, read_number
from app.gui.list_dialog import ListDialog, first_named
from app.gui.shipment_lines import PACKAGE, QUANTITY, UNIT_VALUE

if TYPE_CHECKING:
    from app.gui.shipment_dialog import ShipmentDialog

TERMS_TAB = 2  # the tab with the destination and the charges


class ShipmentChecks:
    """The checks of one shipment dialog, and the windows they open over it (one of each at a time)."""

    def __init__(self, dialog: ShipmentDialog) -> None:
        self.dialog = dialog
        self.quantity_box: ListDialog | None = None  # names the lines with a fraction of a counted unit
        self.numbers_box: ListDialog | None = None  # names the numbers that cannot be read
        self.destination_box: QMessageBox | None = None  # asks before printing for another country

    def passed(self) -> bool:
        """True when the shipment may be handed on: every number read, every quantity right."""
        return self.numbers() and self.quantities()

    def _charges(self) -> tuple[tuple[str, QLineEdit], ...]:
        d = self.dialog
        return ((QCoreApplication.translate("ShipmentDialog", "Freight"), d.freight),
                (QCoreApplication.translate("ShipmentDialog", "Insurance"), d.insurance),
                (QCoreApplication.translate("ShipmentDialog", "Other charges"), d.other))

    def numbers(self) -> bool:
        """False, after naming each, when a typed number is not written in the window language's
        marks (a line's quantity, unit value or package number, a charge, a package's count,
        weight or size): "12.50" in the Indonesian window could be twelve and a half or 1,250,
        and "2,5" in the English one is no number (a comma groups thousands), so it is asked, not
        guessed."""
        d = self.dialog
        unread = d.editor.unreadable()
        fields = {QUANTITY: QCoreApplication.translate("ShipmentDialog", "Quantity"),
                  UNIT_VALUE: QCoreApplication.translate("ShipmentDialog", "Unit value"),
                  PACKAGE: d.editor.line_model.headers[PACKAGE]}
        lines = [QCoreApplication.translate("ShipmentDialog", "Line {n}, SKU {sku}, {field}: {text}").format(
            n=r + 1, sku=sku, field=fields[c], text=text) for r, sku, c, text in unread]
        charges = [QCoreApplication.translate("ShipmentDialog", "{field}: {text}").format(
            field=label, text=edit.text().strip())
            for label, edit in self._charges() if edit.text().strip() and read_number(edit.text()) is None]
        packages = [QCoreApplication.translate("ShipmentDialog", "Package {n}, {field}: {text}").format(
            n=r + 1, field=field, text=text) for r, field, text in d.packages.unreadable()]
        wrong = lines + charges + packages
        if not wrong:
            return True
        text = QCoreApplication.translate(
            "ShipmentDialog", "These numbers cannot be read:\n\n{lines}\n\nWrite a number in digits, with {decimal} "
            "before the decimals and {group} between thousands or no mark there, e.g. {example}.").format(
            lines=first_named(wrong), decimal=f"“{d.editor.line_model.locale.decimalPoint()}”",
            group=f"“{d.editor.line_model.locale.groupSeparator()}”", example=decimal(Decimal("1234.5"), 2))
        if lines:
            d.tabs.setCurrentWidget(d.editor)
            d.lines.setCurrentIndex(d.editor.line_model.index(unread[0][0], unread[0][2]))
        elif charges:
            d.tabs.setCurrentIndex(TERMS_TAB)
        else:
            d.tabs.setCurrentWidget(d.packages)
        if self.numbers_box is not None:
            self.numbers_box.deleteLater()
        box = ListDialog(QCoreApplication.translate("ShipmentDialog", "Numbers not understood"), text, wrong, d,
                         file_stem="numbers")
        self.numbers_box = box
        box.open()
        return False

    def quantities(self) -> bool:
        """False, after naming each line and showing the first, when a quantity is 0 or a counted
        quantity is not whole."""
        d = self.dialog
        quantity = QCoreApplication.translate("ShipmentDialog", "Quantity")
        zeros = d.editor.zero_quantities()
        if zeros:  # kept as typed: the line is taken off with Remove line, not with a 0
            lines = [QCoreApplication.translate("ShipmentDialog", "Line {n}, SKU {sku}, {field}: {q} {unit}").format(
                n=r + 1, sku=sku, field=quantity, q=q, unit=unit) for r, sku, q, unit in zeros]
            text = QCoreApplication.translate(
                "ShipmentDialog", "These lines have a quantity of 0, which ships nothing:\n\n{lines}\n\nTo take an "
                "item off the shipment, select its line under Items and press Remove line; to ship it, type how "
                "many.").format(lines=first_named(lines))
            d.tabs.setCurrentWidget(d.editor)
            d.lines.selectRow(zeros[0][0])
            d.lines.selectionModel().setCurrentIndex(d.editor.line_model.index(zeros[0][0], QUANTITY),
                                                     QItemSelectionModel.SelectionFlag.NoUpdate)
            self._show_quantity_box(ListDialog(QCoreApplication.translate("ShipmentDialog",
                                                                          "A quantity of 0 ships nothing"),
                                               text, lines, d, file_stem="quantities"))
            return False
        wrong = d.editor.fractions()
        if not wrong:
            return True
        lines = [QCoreApplication.translate("ShipmentDialog", "Line {n}, SKU {sku}, {field}: {q} {unit}").format(
            n=r + 1, sku=sku, field=quantity, q=d.locale().toString(q, "g", 10), unit=unit)
            for r, sku, q, unit in wrong]
        text = QCoreApplication.translate(
            "ShipmentDialog", "These quantities are not whole numbers:\n\n{lines}\n\nGoods counted in pieces, sets or "
            "pairs ship in whole numbers; only units of weight, length, area or volume (kg, m, m², l…) take "
            "decimals. Correct the quantity, or give the item such a unit in the catalogue.").format(
            lines=first_named(lines))
        d.tabs.setCurrentWidget(d.editor)
        quantity_cell = d.editor.line_model.index(wrong[0][0], QUANTITY)
        d.lines.selectRow(quantity_cell.row())
        d.lines.selectionModel().setCurrentIndex(quantity_cell, QItemSelectionModel.SelectionFlag.NoUpdate)
        d.lines.edit(quantity_cell)  # the quantity to correct, open for typing
        # a few hundred such lines: the first named, the others in the window's list (it fits the screen)
        self._show_quantity_box(ListDialog(QCoreApplication.translate("ShipmentDialog",
                                                                      "Quantities must be whole numbers"),
                                           text, lines, d, file_stem="quantities"))
        return False

    def _show_quantity_box(self, box: ListDialog) -> None:
        if self.quantity_box is not None:
            self.quantity_box.deleteLater()
        self.quantity_box = box
        box.open()

    def confirm_destination(self, raw: dict[str, Any], go: Callable[[dict[str, Any]], None]) -> None:
        """Hand the shipment to `go`, after asking when its destination is not the consignee's country."""
        destination, country = raw["destination"], raw["consignee"]["country"]
        if not destination or not country or destination == country:
            go(raw)
            return
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("ShipmentDialog", "Destination and consignee differ"),
                          QCoreApplication.translate(
                              "ShipmentDialog", "The consignee is in {country}, but the destination is "
                              "{destination}.").format(country=country, destination=destination),
                          QMessageBox.StandardButton.NoButton, self.dialog)
        box.setInformativeText(QCoreApplication.translate(
            "ShipmentDialog", "Print the documents for {destination} anyway? A consignee may take delivery in another "
            "country; if not, correct the destination country on the Terms tab.").format(destination=destination))
        print_anyway = box.addButton(QCoreApplication.translate("ShipmentDialog", "Print for {destination}").format(
            destination=destination), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(QCoreApplication.translate("ShipmentDialog", "Correct the destination"),
                             QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        print_anyway.clicked.connect(lambda: go(raw))
        back.clicked.connect(self._show_destination)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.destination_box = box
        box.open()

    def _show_destination(self) -> None:
        self.dialog.tabs.setCurrentIndex(TERMS_TAB)
        self.dialog.destination.setFocus()
