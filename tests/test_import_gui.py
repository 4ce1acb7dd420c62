"""The mapping dialog and the import report, driven through the real main window."""
from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from app.core.tables import ColumnMapping, Item
from app.gui.main_window import MainWindow


def _workbook(path: Path) -> Path:
    wb = Workbook()
    wb.active.title = "Read me"
    wb.active.append(["Fill in the second sheet"])
    sheet = wb.create_sheet("Produk")
    for row in (["No. Rujukan", "Nama", "Keterangan panjang", "Harga (RM)", "Warna"],
                ["K-1", "Beg tangan rotan", "Anyaman tangan", "45", "coklat"],
                ["K-2", "", "tiada nama", "12", "merah"],
                ["K-3", "Tudung bawal <b>satin</b>", "x" * 500, "19,90", "hitam"]):
        sheet.append(row)
    wb.save(path)
    return path


def test_mapping_dialog_corrects_columns_then_imports_and_reports(qtbot, window: MainWindow, ws, tmp_path: Path,
                                                                  monkeypatch) -> None:
    book = _workbook(tmp_path / "kedai.xlsx")
    with qtbot.waitSignal(window.import_flow.sig_mapping_shown, timeout=10000) as shown:
        window.import_file(book)
    dialog = shown.args[0]
    assert dialog.isVisible() and dialog.sheet.isVisibleTo(dialog) and not dialog.encoding.isVisibleTo(dialog)
    # Several sheets: the one with a recognisable header was chosen, and only the title was recognised.
    assert dialog.sheet.currentText() == "Produk"
    assert dialog.mapping() == {"title": "Nama", "price": "Harga (RM)"}
    assert dialog.table.rowCount() == 3 and dialog.table.columnCount() == 5
    assert dialog.table.item(2, 1).text() == "Tudung bawal <b>satin</b>"  # markup shown as text
    assert len(dialog.table.item(2, 2).text()) == 60  # long cells shortened for display only
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled() and "SKU" in dialog.message.text()

    # The seller picks the missing columns; choosing one column twice is refused.
    dialog.combos["sku"].setCurrentIndex(dialog.combos["sku"].findData("No. Rujukan"))
    dialog.combos["description"].setCurrentIndex(dialog.combos["description"].findData("Nama"))
    assert not ok.isEnabled() and "chosen for both" in dialog.message.text()
    dialog.combos["description"].setCurrentIndex(dialog.combos["description"].findData("Keterangan panjang"))
    dialog.combos["variation"].setCurrentIndex(dialog.combos["variation"].findData("Warna"))
    assert ok.isEnabled() and dialog.message.text() == ""

    with qtbot.waitSignal(window.import_flow.sig_imported, timeout=20000) as done:
        ok.click()
    report = done.args[0]
    assert (report.added, [(r.row_number, r.column, r.reason) for r in report.rejected]) == (
        2, [(3, "Nama", "missing title")])
    with ws.db.session() as s:
        items = {i.sku: i for i in s.scalars(select(Item))}
        assert set(items) == {"K-1", "K-3"}
        assert (items["K-3"].currency, str(items["K-3"].unit_value), items["K-3"].variation) == ("MYR", "19.90", "hitam")
        assert len(items["K-3"].description) == 500  # kept whole
        assert s.scalars(select(ColumnMapping)).one().mapping == {
            "sku": "No. Rujukan", "title": "Nama", "description": "Keterangan panjang", "price": "Harga (RM)",
            "variation": "Warna"}

    # The report lists the rejected row and exports it as CSV.
    rd = window.import_flow.report_dialog
    assert rd is not None and rd.isVisible()
    assert rd.table.rowCount() == 1 and rd.table.item(0, 2).text() == "missing title"
    out = tmp_path / "report.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    with qtbot.waitSignal(window.sig_message, timeout=10000, check_params_cb=lambda m: "Wrote 1 rejected row " in m):
        rd.export_button.click()
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[1][:4] == ["3", "Nama", "missing title", "K-2"]
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=60000)

    # The same headers next time: remembered, so no dialog; the items update by SKU.
    with qtbot.waitSignal(window.import_flow.sig_imported, timeout=20000) as again:
        window.import_file(book)
    assert (again.args[0].added, again.args[0].unchanged) == (0, 2)
    # the status bar says what happened, not "2 items imported" for two unchanged ones
    assert window.statusBar().currentMessage().endswith(": 0 new, 0 changed, 2 unchanged, 1 row rejected")
    assert window.import_flow.mapping_dialog is dialog  # no new dialog was opened


def test_choosing_another_encoding_rereads_the_preview(qtbot, window: MainWindow, tmp_path: Path) -> None:
    p = tmp_path / "thai.csv"
    p.write_bytes("รหัส,ชื่อ,สี\nT-1,ผ้าไหม,แดง\n".encode("cp874"))
    with qtbot.waitSignal(window.import_flow.sig_mapping_shown, timeout=10000) as shown:
        window.import_file(p)
    dialog = shown.args[0]
    assert dialog.encoding.isVisibleTo(dialog) and dialog.encoding.itemText(0) == "Detected: cp874"
    assert dialog.table.item(0, 1).text() == "ผ้าไหม"
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("latin-1"))
    with qtbot.waitSignal(window.runner.sig_idle, timeout=10000):
        dialog.encoding.activated.emit(dialog.encoding.currentIndex())
    assert dialog.preview.encoding == "iso8859-1"
    assert dialog.table.item(0, 1).text() == "ผ้าไหม".encode("cp874").decode("latin-1")
    assert dialog.options().encoding == "latin-1"
    dialog.reject()


def test_unreadable_file_shows_one_message(qtbot, window: MainWindow, tmp_path: Path) -> None:
    p = tmp_path / "export.xlsx"
    p.write_text("<html><body>Login required</body></html>", encoding="utf-8")
    with qtbot.waitSignal(window.sig_message, timeout=10000, check_params_cb=lambda m: "not a workbook" in m):
        window.import_file(p)
    assert window.last_error.startswith("export.xlsx: named .xlsx but it is not a workbook")


def test_the_report_opens_for_a_warning_alone(qtbot, window: MainWindow, tmp_path: Path) -> None:
    wb = Workbook()
    for row in (["SKU", "Title", "Price", "Description"], ["W-1", "Mug", 3, "=UPPER(B2)"]):
        wb.active.append(row)  # a formula as a program writes it: no saved value
    book = tmp_path / "written.xlsx"
    wb.save(book)
    with qtbot.waitSignal(window.import_flow.sig_imported, timeout=20000) as done:
        window.import_file(book)
    assert (done.args[0].added, done.args[0].rejected) == (1, [])
    rd = window.import_flow.report_dialog
    assert rd is not None and rd.isVisible() and rd.table.rowCount() == 0
    assert ("Warning: column Description: a formula with no saved value (=UPPER(B2)) on row 2, imported empty"
            in rd.warnings.toPlainText())
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=60000)
