"""The Rules page in the real window: filters, switching a rule off, editing a threshold."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.core import flagging, item_views
from app.gui.main_window import MainWindow


def test_rules_page_filters_switches_and_reflags(qtbot, window: MainWindow, ws, catalogue_file: Path) -> None:
    window.import_file(catalogue_file)
    qtbot.waitUntil(lambda: not window.runner.busy() and window.items_page.model.rowCount() == 8
                    and all(window.items_page.model.row_at(i).status != "pending" for i in range(8)), timeout=60000)
    page = window.rules_page
    with qtbot.waitSignal(page.sig_loaded, timeout=10000):
        window.tabs.setCurrentWidget(page)
    assert page.model.rowCount() >= 40

    # Filters: Singapore blocking rules include the vape ban, not Malaysia's vape registration.
    page.market.setCurrentIndex(page.market.findData("SG"))
    page.severity.setCurrentIndex(page.severity.findData("block"))
    shown = page.visible_ids()
    assert "VAPE-BAN" in shown and "VAPE-MY" not in shown and "KNIFE" not in shown
    assert all(page.model.rows[[r.id for r in page.model.rows].index(i)].severity == "block" for i in shown)

    # The detail shows trigger, reason, source and the count of items flagged now.
    assert page.select("VAPE-BAN")
    assert "Source: SG Tobacco" in page.detail.text() and "Items it flags now: 1" in page.detail.text()

    # Switching the knife rule off re-flags in the background; the knife leaves the queue.
    page.market.setCurrentIndex(0)
    page.severity.setCurrentIndex(0)
    knife_row = [r.id for r in page.model.rows].index("KNIFE")
    assert page.model.rows[knife_row].flagged_items == 1
    with qtbot.waitSignal(page.sig_rules_changed, timeout=20000):
        page.model.setData(page.model.index(knife_row, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert "rules.toml" in str(ws.rule_files()[-1]) and "enabled = false" in ws.rule_files()[-1].read_text()
    assert not ws.rules().get("KNIFE").enabled
    assert flagging.rule_counts(ws).get("KNIFE", 0) == 0
    assert page.message.text().startswith("KNIFE saved. 1 item changed: 0 now waits for review"), page.message.text()
    sku_1003 = next(r for r in item_views.list_items(ws) if r.sku == "SKU-1003")
    assert "KNIFE" not in sku_1003.rules

    # Edit a threshold: low confidence for every item, so everything waits for a person. A
    # threshold chosen in Settings before does not hide the change.
    ws.set_setting("review_below", 0.5)
    assert page.select("LOWCONF")
    assert set(page.spins) == {"confidence_below"}
    page.spins["confidence_below"].setValue(1.0)
    with qtbot.waitSignal(page.sig_rules_changed, timeout=20000):
        page.apply_button.click()
    assert ws.rules().get("LOWCONF").confidence_below == 1.0
    counts = item_views.status_counts(ws)
    assert counts["auto"] == 0 and counts["flagged"] == 8
    qtbot.waitUntil(lambda: window.tabs.tabText(1) == "Review (8)", timeout=5000)

    # Reset to default brings back the rule file's threshold.
    assert page.reset_button.isEnabled() and "Reset to default undoes it" in page.detail.text()
    with qtbot.waitSignal(page.sig_rules_changed, timeout=20000):
        page.reset_button.click()
    assert ws.rules().review_below == 0.97 and page.spins["confidence_below"].value() == 0.97
    assert not page.reset_button.isEnabled()


def test_a_new_battery_limit_shows_in_the_rule_title(qtbot, window: MainWindow, ws) -> None:
    page = window.rules_page
    with qtbot.waitSignal(page.sig_loaded, timeout=10000):
        window.tabs.setCurrentWidget(page)
    assert page.select("LIB-100WH") and not page.reset_button.isEnabled()
    label = page.threshold_form.itemAt(0, page.threshold_form.ItemRole.LabelRole).widget().text()
    assert label == "Battery energy over" and page.spins["battery_wh"].suffix() == " Wh"
    page.spins["battery_wh"].setValue(160)
    with qtbot.waitSignal(page.sig_rules_changed, timeout=20000):
        page.apply_button.click()
    row = [r.id for r in page.model.rows].index("LIB-100WH")
    assert page.model.index(row, 2).data() == "Battery over 160 Wh"
    assert "Trigger: battery energy over 160 Wh" in page.detail.text() and "is over 160 Wh" in page.detail.text()
    with qtbot.waitSignal(page.sig_rules_changed, timeout=20000):
        page.reset_button.click()
    assert page.model.index(row, 2).data() == "Battery over 100 Wh"


def test_rules_model_passes_the_model_checks(qtmodeltester, ws) -> None:
    from app.core import rule_admin
    from app.gui.rules_page import RulesFilter, RulesModel

    model = RulesModel()
    model.set_rows(rule_admin.list_rules(ws))
    qtmodeltester.check(model)
    proxy = RulesFilter()
    proxy.setSourceModel(model)
    proxy.set_filter("BN", "review")
    assert 0 < proxy.rowCount() < model.rowCount()
    qtmodeltester.check(proxy)


def _type(qtbot, spin, text: str) -> None:  # type: ignore[no-untyped-def]
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    spin.interpretText()


def test_a_limit_typed_with_a_misplaced_mark_changes_nothing(qtbot, window: MainWindow, ws) -> None:
    """"2,5" in the English window is no number (a comma groups thousands): the limit stays and
    the page says so; "1,500.5" is read as written."""
    page = window.rules_page
    with qtbot.waitSignal(page.sig_loaded, timeout=10000):
        window.tabs.setCurrentWidget(page)
    assert page.select("LIB-100WH")
    spin = page.spins["battery_wh"]
    _type(qtbot, spin, "2,5")
    page.apply_button.click()
    assert "“2,5” is not a number" in page.message.text() and "1,500.5" in page.message.text()
    row = [r.id for r in page.model.rows].index("LIB-100WH")
    assert page.model.index(row, 2).data() == "Battery over 100 Wh"
    _type(qtbot, spin, "1,500.5")
    with qtbot.waitSignal(page.sig_rules_changed, timeout=20000):
        page.apply_button.click()
    assert page.model.index(row, 2).data() == "Battery over 1,500.5 Wh"


def test_a_confidence_typed_with_either_mark_is_a_decimal(qtbot) -> None:
    """Between 0 and 1 "0,1" can only mean a tenth: Qt's reading took the comma as a thousands
    group and set 1.0, the review threshold at which every item is reviewed."""
    from PySide6.QtCore import QLocale

    from app.gui.spin_boxes import ConfidenceSpin
    spin = ConfidenceSpin()
    qtbot.addWidget(spin)
    spin.show()
    spin.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    _type(qtbot, spin, "0,1")
    assert spin.value() == 0.1
    spin.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    _type(qtbot, spin, "0.25")
    assert spin.value() == 0.25
    _type(qtbot, spin, "0,975")
    assert spin.value() == 0.975


def test_a_confidence_typed_as_a_percentage_is_read_as_one(qtbot) -> None:
    """The help beside the box says "At 97%…": "80" typed was refused digit by digit down to
    "0", a threshold at which every item was accepted without review."""
    from PySide6.QtCore import QLocale

    from app.gui.spin_boxes import ConfidenceSpin
    spin = ConfidenceSpin()
    qtbot.addWidget(spin)
    spin.show()
    spin.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    spin.setValue(0.97)
    for typed, read in (("80", 0.8), ("97.5", 0.975), ("85%", 0.85), ("0.9", 0.9), ("1", 1.0)):
        _type(qtbot, spin, typed)
        assert spin.value() == read, typed
    _type(qtbot, spin, "250")  # past 100% the last digit is refused, as Qt refuses digits past the top
    assert spin.value() == 0.25
    spin.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    _type(qtbot, spin, "97,5")
    assert spin.value() == 0.975 and spin.text() == "0,975"
