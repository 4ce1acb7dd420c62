"""Importing into the database: updates by SKU, one transaction, remembered mappings, the report."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.core import classifying, deciding, importer, item_views, services
from app.core.catalogue import CatalogueError
from app.core.jobs import Cancelled
from app.core.tables import AuditEntry, Catalogue, ColumnMapping, Decision, Flag, ImportRejection, Item
from tests.conftest import SAMPLE, write_catalogue


def counts(ws) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        return {t.__tablename__: s.scalar(select(func.count()).select_from(t)) or 0
                for t in (Catalogue, Item, ImportRejection, AuditEntry, ColumnMapping)}


def test_reimport_updates_by_sku_and_reclassifies_changed_text(ws, tmp_path: Path) -> None:
    first = services.import_catalogue(ws, write_catalogue(tmp_path / "a.csv"))
    assert (first.added, first.updated, first.unchanged) == (8, 0, 0)
    classifying.classify_pending(ws)
    mug = item_views.item_id_for_sku(ws, "SKU-1004")
    shirt = item_views.item_id_for_sku(ws, "SKU-1001")
    assert mug is not None and shirt is not None
    deciding.decide(ws, mug, "691200", "Ana", "porcelain mug")
    with ws.db.session() as s:
        shirt_status = s.get(Item, shirt).status

    rows = [list(r) for r in SAMPLE]
    rows[3][1] = "Ceramic coffee mug 350ml with lid"  # SKU-1004: title changed
    rows[0][5] = "7.00"  # SKU-1001: price changed only
    rows.append(["SKU-2000", "Bamboo toothbrush", "", "bamboo", "VN", "0.80", "USD", "0.02"])
    again = services.import_catalogue(ws, write_catalogue(tmp_path / "b.csv", rows))
    assert (again.added, again.updated, again.reclassified, again.unchanged) == (1, 2, 1, 6)

    with ws.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == 9
        m = s.get(Item, mug)
        assert (m.title, m.status, m.hs_code, m.suggestions) == ("Ceramic coffee mug 350ml with lid", "pending", None, [])
        assert list(s.scalars(select(Flag).where(Flag.item_id == mug))) == []
        sh = s.get(Item, shirt)
        assert (str(sh.unit_value), sh.status) == ("7.00", shirt_status)  # not sent back to classification
        assert [(d.item_id, d.code) for d in s.scalars(select(Decision))] == [(mug, "691200")]  # the log keeps it
        assert {i.catalogue_id for i in s.scalars(select(Item))} == {again.catalogue_id}
    assert deciding.verify_log(ws).ok


def test_cancelled_import_changes_nothing(ws, tmp_path: Path, monkeypatch) -> None:
    services.import_catalogue(ws, write_catalogue(tmp_path / "a.csv"))
    before = counts(ws)
    monkeypatch.setattr(importer, "BATCH", 10)
    big = [(f"C-{i}", f"Cotton shirt {i}", "", "", "TH", "1", "USD", "0.1") for i in range(5000)]
    path = write_catalogue(tmp_path / "big.csv", big)
    calls = []

    def progress(fraction: float, message: str = "") -> None:
        calls.append(fraction)
        if len(calls) == 2:  # after several batches were written inside the transaction
            raise Cancelled()

    with pytest.raises(Cancelled):
        services.import_catalogue(ws, path, progress)
    assert counts(ws) == before


def test_a_file_that_breaks_halfway_changes_nothing(ws, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(importer, "BATCH", 10)
    p = tmp_path / "c.csv"
    good = "".join(f"G-{i},Mug {i}\n" for i in range(3000))
    p.write_text("SKU,Title\n" + good + "X,\"never closed\n" + "y" * (17 * 1024 * 1024), encoding="utf-8")
    before = counts(ws)
    with pytest.raises(CatalogueError, match="a quoted cell never ends"):
        services.import_catalogue(ws, p)
    assert counts(ws) == before


def test_mapping_is_remembered_for_files_with_the_same_headers(ws, tmp_path: Path) -> None:
    header = ["Code", "Label", "Long text", "Colour"]
    a = tmp_path / "a.csv"
    a.write_text(",".join(header) + "\nK-1,Wool scarf,Warm knitted scarf,red\n", encoding="utf-8")
    pv = services.preview_catalogue(ws, a)
    assert (pv.mapping, pv.mapping_source, pv.settled) == ({"sku": "Code"}, "automatic", False)
    assert pv.rows == [["K-1", "Wool scarf", "Warm knitted scarf", "red"]]
    chosen = {"sku": "Code", "title": "Label", "description": "Long text", "variation": "Colour"}
    rep = services.import_catalogue(ws, a, options=services.ImportOptions(mapping=chosen, remember=True))
    assert rep.added == 1

    b = tmp_path / "b.csv"  # next week's export: same columns, recased
    b.write_text("CODE,LABEL,long text,colour\nK-2,Silk scarf,Printed silk,blue\n", encoding="utf-8")
    pv = services.preview_catalogue(ws, b)
    assert (pv.mapping, pv.mapping_source, pv.settled) == (
        {"sku": "CODE", "title": "LABEL", "description": "long text", "variation": "colour"}, "remembered", True)
    services.import_catalogue(ws, b)  # the command line uses the remembered mapping too
    with ws.db.session() as s:
        item = s.scalars(select(Item).where(Item.sku == "K-2")).one()
        assert (item.title, item.description, item.variation, item.attributes) == ("Silk scarf", "Printed silk", "blue", {})


def test_report_is_kept_and_exported_as_csv(ws, tmp_path: Path) -> None:
    rows = [("R-1", "Mug", "", "", "TH", "1", "USD", "0.3"),
            ("R-2", "", "=cmd|' /C calc'!A0", "", "TH", "1", "USD", "0.3"),
            ("R-3", "Kettle", "", "", "Atlantis", "1", "USD", "1")]
    rep = services.import_catalogue(ws, write_catalogue(tmp_path / "c.csv", rows))
    assert [(r.row_number, r.column, r.reason, r.value) for r in rep.rejected] == [
        (3, "Product Name", "missing title", ""), (4, "Country of Origin", "unknown country 'Atlantis'", "Atlantis")]
    assert services.import_rejections(ws, rep.catalogue_id) == rep.rejected
    out = tmp_path / "report.csv"
    assert services.export_import_report(ws, rep.catalogue_id, out) == 2
    with open(out, encoding="utf-8-sig", newline="") as f:
        got = list(csv.reader(f))
    assert got[0] == ["row", "column", "reason", "SKU", "Product Name", "Description", "Material", "Country of Origin",
                      "Price", "Currency", "Weight (kg)"]
    assert got[1] == ["3", "Product Name", "missing title", "R-2", "", "'=cmd|' /C calc'!A0", "", "TH", "1", "USD", "0.3"]
    assert got[2][:5] == ["4", "Country of Origin", "unknown country 'Atlantis'", "R-3", "Kettle"]


def test_cli_import_with_sheet_encoding_and_report(tmp_path: Path, capsys) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "Notes"
    wb.active.append(["read me"])
    ws2 = wb.create_sheet("Shop B")
    for row in (["SKU", "Title", "Price"], ["B-1", "Tea towel", "2"], ["B-2", "", "3"]):
        ws2.append(row)
    book = tmp_path / "book.xlsx"
    wb.save(book)
    d = ["--data-dir", str(tmp_path / "data")]
    report = tmp_path / "rejected.csv"
    assert main([*d, "import", str(book), "--sheet", "Shop B", "--report", str(report)]) == 0
    out = capsys.readouterr().out
    assert "2 rows read, 1 imported" in out and "row 3, column Title: missing title" in out
    assert "wrote 1 rejected row " in out and report.exists()

    thai = tmp_path / "thai.csv"
    thai.write_bytes("SKU,Title\nT-1,ผ้าไหม\n".encode("cp874"))
    assert main([*d, "import", str(thai), "--encoding", "utf-8"]) == 2
    err = capsys.readouterr().err
    assert "thai.csv: the file is not valid utf-8" in err and err.count("\n") == 1
    assert main([*d, "import", str(thai)]) == 0
    assert "1 imported" in capsys.readouterr().out
    assert main([*d, "import", str(book), "--sheet", "Missing"]) == 2
    assert "no sheet named 'Missing'" in capsys.readouterr().err


def test_formulas_without_a_saved_value_reach_the_report_the_cli_and_the_export(tmp_path: Path, capsys) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    for row in (["SKU", "Title", "Price", "Description"], ["F-1", "=SUM(A1)", 3], ["F-2", "Mug", "=1+1"],
                ["F-3", "Cup", 2, "=UPPER(B4)"]):
        wb.active.append(row)
    book = tmp_path / "written.xlsx"
    wb.save(book)
    d = ["--data-dir", str(tmp_path / "data")]
    report = tmp_path / "rejected.csv"
    assert main([*d, "import", str(book), "--report", str(report)]) == 0
    out = capsys.readouterr().out
    again = "open the file in Excel or LibreOffice, save it and import it again"
    assert "3 rows read, 1 imported" in out
    assert f"row 2, column Title: a formula (=SUM(A1)) with no saved value; {again}" in out
    assert f"row 3, column Price: a formula (=1+1) with no saved value; {again}" in out
    assert (f"warning: column Description: a formula with no saved value (=UPPER(B4)) on row 4, imported empty; "
            f"{again} to keep it") in out
    with open(report, encoding="utf-8-sig", newline="") as f:
        got = list(csv.reader(f))
    assert [r[:6] for r in got[1:]] == [  # the formula as the seller wrote it, made safe to open
        ["2", "Title", f"a formula (=SUM(A1)) with no saved value; {again}", "F-1", "'=SUM(A1)", "3"],
        ["3", "Price", f"a formula (=1+1) with no saved value; {again}", "F-2", "Mug", "'=1+1"]]

    from app.core.workspace import Workspace

    ws = Workspace(tmp_path / "data")
    try:
        with ws.db.session() as s:
            cat = s.scalars(select(Catalogue)).one()
            assert cat.source_info["blank_rows"] == 0
            assert cat.source_info["warnings"] == [
                f"column Description: a formula with no saved value (=UPPER(B4)) on row 4, imported empty; {again} to keep it"]
            assert [(i.sku, str(i.unit_value), i.description) for i in s.scalars(select(Item))] == [("F-3", "2", "")]
        assert [(r.row_number, r.column, r.value) for r in services.import_rejections(ws, cat.id)] == [
            (2, "Title", "=SUM(A1)"), (3, "Price", "=1+1")]
    finally:
        ws.close()
