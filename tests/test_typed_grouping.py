"""A number typed into the shipment dialog's lines is read as every other typed number in the
window is (app.gui.labels.read_number): in English "2,5" is no number (a comma groups
thousands, by threes), so it is named before anything prints, never read as 25; "1,000" and
"12,500.75" are read as written. The Indonesian window names "12.50" in a quantity as it does
in a price."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.gui.shipment_lines import PACKAGE, QUANTITY, UNIT_VALUE
from tests.test_shipment_lines import catalogue, open_dialog
from tests.test_shipment_numbers import _type


def _print(dialog) -> list[dict]:  # type: ignore[no-untyped-def, type-arg]
    printed: list[dict] = []  # type: ignore[type-arg]
    dialog.sig_print_requested.connect(printed.append)
    dialog._request(dialog.sig_print_requested)
    return printed


@pytest.mark.parametrize("text", ["2,5", "1,2345", "12,50", "0,500"])
def test_an_english_quantity_with_a_comma_out_of_place_is_named_not_read_as_another_number(qtbot, text: str) -> None:
    rows = catalogue(3)  # SKU-0000 is sold by the kg, SKU-0001 in pieces
    dialog = open_dialog(qtbot, rows, [{"sku": "SKU-0001"}, {"sku": "SKU-0000"}])
    qtbot.waitExposed(dialog)
    view, model = dialog.lines, dialog.lines.model()
    _type(qtbot, view, model.index(0, QUANTITY), text)
    _type(qtbot, view, model.index(1, QUANTITY), text)
    assert model.index(0, QUANTITY).data() == f"{text} pcs" and model.index(1, QUANTITY).data() == f"{text} kg"

    assert _print(dialog) == []
    box = dialog.checks.numbers_box
    assert box is not None and box.isVisible()
    assert box.entries == [f"Line 1, SKU SKU-0001, Quantity: {text}", f"Line 2, SKU SKU-0000, Quantity: {text}"]
    assert "“.” before the decimals" in box.message.text() and "“,” between thousands" in box.message.text()
    assert view.currentIndex() == model.index(0, QUANTITY)
    assert dialog.editor.value()[0]["quantity"] == text  # handed on as typed, for the check that names it
    box.accept()

    # written again as the window writes numbers, the line is read and nothing is named
    _type(qtbot, view, model.index(0, QUANTITY), "2")
    _type(qtbot, view, model.index(1, QUANTITY), "2.5")
    printed = _print(dialog)
    assert [ln["quantity"] for ln in printed[0]["lines"]] == [2, 2.5]


def test_english_grouping_by_threes_keeps_working(qtbot) -> None:
    rows = catalogue(3)
    dialog = open_dialog(qtbot, rows, [{"sku": "SKU-0001"}, {"sku": "SKU-0000"}, {"sku": "SKU-0002"}])
    qtbot.waitExposed(dialog)
    view, model = dialog.lines, dialog.lines.model()
    _type(qtbot, view, model.index(0, QUANTITY), "1,000")
    _type(qtbot, view, model.index(1, QUANTITY), "12,500.75")
    _type(qtbot, view, model.index(2, QUANTITY), "1,250,000")
    _type(qtbot, view, model.index(0, UNIT_VALUE), "1,234.50")
    assert [model.index(r, QUANTITY).data() for r in range(3)] == ["1,000 pcs", "12,500.75 kg", "1,250,000 pcs"]
    printed = _print(dialog)
    assert [ln["quantity"] for ln in printed[0]["lines"]] == [1000, 12500.75, 1250000]
    assert printed[0]["lines"][0]["unit_value"] == "1234.50"


def test_a_package_number_with_a_comma_is_named_not_read_as_ten(qtbot) -> None:
    rows = catalogue(3)
    dialog = open_dialog(qtbot, rows, [{"sku": "SKU-0001"}])
    qtbot.waitExposed(dialog)
    view, model = dialog.lines, dialog.lines.model()
    _type(qtbot, view, model.index(0, PACKAGE), "1,0")
    assert model.index(0, PACKAGE).data() == "1,0"
    assert _print(dialog) == []
    assert dialog.checks.numbers_box is not None
    assert dialog.checks.numbers_box.entries == ["Line 1, SKU SKU-0001, Package no.: 1,0"]
    assert view.currentIndex() == model.index(0, PACKAGE)


def test_a_comma_in_an_english_price_charge_or_weight_is_named(qtbot) -> None:
    rows = catalogue(3)
    dialog = open_dialog(qtbot, rows, [{"sku": "SKU-0001"}])
    qtbot.waitExposed(dialog)
    view, model = dialog.lines, dialog.lines.model()
    _type(qtbot, view, model.index(0, UNIT_VALUE), "12,50")
    dialog.freight.setText("2,5")
    dialog.insurance.setText("0,500")  # half a dollar, not 500: a group never starts with a lone 0
    dialog.other.setText("1,000")  # a thousand
    dialog.packages.table.item(0, 2).setText("1,2345")
    assert _print(dialog) == []
    assert dialog.checks.numbers_box is not None
    assert dialog.checks.numbers_box.entries == ["Line 1, SKU SKU-0001, Unit value: 12,50", "Freight: 2,5", "Insurance: 0,500",
                                                 "Package 1, Gross kg each: 1,2345"]


def test_the_quantity_editor_keeps_what_was_typed_while_it_is_open(qtbot) -> None:
    """Print with the editor still open: the typed text is named, and the editor still shows it."""
    rows = catalogue(3)
    dialog = open_dialog(qtbot, rows, [{"sku": "SKU-0001"}])
    qtbot.waitExposed(dialog)
    view, model = dialog.lines, dialog.lines.model()
    index = model.index(0, QUANTITY)
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClicks(view, "2")
    editor = view.indexWidget(index)
    assert editor is not None
    qtbot.keyClicks(editor, ",5")
    assert _print(dialog) == []
    assert dialog.checks.numbers_box is not None and dialog.checks.numbers_box.entries == ["Line 1, SKU SKU-0001, Quantity: 2,5"]
    assert model.index(0, QUANTITY).data() == "2,5 pcs"
    assert view.indexWidget(index) is editor and editor.text() == "2,5 pcs"
    # the up arrow steps from the number the line holds, not from what could not be read
    dialog.checks.numbers_box.accept()
    qtbot.keyClick(editor, Qt.Key.Key_Up)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.indexWidget(index) is None, timeout=5000)
    assert model.index(0, QUANTITY).data() == "2 pcs"


def test_a_cell_that_could_not_be_read_opens_with_what_was_typed(qtbot) -> None:
    rows = catalogue(3)
    dialog = open_dialog(qtbot, rows, [{"sku": "SKU-0001"}])
    qtbot.waitExposed(dialog)
    view, model = dialog.lines, dialog.lines.model()
    _type(qtbot, view, model.index(0, QUANTITY), "2,5")
    _type(qtbot, view, model.index(0, PACKAGE), "1,0")
    for column, shown in ((QUANTITY, "2,5 pcs"), (PACKAGE, "1,0")):
        index = model.index(0, column)
        view.setCurrentIndex(index)
        view.edit(index)
        editor = view.indexWidget(index)
        assert editor is not None and editor.text() == shown
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # left as it was: still named
        qtbot.waitUntil(lambda i=index: view.indexWidget(i) is None, timeout=5000)
    assert dialog.editor.unreadable() == [(0, "SKU-0001", QUANTITY, "2,5"), (0, "SKU-0001", PACKAGE, "1,0")]
    # a line opened from a shipment that holds such text shows it, and it is named the same way
    dialog.editor.set_value(dialog.editor.value())
    assert model.index(0, QUANTITY).data() == "2,5 pcs" and model.index(0, PACKAGE).data() == "1,0"
    assert dialog.editor.value() == [{"sku": "SKU-0001", "quantity": "2,5", "package": "1,0"}]


@pytest.mark.parametrize("language", ["id"], indirect=True)
@pytest.mark.parametrize("text", ["12.50", "2.5"])
def test_the_indonesian_window_names_a_quantity_that_reads_two_ways(language: str, qtbot, text: str) -> None:
    rows = catalogue(3)
    dialog = open_dialog(qtbot, rows, [{"sku": "SKU-0000"}])
    qtbot.waitExposed(dialog)
    view, model = dialog.lines, dialog.lines.model()
    _type(qtbot, view, model.index(0, QUANTITY), text)
    assert model.index(0, QUANTITY).data() == f"{text} kg"
    assert _print(dialog) == []
    assert dialog.checks.numbers_box is not None
    assert dialog.checks.numbers_box.entries == [f"Baris 1, SKU SKU-0000, Jumlah: {text}"]
