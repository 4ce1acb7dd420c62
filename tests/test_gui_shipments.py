"""The shipment workflow in the real window: pick items with search, the gate listing items
and opening them in review, printing, preview Print and Save, reopening and reprinting."""
from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from app.core import deciding, flagging, services
from app.core.tables import Document, Item
from app.gui.main_window import MainWindow
from app.gui.shipment_lines import QUANTITY
from tests.conftest import classified_vape, fill_parties, idle, write_catalogue
from tests.test_documents import CODES, ROWS


@pytest.fixture
def window(open_window, ws, tmp_path: Path):
    services.import_catalogue(ws, write_catalogue(tmp_path / "cat.csv", ROWS))
    with ws.db.session() as s:
        for item in s.scalars(select(Item)):
            item.status, item.hs_code, item.top_p = "auto", CODES[item.sku], 0.99
            if item.sku == "VN-1":
                item.status = "flagged"
    # The statuses above are the test's premise: the window must not re-flag them on opening.
    ws.set_setting(flagging.RULESET_SETTING, ws.rules().version)
    return open_window(ws)


def add_by_search(qtbot, dialog, text: str) -> None:
    editor = dialog.editor
    editor.search.setText(text)
    # the search runs once the typing pauses: wait for its one match, not the rows shown before
    qtbot.waitUntil(lambda: [text.lower() in f"{r.sku} {r.shown_title}".lower() for r in editor.model.rows] == [True],
                    timeout=5000)
    editor.picker.selectRow(0)
    editor.picker.doubleClicked.emit(editor.model.index(0, 0))


def line_skus(dialog) -> list[str]:
    return [line["sku"] for line in dialog.editor.value()]


def type_quantity(qtbot, dialog, row: int, text: str) -> None:
    """Type a quantity into a line's quantity cell, as a user does: the cell, the digits, Enter."""
    view = dialog.lines
    view.setCurrentIndex(view.model().index(row, QUANTITY))
    view.setFocus()
    qtbot.keyClicks(view, text)  # the first key opens the cell's editor with that key
    index = view.currentIndex()
    editor = view.indexWidget(index)
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.indexWidget(index) is None, timeout=5000)  # stored and closed




