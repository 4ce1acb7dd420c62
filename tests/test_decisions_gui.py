"""File > Import decisions in the window: progress, Cancel honoured (no decision recorded), and a
report of rejected rows that fits the screen, with every rejected row saved on request."""
from __future__ import annotations

import csv
import threading
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from app.core import decisions_file
from app.core.tables import AuditEntry, Decision, Item
from app.gui import decisions_report
from app.gui.main_window import MainWindow
from tests.conftest import idle
from tests.test_decisions_file import _decisions
from tests.test_export_streaming import _flagged


def test_import_decisions_can_be_cancelled_and_records_nothing(qtbot, window: MainWindow, ws, tmp_path: Path,
                                                               monkeypatch) -> None:
    skus = _flagged(ws, 12, ())
    qtbot.waitUntil(lambda: idle(window), timeout=60000)
    path = _decisions(tmp_path / "d.csv", [(sku, "610910") for sku in skus])
    monkeypatch.setattr(decisions_file, "CHUNK", 2)
    gate = threading.Event()
    calls: list[int] = []
    looked_up = decisions_file._items

    def held(s, chunk):  # type: ignore[no-untyped-def]
        calls.append(len(chunk))
        if len(calls) == 3:  # two chunks applied (in savepoints), the third waits
            assert gate.wait(20)
        return looked_up(s, chunk)

    monkeypatch.setattr(decisions_file, "_items", held)
    with ws.db.session() as s:
        entries = s.scalar(select(func.count(AuditEntry.id)))
    window.review.import_decisions(path)
    bar = window.job_bar
    qtbot.waitUntil(lambda: len(calls) == 3 and "4 of 12 rows checked" in bar.label.text(), timeout=20000)
    assert bar.bar.value() > 0
    with qtbot.waitSignal(window.sig_message, timeout=20000,
                          check_params_cb=lambda m: m == "Import of decisions from d.csv cancelled; no decision was recorded."):
        bar.cancel_button.click()
        gate.set()
    qtbot.waitUntil(lambda: idle(window), timeout=20000)
    with ws.db.session() as s:
        assert s.scalar(select(func.count(Decision.id))) == 0
        assert s.scalar(select(func.count(AuditEntry.id))) == entries
        assert set(s.scalars(select(Item.status))) == {"flagged"}
    assert window.review.decisions_report is None


def test_thousands_of_rejected_decisions_fit_a_window_that_saves_them_all(qtbot, window: MainWindow, ws,
                                                                          tmp_path: Path, monkeypatch) -> None:
    skus = _flagged(ws, 40, ())
    qtbot.waitUntil(lambda: idle(window), timeout=60000)
    rows = [(sku, "610910") for sku in skus[:10]]
    rows += [(sku, code) for sku in skus[10:] for code in ("999999",)]  # one row each: 30 rejected
    rows += [(f"NOPE-{i}", "610910") for i in range(2500)]
    rows += [(f"BAD-{i}", "ABC123") for i in range(400)]
    path = _decisions(tmp_path / "filled.csv", rows)
    with qtbot.waitSignal(window.sig_message, timeout=60000, check_params_cb=lambda m: "10 decisions applied" in m):
        window.review.import_decisions(path)
    dialog = window.review.decisions_report
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    rejected = len(dialog.report.rejected)
    assert rejected == 2930

    # the window fits the screen, and its buttons are inside it
    room = dialog.screen().availableGeometry()
    assert dialog.height() <= room.height() and dialog.width() <= room.width()
    assert dialog.minimumSizeHint().height() < 600  # a 1024×600 netbook has room for it too
    for button in (dialog.save_button,):
        corner = button.mapTo(dialog, QPoint(button.width(), button.height()))
        assert button.isVisible() and dialog.rect().contains(corner)
    # a summary: the reasons counted, a few rows of each named by file, row and column
    summary = dialog.summary.text()
    assert len(summary) < 2000 and len(summary.splitlines()) < 20
    assert "filled.csv: 10 decisions applied, 2,930 rows rejected." in summary
    assert "• 2,500 × no item with this SKU" in summary
    assert "• 400 × not an HS 2022 subheading" in summary and "• 30 × a trade-statistics code, not an HS 2022 subheading" in summary
    assert "    filled.csv, row 42, column sku: no item with SKU 'NOPE-0'" in summary
    # the rows in a table that scrolls, the first thousand of them
    assert dialog.table.rowCount() == decisions_report.SHOWN_ROWS
    assert dialog.table.item(0, 0).text() == "12" and dialog.table.item(0, 3).text() == "999999"
    assert "The first 1,000 rejected rows are listed below" in summary

    saved = tmp_path / "out" / "filled-rejected.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), "CSV (*.csv)"))
    with qtbot.waitSignal(dialog.sig_saved, timeout=20000):
        dialog.save_button.click()
    with open(saved, encoding="utf-8-sig", newline="") as f:
        table = list(csv.DictReader(f))
    assert len(table) == rejected and table[0]["reason"].startswith("'999999' is a trade-statistics code")
    assert table[-1] == {"row": str(len(rows) + 1), "sku": "BAD-399", "hs_code": "ABC123", "note": "", "reviewer": "Ana",
                         "column": "hs_code", "reason": "'ABC123' is not a six-digit HS 2022 subheading"}
    assert window.statusBar().currentMessage() == f"Wrote 2,930 rejected rows to {saved}"
    dialog.close()


def test_every_reason_the_core_gives_is_marked_for_translation() -> None:
    kinds = {v for k, v in vars(decisions_file).items() if k.isupper() and isinstance(v, str)
             and k not in ("REJECTED_HEADERS",)}
    assert kinds == set(decisions_report.KINDS)
