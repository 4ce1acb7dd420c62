"""The first day, driven through the real window: the first-start assistant, Settings, the
guided review, shortcuts, remembered layout and recent files, errors, language and theme."""
from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QWizard

from app.core import workspace
from app.core.paths import bundled_models_dir
from app.gui import window_state
from app.gui.app import choose_data_dir
from app.gui.error_dialog import install_excepthook
from app.gui.i18n import available_languages, choose_language, install_translators, remove_translators
from app.gui.main_window import MainWindow
from app.gui.theme import apply_theme


def make_window(qtbot, ws) -> MainWindow:
    w = MainWindow(ws)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def window(qtbot, ws):
    w = make_window(qtbot, ws)
    yield w
    w.runner.cancel_all()
    assert w.runner.wait(30000), "a background operation did not finish"


def idle(w: MainWindow) -> bool:
    return not w.runner.busy()


def test_first_run_assistant_stores_the_profile_and_starts_the_tour(qtbot, window: MainWindow, ws) -> None:
    qtbot.waitUntil(lambda: idle(window), timeout=30000)
    window.first_day.maybe_first_run()
    wizard = window.first_day.first_run
    assert wizard is not None and wizard.isVisible()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # the company name is required
    wizard.company.setText("Siam Craft Co., Ltd.")
    wizard.address.setPlainText("12 Sukhumvit Rd\nBangkok 10110")
    wizard.country.setCurrentIndex(wizard.country.findData("TH"))
    wizard.tax_id.setText("0105551234567")
    wizard.email.setText("hello@siamcraft.example")
    wizard.origin.setCurrentIndex(wizard.origin.findData("VN"))
    wizard.currency.setCurrentText("THB")
    wizard.ovr.setText(" M90371234X ")
    assert next_button.isEnabled()
    next_button.click()
    for box in wizard.market_boxes.values():
        box.setChecked(False)
    assert not next_button.isEnabled()  # no market would switch every market's rules off
    for code, box in wizard.market_boxes.items():
        box.setChecked(code in ("SG", "MY"))
    assert next_button.isEnabled()
    next_button.click()
    wizard.reviewer.setText("Ana")
    assert wizard.demo.isChecked()  # offered on the first start
    with qtbot.waitSignal(window.first_day.guide.sig_show_page, timeout=5000):
        wizard.button(QWizard.WizardButton.FinishButton).click()

    assert ws.setting("seller") == {
        "name": "Siam Craft Co., Ltd.", "address": "12 Sukhumvit Rd\nBangkok 10110", "country": "TH",
        "tax_id": "0105551234567", "phone": "", "email": "hello@siamcraft.example", "logo": "",
        "default_origin": "VN", "currency": "THB", "sg_ovr_gst_number": "M90371234X", "my_lrn": ""}
    assert ws.setting("markets") == ["SG", "MY"] and ws.setting("reviewer") == "Ana"
    assert ws.setting("first_run_done") is True
    assert window.review_page.reviewer.text() == "Ana"

    # The tour loads the demo catalogue and walks through the pages; it can be skipped.
    qtbot.waitUntil(lambda: idle(window) and window.items_page.model.rowCount() == 52, timeout=60000)
    guide = window.first_day.guide
    assert guide.isVisible() and guide.counter.text() == "Step 1 of 5"
    assert window.tabs.currentWidget() is window.items_page
    guide.next_button.click()
    assert window.tabs.currentWidget() is window.review_page
    guide.back_button.click()
    assert window.tabs.currentWidget() is window.items_page
    with qtbot.waitSignal(guide.sig_finished, check_params_cb=lambda done: done is False):
        guide.skip_button.click()
    assert not guide.isVisible()

    # Not offered again; reopened from Settings it starts from what is stored.
    window.first_day.first_run = None
    window.first_day.maybe_first_run()
    assert window.first_day.first_run is None
    window.first_day.open_settings()
    window.first_day.settings_dialog.first_run_button.click()
    again = window.first_day.first_run
    assert again is not None and again.company.text() == "Siam Craft Co., Ltd." and not again.demo.isChecked()
    assert again.currency.currentText() == "THB" and again.market_boxes["MY"].isChecked()
    again.reject()


