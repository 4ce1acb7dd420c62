"""A catalogue with the seller's own HS codes, imported through the real main window: no
column-matching dialog for that column, the report names the codes that are no subheading,
and the review pane offers the seller's code beside the model's suggestions."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.core import classifying, flagging, item_views
from app.core.tables import Item
from app.gui.main_window import MainWindow
from tests.conftest import idle
from tests.test_catalogue_codes import HEADER, TITLES, codes_file, row, write


def test_an_hs_code_column_imports_straight_away_and_its_code_is_offered_in_review(
        qtbot, window: MainWindow, ws, tmp_path: Path) -> None:
    ws.set_setting("review_below", 0.0)
    path, _agree, differ = codes_file(ws, tmp_path / "codes.csv")
    with open(path, "a", encoding="utf-8", newline="") as f:
        f.write(",".join(row("BAD-1", "Bamboo Toothbrush 4 Pack", "ABC")) + "\n")
    shown: list[object] = []
    window.import_flow.sig_mapping_shown.connect(shown.append)
    with qtbot.waitSignal(window.import_flow.sig_imported, timeout=20000) as done:
        window.import_file(path)
    assert shown == [] and window.import_flow.mapping_dialog is None  # nothing to ask
    report = done.args[0]
    assert (report.added, report.codes_read) == (4, 2)
    rd = window.import_flow.report_dialog
    assert rd is not None and rd.isVisible()
    summary = rd.summary.text()
    assert "2 HS codes read from the column 'HS Code'" in summary
    assert ("Warning: codes.csv, row 5, column HS Code: 'ABC' is not a six-digit HS 2022 subheading; the row is imported "
            "and the code kept as written, but not used") in rd.warnings.toPlainText()
    assert "(2 HS codes read, to compare with the suggestions)" in window.statusBar().currentMessage()
    rd.close()
    window.activateWindow()  # the report had the keyboard
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)

    # classified in the background: the item whose code the model does not suggest waits
    page = window.review_page
    differ_id = item_views.item_id_for_sku(ws, "DIFFER-1")
    qtbot.waitUntil(lambda: idle(window) and differ_id in page.model.ids, timeout=60000)
    with ws.db.session() as s:
        assert s.scalars(select(Item.sku).where(Item.status == "flagged")).all() == ["DIFFER-1"]
    window.tabs.setCurrentWidget(page)
    window.review.open_item(differ_id)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == differ_id, timeout=10000)
    table = page.suggestions_pane.table
    assert table.rowCount() == classifying.TOP_K + 1  # the model's five, then the catalogue's code
    assert table.item(5, 0).text() == "6" and page.suggestions_pane.code_at(5) == differ
    assert table.item(5, 2).text().startswith("From the catalogue: ")
    assert table.item(5, 3).toolTip() == "Not among the model's suggestions"
    assert not any(table.item(r, 2).text().startswith("From the catalogue") for r in range(5))
    flags = page.flags_pane.texts()
    assert len(flags) == 1 and flags[0].startswith(f"REVIEW · {flagging.CATALOGUE_RULE} · all markets")
    assert f"The catalogue gives HS code {differ}" in flags[0] and "Source: codes.csv, column HS Code" in flags[0]

    # key 6 takes the seller's code: a decision made by a person
    page.reviewer.setText("Ana")
    page.queue.setFocus()
    qtbot.keyClick(page.queue, Qt.Key.Key_6)
    qtbot.waitUntil(lambda: idle(window) and item_views.status_counts(ws)["decided"] == 1, timeout=10000)
    with ws.db.session() as s:
        item = s.scalars(select(Item).where(Item.sku == "DIFFER-1")).one()
        assert (item.status, item.hs_code) == ("decided", differ)


def test_the_mapping_dialog_says_which_column_it_could_not_place(qtbot, window: MainWindow, ws, tmp_path: Path) -> None:
    path = write(tmp_path / "notes.csv", [[*row("A-1", TITLES["AGREE-1"], "4419.20"), "fragile"]], [*HEADER, "Notes"])
    with qtbot.waitSignal(window.import_flow.sig_mapping_shown, timeout=10000) as shown:
        window.import_file(path)
    dialog = shown.args[0]
    assert dialog.why.isVisibleTo(dialog)
    assert dialog.why.text().startswith("Not matched to any field: 'Notes' (column H).")
    assert "HS Code" not in dialog.why.text()  # placed: it is the seller's HS code
    assert dialog.mapping()["hs_code"] == "HS Code"
    with qtbot.waitSignal(window.import_flow.sig_imported, timeout=20000) as done:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert done.args[0].codes_read == 1
    with ws.db.session() as s:
        item = s.scalars(select(Item)).one()
        assert (item.catalogue_code, item.attributes) == ("441920", {"HS Code": "4419.20", "Notes": "fragile"})
    qtbot.waitUntil(lambda: idle(window), timeout=60000)



def test_a_workbook_national_line_kept_as_a_number_is_offered_at_its_subheading(
        qtbot, window: MainWindow, ws, tmp_path: Path) -> None:
    """The seller typed the AHTN line 4202.22.10 as 4202.2210 into a number cell (4202.221): read
    back, read at its subheading, and the review pane shows the line beside the catalogue's code."""
    ws.set_setting("review_below", 0.0)
    _csv, agree, differ = codes_file(ws, tmp_path / "codes.csv")
    wb = Workbook()
    sheet = wb.active
    sheet.append(HEADER)
    sheet.append(row("AGREE-1", TITLES["AGREE-1"], agree))
    sheet.append([*row("DIFFER-1", TITLES["DIFFER-1"], "")[:-1], float(f"{differ[:4]}.{differ[4:]}10")])
    sheet.append(row("NONE-1", TITLES["NONE-1"], ""))
    path = tmp_path / "codes.xlsx"
    wb.save(path)
    line = f"{differ[:4]}.{differ[4:]}.10"
    with qtbot.waitSignal(window.import_flow.sig_imported, timeout=20000) as done:
        window.import_file(path)
    assert done.args[0].codes_read == 2
    rd = window.import_flow.report_dialog
    assert rd is not None and rd.isVisible()
    warnings = rd.warnings.toPlainText()
    number = f"{differ[:4]}.{differ[4:]}1"
    assert (f"codes.xlsx, row 3, column HS Code: the cell holds the number {number}; read as {line} — format the "
            "column as text in the spreadsheet") in warnings
    assert ("codes.xlsx, column HS Code: a code is a national tariff line, on row 3; it is read at its first six "
            "digits") in warnings
    rd.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)

    page = window.review_page
    differ_id = item_views.item_id_for_sku(ws, "DIFFER-1")
    qtbot.waitUntil(lambda: idle(window) and differ_id in page.model.ids, timeout=60000)
    with ws.db.session() as s:
        item = s.scalars(select(Item).where(Item.sku == "DIFFER-1")).one()
        assert (item.status, item.catalogue_code, item.attributes["HS Code"]) == ("flagged", differ, line)
    window.tabs.setCurrentWidget(page)
    window.review.open_item(differ_id)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == differ_id, timeout=10000)
    table = page.suggestions_pane.table
    assert page.suggestions_pane.code_at(5) == differ and table.item(5, 1).text() == differ
    assert table.item(5, 2).text().startswith(f"From the catalogue (written {line}): ")
    assert f"HS Code: {line}" in page.item_pane.facts.toPlainText()
