"""Enter in the shipment dialog's tables stores what was typed and moves to the next line, as
in a spreadsheet; it never presses the dialog's default button (Print)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.gui.shipment_lines import PACKAGE, QUANTITY, UNIT_VALUE
from tests.test_shipment_lines import catalogue, open_dialog


def test_enter_in_the_lines_table_commits_the_edit_and_moves_on_never_printing(qtbot) -> None:
    rows = catalogue(10)  # SKU-0000 is sold by the kg, SKU-0001 and SKU-0002 in pieces
    dialog = open_dialog(qtbot, rows, [{"sku": r.sku} for r in rows[:3]])
    qtbot.waitExposed(dialog)
    printed: list[dict] = []  # type: ignore[type-arg]
    dialog.sig_print_requested.connect(printed.append)
    view, model = dialog.lines, dialog.lines.model()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isDefault() or ok.autoDefault()  # Print is what Enter would press, were it let through

    # on a line, not editing: Enter goes to the same cell of the next line
    view.setFocus()
    view.setCurrentIndex(model.index(0, QUANTITY))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert printed == [] and dialog.isVisible()
    assert view.currentIndex() == model.index(1, QUANTITY) and view.indexWidget(model.index(0, QUANTITY)) is None

    # typing opens the cell's editor; Enter stores the quantity, closes the editor and moves on
    qtbot.keyClicks(view, "4")
    editor = view.indexWidget(model.index(1, QUANTITY))
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.indexWidget(model.index(1, QUANTITY)) is None, timeout=5000)
    assert printed == []
    assert model.index(1, QUANTITY).data() == "4 pcs" and view.currentIndex() == model.index(2, QUANTITY)

    # the price's editor is a line edit; the keypad's Enter does the same
    view.setCurrentIndex(model.index(0, UNIT_VALUE))
    qtbot.keyClick(view, Qt.Key.Key_2)  # the first key opens the editor with it; the rest go to the editor
    editor = view.indexWidget(model.index(0, UNIT_VALUE))
    assert editor is not None
    qtbot.keyClicks(editor, ".5")
    qtbot.keyClick(editor, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: view.indexWidget(model.index(0, UNIT_VALUE)) is None, timeout=5000)
    assert dialog.editor.value()[0] == {"sku": rows[0].sku, "quantity": 1, "unit_value": "2.5"}
    assert view.currentIndex() == model.index(1, UNIT_VALUE)

    # on the last line Enter stores the package number and stays
    view.setCurrentIndex(model.index(2, PACKAGE))
    qtbot.keyClicks(view, "1")
    editor = view.indexWidget(model.index(2, PACKAGE))
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.indexWidget(model.index(2, PACKAGE)) is None, timeout=5000)
    assert model.index(2, PACKAGE).data() == "1" and view.currentIndex() == model.index(2, PACKAGE)

    # the packages table as well
    dialog.tabs.setCurrentWidget(dialog.packages)
    table = dialog.packages.table
    dialog.packages.set_value([{"count": 1, "type": "carton", "gross_kg": "1"}, {"count": 1, "type": "bag"}])
    table.setFocus()
    table.setCurrentCell(0, 2)
    qtbot.keyClicks(table, "7")
    editor = table.indexWidget(table.model().index(0, 2))
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.indexWidget(table.model().index(0, 2)) is None, timeout=5000)
    assert dialog.packages.value()[0]["gross_kg"] == "7" and table.currentRow() == 1

    assert printed == [] and dialog.isVisible()
    ok.click()  # Print itself still prints
    assert len(printed) == 1 and printed[0]["lines"][1]["quantity"] == 4


def test_enter_in_an_editor_closes_it_once_without_a_qt_warning(qtbot, qtlog) -> None:
    """The delegate stores the cell and closes its editor on Enter; the table only moves on, so
    Qt is never asked to store an editor already gone ("commitData called with an editor that
    does not belong to this view")."""
    rows = catalogue(4)
    dialog = open_dialog(qtbot, rows, [{"sku": r.sku} for r in rows[:3]])
    qtbot.waitExposed(dialog)
    view, model = dialog.lines, dialog.lines.model()
    for row, column, text in ((0, QUANTITY, "3"), (1, UNIT_VALUE, "9.5"), (2, PACKAGE, "1")):
        view.setFocus()
        view.setCurrentIndex(model.index(row, column))
        qtbot.keyClicks(view, text[0])
        editor = view.indexWidget(model.index(row, column))
        assert editor is not None
        qtbot.keyClicks(editor, text[1:])
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda r=row, c=column: view.indexWidget(model.index(r, c)) is None, timeout=5000)
        # the delegate's own close, queued behind the key, has run by the time the row has moved
        qtbot.waitUntil(lambda r=row, c=column: view.currentIndex() == model.index(min(r + 1, 2), c), timeout=5000)
    assert [ln.get("quantity") for ln in dialog.editor.value()] == [3, 1, 1]
    assert dialog.editor.value()[1]["unit_value"] == "9.5" and dialog.editor.value()[2]["package"] == 1
    QApplication.processEvents()  # anything still queued behind the keys (as the delegate's own close was)
    warnings = [r.message for r in qtlog.records if "commitData" in r.message]
    assert warnings == []
