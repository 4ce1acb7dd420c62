"""The first-start assistant refuses what would make wrong paperwork or an anonymous audit
trail: an email or phone that is not one, no reviewer's name; and a seller's own country is
not ticked as an export market unless the seller ticks it."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from app.core.profile import suggested_markets, valid_email, valid_phone, valid_reviewer
from app.gui.first_run import FirstRunWizard


@pytest.fixture
def wizard(qtbot, ws) -> FirstRunWizard:
    w = FirstRunWizard(ws)
    qtbot.addWidget(w)
    w.open()
    qtbot.waitExposed(w)
    return w


def next_button(w: FirstRunWizard):  # type: ignore[no-untyped-def]
    return w.button(QWizard.WizardButton.NextButton)


@pytest.mark.parametrize("text", ["", "sales@siamcraft.co.th", "hello@siamcraft.example", " a.b+c@shop.com ",
                                  "ขาย@ร้าน.ไทย"])
def test_plausible_emails(text: str) -> None:
    assert valid_email(text)


@pytest.mark.parametrize("text", ["not an email", "sales@", "@shop.com", "sales@shop", "sales@@shop.com",
                                  "sales@shop..com", "sales@shop.c", "sales@-shop.com", "sales@shop.com.", "a b@shop.com",
                                  "sales@shop_co.com", "sales@1.23", "mailto:sales@shop.com"])
def test_implausible_emails(text: str) -> None:
    assert not valid_email(text)


@pytest.mark.parametrize("text", ["", "+66 2 123 4567", "(02) 123-4567", "0812345678", "+65 6123 4567 ext. 12",
                                  "+62-21-555-0101", "02-123-4567 ต่อ 12", "02-123-4567 #12",
                                  "02-123 4567 / 081 234 5678"])
def test_plausible_phones(text: str) -> None:
    assert valid_phone(text)


@pytest.mark.parametrize("text", ["call me", "12345", "++66 1234567", "66 2 123 4567 8901 2345", "x12", "+66 2 CALL"])
def test_implausible_phones(text: str) -> None:
    assert not valid_phone(text)


def test_reviewer_names_and_markets() -> None:
    assert valid_reviewer("Ana") and valid_reviewer("สมชาย") and not valid_reviewer("") and not valid_reviewer("  -  ")
    assert suggested_markets("TH", ["SG", "MY", "TH", "ID"]) == ["SG", "MY", "ID"]
    assert suggested_markets("JP", ["SG", "MY"]) == ["SG", "MY"]


def test_a_wrong_email_or_phone_is_named_next_to_its_field(qtbot, wizard: FirstRunWizard) -> None:
    wizard.company.setText("Siam Craft Co., Ltd.")
    assert next_button(wizard).isEnabled()
    assert not wizard.email_problem.isVisible() and not wizard.phone_problem.isVisible()
    wizard.email.setText("not an email")
    assert not next_button(wizard).isEnabled()
    assert wizard.email_problem.isVisible() and "name@example.com" in wizard.email_problem.text()
    wizard.email.setText("sales@siamcraft.co.th")
    assert next_button(wizard).isEnabled() and not wizard.email_problem.isVisible()
    wizard.phone.setText("call me")
    assert not next_button(wizard).isEnabled() and wizard.phone_problem.isVisible()
    wizard.phone.setText("+66 2 123 4567")
    assert next_button(wizard).isEnabled() and not wizard.phone_problem.isVisible()
    # the message sits right under its field
    form = wizard.email.parentWidget().layout()
    row_of = {w: form.getWidgetPosition(w)[0] for w in (wizard.email, wizard.email_problem, wizard.phone, wizard.phone_problem)}
    assert row_of[wizard.email_problem] == row_of[wizard.email] + 1 and row_of[wizard.phone_problem] == row_of[wizard.phone] + 1


def test_a_sellers_own_country_is_not_ticked_as_a_market(qtbot, wizard: FirstRunWizard, ws) -> None:
    wizard.company.setText("Siam Craft Co., Ltd.")
    wizard.country.setCurrentIndex(wizard.country.findData("TH"))
    next_button(wizard).click()
    ticked = [code for code, box in wizard.market_boxes.items() if box.isChecked()]
    assert ticked == ["SG", "MY", "ID", "PH", "VN"]
    # back to say the company is Vietnamese: VN is unticked, TH ticked
    wizard.back()
    wizard.country.setCurrentIndex(wizard.country.findData("VN"))
    next_button(wizard).click()
    assert [code for code, box in wizard.market_boxes.items() if box.isChecked()] == ["SG", "MY", "TH", "ID", "PH"]
    # the seller may still sell into their own country; what they tick stands when they go back and on
    wizard.market_boxes["VN"].click()
    wizard.back()
    next_button(wizard).click()
    assert wizard.market_boxes["VN"].isChecked()
    next_button(wizard).click()
    wizard.reviewer.setText("Ana")
    wizard.demo.setChecked(False)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert ws.setting("markets") == ["SG", "MY", "TH", "ID", "PH", "VN"]


def test_a_stored_choice_is_kept_when_the_assistant_is_opened_again(qtbot, ws) -> None:
    ws.set_setting("seller", {"name": "Siam Craft", "country": "TH"})
    ws.set_setting("markets", ["TH", "MY"])
    ws.set_setting("first_run_done", True)
    again = FirstRunWizard(ws)
    qtbot.addWidget(again)
    again.open()
    next_button(again).click()
    assert [code for code, box in again.market_boxes.items() if box.isChecked()] == ["MY", "TH"]


def test_the_reviewer_must_be_named(qtbot, wizard: FirstRunWizard, ws) -> None:
    wizard.company.setText("Siam Craft Co., Ltd.")
    next_button(wizard).click()
    next_button(wizard).click()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert wizard.reviewer.text() == "" and not finish.isEnabled()
    assert not wizard.reviewer_problem.isVisible()  # nothing typed yet: no red text
    wizard.reviewer.setText("   ")
    assert not finish.isEnabled()
    assert wizard.reviewer_problem.isVisible() and "audit" in wizard.reviewer_problem.text()
    wizard.reviewer.setText("Ana")
    assert finish.isEnabled() and not wizard.reviewer_problem.isVisible()
    wizard.demo.setChecked(False)
    with qtbot.waitSignal(wizard.sig_completed, timeout=5000):
        finish.click()
    assert ws.setting("reviewer") == "Ana" and ws.setting("first_run_done") is True
