"""What the shipment dialog refuses, and how it says so. A draft nobody printed may be sent to
another consignee or country (seen: a draft saved for SG could not be corrected to ID without
a new number and a gap in the sequence); a printed one may not, and the refusal says when it was
printed. A refusal is the user's to correct: said over the dialog (modal to it, gone with it)
in the dialog's words, without a log to open, and logged in one line (seen: "Lines priced in
MYR, not USD … unit_value in a shipment file" with Open the log folder, behind the dialog, and
an ERROR with a traceback in the log). A new shipment is invoiced in the profile's currency, or
in the one its lines are priced in."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.core import flagging, services, shipments
from app.core.tables import AuditEntry, Item
from tests.conftest import fill_parties, idle, write_catalogue
from tests.test_documents import CODES, ROWS


def opened_window(open_window, ws):  # type: ignore[no-untyped-def]
    ws.set_setting(flagging.RULESET_SETTING, ws.rules().version)  # the items stay as they are
    return open_window(ws)


def new_dialog(qtbot, window):  # type: ignore[no-untyped-def]
    window.items_page.table.clearSelection()
    with qtbot.waitSignal(window.shipments.sig_dialog_opened, timeout=20000) as opened:
        window.invoice_action.trigger()
    return opened.args[0]


def said(qtbot, window, words: str, click) -> str:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.sig_message, timeout=20000, check_params_cb=lambda m: words in m) as message:
        click()
    return message.args[0]


def test_a_draft_never_printed_may_go_elsewhere_a_printed_one_may_not(qtbot, open_window, ready_ws, caplog) -> None:
    caplog.set_level(logging.INFO)
    window = opened_window(open_window, ready_ws)
    dialog = new_dialog(qtbot, window)
    dialog.editor.add_line({"sku": "TH-1", "quantity": 2})
    fill_parties(dialog)  # to Singapore
    said(qtbot, window, "Shipment INV-0001 saved", dialog.save_button.click)

    # the consignee is in Indonesia after all: the saved draft is corrected, not renumbered
    dialog.cons_name.setText("PT Berkah Busana Muslimah")
    dialog.cons_address.setText("Jl. Tanah Abang II No. 5, Jakarta Pusat 10160")
    dialog.destination.setCurrentText("ID")
    dialog.cons_country.setText("ID")
    dialog.consignee.edits["tax_id"].setText("01.234.567.8-901.000")
    dialog.place.setText("Jakarta")
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    with qtbot.waitSignal(window.shipments.sig_documents_ready, timeout=20000) as ready:
        ok.click()
    assert ready.args[0].revision == 2 and not dialog.isVisible()
    with ready_ws.db.session() as s:
        amended = s.scalars(select(AuditEntry).where(AuditEntry.action == "amend-shipment")).one()
        # the trail says where the draft was going before
        assert amended.payload["readdressed"] == {"consignee": ["Lion City Retail Pte Ltd", "PT Berkah Busana Muslimah"],
                                                  "destination": ["SG", "ID"]}
    qtbot.waitUntil(lambda: idle(window), timeout=20000)

    # printed: the number is the Indonesian invoice's now, whichever window asks
    listing = window.shipments.show_saved()
    with qtbot.waitSignal(window.shipments.sig_dialog_opened, timeout=20000) as opened:
        listing.open_button.click()
    again = opened.args[0]
    fill_parties(again)
    again.destination.activated.emit(again.destination.currentIndex())
    again.cons_country.setText("SG")
    caplog.clear()
    message = said(qtbot, window, "was printed on", again.buttons.button(again.buttons.StandardButton.Ok).click)
    assert message.startswith("Invoice no. INV-0001 was printed on ")  # the dialog's label, not "invoice_number"
    assert "for PT Berkah Busana Muslimah (ID); this shipment goes to Lion City Retail Pte Ltd (SG)" in message
    box = window.error_dialog
    assert box.parent() is again and box.windowModality() == Qt.WindowModality.WindowModal and box.isVisible()
    assert not box.log_button.isVisible() and not box.details_button.isVisible()  # nothing went wrong inside
    assert [r.levelno for r in caplog.records if "was printed on" in r.getMessage()] == [logging.INFO]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    again.reject()
    assert not box.isVisible()  # gone with the dialog, not waiting behind it
    assert [r.revision for r in shipments.list_shipments(ready_ws, all_revisions=True)] == [2, 1]


def test_a_new_shipment_is_invoiced_in_its_prices_currency(qtbot, open_window, ws, tmp_path: Path, caplog) -> None:
    caplog.set_level(logging.INFO)
    rows = [(sku, title, desc, mat, origin, price, "MYR", kg) for sku, title, desc, mat, origin, price, _c, kg in ROWS]
    services.import_catalogue(ws, write_catalogue(tmp_path / "kedai.csv", rows))
    with ws.db.session() as s:
        for item in s.scalars(select(Item)):
            item.status, item.hs_code, item.top_p = "auto", CODES[item.sku], 0.99
    ws.set_setting("seller", {"name": "Kedai Kak Ros Online Sdn Bhd", "country": "MY", "currency": "SGD"})
    window = opened_window(open_window, ws)
    dialog = new_dialog(qtbot, window)
    assert dialog.currency.text() == "SGD"  # the profile's invoice currency (was USD whatever it said)
    dialog.editor.add_line({"sku": "MY-1", "quantity": 2})
    assert dialog.currency.text() == "MYR"  # what the catalogue prices the line in: it prints as it is
    dialog.lines.selectRow(0)
    dialog.editor.remove_current()
    assert dialog.lines.rowCount() == 0

    # the seller invoices in US dollars: typed, it stays, and the RM lines are refused as before
    dialog.currency.clear()
    qtbot.keyClicks(dialog.currency, "USD")
    dialog.editor.add_line({"sku": "MY-1", "quantity": 2})
    assert dialog.currency.text() == "USD"
    fill_parties(dialog)
    caplog.clear()
    message = said(qtbot, window, "MYR, not USD", dialog.buttons.button(dialog.buttons.StandardButton.Ok).click)
    assert message.endswith("Give each of these lines its unit value in USD in the Unit value column of the Items tab")
    assert "unit_value" not in message
    box = window.error_dialog
    assert box.parent() is dialog and box.isModal() and not box.log_button.isVisible()
    # the log keeps the core's words (a shipment file's field, as the command line says it), in one line
    refused = [r for r in caplog.records if "MYR, not USD" in r.getMessage()]
    assert [r.levelno for r in refused] == [logging.INFO] and refused[0].exc_info is None
    assert "(unit_value in a shipment file)" in refused[0].getMessage()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    box.close()
    dialog.reject()


def test_only_the_drafts_own_window_re_addresses_it_and_never_once_printed(ready_ws, tmp_path: Path) -> None:
    import copy

    import pytest

    from app.core.shipment import ShipmentError, parse_shipment
    from app.core.shipment_documents import build_documents
    from tests.test_documents import shipment

    draft = shipment(invoice_number="INV-0009")
    assert shipments.save_shipment(ready_ws, draft).revision == 1
    to_id = copy.deepcopy(draft)
    to_id["destination"] = "ID"
    to_id["incoterm_place"] = "Jakarta"
    to_id["consignee"] = {"name": "PT Maju", "address": "Jl. Sudirman 1, Jakarta", "country": "ID",
                          "tax_id": "01.234.567.8-901.000"}
    to_id["buyer"] = None
    # the same number typed for a new shipment: refused, the draft is another shipment
    with pytest.raises(ShipmentError, match="INV-0009 was saved for Lion City Retail Pte Ltd \\(SG\\)"):
        shipments.save_shipment(ready_ws, to_id)
    # the window that edits the draft corrects it: nothing was printed under the number
    assert shipments.save_shipment(ready_ws, to_id, amends="INV-0009").revision == 2
    printed = build_documents(ready_ws, parse_shipment(to_id), to_id, tmp_path / "out", amends="INV-0009")
    assert printed.revision == 2
    with pytest.raises(ShipmentError, match="INV-0009 was printed on .* for PT Maju \\(ID\\)"):
        shipments.save_shipment(ready_ws, draft, amends="INV-0009")
