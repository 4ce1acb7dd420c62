"""The shipment dialog's lines and catalogue search with hundreds of lines: one line per SKU
whichever way lines arrive, the columns fit every line, and the search filters SKU and title
once the typing pauses."""
from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt

from app.core.queue import QueueRow
from app.gui.shipment_dialog import ShipmentDialog
from app.gui.shipment_lines import PACKAGE, QUANTITY, SKU, UNIT_VALUE, CatalogueModel, LinesModel


def catalogue(n: int) -> list[QueueRow]:
    """n items: shirts and mugs (one in five sold by the kg), and a Vietnamese title."""
    rows = [QueueRow(i + 1, f"SKU-{i:04d}", f"Cotton shirt {i}" if i % 2 else f"Ceramic mug {i}", "auto", "610910",
                     "610910", 0.99, None, "", "", "Blue" if i % 7 == 0 else "", "kg" if i % 5 == 0 else "pcs")
            for i in range(n)]
    rows.append(QueueRow(n + 1, "VN-1", "ÁO THUN nữ", "flagged", None, "610910", 0.4, "review", "LOWCONF", "", "", "pcs"))
    return rows


def open_dialog(qtbot, rows: list[QueueRow], lines: list[dict]) -> ShipmentDialog:  # type: ignore[type-arg]
    dialog = ShipmentDialog(rows, {"invoice_number": "INV-0001", "lines": lines}, [], ["SG"])
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def select_picker_rows(dialog: ShipmentDialog, first: int, last: int) -> None:
    picker = dialog.editor.picker
    model = picker.model()
    picker.selectionModel().select(QItemSelection(model.index(first, 0), model.index(last, model.columnCount() - 1)),
                                   QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def test_three_hundred_lines_stay_one_line_per_sku(qtbot) -> None:
    rows = catalogue(400)
    first = [{"sku": r.sku, "quantity": 2, "package": 1 + i // 30} for i, r in enumerate(rows[:300])]
    again = [{"sku": r.sku, "quantity": 9} for r in rows[:300:3]]  # the same SKUs a second time
    dialog = open_dialog(qtbot, rows, first + again)
    editor = dialog.editor
    assert editor.value() == first  # a SKU's first line counts; the later ones are not added
    assert dialog.lines.rowCount() == 300

    select_picker_rows(dialog, 250, 349)  # 50 already lines, 50 new
    editor.add_selected()
    value = editor.value()
    assert [ln["sku"] for ln in value] == [r.sku for r in rows[:350]]
    assert value[250] == first[250] and value[320] == {"sku": rows[320].sku, "quantity": 1}

    editor.add_selected()  # all of them lines already
    editor.add_line({"sku": rows[10].sku, "quantity": 5})
    assert editor.value() == value

    dialog.lines.selectRow(10)
    editor.remove_current()
    assert rows[10].sku not in [ln["sku"] for ln in editor.value()]
    editor.add_line({"sku": rows[10].sku, "quantity": 5})  # removed, then added again: once, at the end
    assert [ln["sku"] for ln in editor.value()].count(rows[10].sku) == 1
    assert editor.value()[-1] == {"sku": rows[10].sku, "quantity": 5}

    editor.add_line({"sku": "NOT-IN-CATALOGUE"})
    model = dialog.lines.model()
    last = model.rowCount() - 1
    assert [model.index(last, c).data() for c in range(model.columnCount())] == ["NOT-IN-CATALOGUE", "", "?", "1 pcs", "", "-"]
    assert model.index(0, QUANTITY).data() == "2 kg" and model.index(0, PACKAGE).data() == "1"

    editor.set_value([])
    assert dialog.lines.rowCount() == 0 and editor.value() == []
    editor.add_line({"sku": rows[0].sku})  # nothing left over from the lines before
    assert editor.value() == [{"sku": rows[0].sku, "quantity": 1}]


def test_the_columns_fit_the_widest_line_wherever_it_is(qtbot) -> None:
    rows = catalogue(1500)
    long_sku = "SUPPLIER-LONG-REFERENCE-0001499-XL"
    rows[-2] = QueueRow(1500, long_sku, "Cotton shirt", "auto", None, None, None, None, "", "", "", "pcs")
    dialog = open_dialog(qtbot, rows, [{"sku": r.sku} for r in rows[:1200]])
    header, metrics = dialog.lines.horizontalHeader(), dialog.lines.fontMetrics()
    before = header.sectionSize(SKU)
    assert before < metrics.horizontalAdvance(long_sku)
    select_picker_rows(dialog, 1200, len(rows) - 1)
    dialog.editor.add_selected()
    assert dialog.lines.rowCount() == len(rows)
    assert header.sectionSize(SKU) > metrics.horizontalAdvance(long_sku)  # the 1,500th line's SKU shows whole
    price = "1234567.8901 (agreed price, see the contract of 12 May)"
    model = dialog.lines.model()
    assert model.setData(model.index(700, UNIT_VALUE), price)  # as the cell's editor stores what was typed
    assert header.sectionSize(UNIT_VALUE) > metrics.horizontalAdvance(price)
    assert dialog.editor.value()[700]["unit_value"] == price


def test_the_search_filters_sku_and_title_once_the_typing_pauses(qtbot) -> None:
    rows = catalogue(400)
    dialog = open_dialog(qtbot, rows, [])
    editor = dialog.editor
    shown = editor.picker.model()
    assert shown.rowCount() == len(rows)

    qtbot.keyClicks(editor.search, "MUG 1")
    assert shown.rowCount() == len(rows)  # nothing is searched at each key
    mugs = [r for r in rows if "mug 1" in r.shown_title.lower()]
    qtbot.waitUntil(lambda: shown.rowCount() == len(mugs), timeout=5000)
    assert [shown.index(r, SKU).data() for r in range(shown.rowCount())] == [r.sku for r in mugs]

    editor.search.setText(" sku-0007 ")  # case and surrounding spaces do not matter
    qtbot.waitUntil(lambda: shown.rowCount() == 1, timeout=5000)
    assert shown.index(0, SKU).data() == "SKU-0007"
    editor.search.setText("blue")  # the variation is part of the title shown
    qtbot.waitUntil(lambda: shown.rowCount() == len([r for r in rows if r.variation == "Blue"]), timeout=5000)
    editor.search.setText("áo thun")
    qtbot.waitUntil(lambda: shown.rowCount() == 1 and shown.index(0, SKU).data() == "VN-1", timeout=5000)
    editor.search.setText("flagged")  # the status column is not searched
    qtbot.waitUntil(lambda: shown.rowCount() == 0, timeout=5000)

    editor.search.setText("cotton shirt 39")
    shirts = [r.sku for r in rows if "cotton shirt 39" in r.shown_title.lower()]
    assert shirts[:2] == ["SKU-0039", "SKU-0391"]
    qtbot.waitUntil(lambda: shown.rowCount() == len(shirts), timeout=5000)
    select_picker_rows(dialog, 0, 1)  # the rows shown, not the catalogue's first two
    editor.add_selected()
    assert [ln["sku"] for ln in editor.value()] == shirts[:2]
    editor.search.clear()
    assert shown.rowCount() == len(rows)  # emptied: every item again at once


def test_enter_searches_at_once_then_adds_the_chosen_item_and_never_prints(qtbot) -> None:
    rows = catalogue(50)
    dialog = open_dialog(qtbot, rows, [])
    editor = dialog.editor
    shown = editor.picker.model()
    with qtbot.assertNotEmitted(dialog.sig_print_requested):
        qtbot.keyClicks(editor.search, "sku-0012")
        qtbot.keyClick(editor.search, Qt.Key.Key_Return)
        assert shown.rowCount() == 1 and shown.index(0, SKU).data() == "SKU-0012"  # no pause needed
        assert editor.picker.selectionModel().isRowSelected(0)
        qtbot.keyClick(editor.picker, Qt.Key.Key_Return)
        assert editor.value() == [{"sku": "SKU-0012", "quantity": 1}]
        qtbot.keyClick(editor.picker, Qt.Key.Key_Enter)  # again: still one line
        assert editor.value() == [{"sku": "SKU-0012", "quantity": 1}]
    assert dialog.isVisible() and dialog.result() == 0


def test_the_models_keep_to_qt_rules(qtmodeltester) -> None:
    rows = catalogue(40)
    lines = LinesModel({r.sku: r for r in rows}, ["SKU", "Title", "Status", "Quantity", "Unit value", "Package"], "-")
    lines.add_lines([{"sku": r.sku, "quantity": 1.5, "unit_value": "2.10", "package": 3} for r in rows[:25]])
    qtmodeltester.check(lines)
    assert lines.setData(lines.index(0, QUANTITY), 0.00001) and lines.value()[0]["quantity"] == 0.001
    assert lines.setData(lines.index(0, PACKAGE), 99_999) and lines.value()[0]["package"] == 10_000
    assert not lines.setData(lines.index(0, SKU), "OTHER")
    picker = CatalogueModel(rows)
    picker.set_search("shirt")
    qtmodeltester.check(picker)
