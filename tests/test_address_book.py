"""The address book of consignees and buyers: one entry per party, entries told apart by their
address, updated and removed from the shipment dialog, and multi-line addresses typed there
and printed line by line."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit
from sqlalchemy import select

from app.core import flagging, services, shipments
from app.core.shipment import Party, ShipmentError, clean_address, parse_shipment
from app.core.shipment_documents import build_documents
from app.core.tables import Item, PartyRecord
from app.gui.main_window import MainWindow
from tests.conftest import fill_parties
from tests.test_documents import CODES, ROWS, pdf_text, shipment


@pytest.fixture
def ready_ws(ws, tmp_path: Path):
    """Items classified and needing no review, the rules of this version applied."""
    from tests.conftest import write_catalogue

    services.import_catalogue(ws, write_catalogue(tmp_path / "cat.csv", ROWS))
    with ws.db.session() as s:
        for item in s.scalars(select(Item)):
            item.status, item.hs_code, item.top_p = "auto", CODES[item.sku], 0.99
    ws.set_setting(flagging.RULESET_SETTING, ws.rules().version)
    return ws


def lim(address: str, number: str = "INV-0100", **extra: str) -> dict[str, object]:
    return shipment(invoice_number=number, buyer=None,
                    consignee={"name": "Lim Trading", "address": address, "country": "SG", **extra})


# core ------------------------------------------------------------------------------------------
def test_the_same_party_saved_twice_is_one_entry(ready_ws) -> None:
    ws = ready_ws
    shipments.save_shipment(ws, lim("1 Raffles Place\nSingapore 048616", "INV-0100"))
    # the same address typed again: Windows line ends, stray spaces, another case, a comma for a line break
    shipments.save_shipment(ws, lim(" 1 Raffles Place \r\n\r\nSingapore  048616 ", "INV-0101", phone="+65 6123 4567"))
    shipments.save_shipment(ws, lim("1 RAFFLES PLACE, Singapore 048616", "INV-0102", phone="+65 6123 4567"))
    book = [p for p in shipments.list_parties(ws) if p.name == "Lim Trading"]
    assert len(book) == 1
    assert book[0].address == "1 RAFFLES PLACE, Singapore 048616" and book[0].phone == "+65 6123 4567"  # the latest
    with ws.db.session() as s:
        assert len(list(s.scalars(select(PartyRecord).where(PartyRecord.name == "Lim Trading")))) == 1


def test_two_addresses_of_one_company_are_told_apart(ready_ws) -> None:
    ws = ready_ws
    shipments.save_shipment(ws, lim("1 Raffles Place\nSingapore 048616", "INV-0100"))
    shipments.save_shipment(ws, lim("22 Jurong Road\nSingapore 600022", "INV-0101"))
    shipments.save_shipment(ws, lim("22 Jurong Road\nUnit 5, Singapore 600022", "INV-0102"))
    book = [p for p in shipments.list_parties(ws) if p.name == "Lim Trading"]
    assert len(book) == 3
    labels = shipments.party_labels(book)
    assert len(set(labels)) == 3
    # the first line and the country tell them apart; the whole address where the first lines agree
    assert labels == ["Lim Trading — 22 Jurong Road, Unit 5, Singapore 600022, SG",
                      "Lim Trading — 22 Jurong Road, Singapore 600022, SG",
                      "Lim Trading — 1 Raffles Place, SG"]


def test_copies_saved_by_an_older_version_show_once_and_go_together(ws) -> None:
    with ws.db.session() as s:
        for address in ("1 Raffles Place\nSingapore", "1 Raffles Place \r\nSingapore", "9 Other Road"):
            s.add(PartyRecord(name="Lim Trading", address=address, country="SG"))
    book = shipments.list_parties(ws)
    assert sorted(p.address for p in book) == ["1 Raffles Place\nSingapore", "9 Other Road"]
    # saving the party again leaves one entry for it
    shipments.remember_party(ws, Party("Lim Trading", "1 Raffles Place\nSingapore", "SG"))
    with ws.db.session() as s:
        assert len(list(s.scalars(select(PartyRecord)))) == 2
    raffles = next(p for p in shipments.list_parties(ws) if p.address.startswith("1 Raffles"))
    shipments.forget_party(ws, raffles.id)
    assert [p.address for p in shipments.list_parties(ws)] == ["9 Other Road"]


def test_an_entry_is_updated_and_checked(ws) -> None:
    first = shipments.remember_party(ws, Party("Lim Trading", "1 Raffles Place", "SG"))
    other = shipments.remember_party(ws, Party("Lim Trading Pte Ltd", "1 Raffles Place", "SG"))
    assert shipments.update_party(ws, first, {"name": "Lim Trading", "address": "1 Raffles Place\r\n#20-01",
                                              "country": "sg", "email": "buy@lim.example"}) == first
    entry = next(p for p in shipments.list_parties(ws) if p.id == first)
    assert (entry.address, entry.country, entry.email) == ("1 Raffles Place\n#20-01", "SG", "buy@lim.example")
    # edited into the same party as another entry: one entry is left
    shipments.update_party(ws, other, {"name": "lim trading", "address": "1 Raffles Place, #20-01", "country": "SG"})
    assert [p.id for p in shipments.list_parties(ws)] == [other]
    with pytest.raises(ShipmentError, match="address: missing"):
        shipments.update_party(ws, other, {"name": "Lim Trading", "address": " ", "country": "SG"})
    with pytest.raises(ShipmentError, match="not an ISO country code"):
        shipments.update_party(ws, other, {"name": "Lim Trading", "address": "1 Raffles Place", "country": "XX"})
    with pytest.raises(KeyError):
        shipments.update_party(ws, first, {"name": "Gone", "address": "1 Road", "country": "SG"})


def test_a_multi_line_address_prints_line_by_line_and_escaped(ready_ws, tmp_path: Path) -> None:
    assert clean_address(" Unit 3 & 4 <b>Tower</b> \r\n\r\n 22  Jurong Road\rSingapore ") == \
        "Unit 3 & 4 <b>Tower</b>\n22 Jurong Road\nSingapore"
    raw = shipment(consignee={"name": "Lim <i>Trading</i>", "address": "Unit 3 & 4 <b>Tower</b>\r\n22 Jurong Road\n"
                              "Singapore 600022", "country": "SG"})
    res = build_documents(ready_ws, parse_shipment(raw), raw, tmp_path / "out")
    for pdf in (res.invoice, res.packing_list):
        text, _ = pdf_text(pdf)
        lines = [line.strip() for line in text.splitlines()]
        assert "Lim <i>Trading</i>" in lines
        at = lines.index("Unit 3 & 4 <b>Tower</b>")  # markup printed as typed, each line on its own
        assert lines[at + 1:at + 3] == ["22 Jurong Road", "Singapore 600022"]


# the shipment dialog ---------------------------------------------------------------------------
@pytest.fixture
def window(open_window, ready_ws) -> MainWindow:
    return open_window(ready_ws)


def open_dialog(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.shipments.sig_dialog_opened, timeout=20000):
        window.invoice_action.trigger()
    return window.shipment_dialog


def test_an_address_is_typed_on_several_lines_and_printed_so(qtbot, window: MainWindow, ready_ws) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.editor.add_line({"sku": "TH-1", "quantity": 2})
    fill_parties(dialog)
    address = dialog.cons_address
    assert isinstance(address, QPlainTextEdit) and address.height() >= 2 * address.fontMetrics().lineSpacing()
    address.clear()
    address.setFocus()
    qtbot.keyClicks(address, "Unit 3 & 4 <b>Tower</b>")
    qtbot.keyClick(address, Qt.Key.Key_Return)
    qtbot.keyClicks(address, "22 Jurong Road")
    qtbot.keyClick(address, Qt.Key.Key_Return)
    qtbot.keyClicks(address, "Singapore 600022")
    assert dialog.shipment()["consignee"]["address"] == "Unit 3 & 4 <b>Tower</b>\n22 Jurong Road\nSingapore 600022"
    with qtbot.waitSignal(window.shipments.sig_documents_ready, timeout=30000) as ready:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    lines = [line.strip() for line in pdf_text(ready.args[0].invoice)[0].splitlines()]
    at = lines.index("Unit 3 & 4 <b>Tower</b>")
    assert lines[at + 1:at + 3] == ["22 Jurong Road", "Singapore 600022"]
    # kept with its lines in the address book, and brought back so by the next shipment
    second = open_dialog(qtbot, window)
    chooser = second.consignee.chooser
    assert chooser.itemText(1) == "Lion City Retail Pte Ltd — Unit 3 & 4 <b>Tower</b>, SG"
    chooser.activated.emit(1)
    assert second.cons_address.toPlainText() == "Unit 3 & 4 <b>Tower</b>\n22 Jurong Road\nSingapore 600022"
    second.reject()


def test_entries_are_updated_and_removed_where_they_are_picked(qtbot, window: MainWindow, ready_ws) -> None:
    ws = ready_ws
    shipments.remember_party(ws, Party("Lim Trading", "1 Raffles Place\nSingapore 048616", "SG"))
    shipments.remember_party(ws, Party("Lim Trading", "22 Jurong Road\nSingapore 600022", "SG"))
    dialog = open_dialog(qtbot, window)
    box = dialog.consignee
    chooser = box.chooser
    assert [chooser.itemText(i) for i in range(chooser.count())][1:] == [
        "Lim Trading — 22 Jurong Road, SG", "Lim Trading — 1 Raffles Place, SG"]
    assert not box.update_button.isEnabled() and not box.remove_button.isEnabled()  # "(new address)" chosen
    chooser.setCurrentIndex(2)
    chooser.activated.emit(2)
    assert box.update_button.isEnabled() and box.remove_button.isEnabled()

    # edit the chosen entry: the form's details replace it, in both lists
    dialog.cons_address.setPlainText("1 Raffles Place\n#20-01\nSingapore 048616")
    box.edits["email"].setText("buy@lim.example")
    with qtbot.waitSignal(window.shipments.sig_book_changed, timeout=10000):
        box.update_button.click()
    raffles = next(p for p in shipments.list_parties(ws) if p.address.startswith("1 Raffles"))
    assert (raffles.address, raffles.email) == ("1 Raffles Place\n#20-01\nSingapore 048616", "buy@lim.example")
    assert chooser.currentIndex() == 2 and box.chosen().id == raffles.id
    assert dialog.buyer.chooser.count() == 3

    # removing asks first; No keeps the entry
    box.remove_button.click()
    question = box.confirm_box
    assert question is not None and question.isVisible() and "Lim Trading — 1 Raffles Place, SG" in question.text()
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.No)
    question.button(QMessageBox.StandardButton.No).click()
    assert len(shipments.list_parties(ws)) == 2
    # Yes removes it from the book and from both lists; the form keeps what it shows
    box.remove_button.click()
    with qtbot.waitSignal(window.shipments.sig_book_changed, timeout=10000):
        box.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert [p.address for p in shipments.list_parties(ws)] == ["22 Jurong Road\nSingapore 600022"]
    assert chooser.count() == 2 and chooser.currentIndex() == 0 and dialog.buyer.chooser.count() == 2
    assert not box.remove_button.isEnabled() and dialog.cons_name.text() == "Lim Trading"

    # an entry left without an address is refused, and says why
    chooser.setCurrentIndex(1)
    dialog.cons_address.setPlainText("")
    with qtbot.waitSignal(window.sig_message, timeout=10000, check_params_cb=lambda m: "Address: missing" in m):
        box.update_button.click()
    assert window.error_dialog.isVisible()
    assert shipments.list_parties(ws)[0].address == "22 Jurong Road\nSingapore 600022"
    window.error_dialog.close()
    dialog.reject()


def test_accents_typed_either_way_and_dots_in_company_forms_are_one_party() -> None:
    import unicodedata

    from app.core.shipments import party_key

    assert party_key("Công ty Việt Pte. Ltd.", "1 Road", "vn") == party_key(
        unicodedata.normalize("NFD", "Công ty Việt Pte Ltd"), "1 Road", "VN")
