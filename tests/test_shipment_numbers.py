"""Numbers typed in the shipment dialog are read in the window language's marks, whatever the
system's locale: in the Indonesian window "1.000" is a thousand and "12,50" twelve and a half;
they reach the shipment as digits and a decimal point, and a number that can be read two ways
("12.50") is named, with its line and SKU, before anything is printed."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from app.core.shipment import ShipmentError, parse_shipment
from app.gui.core_messages import error_text
from app.gui.shipment_lines import QUANTITY, UNIT_VALUE
from tests.test_documents import shipment
from tests.test_shipment_lines import catalogue, open_dialog


@pytest.fixture
def english_system(qapp: QApplication) -> Iterator[None]:
    """The computer's locale is English, whatever the window's language."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def _type(qtbot, view, index, text: str) -> None:  # type: ignore[no-untyped-def]
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClicks(view, text[0])  # the first key opens the editor with it
    editor = view.indexWidget(index)
    assert editor is not None
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.indexWidget(index) is None, timeout=5000)


@pytest.mark.parametrize("language", ["id"], indirect=True)
def test_the_indonesian_window_reads_and_writes_numbers_with_its_marks(language: str, english_system: None,
                                                                          qtbot) -> None:
    rows = catalogue(3)  # SKU-0000 is sold by the kg, SKU-0001 and SKU-0002 in pieces
    raw_lines = [{"sku": "SKU-0001"}, {"sku": "SKU-0000"}, {"sku": "SKU-0002", "unit_value": "1250.5"}]
    dialog = open_dialog(qtbot, rows, raw_lines)
    dialog.set_shipment({"freight": "12.50", "lines": raw_lines, "packages": [{"count": 1, "gross_kg": "1"}]})
    qtbot.waitExposed(dialog)
    view, model = dialog.lines, dialog.lines.model()

    _type(qtbot, view, model.index(0, QUANTITY), "1.000")  # a thousand pieces
    _type(qtbot, view, model.index(1, QUANTITY), "2,5")  # two and a half kilograms
    _type(qtbot, view, model.index(0, UNIT_VALUE), "12,50")
    assert model.index(0, QUANTITY).data() == "1.000 pcs" and model.index(1, QUANTITY).data() == "2,5 kg"
    assert model.index(0, UNIT_VALUE).data() == "12,50" and model.index(2, UNIT_VALUE).data() == "1.250,5"
    assert dialog.freight.text() == "12,50"
    assert dialog.packages.totals.text() == "1 kemasan, 1,000 kg kotor"  # one kilogram, not a thousand

    dialog.freight.setText("1.234,5")
    raw = dialog.shipment()
    assert [ln.get("quantity") for ln in raw["lines"]] == [1000, 2.5, 1]
    assert [ln.get("unit_value") for ln in raw["lines"]] == ["12.50", None, "1250.5"]
    assert raw["freight"] == "1234.5" and raw["packages"][0]["gross_kg"] == "1"
    assert dialog.checks.numbers()


@pytest.mark.parametrize("language", ["id"], indirect=True)
def test_a_number_that_reads_two_ways_is_named_before_printing(language: str, english_system: None, qtbot) -> None:
    rows = catalogue(3)
    dialog = open_dialog(qtbot, rows, [{"sku": "SKU-0001"}, {"sku": "SKU-0002"}])
    printed: list[dict] = []  # type: ignore[type-arg]
    dialog.sig_print_requested.connect(printed.append)
    view, model = dialog.lines, dialog.lines.model()
    _type(qtbot, view, model.index(1, UNIT_VALUE), "12.50")  # twelve and a half, or 1.250?
    dialog.insurance.setText("3.5")
    dialog.packages.table.item(0, 2).setText("2.75")
    dialog._request(dialog.sig_print_requested)
    assert printed == []
    box = dialog.checks.numbers_box
    assert box is not None and box.isVisible()
    text = box.message.text()
    assert box.entries[0] == "Baris 2, SKU SKU-0002, Nilai satuan: 12.50", box.entries
    assert "Asuransi: 3.5" in box.entries and "Kemasan 1, Kg kotor per kemasan: 2.75" in box.entries
    assert "“,”" in text and "1.234,50" in text
    assert view.currentIndex() == model.index(1, UNIT_VALUE)


def test_a_wrong_number_in_a_line_names_the_line_and_its_sku() -> None:
    raw = shipment(lines=[{"sku": "TH-1", "quantity": 1}, {"sku": "VN-1", "quantity": 2, "unit_value": "12,50"}])
    with pytest.raises(ShipmentError) as exc:
        parse_shipment(raw)
    assert str(exc.value) == "line 2 (SKU VN-1), unit value: not a number: '12,50' (write the amount in digits, e.g. 10.00)"
    raw["lines"][1] = {"sku": "VN-1", "quantity": "x"}
    with pytest.raises(ShipmentError) as exc:
        parse_shipment(raw)
    assert error_text(exc.value) == "line 2 (SKU VN-1), quantity: not a number: 'x' (write the amount in digits, e.g. 10.00)"