def test_gate_lists_items_and_opens_review_then_prints_and_reprints(qtbot, window: MainWindow, ws, tmp_path: Path) -> None:
    window.items_page.table.clearSelection()
    with qtbot.waitSignal(window.shipments.sig_dialog_opened, timeout=20000):
        window.invoice_action.trigger()
    dialog = window.shipment_dialog
    assert dialog is not None and dialog.lines.rowCount() == 0
    assert dialog.invoice_number.text() == "INV-0001"
    add_by_search(qtbot, dialog, "th-1")
    add_by_search(qtbot, dialog, "thun")  # Vietnamese title, waits for review
    assert line_skus(dialog) == ["TH-1", "VN-1"]
    type_quantity(qtbot, dialog, 0, "4")
    assert dialog.lines.model().index(0, QUANTITY).data() == "4 pcs"  # pieces read as pieces, not 4.000
    fill_parties(dialog)

    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    with qtbot.waitSignal(window.shipments.sig_refused, timeout=20000):
        ok.click()
    assert dialog.isVisible() and dialog.refused.list.isVisible()
    assert dialog.refused.list.item(0).text() == "VN-1: waits for review"
    with ws.db.session() as s:
        vn_id = s.scalars(select(Item.id).where(Item.sku == "VN-1")).one()
        assert list(s.scalars(select(Document))) == []
    dialog.refused.open_review.click()
    assert window.tabs.currentWidget() is window.review_page
    assert window.review_page.detail is not None and window.review_page.detail.id == vn_id
    # the dialog steps aside (it is modal: the review pane behind it was out of reach), kept as it is
    assert not dialog.isVisible() and window.shipments.aside.isVisible()
    assert "INV-0001 is set aside" in window.shipments.aside.label.text()
    assert window.close_guard.unfinished() == "The window stays open: the shipment has changes that are not saved."
    with qtbot.waitSignal(window.sig_message, timeout=5000, check_params_cb=lambda m: "set aside is back" in m):
        window.invoice_action.trigger()  # a new shipment brings the one set aside back instead
    assert dialog.isVisible() and window.shipment_dialog is dialog and not window.shipments.aside.isVisible()
    assert line_skus(dialog) == ["TH-1", "VN-1"]
    dialog.refused.open_review.click()
    window.shipments.aside.back_button.click()
    assert dialog.isVisible() and dialog.isModal() and line_skus(dialog) == ["TH-1", "VN-1"]

    dialog.lines.selectRow(1)
    dialog.editor.remove_current()
    with qtbot.waitSignal(window.sig_message, timeout=20000,
                          check_params_cb=lambda m: "Invoice and packing list saved" in m):
        ok.click()
    assert not dialog.isVisible()
    preview = window.preview
    assert preview is not None and preview.isVisible() and preview.document.pageCount() == 1
    warnings = window.last_documents.warnings
    assert preview.warnings.isVisible() == bool(warnings) and all(w in preview.warnings.text() for w in warnings)
    text = PdfReader(window.last_documents.invoice).pages[0].extract_text()
    assert "TH-1" in text and "VN-1" not in text and "26.00" in text  # 4 x 6.50

    # Print through QPrinter (to a PDF file here) and save a copy.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(preview.sig_printed, timeout=10000) as printed:
        preview.print_to(printer)
    assert printed.args == [1] and len(PdfReader(tmp_path / "printed.pdf").pages) == 1
    preview.save_copy(tmp_path / "copy.pdf")
    assert (tmp_path / "copy.pdf").read_bytes() == window.last_documents.invoice.read_bytes()
    preview.save_copy(tmp_path / "gone" / "copy.pdf")  # a folder that is not there: said, not raised
    assert preview.save_error.isVisible() and "could not be written" in preview.save_error.text()
    preview.save_error.close()

    # The address book and the invoice sequence carry over to the next shipment.
    with qtbot.waitSignal(window.shipments.sig_dialog_opened, timeout=20000):
        window.invoice_action.trigger()
    second = window.shipment_dialog
    assert second is not dialog and second.invoice_number.text() == "INV-0002"
    assert second.seller_name.text() == "Siam Craft Co., Ltd."
    chooser = second.consignee.chooser
    assert chooser is not None and chooser.itemText(1) == "Lion City Retail Pte Ltd — 1 Raffles Place, Singapore, SG"
    second.destination.setCurrentText("MY")
    chooser.activated.emit(1)
    assert second.cons_address.text() == "1 Raffles Place, Singapore"
    assert second.destination.currentText() == "SG"  # the goods go where the chosen consignee is
    second.reject()

    # Reopen the saved shipment and reprint it: same revision, same bytes.
    listing = window.shipments.show_saved()
    assert listing.table.rowCount() == 1 and listing.table.item(0, 0).text() == "INV-0001"
    first_bytes = window.last_documents.invoice.read_bytes()
    with qtbot.waitSignal(window.shipments.sig_documents_ready, timeout=20000) as ready:
        listing.reprint_button.click()
    assert ready.args[0].revision == 1 and ready.args[0].invoice.read_bytes() == first_bytes
    with ws.db.session() as s:
        assert len(list(s.scalars(select(Document)))) == 4

    # Amend: reopen, change a quantity, print: revision 2.
    listing = window.shipments.show_saved()
    with qtbot.waitSignal(window.shipments.sig_dialog_opened, timeout=20000):
        listing.open_button.click()
    amend = window.shipment_dialog
    assert amend.lines.rowCount() == 1 and amend.editor.value()[0]["quantity"] == 4
    type_quantity(qtbot, amend, 0, "5")
    with qtbot.waitSignal(window.shipments.sig_documents_ready, timeout=20000) as ready:
        amend.buttons.button(amend.buttons.StandardButton.Ok).click()
    assert ready.args[0].revision == 2 and ready.args[0].invoice.name == "INV-0001-r2-invoice.pdf"


