"""The core's sentences in the Indonesian window: a refused print, an import's rejected rows and
warnings, and the whole shipment's value check, with Indonesian number marks; the same
sentences stay English for the command line and the log."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from app.core import flagging, services
from app.core.tables import Item
from app.gui.core_messages import core_text
from app.gui.main_window import MainWindow
from tests.conftest import idle, write_catalogue
from tests.test_documents import CODES, ROWS, shipment

pytestmark = pytest.mark.parametrize("language", ["id"], indirect=True)


def _window(open_window, ws, tmp_path: Path) -> MainWindow:
    """The Indonesian window on the shipment tests' catalogue; VN-1 waits for review."""
    ws.language = "id"  # as app.run_gui sets it from the language the window runs in
    services.import_catalogue(ws, write_catalogue(tmp_path / "cat.csv", ROWS))
    with ws.db.session() as s:
        for item in s.scalars(select(Item)):
            item.status, item.hs_code, item.top_p = "auto", CODES[item.sku], 0.99
            if item.sku == "VN-1":
                item.status = "flagged"
    ws.set_setting(flagging.RULESET_SETTING, ws.rules().version)
    return open_window(ws)


def test_a_refused_print_says_why_in_indonesian(language: str, qtbot, open_window, ws, tmp_path: Path) -> None:
    w = _window(open_window, ws, tmp_path)
    raw = shipment(lines=[{"sku": "VN-1", "quantity": 1}, {"sku": "TH-1", "quantity": 2}])
    with qtbot.waitSignal(w.shipments.sig_refused, timeout=20000) as refused:
        w.shipments.print_documents(raw, tmp_path / "out")
    assert str(refused.args[0]) == "VN-1: waits for review"  # the log and the command line
    assert "VN-1: menunggu tinjauan" in w.last_error and "waits for review" not in w.last_error
    qtbot.waitUntil(lambda: idle(w), timeout=20000)

    # a shipment that cannot be printed: the field named as the dialog names it, the numbers in Indonesian marks
    w.shipments.print_documents(shipment(freight="1234.567"))
    assert w.last_error == ("Ongkos angkut: 1.234,567 memiliki lebih banyak desimal daripada USD (paling banyak 2 desimal); "
                            "isi jumlah sesuai tagihan, mis. 1.234,57")


def test_the_import_report_gives_rows_and_warnings_in_indonesian(language: str, qtbot, open_window, ws,
                                                                  tmp_path: Path) -> None:
    w = _window(open_window, ws, tmp_path)
    path = tmp_path / "toko.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        rows = csv.writer(f)
        rows.writerow(["SKU", "Product Name", "Description", "Country of Origin", "Price", "Weight (kg)"])
        rows.writerow(["T-1", "Tas rotan", "", "Atlantis", "45.50", "abc"])
        rows.writerow(["T-2", "Gelas", "x" * 20_001, "ID", "12.00", "0.3"])
        rows.writerows([f"P-{n}", f"Piring {n}", "", "ID", "", "0.2"] for n in range(1500))
    said: list[str] = []  # what the job bar is told while the file is read
    w.runner.sig_started.connect(lambda op: op.sig_progress.connect(lambda _f, m: said.append(m)))
    with qtbot.waitSignal(w.import_flow.sig_imported, timeout=30000) as done:
        w.import_file(path)
    assert "Seluruh berkas sudah dibaca" in said and "Menyimpan ke basis data" in said
    report = done.args[0]
    assert [(r.row_number, r.problems) for r in report.rejected] == [
        (2, [("Country of Origin", "unknown country 'Atlantis'", "Atlantis"),
             ("Weight (kg)", "not a weight: 'abc'", "abc")]),
        (3, [("Description", "20,001 characters, longer than the 20,000 this column takes (\"" + "x" * 39
              + "…\"); is another column's text in it?", "x" * 20_001)])]
    rd = w.import_flow.report_dialog
    assert rd is not None and rd.isVisible()
    reasons = [rd.table.item(r, 2).text() for r in range(rd.table.rowCount())]
    assert reasons[:2] == ["negara tidak dikenal 'Atlantis'", "bukan berat: 'abc'"]
    assert reasons[2].startswith("20.001 karakter, lebih panjang dari 20.000 yang dapat ditampung kolom ini")
    summary = rd.summary.text()
    assert "Peringatan: kolom Price: tidak ada harga di 1.500 baris (4, 5, 6, 7, 8, 9, 10, 11, 12, 13 dan 1.490 " \
           "lainnya); tetap diimpor, tetapi faktur komersial untuk barang-barang ini tidak dapat dicetak" in \
        rd.warnings.toPlainText()
    assert "teks, utf-8, dipisahkan koma" in summary
    assert report.warnings[0].startswith("column Price: no price on 1,500 rows (4, 5, 6, 7, 8, 9, 10, 11, 12, 13 "
                                         "and 1,490 more); imported all the same")
    qtbot.waitUntil(lambda: idle(w), timeout=60000)


def test_the_whole_shipments_value_is_checked_in_indonesian(language: str, qtbot, open_window, ws,
                                                             tmp_path: Path) -> None:
    w = _window(open_window, ws, tmp_path)
    raw = shipment(lines=[{"sku": "MY-1", "quantity": 80}], packages=[{"count": 1, "gross_kg": "40"}],
                   incoterm="DAP", freight="0", insurance="0", other_charges="0")
    with qtbot.waitSignal(w.shipments.sig_documents_ready, timeout=30000) as ready:
        w.shipments.print_documents(raw, tmp_path / "out")
    # 80 x USD 22.00. The print's audit entry keeps the sentence in English; what follows above the limit
    # is the rule's own text, read in the window's language as the rules' reasons are
    english = [x for x in ready.args[0].warnings if x.startswith("The shipment's value")]
    assert english == ["The shipment's value, about S$2,286, is above S$400: GST dipungut saat impor, bukan oleh "
                       "penjual melalui OVR"]
    expected = ("Nilai pengiriman, sekitar S$2.286, di atas S$400: GST dipungut saat impor, bukan oleh penjual "
                "melalui OVR")
    assert core_text(english[0]) == expected
    assert w.preview is not None and expected in w.preview.warnings.text()
    assert expected in w.statusBar().currentMessage()
    qtbot.waitUntil(lambda: idle(w), timeout=20000)
