"""Drive the real main window through import, background classification, review, printing
and log export, as a user would, asserting on the screen and on the database."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from app.core import deciding, services
from app.core.tables import Decision, Document, Item
from app.gui.main_window import MainWindow
from tests.conftest import data_rows, fill_parties, idle


def item_rows(window: MainWindow) -> list:
    model = window.items_page.model
    return [model.row_at(r) for r in range(model.rowCount())]


def test_import_classify_review_print_export(qtbot, window: MainWindow, ws, catalogue_file: Path, tmp_path: Path,
                                            monkeypatch) -> None:
    assert window.items_page.empty_banner.isVisibleTo(window)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(catalogue_file), ""))
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.job_bar.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: idle(window) and window.items_page.model.rowCount() == 8
                    and all(r.status != "pending" for r in item_rows(window)), timeout=60000)
    assert not window.items_page.empty_banner.isVisibleTo(window)
    assert "8 items" in window.items_page.summary.text()

    # The review tab lists the flagged items, blocking ones first.
    page = window.review_page
    qtbot.waitUntil(lambda: page.model.rowCount() >= 3, timeout=30000)  # read in the background
    window.tabs.setCurrentWidget(page)
    first = page.detail.item
    assert first is not None and first.flags and first.flags[0].severity == "block"
    assert page.suggestions_pane.table.rowCount() == 5
    assert any("VAPE" in t for t in page.flags_pane.texts())
    assert "vape" in " ".join(page.item_pane.highlighted_text()).lower()

    # A decision without a reviewer name is refused with a message.
    page.reviewer.clear()
    qtbot.keyClick(page.queue, Qt.Key.Key_1)
    assert "name" in page.message.text()

    # Accept the top suggestion (a blocking flag needs a note).
    page.reviewer.setText("Ana")
    page.note.setText("checked with the buyer")
    accepted_id = first.id
    top_code = first.suggestions[0].code
    qtbot.keyClick(page.queue, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: idle(window) and (page.detail is None or page.detail.id != accepted_id), timeout=10000)

    # Override the next one with a code typed into the picker.
    second = page.detail.item
    assert second is not None
    page.open_picker()
    page.picker.query.setText("392690")
    qtbot.keyClick(page.picker.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: idle(window) and (page.detail is None or page.detail.id != second.id), timeout=10000)

    with ws.db.session() as s:
        decisions = list(s.scalars(select(Decision).order_by(Decision.id)))
        assert [(d.item_id, d.code, d.kind, d.reviewer) for d in decisions] == [
            (accepted_id, top_code, "accept", "Ana"), (second.id, "392690", "override", "Ana")]
        assert s.get(Item, second.id).status == "decided"

    # Print an invoice for items that need no more review.
    window.tabs.setCurrentWidget(window.items_page)
    table = window.items_page.table
    ready = [r for r, row in enumerate(item_rows(window)) if row.status in ("auto", "decided") and row.id != accepted_id]
    assert ready
    table.clearSelection()
    model = window.items_page.model
    flags = table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows
    for r in ready:
        table.selectionModel().select(model.index(r, 0), flags)
    assert sorted(window.items_page.selected_ids()) == sorted(model.ids[r] for r in ready)
    with qtbot.waitSignal(window.shipments.sig_dialog_opened, timeout=20000):
        window.invoice_action.trigger()
    dialog = window.shipment_dialog
    assert dialog.lines.rowCount() == len(ready)
    fill_parties(dialog)
    with qtbot.waitSignal(window.sig_message, timeout=20000,
                          check_params_cb=lambda m: "Invoice and packing list saved" in m):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert window.preview is not None and window.preview.isVisible()
    assert window.preview.document.pageCount() >= 1
    with ws.db.session() as s:
        assert {d.kind for d in s.scalars(select(Document))} == {"invoice", "packing_list"}

    # Export the review log.
    log = tmp_path / "review-log.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(log), ""))
    with qtbot.waitSignal(window.sig_message, timeout=10000, check_params_cb=lambda m: "Wrote 2 decisions" in m):
        window.choose_export_log()
    with open(log, encoding="utf-8-sig") as f:
        rows = data_rows(f)
    assert [r["code"] for r in rows] == [top_code, "392690"]

    # Export the queue, fill in one code, bring it back.
    from openpyxl import load_workbook

    exported = tmp_path / "queue"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(exported), "Excel (*.xlsx)"))
    with qtbot.waitSignal(window.sig_message, timeout=10000, check_params_cb=lambda m: "queue rows" in m):
        window.choose_export_queue()
    book = load_workbook(tmp_path / "queue.xlsx")
    sheet = book.active
    header = [c.value for c in sheet[1]]
    first_row = {h: c.value for h, c in zip(header, sheet[2])}
    assert {"sku", "hs_code", "note", "code_1"} <= set(header) and first_row["hs_code"] in (None, "")
    for r in range(2, sheet.max_row + 1):
        if sheet.cell(r, header.index("sku") + 1).value == first_row["sku"]:
            sheet.cell(r, header.index("hs_code") + 1).value = first_row["code_1"]
            sheet.cell(r, header.index("note") + 1).value = "checked in the spreadsheet"
            break
    end = sheet.max_row
    for r in (end + 1, end + 2):  # one unknown item on two market rows: one reason, both rows named
        sheet.cell(r, header.index("sku") + 1).value = "NOPE-1"
        sheet.cell(r, header.index("hs_code") + 1).value = "610910"
    book.save(tmp_path / "queue-filled.xlsx")
    with qtbot.waitSignal(window.sig_message, timeout=10000, check_params_cb=lambda m: "1 decision applied" in m):
        window.review.import_decisions(tmp_path / "queue-filled.xlsx")
    summary = window.review.decisions_report.summary.text()
    assert "1 decision applied, 2 rows rejected" in summary and "2 × no item with this SKU" in summary
    for n in (end + 1, end + 2):
        assert f"queue-filled.xlsx, row {n}, column sku: no item with SKU 'NOPE-1'" in summary
    window.review.decisions_report.close()
    with ws.db.session() as s:
        assert s.scalars(select(Item.status).where(Item.sku == first_row["sku"])).one() == "decided"


def test_printing_is_refused_for_an_item_waiting_for_review(qtbot, window: MainWindow, ws, catalogue_file: Path) -> None:
    window.import_file(catalogue_file)
    qtbot.waitUntil(lambda: idle(window) and window.items_page.model.rowCount() == 8
                    and all(r.status != "pending" for r in item_rows(window)), timeout=60000)
    flagged = next(r for r in item_rows(window) if r.status == "flagged")
    raw = {"invoice_number": "INV-9", "date": "2026-11-24", "destination": "SG", "incoterm": "DAP", "incoterm_place": "Singapore",
           "currency": "USD",
           "seller": {"name": "S", "address": "A", "country": "TH"}, "consignee": {"name": "C", "address": "B", "country": "SG"},
           "lines": [{"sku": flagged.sku, "quantity": 1}]}
    with qtbot.waitSignal(window.sig_message, timeout=10000, check_params_cb=lambda m: flagged.sku in m):
        window.print_documents(raw)
    assert "needs a decision first" in window.last_error  # one item
    with ws.db.session() as s:
        assert list(s.scalars(select(Document))) == []


def test_models_page_retrains_and_lists_versions(qtbot, window: MainWindow, ws, catalogue_file: Path) -> None:
    window.import_file(catalogue_file)
    qtbot.waitUntil(lambda: idle(window) and window.items_page.model.rowCount() == 8
                    and all(r.status != "pending" for r in item_rows(window)), timeout=60000)
    page = window.models_page
    assert page.table.rowCount() == 1 and page.table.item(0, 2).text() == "yes"
    assert "accepted without review" in page.threshold_info.text()
    window.tabs.setCurrentWidget(page)
    # nothing decided yet: nothing new to learn, no version written
    with qtbot.waitSignal(page.sig_message, timeout=60000, check_params_cb=lambda m: "Not retrained" in m):
        page.retrain_button.click()
    assert page.table.rowCount() == 1 and "nothing new to learn" in page.receipt.toPlainText()
    qtbot.waitUntil(lambda: idle(window), timeout=30000)
    # ... unless asked to
    page.force.setChecked(True)
    with qtbot.waitSignal(page.sig_changed, timeout=60000):
        page.retrain_button.click()
    page.force.setChecked(False)
    assert page.table.rowCount() == 2 and page.table.item(0, 0).text() == "2" and page.table.item(0, 2).text() == "yes"
    # each version says what its figures were measured on (no decisions yet: the labelled titles)
    measured = page.table.item(0, page.table.columnCount() - 1).text()
    assert "labelled titles, cross-validated" in measured
    assert page.table.measured_on({"after": {"n": 5, "top1": 1.0}}) == "your 5 newest decisions (too few to compare)"
    assert "Version 2: active" in page.receipt.toPlainText()
    assert "learning receipt: 8 undecided items reclassified" in page.receipt.toPlainText()
    qtbot.waitUntil(lambda: idle(window), timeout=30000)

    # Cancel right away: the user is told, and nothing changes.
    page.force.setChecked(True)
    with qtbot.waitSignal(page.sig_message, timeout=60000, check_params_cb=lambda m: "Retraining cancelled" in m):
        page.retrain_button.click()
        window.runner.cancel_all()
    qtbot.waitUntil(lambda: idle(window), timeout=30000)
    page.force.setChecked(False)
    assert sorted(v.id for v in services.list_versions(ws)) == [1, 2]

    page.table.selectRow(1)
    with qtbot.waitSignal(page.sig_changed, timeout=60000):
        page.activate_button.click()
    assert page.table.item(1, 2).text() == "yes" and ws.active_model_version().id == 1
    qtbot.waitUntil(lambda: idle(window), timeout=30000)

    page.threshold.setValue(0.0)
    with qtbot.waitSignal(page.sig_changed, timeout=60000):
        page.apply_threshold.click()
        page.threshold_question.use_button.click()
    assert ws.rules().review_below == 0.0
    qtbot.waitUntil(lambda: idle(window) and window.items_page.model.rowCount() == 8, timeout=30000)
    assert not any("LOWCONF" in r.rules for r in item_rows(window))


def test_an_item_opened_from_elsewhere_is_the_one_the_queue_keys_act_on(qtbot, window: MainWindow, ws,
                                                                        catalogue_file: Path) -> None:
    window.import_file(catalogue_file)
    qtbot.waitUntil(lambda: idle(window) and all(r.status != "pending" for r in item_rows(window)), timeout=60000)
    page = window.review_page
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=30000)
    first, second = page.model.ids[0], page.model.ids[1]
    assert page.detail.id == first
    window.open_in_review(second)  # as the shipment dialog's "Open in review" does
    assert page.detail.id == second and page.selected_ids() == [second]

    deciding.decide(ws, first, page.model.row_at(0).top_code or "392690", "Ana", "checked")
    with qtbot.waitSignal(page.model.sig_reloaded, timeout=10000):
        window.refresh()  # the queue is read on the reader
    assert first not in page.model.ids
    window.open_in_review(first)  # decided: not in the queue
    assert page.detail.id == first and page.selected_ids() == []
    page.reviewer.setText("Ana")
    page.note.setText("checked")
    page.bulk.apply_to_selected()
    assert "Select the item shown" in page.message.text() or page.selected_ids() == []
    with ws.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Decision)) == 1  # only the one made above


def test_every_version_is_shown_at_the_threshold_set_now(qtbot, window: MainWindow, ws) -> None:
    """Two versions trained under different thresholds must still compare: the table reads
    each version's curve at today's threshold."""
    page = window.models_page
    qtbot.waitUntil(lambda: idle(window), timeout=60000)
    services.ensure_model(ws)  # the shipped version is recorded
    page.reload()
    assert page.table.rowCount() == 1
    row = lambda: [page.table.item(0, c).text() for c in (7, 8)]  # noqa: E731
    strict = row()
    ws.set_setting("review_below", 0.3)
    page.reload()
    loose = row()
    share = lambda cell: float(cell.split("%")[0])  # noqa: E731  ("38.5% (1,830 of 4,748)")
    assert strict != loose and share(loose[0]) > share(strict[0])
    assert "threshold set now" in page.table.horizontalHeaderItem(7).toolTip()
