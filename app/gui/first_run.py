"""The first-start assistant: who sells, where to, who reviews, and an offer to try the demo.

It stores the seller profile (Workspace setting "seller", read by the shipment dialog), the
target markets and the reviewer's name. Settings can open it again; it starts from what is
stored.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget, QWizard, QWizardPage)

from app.core.assets import AssetRefused, import_asset
from app.core.profile import MARKETS, countries, country_name, currencies, seller_profile
from app.core.workspace import Workspace
from app.gui.file_dialogs import open_file


def country_combo(selected: str) -> QComboBox:
    combo = QComboBox()
    for code, name in countries():
        combo.addItem(f"{code} — {name}", code)
    index = combo.findData(selected)
    combo.setCurrentIndex(max(index, 0))
    return combo


class _MarketsPage(QWizardPage):
    """Next only with at least one market: with none, every market's rules (bans included) would be off."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wizard_ = wizard

    def isComplete(self) -> bool:
        return any(box.isChecked() for box in self.wizard_.market_boxes.values())


class FirstRunWizard(QWizard):
    """Opened with open(), never exec(); emits sig_completed(demo_tour) when finished."""

    sig_completed = Signal(bool)  # True: load the demo catalogue and take the guided review

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Welcome to Borderline"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        seller = seller_profile(ws.setting("seller"))
        self.addPage(self._seller_page(seller))
        self.addPage(self._markets_page(list(ws.setting("markets") or [])))
        self.addPage(self._reviewer_page(str(ws.setting("reviewer") or "")))
        self.accepted.connect(self._save)

    # pages --------------------------------------------------------------------------------
    def _seller_page(self, seller: dict[str, str]) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Your company"))
        page.setSubTitle(self.tr("This goes on every commercial invoice and packing list as the shipper. "
                                 "You can change it later in Settings."))
        self.company = QLineEdit(seller["name"])
        self.address = QPlainTextEdit(seller["address"])
        self.address.setFixedHeight(70)
        self.country = country_combo(seller["country"] or "TH")
        self.tax_id = QLineEdit(seller["tax_id"])
        self.tax_id.setPlaceholderText(self.tr("e.g. VAT, GST or NPWP number"))
        self.phone = QLineEdit(seller["phone"])
        self.email = QLineEdit(seller["email"])
        self.origin = country_combo(seller["default_origin"] or seller["country"] or "TH")
        self.currency = QComboBox()
        self.currency.addItems(currencies())
        self.currency.setCurrentText(seller["currency"] or "USD")
        self.logo = QLineEdit(seller["logo"])
        self.logo.setPlaceholderText(self.tr("PNG or JPEG, optional"))
        self.logo.setReadOnly(True)  # chosen with the button, which copies the file into the data folder
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)
        form = QFormLayout(page)
        form.addRow(self.tr("Company name *"), self.company)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Tax ID"), self.tax_id)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Goods usually made in"), self.origin)
        form.addRow(self.tr("Invoice currency"), self.currency)
        form.addRow(self.tr("Logo"), logo_row)
        page.registerField("company*", self.company)
        return page

    def _markets_page(self, chosen: list[str]) -> QWizardPage:
        page = _MarketsPage(self)
        page.setTitle(self.tr("Where you ship to"))
        page.setSubTitle(self.tr("Borderline checks each item against the rules of these markets: "
                                 "prohibited goods, batteries, blades, permits."))
        grid = QGridLayout(page)
        self.market_boxes: dict[str, QCheckBox] = {}
        for i, code in enumerate(MARKETS):
            box = QCheckBox(f"{code} — {country_name(code)}")
            box.setChecked(code in chosen)
            box.toggled.connect(page.completeChanged)
            self.market_boxes[code] = box
            grid.addWidget(box, i // 2, i % 2)
        return page

    def _reviewer_page(self, reviewer: str) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Who reviews"))
        page.setSubTitle(self.tr("Every decision records the reviewer's name in the audit trail."))
        self.reviewer = QLineEdit(reviewer)
        self.reviewer.setPlaceholderText(self.tr("Your name"))
        self.demo = QCheckBox(self.tr("Load the demo catalogue and show me a guided first review"))
        self.demo.setChecked(not self.ws.setting("first_run_done"))
        layout = QVBoxLayout(page)
        form = QFormLayout()
        form.addRow(self.tr("Reviewer"), self.reviewer)
        layout.addLayout(form)
        layout.addWidget(self.demo)
        hint = QLabel(self.tr("You can skip the tour at any time, and take it again from the Help menu."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addStretch()
        return page

    def _choose_logo(self) -> None:
        path = open_file(self, self.tr("Choose a logo"), self.tr("Images (*.png *.jpg *.jpeg)"))
        if not path:
            return
        try:  # documents embed only files copied into the data folder's assets/ when picked here
            self.logo.setText(import_asset(self.ws.data_dir, path))
        except AssetRefused as exc:
            self.logo.clear()
            self.logo.setPlaceholderText(str(exc))

    # result -------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        logo = self.logo.text().strip()
        seller = {
            "name": self.company.text().strip(), "address": self.address.toPlainText().strip(),
            "country": self.country.currentData(), "tax_id": self.tax_id.text().strip(),
            "phone": self.phone.text().strip(), "email": self.email.text().strip(),
            "logo": str(Path(logo)) if logo else "", "default_origin": self.origin.currentData(),
            "currency": self.currency.currentText(),
        }
        markets = [code for code, box in self.market_boxes.items() if box.isChecked()]
        return {"seller": seller, "markets": markets, "reviewer": self.reviewer.text().strip()}

    def _save(self) -> None:
        values = self.values()
        for key, value in values.items():
            self.ws.set_setting(key, value)
        self.ws.set_setting("first_run_done", True)
        self.sig_completed.emit(self.demo.isChecked())