def test_settings_explain_the_threshold_and_store_the_choices(qtbot, window: MainWindow, ws, tmp_path: Path) -> None:
    window.first_day.open_settings()
    dialog = window.first_day.settings_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.threshold.setValue(0.7)
    row = next(r for r in dialog.card_rows if r.threshold == 0.7)
    text = dialog.threshold_meaning.text()
    assert f"{row.coverage:.0%}" in text and f"{row.error:.0%}" in text and text.startswith("At 70%")
    dialog.threshold.setValue(0.97)  # the default: a small share is not rounded away, and its base is given
    top = next(r for r in dialog.card_rows if r.threshold == 0.97)
    text = dialog.threshold_meaning.text()
    assert f"about {top.coverage:.1%} of items" in text and f"{round(top.coverage * dialog.heldout)} of which" in text
    dialog.threshold.setValue(0.7)
    dialog.market_boxes["VN"].setChecked(False)
    dialog.market_boxes["BN"].setChecked(True)
    dialog.paper.setCurrentText("Letter")
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.data_dir.setText(str(tmp_path / "elsewhere"))
    with qtbot.waitSignal(window.sig_message, check_params_cb=lambda m: m.startswith("Settings saved")):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        dialog.threshold_question.use_button.click()  # 0.7 lets more wrong codes through than 0.97: asked first
    assert ws.setting("review_below") == 0.7 and ws.rules().review_below == 0.7
    assert ws.setting("markets") == ["SG", "MY", "TH", "ID", "PH", "BN"]
    assert ws.setting("paper_size") == "Letter" and ws.setting("theme") == "light"
    assert window_state.saved_data_dir() == tmp_path / "elsewhere"
    assert "next start" in window.statusBar().currentMessage()


def test_settings_leave_a_threshold_set_elsewhere_alone(qtbot, window: MainWindow, ws) -> None:
    """A threshold set on the Rules page (1.00, or 0.975) must survive an unrelated edit in
    Settings: the box shows the same range, and an untouched box writes nothing."""
    for chosen in (1.0, 0.975):
        ws.set_setting("review_below", chosen)
        window.first_day.open_settings()
        dialog = window.first_day.settings_dialog
        assert dialog.threshold.text() == {1.0: "1.00", 0.975: "0.975"}[chosen]  # shown as set, not rounded
        dialog.paper.setCurrentText("Letter" if dialog.paper.currentText() != "Letter" else "A4")
        with qtbot.waitSignal(window.sig_message, check_params_cb=lambda m: m.startswith("Settings saved")):
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert ws.setting("review_below") == chosen
    assert window.models_page.threshold.maximum() == 1.0


def test_a_confidence_box_keeps_three_decimals_in_the_users_number_format(qtbot) -> None:
    from PySide6.QtCore import QLocale

    from app.gui.spin_boxes import ConfidenceSpin
    spin = ConfidenceSpin()
    qtbot.addWidget(spin)
    spin.setValue(0.975)
    assert (spin.text(), spin.value()) == ("0.975", 0.975)
    spin.setValue(0.9)
    assert spin.text() == "0.90"
    spin.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    spin.setValue(0.975)
    assert spin.text() == "0,975"
    spin.lineEdit().setText("0,5")
    spin.interpretText()
    assert spin.value() == 0.5


def test_a_new_threshold_and_market_apply_at_once(qtbot, ws, tmp_path: Path) -> None:
    """Saving Settings re-flags every item in the background: a lower threshold lets confident
    items through, and a market added there sends a decided item back for its ban."""
    from app.core import deciding, item_views, services
    from tests.conftest import classified_vape, write_catalogue

    services.import_catalogue(ws, write_catalogue(tmp_path / "c.csv"))
    vp = classified_vape(ws, tmp_path, ["SG", "TH"])
    deciding.decide(ws, vp, "854340", "Ana", "bans noted: sold to Malaysia only")
    low = {r.sku for r in item_views.list_items(ws) if r.status == "flagged" and "LOWCONF" in r.rules.split(", ")}
    assert low, "the sample catalogue should have items under the default threshold"
    window = make_window(qtbot, ws)
    qtbot.waitUntil(lambda: idle(window), timeout=30000)
    window.first_day.open_settings()
    dialog = window.first_day.settings_dialog
    assert dialog is not None
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    for box in dialog.market_boxes.values():
        box.setChecked(False)
    assert not ok.isEnabled()
    for code in ("SG", "TH", "VN"):
        dialog.market_boxes[code].setChecked(True)
    assert ok.isEnabled()
    dialog.threshold.setValue(0.05)
    with qtbot.waitSignal(window.sig_message, timeout=30000, check_params_cb=lambda m: m.startswith("Settings applied")):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        dialog.threshold_question.use_button.click()
    rows = {r.sku: r for r in item_views.list_items(ws)}
    assert not any("LOWCONF" in rows[sku].rules.split(", ") for sku in low)
    assert rows["VP-1"].status == "flagged" and "VN" in rows["VP-1"].markets
    # the queue is read again in the background
    qtbot.waitUntil(lambda: window.review.page.model.rowCount() == len(item_views.queue_ids(ws)), timeout=30000)
    window.runner.cancel_all()
    assert window.runner.wait(30000)


