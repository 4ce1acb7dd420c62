"""A shipment set aside while an item it holds is reviewed.

The shipment dialog is modal: "Open in review" on its refused items showed the item in the
Review tab behind it, out of reach. The dialog now steps aside (hidden, with everything typed
in it kept), this bar says so above the tabs, and "Back to the shipment" brings it back. A new
shipment, or a saved one opened, while one is set aside brings that one back instead: one
shipment is edited at a time.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class AsideBar(QFrame):
    sig_back = Signal()  # "Back to the shipment" was pressed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # the invoice number is typed by the user
        self.label.setWordWrap(True)
        self.back_button = QPushButton(self.tr("Back to the shipment"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.back_button)
        self.back_button.clicked.connect(self.sig_back)
        self.hide()

    def tell(self, invoice: str) -> None:
        self.label.setText(self.tr("Shipment {invoice} is set aside while you review: its lines, parties and terms are "
                                   "kept. Decide the item, then go back to print.").format(invoice=invoice or "—"))
        self.show()
