"""The seller form of the first-start assistant: the usual origin follows the country until it
is chosen, the country starts from the system's locale, Tab leaves the address, and a message
under a field never pushes one row over another."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QFormLayout, QWizard

from app.core.profile import DEFAULT_COUNTRY, home_country
from app.gui.first_run import FirstRunWizard


def opened(qtbot, ws) -> FirstRunWizard:  # type: ignore[no-untyped-def]
    w = FirstRunWizard(ws)
    qtbot.addWidget(w)
    w.open()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def wizard(qtbot, ws, monkeypatch) -> FirstRunWizard:
    monkeypatch.setattr("app.gui.first_run.system_locale_name", lambda: "en_US")
    return opened(qtbot, ws)


def choose(qtbot, combo, code: str) -> None:  # type: ignore[no-untyped-def]
    """Pick a country as a user does, with the arrow keys on the combo box."""
    while combo.currentData() != code:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.findData(code) > before else Qt.Key.Key_Up)
        assert combo.currentIndex() != before


def finish(w: FirstRunWizard) -> None:
    w.company.setText("Batik Nusantara")
    w.button(QWizard.WizardButton.NextButton).click()
    w.button(QWizard.WizardButton.NextButton).click()
    w.reviewer.setText("Ana")
    w.demo.setChecked(False)
    w.button(QWizard.WizardButton.FinishButton).click()


def test_the_usual_origin_follows_the_country_until_it_is_chosen(qtbot, wizard: FirstRunWizard, ws) -> None:
    assert wizard.country.currentData() == wizard.origin.currentData() == "TH"
    choose(qtbot, wizard.country, "ID")
    assert wizard.origin.currentData() == "ID"  # an Indonesian seller's goods are not made in Thailand
    choose(qtbot, wizard.country, "MY")
    assert wizard.origin.currentData() == "MY"
    choose(qtbot, wizard.origin, "VN")  # the seller's own choice of origin stands from now on
    choose(qtbot, wizard.country, "SG")
    assert wizard.origin.currentData() == "VN"
    finish(wizard)
    seller = ws.setting("seller")
    assert seller["country"] == "SG" and seller["default_origin"] == "VN"


def test_a_stored_origin_follows_only_when_it_was_the_country(qtbot, ws, monkeypatch) -> None:
    monkeypatch.setattr("app.gui.first_run.system_locale_name", lambda: "en_US")
    ws.set_setting("seller", {"name": "Batik Nusantara", "country": "ID", "default_origin": "ID"})
    ws.set_setting("first_run_done", True)
    same = opened(qtbot, ws)
    same.country.setCurrentIndex(same.country.findData("MY"))
    assert same.origin.currentData() == "MY"
    ws.set_setting("seller", {"name": "Batik Nusantara", "country": "ID", "default_origin": "CN"})
    other = opened(qtbot, ws)
    other.country.setCurrentIndex(other.country.findData("MY"))
    assert other.origin.currentData() == "CN"


@pytest.mark.parametrize(("locale", "country"), [("id_ID", "ID"), ("en_SG", "SG"), ("vi_VN.UTF-8", "VN"),
                                                 ("ms-Latn-MY", "MY"), ("th_TH@calendar=buddhist", "TH"),
                                                 ("en_US", DEFAULT_COUNTRY), ("C", DEFAULT_COUNTRY), ("", DEFAULT_COUNTRY),
                                                 ("de_DE", DEFAULT_COUNTRY), ("id", DEFAULT_COUNTRY)])
def test_the_home_country_is_the_locales_territory_when_it_is_a_market(locale: str, country: str) -> None:
    assert home_country(locale) == country


def test_the_first_start_takes_the_country_from_the_system_locale(qtbot, ws, monkeypatch) -> None:
    monkeypatch.setattr("app.gui.first_run.system_locale_name", lambda: "id_ID")
    w = opened(qtbot, ws)
    assert w.country.currentData() == w.origin.currentData() == "ID"
    # a stored profile wins over the locale
    ws.set_setting("seller", {"name": "Siam Craft", "country": "TH"})
    again = opened(qtbot, ws)
    assert again.country.currentData() == again.origin.currentData() == "TH"


def test_tab_leaves_the_address_and_shift_tab_comes_back(qtbot, wizard: FirstRunWizard) -> None:
    wizard.address.setFocus()
    qtbot.waitUntil(lambda: wizard.focusWidget() is wizard.address, timeout=2000)
    qtbot.keyClicks(wizard.address, "12 Sukhumvit Rd")
    qtbot.keyClick(wizard.address, Qt.Key.Key_Tab)
    assert wizard.focusWidget() is wizard.country
    assert "\t" not in wizard.address.toPlainText()
    qtbot.keyClick(wizard.country, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert wizard.focusWidget() is wizard.address
    assert wizard.values()["seller"]["address"] == "12 Sukhumvit Rd"


def row_rects(form: QFormLayout) -> list[tuple[str, QRect]]:
    """Each shown row of the form and the rectangle it was given."""
    rows = []
    for row in range(form.rowCount()):
        rect, name = QRect(), ""
        for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
            item = form.itemAt(row, role)
            if item is None or (item.widget() is not None and item.widget().isHidden()):
                continue
            rect = rect.united(item.geometry())
            name = name or (item.widget().objectName() or type(item.widget()).__name__ if item.widget() else "layout")
        if not rect.isNull():
            rows.append((f"{row}:{name}", rect))
    return rows


def overlaps(w: FirstRunWizard) -> list[str]:
    """Rows of the seller form that run into the row below them, and an address showing fewer
    than its three lines."""
    form = w.company.parentWidget().layout()
    assert isinstance(form, QFormLayout)
    rows = row_rects(form)
    out = [f"{above} {a} runs into {below} {b}" for (above, a), (below, b) in zip(rows, rows[1:])
           if a.bottom() >= b.top()]
    if w.address.viewport().height() < 3 * w.address.fontMetrics().lineSpacing():
        out.append(f"the address is {w.address.viewport().height()} pixels high")
    if w.address.verticalScrollBar().maximum() > 0:
        out.append("the address scrolls")
    return out


def assert_no_overlap(qtbot, w: FirstRunWizard) -> None:  # type: ignore[no-untyped-def]
    """Once the form is laid out (a layout request waits for the event loop), nothing overlaps."""
    try:
        qtbot.waitUntil(lambda: not overlaps(w), timeout=2000)
    except qtbot.TimeoutError:
        pytest.fail("; ".join(overlaps(w)))


def test_a_message_under_a_field_moves_the_rows_below_it(qtbot, language: str, ws, monkeypatch) -> None:
    monkeypatch.setattr("app.gui.first_run.system_locale_name", lambda: "th_TH")
    w = opened(qtbot, ws)
    w.address.setPlainText("12 Sukhumvit Rd\nKhlong Toei\nBangkok 10110")
    assert_no_overlap(qtbot, w)
    w.email.setText("sales@siamcraft")
    w.phone.setText("081 23")
    qtbot.waitUntil(lambda: w.email_problem.isVisible() and w.phone_problem.isVisible(), timeout=2000)
    assert_no_overlap(qtbot, w)
    # the wizard grew to show the whole form, the screen having room for it
    qtbot.waitUntil(lambda: w.seller_scroll.verticalScrollBar().maximum() == 0, timeout=2000)
    # at its least size the form scrolls rather than overlapping
    w.resize(w.minimumSize())
    qtbot.waitUntil(lambda: w.size() == w.minimumSize(), timeout=2000)
    qtbot.waitUntil(lambda: w.seller_scroll.verticalScrollBar().maximum() > 0, timeout=2000)
    assert_no_overlap(qtbot, w)


def test_the_invoice_currency_follows_the_country_until_it_is_chosen(qtbot, wizard: FirstRunWizard, ws) -> None:
    """A Malaysian seller pricing in RM was given USD, and every print was refused until each
    line had a USD value typed."""
    assert wizard.currency.currentText() == "THB"
    for country, currency in (("MY", "MYR"), ("SG", "SGD"), ("ID", "IDR"), ("PH", "PHP"), ("VN", "VND"),
                              ("BN", "BND"), ("TH", "THB")):
        choose(qtbot, wizard.country, country)
        assert wizard.currency.currentText() == currency, country
    choose(qtbot, wizard.country, "MY")
    wizard.currency.setCurrentText("USD")  # the seller's own choice stands from now on
    wizard.currency.activated.emit(wizard.currency.currentIndex())
    choose(qtbot, wizard.country, "SG")
    assert wizard.currency.currentText() == "USD"
    finish(wizard)
    assert ws.setting("seller")["currency"] == "USD"
