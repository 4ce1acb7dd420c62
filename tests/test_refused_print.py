"""A refused print is shown once, where the user is: with the shipment dialog open, in the
dialog's own list (each item a click from review, the whole list a click from the clipboard);
without it, in a window that is as short as its message. Seen: the dialog's list and a second
window over it with the same items, which stayed on screen after the dialog was cancelled, a
640×320 box for one item."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.core import flagging, item_views, services
from app.core.tables import Item
from app.gui.list_dialog import HEIGHT, ListDialog
from tests.conftest import fill_parties, idle, write_catalogue
from tests.test_documents import CODES, ROWS


def list_windows() -> list[ListDialog]:
    return [w for w in QApplication.allWidgets() if isinstance(w, ListDialog) and w.isVisible()]


def test_a_refusal_is_listed_once_in_the_shipment_dialog(qtbot, open_window, ws, tmp_path: Path) -> None:
    services.import_catalogue(ws, write_catalogue(tmp_path / "cat.csv", ROWS))
    with ws.db.session() as s:
        for item in s.scalars(select(Item)):
            item.status, item.hs_code, item.top_p = ("flagged" if item.sku == "VN-1" else "auto"), CODES[item.sku], 0.99
    ws.set_setting(flagging.RULESET_SETTING, ws.rules().version)
    window = open_window(ws)
    qtbot.waitUntil(lambda: idle(window), timeout=20000)
    raw = {"invoice_number": "INV-1", "destination": "SG", "incoterm": "DAP", "incoterm_place": "Singapore",
           "currency": "USD", "lines": [{"sku": "VN-1", "quantity": 1}, {"sku": "TH-1", "quantity": 1}]}
    with qtbot.waitSignal(window.shipments.sig_dialog_opened, timeout=20000) as opened:
        window.shipments._read_then_open(lambda _p: (raw, item_views.list_items(ws), []))
    dialog = opened.args[0]
    fill_parties(dialog)
    with qtbot.waitSignal(window.shipments.sig_refused, timeout=20000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: idle(window), timeout=20000)
    assert dialog.isVisible() and dialog.refused.list.isVisible()
    assert dialog.refused.list.item(0).text() == "VN-1: waits for review"
    assert list_windows() == []  # not a second time in a window over the dialog
    assert window.statusBar().currentMessage() == ("Documents not printed: 1 item needs a decision first (listed in "
                                                   "the shipment dialog)")
    dialog.refused.copy_button.click()
    assert QGuiApplication.clipboard().text() == "VN-1: waits for review"
    dialog.reject()
    assert list_windows() == [] and not dialog.isVisible()


def test_a_short_refusal_opens_a_short_window(qtbot) -> None:
    box = ListDialog("Documents not printed", "These items need a decision first:\nVN-1: waits for review",
                     ["VN-1: waits for review"])
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert box.height() < HEIGHT * 2 // 3
    assert box.message.isVisible() and box.message.visibleRegion().boundingRect().height() >= box.message.sizeHint().height()
    long = ListDialog("Documents not printed", "\n".join(f"TEE-{i}: waits for review" for i in range(40)),
                      [f"TEE-{i}" for i in range(40)])
    qtbot.addWidget(long)
    assert long.height() == HEIGHT  # a long message keeps the preferred size and scrolls