def test_file_dialogs_start_in_the_last_folder_and_add_the_chosen_extension(qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from app.gui import file_dialogs

    assert file_dialogs.with_type_suffix(Path("a/review-log"), "Excel (*.xlsx)") == Path("a/review-log.xlsx")
    assert file_dialogs.with_type_suffix(Path("a/log.csv"), "Excel (*.xlsx)") == Path("a/log.csv")
    assert file_dialogs.with_type_suffix(Path("a/log"), "") == Path("a/log")
    asked: list[str] = []
    (tmp_path / "exports").mkdir()

    def save(_parent, _title, start, _filters):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(tmp_path / "exports" / "review-log"), "Excel (*.xlsx)"

    def open_(_parent, _title, start, _filters):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(tmp_path / "exports" / "decisions.csv"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_)
    assert file_dialogs.save_file(None, "Export", "review-log.csv", "CSV (*.csv);;Excel (*.xlsx)") == \
        tmp_path / "exports" / "review-log.xlsx"
    assert asked[0] == str(Path.home() / "review-log.csv")
    assert file_dialogs.open_file(None, "Import", "CSV (*.csv)") == tmp_path / "exports" / "decisions.csv"
    assert asked[1] == str(tmp_path / "exports")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: ("", ""))
    assert file_dialogs.open_file(None, "Import", "CSV (*.csv)") is None


def test_the_data_folder_comes_from_the_command_line_then_the_environment_then_settings(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("BORDERLINE_DATA_DIR", raising=False)
    window_state.set_saved_data_dir(tmp_path / "chosen")
    assert choose_data_dir(tmp_path / "given") == tmp_path / "given"
    assert choose_data_dir(None) == tmp_path / "chosen"
    monkeypatch.setenv("BORDERLINE_DATA_DIR", str(tmp_path / "env"))
    assert choose_data_dir(None) == tmp_path / "env"


def test_shortcuts_find_and_menus(qtbot, window: MainWindow) -> None:
    assert window.import_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.invoice_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert not window.settings_action.shortcut().isEmpty()
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Model", "&Documents", "&Edit", "&Help"]
    window.tabs.setCurrentWidget(window.review_page)
    window.find_action.trigger()  # on the Review tab: the queue's own search
    assert window.tabs.currentWidget() is window.review_page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.review_page.search, timeout=2000)
    window.tabs.setCurrentWidget(window.dashboard_page)
    window.find_action.trigger()  # elsewhere: the catalogue's
    assert window.tabs.currentWidget() is window.items_page
    qtbot.waitUntil(lambda: window.items_page.search.hasFocus() or QApplication.focusWidget() is window.items_page.search,
                    timeout=2000)


def test_window_layout_and_recent_files_are_remembered(qtbot, ws, catalogue_file: Path, monkeypatch) -> None:
    first = make_window(qtbot, ws)
    first.resize(700, 590)  # the offscreen screen is 800 px wide: only the height is free to choose
    chosen = first.height()
    assert chosen != 760
    first.items_page.table.horizontalHeader().resizeSection(0, 217)
    first.import_file(catalogue_file)
    qtbot.waitUntil(lambda: idle(first) and first.items_page.model.rowCount() == 8, timeout=60000)
    assert first.recent.paths() == [catalogue_file.resolve()]
    first.close()

    second = make_window(qtbot, ws)
    assert second.height() == chosen  # not the first-start 760
    assert second.items_page.table.horizontalHeader().sectionSize(0) == 217
    # no column was clicked: the catalogue keeps import order, with no indicator, after a restart
    assert second.items_page.model.filter.sort == "id" and not second.items_page.model.filter.descending
    assert second.items_page.table.horizontalHeader().sortIndicatorSection() == -1
    entries = [a for a in second.recent.menu.actions() if a.data()]
    assert [Path(a.data()) for a in entries] == [catalogue_file.resolve()]
    imported: list[Path] = []
    monkeypatch.setattr(second, "import_file", lambda p: imported.append(p))
    second.recent.open_file = second.import_file
    second.recent.rebuild()
    next(a for a in second.recent.menu.actions() if a.data()).trigger()
    assert imported == [catalogue_file.resolve()]
    second.recent.clear()
    assert second.recent.paths() == []
    second.runner.cancel_all()
    assert second.runner.wait(30000)


