"""The shipment dialog keeps what was typed: Esc, Cancel and the close button ask before a
shipment with changes not saved is lost (seen: Esc on a line threw away a whole shipment, twice);
a new shipment's destination follows the consignee's country (seen: SG kept for an Indonesian
consignee), and Print asks when they differ; the list of refused items forgets a line once it
is removed and takes no more height than its entries; the seller's name shows whole."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox

from app.core import item_views, services
from app.gui.shipment_dialog import ShipmentDialog
from tests.conftest import fill_parties, write_catalogue
from tests.test_documents import ROWS


def opened(qtbot, ws, tmp_path: Path, raw: dict | None = None, new: bool = True) -> ShipmentDialog:  # type: ignore[type-arg]
    services.import_catalogue(ws, write_catalogue(tmp_path / "cat.csv", ROWS))
    dialog = ShipmentDialog(item_views.list_items(ws), raw or {"invoice_number": "INV-0001", "lines": []}, [],
                            ["SG", "MY", "ID"], new=new)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 640)  # its size on a 1366×768 screen
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


class TitleBarClose(QCloseEvent):
    """The close event of the title bar's button (the window system's, hence spontaneous)."""

    def spontaneous(self) -> bool:  # type: ignore[override]
        return True


def test_esc_cancel_and_the_close_button_ask_before_changes_are_lost(qtbot, ws, tmp_path: Path) -> None:
    dialog = opened(qtbot, ws, tmp_path)
    qtbot.keyClick(dialog.cons_name, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert not dialog.isVisible() and dialog.discard_box is None

    dialog = opened(qtbot, ws, tmp_path)
    dialog.editor.add_line({"sku": "TH-1", "quantity": 2})
    dialog.cons_name.setFocus()
    qtbot.keyClicks(dialog.cons_name, "PT Berkah")
    qtbot.keyClick(dialog.cons_name, Qt.Key.Key_Escape)
    box = dialog.discard_box
    assert dialog.isVisible() and box is not None and box.isVisible()
    assert box.windowModality() == Qt.WindowModality.WindowModal and box.parent() is dialog
    keep = box.defaultButton()
    assert keep is box.escapeButton() and keep.text() == "Keep editing"  # Enter or Esc again keeps it
    keep.click()
    assert dialog.isVisible() and dialog.cons_name.text() == "PT Berkah"

    # Esc meant for an open list closes the list, and only the list
    dialog.destination.showPopup()
    popup = dialog.destination.view()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=5000)
    assert dialog.isVisible() and not (dialog.discard_box is not None and dialog.discard_box.isVisible())

    dialog.closeEvent(close := TitleBarClose())  # the title bar's button asks too
    assert not close.isAccepted() and dialog.isVisible() and dialog.discard_box.isVisible()
    dialog.discard_box.defaultButton().click()

    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    box = dialog.discard_box
    assert box.isVisible() and dialog.isVisible()
    discard = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    discard.click()
    assert not dialog.isVisible()


def test_a_saved_shipment_closes_at_once_until_it_is_changed(qtbot, ws, tmp_path: Path) -> None:
    raw = {"invoice_number": "INV-0003", "destination": "SG", "lines": [{"sku": "TH-1", "quantity": 2}]}
    dialog = opened(qtbot, ws, tmp_path, raw, new=False)
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert not dialog.isVisible() and dialog.discard_box is None


def test_the_destination_follows_the_consignees_country_until_chosen(qtbot, ws, tmp_path: Path) -> None:
    dialog = opened(qtbot, ws, tmp_path)
    assert dialog.destination.currentText() == "SG"  # the first market, until a consignee says otherwise
    dialog.cons_country.setFocus()
    qtbot.keyClicks(dialog.cons_country, "id")
    assert dialog.destination.currentText() == "ID"
    dialog.cons_country.clear()
    qtbot.keyClicks(dialog.cons_country, "US")  # not a market: the destination stays
    assert dialog.destination.currentText() == "ID"
    dialog.destination.setCurrentIndex(1)  # the user chooses MY: it stays from now on
    dialog.destination.activated.emit(1)
    dialog.cons_country.clear()
    qtbot.keyClicks(dialog.cons_country, "SG")
    assert dialog.destination.currentText() == "MY"

    saved = opened(qtbot, ws, tmp_path, {"invoice_number": "INV-0002", "destination": "SG", "lines": []}, new=False)
    qtbot.keyClicks(saved.cons_country, "ID")  # a saved shipment's destination was chosen when it was saved
    assert saved.destination.currentText() == "SG"


def test_print_asks_when_the_destination_is_not_the_consignees_country(qtbot, ws, tmp_path: Path) -> None:
    dialog = opened(qtbot, ws, tmp_path)
    dialog.editor.add_line({"sku": "TH-1", "quantity": 2})
    fill_parties(dialog)
    dialog.destination.activated.emit(dialog.destination.currentIndex())  # SG, chosen
    dialog.cons_country.setText("ID")
    printed: list[dict] = []  # type: ignore[type-arg]
    dialog.sig_print_requested.connect(printed.append)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    ok.click()
    box = dialog.checks.destination_box
    assert box is not None and box.isVisible() and printed == []
    assert "The consignee is in ID, but the destination is SG." in box.text()
    assert box.defaultButton().text() == "Correct the destination"
    box.defaultButton().click()
    assert printed == [] and dialog.tabs.currentIndex() == 2  # the Terms tab, where the destination is
    ok.click()
    go = next(b for b in dialog.checks.destination_box.buttons() if b.text() == "Print for SG")
    go.click()
    assert [(r["destination"], r["consignee"]["country"]) for r in printed] == [("SG", "ID")]  # a warning, not a block

    dialog.cons_country.setText("SG")
    ok.click()
    assert len(printed) == 2 and not dialog.checks.destination_box.isVisible()  # they agree: no question


def test_the_refused_list_forgets_removed_lines_and_keeps_to_its_entries(qtbot, ws, tmp_path: Path) -> None:
    dialog = opened(qtbot, ws, tmp_path)
    dialog.editor.add_lines([{"sku": s, "quantity": 1} for s in ("TH-1", "VN-1", "CN-1")])
    lines_height = dialog.lines.height()
    dialog.show_problems([("VN-1", "waits for review"), ("CN-1", "waits for review")], {"VN-1": 2, "CN-1": 3})
    qtbot.waitUntil(lambda: dialog.refused.list.isVisible() and dialog.lines.height() < lines_height, timeout=5000)
    row = dialog.refused.list.sizeHintForRow(0)
    buttons = dialog.refused.open_review.sizeHint().height() + dialog.refused.copy_button.sizeHint().height()
    assert dialog.refused.list.height() <= max(2 * row + 2 * dialog.refused.list.frameWidth(), buttons)
    assert dialog.lines.height() > 2 * dialog.refused.list.height()  # the lines keep most of the room

    dialog.lines.selectRow(1)  # VN-1's line goes: so does its entry
    dialog.editor.remove_current()
    assert [dialog.refused.list.item(r).text() for r in range(dialog.refused.list.count())] == ["CN-1: waits for review"]
    assert dialog.refused.item_ids == [3] and dialog.refused.skus == ["CN-1"]
    dialog.lines.selectRow(1)
    dialog.editor.remove_current()
    assert not dialog.refused.list.isVisible() and not dialog.refused.label.isVisible()


def test_the_sellers_name_shows_whole(qtbot, ws, tmp_path: Path) -> None:
    dialog = opened(qtbot, ws, tmp_path)
    dialog.tabs.setCurrentIndex(1)
    name = "Kedai Kak Ros Online Sdn Bhd"
    dialog.seller_name.setText(name)
    dialog.seller_name.setCursorPosition(0)
    needed = dialog.seller_name.fontMetrics().horizontalAdvance(name)
    qtbot.waitUntil(lambda: dialog.seller_name.isVisible(), timeout=5000)
    assert dialog.seller_name.width() > needed + 8  # the text and the field's margins: cut was "ak Ros Online Sdn Bhd"
