"""The shipment dialog's list of the items the compliance gate refused, under its tabs: each
with a button to open it in the review pane, and one to copy the list. Hidden while empty; an
item whose line is removed from the shipment leaves it.

The sentences keep the translation context of the shipment dialog, where they were first
written (QCoreApplication.translate with "ShipmentDialog"), so their translations stay as they are.
"""
from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.gui.core_messages import core_text

PROBLEM_ROWS = 4  # the refused items shown at once under the tabs; more scroll


class RefusedItems(QWidget):
    """The refused items, one a row as "SKU: why"; double-click or Open in review asks for the item."""

    sig_review_requested = Signal(int)  # item id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(QCoreApplication.translate("ShipmentDialog",
                                                       "Documents refused: these items need a decision first"))
        self.list = QListWidget()
        self.open_review = QPushButton(QCoreApplication.translate("ShipmentDialog", "Open in review"))
        self.open_review.clicked.connect(self._review_current)
        self.list.itemDoubleClicked.connect(lambda _: self._review_current())
        self.copy_button = QPushButton(QCoreApplication.translate("ShipmentDialog", "Copy the list"))
        self.copy_button.clicked.connect(self.copy_list)
        self.copy_button.setAutoDefault(False)  # Enter still prints
        self.item_ids: list[int] = []
        self.skus: list[str] = []
        buttons = QVBoxLayout()
        buttons.addWidget(self.open_review)
        buttons.addWidget(self.copy_button)
        buttons.addStretch()
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self.setVisible(False)

    def _review_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.item_ids) and self.item_ids[row] >= 0:
            self.sig_review_requested.emit(self.item_ids[row])

    def show_problems(self, problems: list[tuple[str, str]], item_ids: dict[str, int]) -> None:
        """List the items the compliance gate refused; select the first."""
        self._list([(sku, f"{sku}: {core_text(why)}", item_ids.get(sku, -1)) for sku, why in problems])
        self.copy_button.setText(QCoreApplication.translate("ShipmentDialog", "Copy the list"))
        if problems:
            self.list.setCurrentRow(0)

    def keep_only(self, skus: Collection[str]) -> None:
        """The shipment's lines changed: a refused item whose line was removed is no longer in the way."""
        kept = [(sku, self.list.item(r).text(), self.item_ids[r]) for r, sku in enumerate(self.skus) if sku in skus]
        if len(kept) != len(self.skus):
            self._list(kept)

    def _list(self, entries: list[tuple[str, str, int]]) -> None:
        """(SKU, text, item id) each; the list as tall as its entries (a few; more scroll), so that
        the lines above keep their room. Hidden when empty."""
        self.list.clear()
        self.skus = [sku for sku, _text, _id in entries]
        self.item_ids = [item_id for _sku, _text, item_id in entries]
        for _sku, text, _id in entries:
            item = QListWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.list.addItem(item)
        self.setVisible(bool(entries))
        if entries:
            rows = min(len(entries), PROBLEM_ROWS)
            buttons = self.open_review.sizeHint().height() + self.copy_button.sizeHint().height()
            self.list.setFixedHeight(max(rows * self.list.sizeHintForRow(0) + 2 * self.list.frameWidth(), buttons))

    def copy_list(self) -> None:
        """Every refused item, one a line, to paste into a message or a note."""
        QGuiApplication.clipboard().setText("\n".join(self.list.item(r).text() for r in range(self.list.count())))
        self.copy_button.setText(QCoreApplication.translate("ShipmentDialog", "Copied"))
