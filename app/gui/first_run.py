"""The first-start assistant: who sells, where to, who reviews, and an offer to try the demo.

It stores the seller profile (Workspace setting "seller", read by the shipment dialog), the
target markets and the reviewer's name. Settings can open it again; it starts from what is
stored. On the first start the seller's country is the system locale's territory when that is
one of the markets, and the usual origin of the goods and the invoice currency follow the
country until each is chosen (MY: made in MY, invoiced in MYR).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget, QWizard, QWizardPage)

from app.core.assets import AssetRefused, import_asset
from app.core.profile import (MARKETS, countries, country_name, currencies, home_country, home_currency,
                              seller_profile, suggested_markets, valid_email, valid_phone, valid_reviewer)
from app.core.workspace import Workspace
from app.gui.core_messages import error_text
from app.gui.file_dialogs import open_file
from app.gui.i18n import interface_language, system_locale_name
from app.gui.operations import OperationRunner
from app.gui.party_box import AddressEdit
from app.gui.sizing import VerticalScroll, fit_to_screen


def country_combo(selected: str) -> QComboBox:
    combo = QComboBox()
    for code, name in countries(interface_language()):
        combo.addItem(f"{code} — {name}", code)
    index = combo.findData(selected)
    combo.setCurrentIndex(max(index, 0))
    return combo


def problem_label() -> QLabel:
    """A message under a field, shown while what is typed there is not usable."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #a40000")  # as the mapping dialog says what is missing
    label.setVisible(False)
    return label


class _SellerPage(QWizardPage):
    """Next only with a company name, and an email and phone that look like one (when given)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wizard_ = wizard

    def isComplete(self) -> bool:
        w = self.wizard_
        return super().isComplete() and valid_email(w.email.text()) and valid_phone(w.phone.text())


class _MarketsPage(QWizardPage):
    """Next only with at least one market: with none, every market's rules (bans included) would be off.

    On the first start the usual markets are ticked less the seller's own country, until the
    user ticks or unticks one."""

    def __init__(self, wizard: FirstRunWizard, suggest: list[str] | None) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.suggest = suggest  # None: start from the stored choice

    def initializePage(self) -> None:
        if self.suggest is not None:
            chosen = suggested_markets(self.wizard_.country.currentData(), self.suggest)
            for code, box in self.wizard_.market_boxes.items():
                box.setChecked(code in chosen)

    def isComplete(self) -> bool:
        return any(box.isChecked() for box in self.wizard_.market_boxes.values())


class _ReviewerPage(QWizardPage):
    """Finish only with a reviewer's name: every decision and audit entry records it."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wizard_ = wizard

    def isComplete(self) -> bool:
        return valid_reviewer(self.wizard_.reviewer.text())


