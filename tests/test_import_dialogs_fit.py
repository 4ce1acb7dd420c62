"""The mapping dialog shows a long header whole (or cut at its end, with all of it in the tooltip),
and the import report at 1366×768 shows its summary whole, its warnings in a scrolling area and
several rejected rows."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QPlainTextEdit

from app.core import importer
from app.core.importer import ImportReport, RejectedRow
from app.gui.import_report import ImportReportDialog
from app.gui.mapping_dialog import MappingDialog

LONG = "Nama Produk / Product Name"
VERY_LONG = "Keterangan produk untuk pembeli di luar negeri / Product description for buyers abroad (English)"


def test_the_mapping_dialog_shows_a_long_header_whole(qtbot, ws, tmp_path: Path) -> None:
    path = tmp_path / "kedai.csv"
    path.write_text(f"SKU,{LONG},{VERY_LONG},Warna\nBK-001,Baju Kurung Moden Satin,Baju kurung moden,pink\n",
                    encoding="utf-8")
    dialog = MappingDialog(importer.preview_catalogue(ws, path))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    header = dialog.table.horizontalHeader()
    model = dialog.table.model()
    for col, name in ((1, LONG), (2, VERY_LONG)):
        assert model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == name
    # the seller's header fits its column; a longer one is cut at its end, not at both
    text = model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert text == LONG and header.fontMetrics().horizontalAdvance(LONG) < header.sectionSize(1)
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    combo = dialog.combos["title"]
    row = combo.findData(LONG)
    assert combo.itemData(row, Qt.ItemDataRole.ToolTipRole) == LONG


def _report(warnings: int, rejected: int) -> ImportReport:
    rows = [RejectedRow(42, "Nama Produk / Product Name",
                        "a formula (=SUM(1+1) Promo Bundle Tudung) with no saved value; open the file in Excel or "
                        "LibreOffice, save it and import it again", "=SUM(1+1) Promo Bundle Tudung",
                        [("SKU", "a formula (=HYPERLINK(\"http://evil.example\",\"Click\")) with no saved value; open "
                                 "the file in Excel or LibreOffice, save it and import it again", "")])]
    rows += [RejectedRow(43 + n, "SKU", f"duplicate SKU 'BK-{n:03}' (first on row 4)", f"BK-{n:03}")
             for n in range(rejected - 1)]
    lines = [f"katalog_kedai.xlsx, row {4 + 2 * n}, column HS Code: '6104.42.{n:02}' is a national tariff line; give "
             "the six-digit HS 2022 subheading it belongs to (610442) after checking it; the row is imported and the "
             "code kept as written, but not used" for n in range(warnings)]
    return ImportReport("/tmp/katalog_kedai.xlsx", 1, 43, 41, 0, 0, rows, {"hs_code": "HS Code"}, blank_rows=4,
                        header_row=3, source="Excel workbook, sheet 'Produk'", warnings=lines, codes_read=2)


@pytest.mark.parametrize("laptop", [True, False])
def test_the_import_report_fits_1366_by_768(qtbot, laptop: bool) -> None:
    if laptop:
        room = QRect(0, 0, 1366, 728)  # a 768-pixel screen less a taskbar
        dialog = ImportReportDialog(_report(warnings=11, rejected=2), room=room)
    else:  # the screen the tests run on
        dialog = ImportReportDialog(_report(warnings=11, rejected=2))
        room = dialog.screen().availableGeometry()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.frameGeometry().height() <= room.height() and dialog.width() <= room.width()
    # the summary: every line whole
    summary = dialog.summary
    assert summary.height() >= summary.heightForWidth(summary.width())
    assert summary.text().startswith("katalog_kedai.xlsx: 43 rows read")
    # the warnings: all of them, in an area that scrolls
    warnings = dialog.findChild(QPlainTextEdit)
    assert warnings is not None and warnings.toPlainText().count("national tariff line") == 11
    assert warnings.height() >= 3 * warnings.fontMetrics().lineSpacing()
    # the rejected rows: three problems on two rows, each visible, with no sideways scrolling
    table = dialog.table
    assert table.rowCount() == 3
    row_height = table.verticalHeader().defaultSectionSize()
    assert table.viewport().height() >= 5 * row_height
    assert all(table.visualRect(table.model().index(r, 2)).bottom() <= table.viewport().height()
               for r in range(table.rowCount()))
    assert not table.horizontalScrollBar().isVisible()
    reason = table.item(0, 2)
    assert reason.toolTip() == reason.text() and "save it and import it again" in reason.text()
    # it has the keyboard, as the next thing to read, and Esc closes it
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_report_with_many_rejected_rows_keeps_five_rows_in_sight_on_a_short_screen(qtbot) -> None:
    room = QRect(0, 0, 1024, 560)
    dialog = ImportReportDialog(_report(warnings=40, rejected=300), room=room)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.frameGeometry().height() <= room.height()
    assert dialog.table.viewport().height() >= 5 * dialog.table.verticalHeader().defaultSectionSize()
    assert dialog.summary.height() >= dialog.summary.heightForWidth(dialog.summary.width())
