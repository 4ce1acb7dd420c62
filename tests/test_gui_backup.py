"""The window's backup and restore actions, and catalogue text shown only as plain text."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from app.core import classifying, deciding, item_views, reviewing, services
from app.gui.main_window import MainWindow
from tests.conftest import data_rows, idle


def test_backup_then_restore_from_the_file_menu(qtbot, window: MainWindow, ws, catalogue_file: Path,
                                                tmp_path: Path, monkeypatch) -> None:
    window.import_file(catalogue_file)
    qtbot.waitUntil(lambda: idle(window) and item_views.status_counts(ws)["pending"] == 0, timeout=60000)
    target = tmp_path / "saved.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.sig_message, timeout=30000, check_params_cb=lambda m: "Backed up" in m):
        window.backup_actions.backup_action.trigger()
    assert target.exists()

    item_id = item_views.queue_ids(ws)[0]
    deciding.decide(ws, item_id, item_views.item_detail(ws, item_id).suggestions[0].code, "Ana", "checked")
    assert item_views.status_counts(ws)["decided"] == 1

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    window.backup_actions.restore_action.trigger()
    box = window.backup_actions.confirm
    assert box is not None and box.isVisible()
    with qtbot.waitSignal(window.sig_refreshed, timeout=30000):
        box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: idle(window), timeout=30000)
    assert item_views.status_counts(ws)["decided"] == 0
    assert "Restored saved.db" in window.statusBar().currentMessage()


def test_a_refused_restore_says_why(qtbot, window: MainWindow, ws, catalogue_file: Path) -> None:
    with qtbot.waitSignal(window.sig_message, timeout=30000):
        window.backup_actions.restore_from(catalogue_file)
    assert "not an SQLite database" in window.last_error


def test_catalogue_text_reaches_labels_only_as_plain_text(qtbot, window: MainWindow, ws, catalogue_file: Path) -> None:
    window.import_file(catalogue_file)
    qtbot.waitUntil(lambda: idle(window) and item_views.status_counts(ws)["pending"] == 0, timeout=60000)
    hostile = item_views.item_id_for_sku(ws, "SKU-1007")  # its title carries <b>…</b>
    assert hostile is not None
    window.review_page.show_detail(reviewing.review_detail(ws, hostile))
    window.job_bar.label.setText("Importing <img src='file:///etc/passwd'>.csv")
    showing_markup = [lb for lb in window.findChildren(QLabel) if "<" in lb.text()]
    # The title is a plain-text document (its flagged words highlighted by format, not markup).
    title = window.review_page.item_pane.title
    assert "<b>floral</b>" in title.toPlainText() and not title.acceptRichText()
    assert [lb.text() for lb in showing_markup if lb.textFormat() != Qt.TextFormat.PlainText] == []


def test_a_review_log_that_disagrees_with_the_audit_trail_is_written_with_a_warning(
        qtbot, window: MainWindow, ws, catalogue_file: Path, tmp_path: Path) -> None:
    from sqlalchemy import text

    services.import_catalogue(ws, catalogue_file)
    classifying.classify_pending(ws, ["SG"])
    item_id = item_views.queue_ids(ws)[0]
    deciding.decide(ws, item_id, item_views.item_detail(ws, item_id).suggestions[0].code, "Ana", "checked")
    with ws.db.session() as s:
        s.execute(text("UPDATE decisions SET code = '999999'"))
    log = tmp_path / "log.csv"
    with qtbot.waitSignal(window.sig_message, timeout=30000, check_params_cb=lambda m: "audit trail does not vouch" in m):
        window.export_log(log)
    assert log.exists() and window.error_dialog.isVisible()
    assert "'999999' now" in window.last_error


def test_the_audit_trail_exports_from_the_file_menu(qtbot, window: MainWindow, ws, tmp_path: Path, monkeypatch) -> None:

    from PySide6.QtWidgets import QFileDialog

    ws.set_setting("markets", ["SG", "MY"])
    path = tmp_path / "trail.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "CSV (*.csv)"))
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "Export the &audit trail…")
    with qtbot.waitSignal(window.sig_message, timeout=30000, check_params_cb=lambda m: m.startswith("Wrote")):
        action.trigger()
    with open(path, encoding="utf-8-sig") as fh:
        rows = data_rows(fh)
    assert [r["action"] for r in rows] == ["setting", "export-audit"] and window.error_dialog is None


def test_the_window_checks_the_audit_trail_as_verify_log_does(qtbot, window: MainWindow, ws, tmp_path: Path) -> None:
    import sqlite3

    ws.set_setting("markets", ["SG", "MY"])
    ws.set_setting("markets", ["SG"])
    action = window.backup_actions.check_action
    with qtbot.waitSignal(window.sig_message, timeout=30000, check_params_cb=lambda m: m.startswith("Audit trail intact")):
        action.trigger()
    assert window.error_dialog is None
    con = sqlite3.connect(ws.data_dir / "borderline.db")
    with con:
        con.execute("delete from audit_log where id = (select max(id) from audit_log)")
    con.close()
    with qtbot.waitSignal(window.sig_message, timeout=30000, check_params_cb=lambda m: "newest 1 entries were removed" in m):
        action.trigger()
    assert window.error_dialog.isVisible()
