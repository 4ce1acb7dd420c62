"""File > Import decisions and `borderline decide` at scale: progress, a cancel that records
nothing (the file is one transaction), and rejected rows summed up by reason and saved to a file
to correct and import again. The statistics code 999999 is no HS 2022 subheading, wherever a
code is given."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.core import decisions_file, reviewing
from app.core.catalogue import CatalogueError
from app.core.jobs import Cancelled
from app.core.nomenclature import nomenclature
from app.core.tables import AuditEntry, Decision, Flag, Item
from tests.test_export_streaming import Recorder, _flagged


def _decisions(path: Path, rows: list[tuple[str, str]], reviewer: str = "Ana") -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["sku", "hs_code", "note", "reviewer"])
        for sku, code in rows:
            w.writerow([sku, code, "", reviewer])
    return path


def test_a_decisions_import_reports_progress_and_a_cancel_changes_nothing(ws, tmp_path: Path, monkeypatch) -> None:
    skus = _flagged(ws, 20, ())
    monkeypatch.setattr(decisions_file, "CHUNK", 3)
    path = _decisions(tmp_path / "d.csv", [(sku, "610910") for sku in skus])
    with ws.db.session() as s:
        audit_before = s.scalar(select(func.count(AuditEntry.id)))
    with pytest.raises(Cancelled):
        decisions_file.apply_decisions_file(ws, path, progress=Recorder(cancel_at=4))
    with ws.db.session() as s:
        assert s.scalar(select(func.count(Decision.id))) == 0
        assert s.scalar(select(func.count(AuditEntry.id))) == audit_before
        assert set(s.scalars(select(Item.status))) == {"flagged"}
    rec = Recorder()
    rep = decisions_file.apply_decisions_file(ws, path, progress=rec)
    assert rep.applied == 20 and rep.rejected == []
    messages = [m for _, m in rec.reports]
    assert "9 of 20 rows checked" in messages and messages[-1] == "Saving 20 decisions"
    fractions = [f for f, _ in rec.reports]
    assert fractions == sorted(fractions)


def test_rejected_decision_rows_are_summed_up_by_reason_and_saved_to_correct_and_import_again(
        ws, tmp_path: Path) -> None:
    skus = _flagged(ws, 12, ())
    rows = [(skus[0], "610910"), (skus[1], "999999"), (skus[2], "999999"), (skus[3], "ABC123"), (skus[4], "6109"),
            (skus[5], "61091000"), ("NOPE-1", "610910"), ("NOPE-2", "610910"), ("NOPE-3", "610910")]
    path = _decisions(tmp_path / "filled.csv", rows)
    rep = decisions_file.apply_decisions_file(ws, path)
    assert rep.applied == 1 and len(rep.rejected) == 8
    groups = decisions_file.reason_groups(rep, examples=2)
    assert [(g.kind, g.count) for g in groups] == [
        (decisions_file.NO_ITEM, 3), (decisions_file.STATISTICS_CODE, 2), (decisions_file.NO_SUBHEADING, 2),
        (decisions_file.NATIONAL_LINE, 1)]
    assert groups[0].examples == [(8, "sku", "no item with SKU 'NOPE-1'"), (9, "sku", "no item with SKU 'NOPE-2'")]
    assert "trade-statistics code" in groups[1].examples[0][2]

    saved = tmp_path / "filled-rejected.csv"
    assert decisions_file.export_rejected(rep, saved) == 8
    with open(saved, encoding="utf-8-sig", newline="") as f:
        table = list(csv.DictReader(f))
    assert list(table[0]) == decisions_file.REJECTED_HEADERS
    assert [(r["row"], r["sku"], r["hs_code"], r["column"]) for r in table[:2]] == [
        ("3", skus[1], "999999", "hs_code"), ("4", skus[2], "999999", "hs_code")]
    # corrected in the saved file, it imports as it is (its extra columns are ignored)
    for r in table:
        if r["sku"].startswith("T-"):
            r["hs_code"] = "620520"
    with open(saved, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=decisions_file.REJECTED_HEADERS)
        w.writeheader()
        w.writerows(table)
    again = decisions_file.apply_decisions_file(ws, saved)
    assert again.applied == 5 and [why for _n, _c, why in again.rejected] == [
        "no item with SKU 'NOPE-1'", "no item with SKU 'NOPE-2'", "no item with SKU 'NOPE-3'"]


def test_an_item_with_a_blocking_flag_needs_a_note_in_the_file(ws, tmp_path: Path) -> None:
    skus = _flagged(ws, 2, ())
    with ws.db.session() as s:
        item = s.scalars(select(Item).where(Item.sku == skus[0])).one()
        item.flags.append(Flag(market="SG", rule_id="BAN-SG", severity="block", reason="banned", trigger="x"))
    rep = decisions_file.apply_decisions_file(ws, _decisions(tmp_path / "d.csv", [(skus[0], "610910"), (skus[1], "610910")]))
    assert rep.applied == 1 and rep.rejected == [
        (2, "note", f"SKU '{skus[0]}' has a blocking flag (BAN-SG): say in a note why it may ship under 610910")]
    assert [g.kind for g in decisions_file.reason_groups(rep)] == [decisions_file.NEEDS_NOTE]


def test_the_command_line_sums_up_many_rejected_rows_and_writes_them_all(tmp_path: Path, capsys) -> None:
    from app.core.workspace import Workspace

    data = tmp_path / "data"
    ws = Workspace(data)
    try:
        skus = _flagged(ws, 5, ())
    finally:
        ws.close()
    rows = [(skus[0], "610910")] + [(f"NOPE-{i}", "610910") for i in range(30)] + [(skus[1], "999999")]
    path = _decisions(tmp_path / "big.csv", rows)
    assert main(["--data-dir", str(data), "decide", str(path)]) == 5  # applied in part
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == f"{path}: 1 decision applied, 31 rows rejected"
    said = [line.strip() for line in lines]
    assert "30 × no item with this SKU" in said and "1 × a trade-statistics code, not an HS 2022 subheading" in said
    assert "e.g. big.csv, row 3, column sku: no item with SKU 'NOPE-0'" in said
    assert len(lines) < 12  # not one line per row
    written = tmp_path / "big-rejected.csv"
    assert lines[-1] == f"wrote 31 rejected rows, with their reasons, to {written}"
    with open(written, encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.DictReader(f))) == 31

    few = _decisions(tmp_path / "few.csv", [("NOPE-1", "610910")])  # a few are listed; a file only when asked
    chosen = tmp_path / "out" / "rejected.xlsx"
    assert main(["--data-dir", str(data), "decide", str(few), "--rejected", str(chosen)]) == 2
    out = capsys.readouterr().out
    assert "  row 2, column sku: no item with SKU 'NOPE-1'" in out and chosen.exists()
    assert not (tmp_path / "few-rejected.csv").exists()


# codes that are no HS 2022 subheading -------------------------------------------------------------
def test_the_statistics_code_999999_is_no_hs_2022_subheading(ws, tmp_path: Path) -> None:
    nom = nomenclature()
    assert not nom.is_subheading("999999") and nom.is_statistical("999999")
    assert "99" not in [e.code for e in nom.chapters()] and "999999" not in nom.subheadings()
    with pytest.raises(ValueError, match="'999999' is a trade-statistics code .* not an HS 2022 subheading"):
        nom.validate("999999")
    with pytest.raises(ValueError, match="'999999' is a trade-statistics code"):
        nom.validate("9999.99")  # as tariffs print it
    # a reviewer's override in the window
    skus = _flagged(ws, 2, ())
    with ws.db.session() as s:
        item_id = s.scalars(select(Item.id).where(Item.sku == skus[0])).one()
    with pytest.raises(ValueError, match="trade-statistics code"):
        reviewing.decide(ws, [item_id], "999999", "Ana", "")
    # a decisions file
    rep = decisions_file.apply_decisions_file(ws, _decisions(tmp_path / "d.csv", [(skus[1], "999999")]))
    assert rep.applied == 0 and rep.rejected == [(2, "hs_code", "'999999' is a trade-statistics code (\"Commodities not "
                                                  "specified according to kind\"), not an HS 2022 subheading: give the "
                                                  "subheading of the goods")]
    # a labelled file (evaluate, bench learning)
    from app.core.evaluation import read_labelled

    labelled = tmp_path / "labelled.csv"
    labelled.write_text("title,hs_code\nCotton tee,610910\nMystery goods,999999\n", encoding="utf-8")
    with pytest.raises(CatalogueError, match="row 3, column hs_code: '999999' is a trade-statistics code"):
        read_labelled(labelled)
    with ws.db.session() as s:
        assert s.scalar(select(func.count(Decision.id))) == 0