def test_errors_show_details_to_copy_and_unexpected_ones_are_logged(qtbot, window: MainWindow, caplog) -> None:
    window.show_error("Import failed", "catalogue.csv: no column looks like a title", "row 3: empty title",
                      "Rename the product name column to Title and import again.")
    dialog = window.error_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert not dialog.details.isVisible()
    dialog.details_button.click()
    assert dialog.details.isVisible()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "no column looks like a title" in copied and "row 3: empty title" in copied
    assert "Rename the product name column" in copied and str(window.ws.data_dir / "borderline.log") in copied

    shown: list[tuple[str, str]] = []
    previous = install_excepthook(lambda m, d: shown.append((m, d)))
    try:
        with caplog.at_level(logging.ERROR):
            try:
                raise ValueError("a surprise")
            except ValueError:
                sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert shown and shown[0][0] == "ValueError: a surprise" and "Traceback" in shown[0][1]
    assert any("a surprise" in r.getMessage() for r in caplog.records)

    window.show_unexpected("ValueError: a surprise", "Traceback ...")
    assert "not expected" in window.error_dialog.hint.text() and window.error_dialog.log_button.isVisible()
    window.show_error("Documents not printed", "These items need a decision first:\nVP-1: waits for review: VAPE-BAN (SG)")
    assert not window.error_dialog.log_button.isVisible()  # a refusal has nothing in the log to look at


def test_a_damaged_shipped_model_is_retrained_and_the_user_told(qtbot, ws, tmp_path: Path, monkeypatch) -> None:
    shipped = tmp_path / "shipped"
    shutil.copytree(bundled_models_dir(), shipped)
    (shipped / "baseline.npz").write_bytes(b"damaged")
    monkeypatch.setattr(workspace, "bundled_models_dir", lambda: shipped)
    w = make_window(qtbot, ws)
    qtbot.waitUntil(lambda: "integrity check" in w.statusBar().currentMessage(), timeout=60000)
    assert ws.active_model_version().file_name.startswith("model-")
    w.runner.cancel_all()
    assert w.runner.wait(30000)


def test_the_window_speaks_bahasa_indonesia(qtbot, ws) -> None:
    assert "id" in available_languages()
    assert choose_language("", "id_ID") == "id" and choose_language(None, "th_TH") == "en"
    assert choose_language("en", "id_ID") == "en"
    translators = install_translators("id")
    try:
        assert translators
        w = make_window(qtbot, ws)
        assert [a.text() for a in w.menuBar().actions()] == ["&Berkas", "&Model", "&Dokumen", "&Sunting", "Ban&tuan"]
        assert w.tabs.tabText(0) == "Katalog"
        assert w.review_page.accept_button.text() == "Terima teratas (Enter)"
        assert w.job_bar.cancel_button.text() == "Batal"
        w.first_day.open_settings()
        assert w.first_day.settings_dialog.windowTitle() == "Pengaturan"
        assert w.first_day.settings_dialog.threshold_meaning.text().startswith("Pada ")
        w.runner.cancel_all()
        assert w.runner.wait(30000)
    finally:
        remove_translators(translators)


def test_light_and_dark_themes(qapp) -> None:
    try:
        assert apply_theme(qapp, "dark")
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 100
        assert not apply_theme(qapp, "light")
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 150
    finally:
        apply_theme(qapp, "light")


def test_every_menu_has_one_item_per_keyboard_letter(qtbot, language: str, open_window, ws) -> None:
    import re

    window = open_window(ws)
    menus = [a.menu() for a in window.menuBar().actions() if a.menu()]
    menus += [a.menu() for m in menus for a in m.actions() if a.menu()]
    for menu in menus:
        letters = [m.group(1).lower() for a in menu.actions() if (m := re.search(r"&([^&\s])", a.text()))]
        assert len(letters) == len(set(letters)), f"{language}: {menu.title()}: {sorted(letters)}"
    top = [m.group(1).lower() for a in window.menuBar().actions() if (m := re.search(r"&([^&\s])", a.text()))]
    assert len(top) == len(set(top)), top