def test_a_cleared_ban_is_printed_only_after_a_second_yes(qtbot, open_window, ws, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    vp = classified_vape(ws, tmp_path, ["SG"])
    deciding.decide(ws, vp, "854340", "Ana", "sold to Malaysia only")
    window = open_window(ws)
    qtbot.waitUntil(lambda: idle(window), timeout=20000)
    with qtbot.waitSignal(window.shipments.sig_dialog_opened, timeout=20000):
        window.invoice_action.trigger()
    dialog = window.shipment_dialog
    add_by_search(qtbot, dialog, "VP-1")
    fill_parties(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)

    with qtbot.waitSignal(window.shipments.sig_cleared_asked, timeout=20000):
        ok.click()
    box = window.shipments.cleared_box
    assert box is not None and "VAPE-BAN for SG" in box.text() and "sold to Malaysia only" in box.text()
    box.button(QDialogButtonBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: idle(window))
    assert window.last_documents is None and dialog.isVisible()

    with qtbot.waitSignal(window.shipments.sig_cleared_asked, timeout=20000):
        ok.click()
    with qtbot.waitSignal(window.shipments.sig_documents_ready, timeout=20000) as ready:
        window.shipments.cleared_box.button(QDialogButtonBox.StandardButton.Yes).click()
    assert ready.args[0].invoice.exists()


def test_export_lines_for_the_carrier(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.items_page.table.clearSelection()
    opened: list[object] = []
    window.shipments.sig_dialog_opened.connect(opened.append)
    with qtbot.waitSignal(window.shipments.sig_dialog_opened, timeout=20000):
        window.invoice_action.trigger()
        window.invoice_action.trigger()  # pressed twice while the catalogue is read: one dialog
    qtbot.waitUntil(lambda: idle(window))
    assert len(opened) == 1
    dialog = window.shipment_dialog
    add_by_search(qtbot, dialog, "MY-1")
    fill_parties(dialog)
    target = tmp_path / "carrier.csv"
    with qtbot.waitSignal(window.sig_message, timeout=20000, check_params_cb=lambda m: "Wrote 1 lines" in m):
        window.shipments.export_lines(dialog.shipment(), target)
    assert "MY-1" in target.read_text(encoding="utf-8-sig")


def _three_page_pdf(path: Path) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path))
    for n in range(3):
        c.drawString(72, 720, f"page {n + 1}")
        c.showPage()
    c.save()
    return path


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_printing_runs_off_the_gui_thread_and_reports_each_page(qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtCore import QThread

    from app.gui import pdf_preview

    threads = []
    real = pdf_preview.print_pdf

    def spy(document, printer, progress):  # type: ignore[no-untyped-def]
        threads.append(QThread.currentThread())
        return real(document, printer, progress)

    monkeypatch.setattr(pdf_preview, "print_pdf", spy)
    preview = pdf_preview.PdfPreview([_three_page_pdf(tmp_path / "doc.pdf")])
    qtbot.addWidget(preview)
    messages: list[str] = []
    preview.runner.sig_started.connect(lambda op: op.sig_progress.connect(lambda _f, m: messages.append(m)))
    with qtbot.waitSignal(preview.sig_printed, timeout=20000) as printed:
        preview.print_to(_pdf_printer(tmp_path / "out.pdf"))
        assert not preview.print_button.isEnabled()  # one print job at a time
    assert printed.args == [3] and len(PdfReader(tmp_path / "out.pdf").pages) == 3
    assert threads and threads[0] is not QThread.currentThread()
    qtbot.waitUntil(lambda: "Printing page 3 of 3" in messages and preview.print_button.isEnabled())


def test_the_preview_shows_what_to_check_above_the_pages(qtbot, tmp_path: Path) -> None:
    from app.gui.pdf_preview import PdfPreview

    warned = PdfPreview([_three_page_pdf(tmp_path / "doc.pdf")], warnings=["TH-1: no net weight", "not packed: B"])
    qtbot.addWidget(warned)
    warned.show()
    assert warned.warnings.isVisible() and warned.warnings.text() == "Check before you send: TH-1: no net weight; not packed: B"
    assert warned.height() <= warned.screen().availableGeometry().height()
    plain = PdfPreview([tmp_path / "doc.pdf"])
    qtbot.addWidget(plain)
    plain.show()
    assert not plain.warnings.isVisible()


def test_a_cancelled_print_stops_between_pages(tmp_path: Path) -> None:
    from app.core.jobs import Cancelled
    from app.gui.pdf_preview import PrintStopped, print_file

    calls: list[str] = []

    def cancel_on_second_page(_fraction: float, message: str = "") -> None:
        calls.append(message)
        if len(calls) == 3:
            raise Cancelled()

    # Qt's PDF back end (like CUPS) cannot take back a page it has: the user is told so
    with pytest.raises(PrintStopped, match="after 1 of 3 pages"):
        print_file(_three_page_pdf(tmp_path / "doc.pdf"), _pdf_printer(tmp_path / "out.pdf"), cancel_on_second_page)
    assert calls == ["Sending 3 pages to the printer", "Printing page 1 of 3", "Printing page 2 of 3"]
    assert len(PdfReader(tmp_path / "out.pdf").pages) == 1  # nothing after the cancel was drawn


def test_a_print_that_cannot_start_is_an_error_not_zero_pages(tmp_path: Path) -> None:
    from app.gui.pdf_preview import print_file

    printer = _pdf_printer(tmp_path / "no-such-dir" / "out.pdf")
    with pytest.raises(OSError, match="could not be opened"):
        print_file(_three_page_pdf(tmp_path / "doc.pdf"), printer)
