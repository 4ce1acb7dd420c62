"""A quantity of 0 typed in a shipment line is no way to take the item off the shipment: it is
kept as typed, the note under the lines says how to remove a line instead, and nothing prints
until the line is removed or given a quantity. (The spin box alone refused it in silence and
kept the quantity before, which would have printed.)"""
from __future__ import annotations

from PySide6.QtCore import Qt

from app.gui.shipment_lines import QUANTITY
from tests.conftest import fill_parties
from tests.test_shipment_lines import catalogue, open_dialog
from tests.test_shipment_numbers import _type

NOTE = ("Line 2, SKU SKU-0002: a quantity of 0 ships nothing. To take the item off the shipment, select its line and "
        "press Remove line; to ship it, type how many.")


def test_a_quantity_of_zero_is_kept_named_and_refused_until_the_line_is_removed(qtbot) -> None:
    rows = catalogue(4)
    dialog = open_dialog(qtbot, rows, [{"sku": "SKU-0001", "quantity": 2}, {"sku": "SKU-0002", "quantity": 3},
                                       {"sku": "SKU-0003", "quantity": 1}])
    fill_parties(dialog)
    qtbot.waitExposed(dialog)
    view, model = dialog.lines, dialog.lines.model()
    note = dialog.editor.quantity_note
    assert not note.isVisible()

    _type(qtbot, view, model.index(1, QUANTITY), "0")
    assert model.index(1, QUANTITY).data() == "0 pcs"  # as typed: not the 3 kept before
    assert note.isVisible() and note.text() == NOTE
    printed: list[dict] = []  # type: ignore[type-arg]
    dialog.sig_print_requested.connect(printed.append)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert printed == []
    box = dialog.checks.quantity_box
    assert box is not None and box.isVisible() and box.entries == ["Line 2, SKU SKU-0002, Quantity: 0 pcs"]
    assert "Remove line" in box.message.text() and dialog.checks.numbers_box is None  # no "cannot be read" for a 0
    assert view.currentIndex().row() == 1
    box.accept()

    # the editor opened again shows the 0, and a quantity typed over it is taken
    _type(qtbot, view, model.index(1, QUANTITY), "4")
    assert model.index(1, QUANTITY).data() == "4 pcs" and not note.isVisible()
    _type(qtbot, view, model.index(1, QUANTITY), "0")
    assert note.isVisible()

    # Remove line takes it off: the note goes, and the shipment prints without it
    view.setCurrentIndex(model.index(1, QUANTITY))
    dialog.editor.remove_button.click()
    assert not note.isVisible() and [ln["sku"] for ln in dialog.editor.value()] == ["SKU-0001", "SKU-0003"]
    with qtbot.waitSignal(dialog.sig_print_requested, timeout=5000) as sent:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert sent.args[0]["lines"] == [{"sku": "SKU-0001", "quantity": 2}, {"sku": "SKU-0003", "quantity": 1}]


def test_the_quantity_editor_keeps_a_zero_on_screen_when_it_opens_again(qtbot) -> None:
    dialog = open_dialog(qtbot, catalogue(2), [{"sku": "SKU-0001", "quantity": 5}])
    qtbot.waitExposed(dialog)
    view, model = dialog.lines, dialog.lines.model()
    _type(qtbot, view, model.index(0, QUANTITY), "0")
    index = model.index(0, QUANTITY)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert editor is not None and editor.lineEdit().text() == "0 pcs"  # not the 5 it held before
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.indexWidget(index) is None, timeout=5000)
    assert model.index(0, QUANTITY).data() == "0 pcs"
