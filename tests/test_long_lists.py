"""A big shipment's refusals fit the screen: the message names the first few items (or lines)
and counts the rest, and the whole list is one click away to read, copy or save. Seen: a
print refused for a few hundred items opened a window taller than the screen, its buttons out
of reach; the same for quantities that are not whole numbers."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QWidget
from sqlalchemy import select

from app.core import flagging, item_views, services
from app.core.shipment_documents import ClearedBlock, ClearedBlocks
from app.core.tables import Item
from app.gui.shipment_dialog import ShipmentDialog
from app.gui.sizing import TITLE_BAR
from tests.conftest import idle, write_catalogue
from tests.test_shipment_lines import catalogue, open_dialog

SCREEN = 768  # a laptop's 1366×768


def fits(dialog: QWidget) -> None:
    assert dialog.isVisible()
    assert dialog.minimumSizeHint().height() <= SCREEN - TITLE_BAR
    assert dialog.height() <= SCREEN - TITLE_BAR and dialog.frameGeometry().height() <= SCREEN


def shown_text(dialog: QWidget) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())


def opened(title: str) -> QDialog:
    [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
                and w.windowTitle() == title]
    return dialog


def test_a_print_refused_for_three_hundred_items_fits_the_screen(qtbot, open_window, ws, tmp_path: Path) -> None:
    rows = [(f"TEE-{i:03d}", f"Cotton tee {i}", "", "cotton", "TH", "6.50", "USD", "0.18") for i in range(300)]
    services.import_catalogue(ws, write_catalogue(tmp_path / "c.csv", rows))
    with ws.db.session() as s:
        for item in s.scalars(select(Item)):
            item.status, item.top_code, item.top_p, item.suggestions = "flagged", "610910", 0.4, [["610910", 0.4]]
    ws.set_setting(flagging.RULESET_SETTING, ws.rules().version)  # opening does not re-flag them
    window = open_window(ws)
    qtbot.waitUntil(lambda: idle(window), timeout=20000)
    raw = {"invoice_number": "INV-9", "date": "2026-11-24", "destination": "SG", "incoterm": "DAP",
           "incoterm_place": "Singapore", "currency": "USD", "seller": {"name": "S", "address": "A", "country": "TH"},
           "consignee": {"name": "C", "address": "B", "country": "SG"},
           "lines": [{"sku": sku, "quantity": 1} for sku, *_rest in rows]}
    with qtbot.waitSignal(window.sig_message, timeout=20000, check_params_cb=lambda m: "TEE-000" in m):
        window.print_documents(raw)
    box = opened("Documents not printed")
    fits(box)
    text = shown_text(box)
    assert "These items need a decision first" in text and "TEE-000: waits for review" in text and "TEE-004" in text
    assert "TEE-005" not in text and "295 more" in text
    assert "need a decision first" in window.last_error

    box.show_button.click()  # every item, in a list that scrolls
    assert box.list.isVisible() and box.list.toPlainText().splitlines()[299] == "TEE-299: waits for review"
    fits(box)
    box.copy_button.click()
    assert len(QGuiApplication.clipboard().text().splitlines()) == 300
    with qtbot.waitSignal(box.sig_saved, timeout=5000):
        box.save_list(tmp_path / "refused.txt")
    saved = (tmp_path / "refused.txt").read_text(encoding="utf-8").splitlines()
    assert len(saved) == 300 and saved[0] == "TEE-000: waits for review"
    box.save_list(tmp_path / "gone" / "refused.txt")  # a folder that is not there: said in the window
    assert box.save_error.isVisible() and "could not be written" in box.save_error.text()
    box.close()

    # the shipment dialog's own list of refused items scrolls too
    dialog = ShipmentDialog(item_views.list_items(ws), raw, [], ["SG"], window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_problems([(sku, "waits for review") for sku, *_rest in rows], {})
    fits(dialog)


def test_three_hundred_fractions_of_a_piece_fit_the_screen(qtbot, tmp_path: Path) -> None:
    rows = catalogue(300)  # one in five sold by the kg: 240 lines in pieces
    dialog = open_dialog(qtbot, rows, [{"sku": r.sku, "quantity": 1.5} for r in rows[:300]])
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    box = dialog.checks.quantity_box
    assert box is not None
    fits(box)
    assert "Line 2, SKU SKU-0001, Quantity: 1.5 pcs" in box.text() and "Line 7, SKU SKU-0006" in box.text()
    assert "Line 8," not in box.text() and "235 more" in box.text() and "whole numbers" in box.text()
    box.show_button.click()
    assert len(box.list.toPlainText().splitlines()) == 240
    fits(box)


def test_three_hundred_cleared_bans_fit_the_screen_and_yes_confirms_them(qtbot, open_window, ws) -> None:
    window = open_window(ws)
    blocks = [ClearedBlock(f"VP-{i:03d}", i, "VAPE-BAN", "Vapes are banned", "Ana", "sold to Malaysia only")
              for i in range(300)]
    confirmed: list[object] = []
    window.shipments.confirm_cleared(ClearedBlocks("SG", blocks), confirmed.append)
    box = window.shipments.cleared_box
    assert box is not None
    fits(box)
    assert "VP-000: VAPE-BAN for SG" in box.text() and "295 more" in box.text() and "anyway?" in box.text()
    assert box.button(QDialogButtonBox.StandardButton.No).isDefault()
    box.button(QDialogButtonBox.StandardButton.Yes).click()
    assert confirmed == [frozenset((b.sku, "VAPE-BAN") for b in blocks)]