class FirstRunWizard(QWizard):
    """Opened with open(), never exec(); emits sig_completed(demo_tour) when finished."""

    sig_completed = Signal(bool)  # True: load the demo catalogue and take the guided review
    sig_not_saved = Signal(str, str)  # message, details: the profile could not be stored

    def __init__(self, ws: Workspace, parent: QWidget | None = None, runner: OperationRunner | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.runner = runner  # where the profile is written (without one: here)
        self.setWindowTitle(self.tr("Welcome to Borderline"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        seller = seller_profile(ws.setting("seller"))
        self.addPage(self._seller_page(seller))
        # First start: the usual markets, less the seller's country; later: what was chosen.
        markets = list(ws.setting("markets") or [])
        self.addPage(self._markets_page(markets, None if ws.setting("first_run_done") else markets))
        self.addPage(self._reviewer_page(str(ws.setting("reviewer") or "")))
        self.accepted.connect(self._save)

    # pages --------------------------------------------------------------------------------
    def _seller_page(self, seller: dict[str, str]) -> QWizardPage:
        page = _SellerPage(self)
        page.setTitle(self.tr("Your company"))
        page.setSubTitle(self.tr("This goes on every commercial invoice and packing list as the shipper. "
                                 "You can change it later in Settings."))
        self.company = QLineEdit(seller["name"])
        self.address = AddressEdit()  # as in the shipment dialog: three lines, Tab moves on
        self.address.setPlainText(seller["address"])
        country = seller["country"] or home_country(system_locale_name())
        self.country = country_combo(country)
        self.tax_id = QLineEdit(seller["tax_id"])
        self.tax_id.setPlaceholderText(self.tr("e.g. VAT, GST or NPWP number"))
        self.phone = QLineEdit(seller["phone"])
        self.phone.setPlaceholderText(self.tr("e.g. +66 2 123 4567"))
        self.email = QLineEdit(seller["email"])
        self.email.setPlaceholderText(self.tr("e.g. sales@yourshop.co.th"))
        self.phone_problem, self.email_problem = problem_label(), problem_label()
        self.email_problem.setText(self.tr("This does not look like an email address: write it as name@example.com, "
                                           "or leave the field empty."))
        self.phone_problem.setText(self.tr("A phone number has 6 to 15 digits, may start with + and the country code, "
                                           "and may hold spaces, dashes and brackets, e.g. +66 2 123 4567."))
        for edit in (self.phone, self.email):
            edit.textChanged.connect(self._check_contact)
            edit.textChanged.connect(page.completeChanged)
        self.ovr = QLineEdit(seller["sg_ovr_gst_number"])
        self.ovr.setPlaceholderText(self.tr("Only if registered under Singapore's OVR"))
        self.lrn = QLineEdit(seller["my_lrn"])
        self.lrn.setPlaceholderText(self.tr("Only if registered for Malaysia's LVG tax"))
        self.origin = country_combo(seller["default_origin"] or country)
        # the usual origin follows the country until the user picks one (or a stored one differs)
        self.origin_chosen = seller["default_origin"] not in ("", country)
        self.origin.activated.connect(lambda _=0: setattr(self, "origin_chosen", True))
        self.country.currentIndexChanged.connect(self._follow_country)
        self.currency = QComboBox()
        self.currency.addItems(currencies())
        self.currency.setCurrentText(seller["currency"] or home_currency(country))
        # so does the invoice currency: a Malaysian seller prices and invoices in MYR, not USD
        self.currency_chosen = seller["currency"] not in ("", home_currency(country))
        self.currency.activated.connect(lambda _=0: setattr(self, "currency_chosen", True))
        self.logo = QLineEdit(seller["logo"])
        self.logo.setPlaceholderText(self.tr("PNG or JPEG, optional"))
        self.logo.setReadOnly(True)  # chosen with the button, which copies the file into the data folder
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)
        fields = QWidget()
        form = QFormLayout(fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Company name *"), self.company)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Tax ID"), self.tax_id)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.phone_problem)  # spans the row, takes no room while hidden
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.email_problem)
        form.addRow(self.tr("Singapore OVR GST no."), self.ovr)
        form.addRow(self.tr("Malaysia LVG no. (LRN)"), self.lrn)
        form.addRow(self.tr("Goods usually made in"), self.origin)
        form.addRow(self.tr("Invoice currency"), self.currency)
        form.addRow(self.tr("Logo"), logo_row)
        # A message under a field makes the form taller while the wizard keeps its size: the form
        # scrolls rather than letting its rows slide over each other, and the wizard grows to
        # show it whole when the screen has room.
        self.seller_scroll = VerticalScroll(fields)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.seller_scroll)
        page.registerField("company*", self.company)
        self._check_contact()
        return page

    def _follow_country(self) -> None:
        country = self.country.currentData()
        if not self.origin_chosen:
            self.origin.setCurrentIndex(max(self.origin.findData(country), 0))
        if not self.currency_chosen:
            self.currency.setCurrentText(home_currency(country))

    def _check_contact(self) -> None:
        """Say under the field what is wrong with the email or phone typed there."""
        shown = (self.email_problem.isVisibleTo(self), self.phone_problem.isVisibleTo(self))
        self.email_problem.setVisible(not valid_email(self.email.text()))
        self.phone_problem.setVisible(not valid_phone(self.phone.text()))
        if self.isVisible() and shown != (self.email_problem.isVisibleTo(self), self.phone_problem.isVisibleTo(self)):
            self._fit_seller_form()

    def _fit_seller_form(self) -> None:
        """Grow to show the whole form (a message was added under a field), as far as the screen allows."""
        missing = self.seller_scroll.sizeHint().height() - self.seller_scroll.height()
        if missing > 0:
            fit_to_screen(self, self.width(), self.height() + missing)

    def _markets_page(self, chosen: list[str], suggest: list[str] | None) -> QWizardPage:
        page = _MarketsPage(self, suggest)
        page.setTitle(self.tr("Where you ship to"))
        page.setSubTitle(self.tr("Borderline checks each item against the rules of these markets: "
                                 "prohibited goods, batteries, blades, permits."))
        grid = QGridLayout(page)
        self.market_boxes: dict[str, QCheckBox] = {}
        for i, code in enumerate(MARKETS):
            box = QCheckBox(f"{code} — {country_name(code, interface_language())}")
            box.setChecked(code in chosen)
            box.toggled.connect(page.completeChanged)
            box.clicked.connect(lambda _=False: setattr(page, "suggest", None))  # the user's choice now stands
            self.market_boxes[code] = box
            grid.addWidget(box, i // 2, i % 2)
        return page

    def _reviewer_page(self, reviewer: str) -> QWizardPage:
        page = _ReviewerPage(self)
        page.setTitle(self.tr("Who reviews"))
        page.setSubTitle(self.tr("Every decision records the reviewer's name in the audit trail."))
        self.reviewer = QLineEdit(reviewer)
        self.reviewer.setPlaceholderText(self.tr("Your name"))
        self.reviewer_problem = problem_label()
        self.reviewer_problem.setText(self.tr("A name is required: every decision, print and audit entry records who "
                                              "made it, so an auditor can tell who decided what."))
        self.reviewer.textChanged.connect(lambda text: self.reviewer_problem.setVisible(not valid_reviewer(text)))
        self.reviewer.textChanged.connect(page.completeChanged)
        # not shown before anything is typed: the "*" and the subtitle say the name is needed
        self.reviewer_problem.setVisible(bool(reviewer) and not valid_reviewer(reviewer))
        self.demo = QCheckBox(self.tr("Load the demo catalogue and show me a guided first review"))
        self.demo.setChecked(not self.ws.setting("first_run_done"))
        layout = QVBoxLayout(page)
        form = QFormLayout()
        form.addRow(self.tr("Reviewer *"), self.reviewer)
        form.addRow(self.reviewer_problem)
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
            self.logo.setPlaceholderText(error_text(exc))

    # result -------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        logo = self.logo.text().strip()
        seller = {
            "name": self.company.text().strip(), "address": self.address.toPlainText().strip(),
            "country": self.country.currentData(), "tax_id": self.tax_id.text().strip(),
            "phone": self.phone.text().strip(), "email": self.email.text().strip(),
            "logo": str(Path(logo)) if logo else "", "default_origin": self.origin.currentData(),
            "currency": self.currency.currentText(), "sg_ovr_gst_number": self.ovr.text().strip(),
            "my_lrn": self.lrn.text().strip(),
        }
        markets = [code for code, box in self.market_boxes.items() if box.isChecked()]
        return {"seller": seller, "markets": markets, "reviewer": self.reviewer.text().strip()}

    def _save(self) -> None:
        values = self.values()
        tour = self.demo.isChecked()

        def work(_progress: Any) -> bool:
            # what the shipment dialog remembered (signatory, ATIGA exporter code) stays
            values["seller"] = {**dict(self.ws.setting("seller") or {}), **values["seller"]}
            for key, value in values.items():
                self.ws.set_setting(key, value)
            self.ws.set_setting("first_run_done", True)
            return tour

        if self.runner is None:
            self.sig_completed.emit(work(None))
        else:  # a write on the worker: it may wait for another program writing to the database
            self.runner.run(self.tr("Saving your profile"), work, self.sig_completed.emit, self.sig_not_saved.emit)
