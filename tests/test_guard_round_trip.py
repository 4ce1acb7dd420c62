"""Files Borderline writes read back as the values they hold: the formula guard's apostrophe comes off.

Exports put an apostrophe before text that begins with = + - @ (CSV) or mark it as text (XLSX)
so that a spreadsheet never runs it; every reader takes exactly that apostrophe off again.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.core import classifying, item_views, outputs, services
from app.core.catalogue import clean_cell, parse_catalogue, read_table
from app.core.evaluation import read_labelled
from app.core.export import write_table

ODD_SKUS = ["-5541", "=A1", "+66", "@home"]


def _write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


@pytest.mark.parametrize("text,read", [("'-5541", "-5541"), ("'=A1", "=A1"), ("'+66", "+66"), ("'@home", "@home"),
                                       ("'\t=1", "=1"), ("'abc", "'abc"), ("O'Brien", "O'Brien"), ("''=x", "''=x"),
                                       ("'", "'"), ("' -1", "' -1"), ("  '-1  ", "-1")])
def test_only_the_guards_apostrophe_is_taken_off(text: str, read: str) -> None:
    assert clean_cell(text) == read


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_odd_skus_go_through_the_queue_export_and_come_back_as_decisions(ws, tmp_path: Path, suffix: str) -> None:
    catalogue = _write(tmp_path / "oddsku.csv", ["sku", "title"],
                       [[sku, title] for sku, title in zip(ODD_SKUS, ["Steel pan", "Iron pot", "Cotton tee", "Mug"])])
    services.import_catalogue(ws, catalogue)
    classifying.classify_pending(ws)  # no origin: every item waits for review
    queue = tmp_path / f"q{suffix}"
    outputs.export_queue(ws, queue)
    if suffix == ".csv":
        with open(queue, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        assert sorted(r[0] for r in rows[1:]) == sorted(f"'{s}" for s in ODD_SKUS)  # the guard is on
        header = rows[0]
        for r in rows[1:]:
            r[header.index("hs_code")], r[header.index("reviewer")] = r[header.index("code_1")], "Ana"
        with open(queue, "w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows(rows)
    else:
        wb = load_workbook(queue)
        sheet = wb.active
        header = [c.value for c in sheet[1]]
        assert sorted(r[0].value for r in sheet.iter_rows(min_row=2)) == sorted(ODD_SKUS)
        assert all(r[0].quotePrefix and r[0].data_type == "s" for r in sheet.iter_rows(min_row=2))
        for r in sheet.iter_rows(min_row=2):
            r[header.index("hs_code")].value = r[header.index("code_1")].value
            r[header.index("reviewer")].value = "Ana"
        wb.save(queue)
    result = outputs.apply_decisions_file(ws, queue)
    assert result.rejected == []
    assert result.applied == len(ODD_SKUS)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_import_report_imports_again_as_written(ws, tmp_path: Path, suffix: str) -> None:
    catalogue = _write(tmp_path / "c.csv", ["sku", "title", "weight_kg"],
                       [["-5541", "Steel pan", "-1"], ["=A1", "Iron pot", "+2 kg"], ["OK-1", "Mug", "0.3"]])
    first = services.import_catalogue(ws, catalogue)
    assert [(r.row_number, r.column, r.reason, r.value) for r in first.rejected] == [
        (2, "weight_kg", "negative weight -1", "-1")]
    report = tmp_path / f"report{suffix}"
    services.export_import_report(ws, first.catalogue_id, report)
    if suffix == ".csv":
        assert "'-5541,Steel pan,'-1" in report.read_text(encoding="utf-8-sig")

    again = services.import_catalogue(ws, report)
    assert [(r.row_number, r.column, r.reason, r.value) for r in again.rejected] == [
        (2, "weight_kg", "negative weight -1", "-1")]
    # corrected in the file and imported once more: the SKU is the one of the catalogue
    fixed = tmp_path / "fixed.csv"
    write_table(fixed, ["sku", "title", "weight_kg"], [["-5541", "Steel pan", "1"]])
    assert services.import_catalogue(ws, fixed).added == 1
    assert item_views.item_id_for_sku(ws, "-5541") is not None


def test_a_written_table_reads_back_as_the_values_it_holds(tmp_path: Path) -> None:
    """predict input, labelled files and catalogues read what export-items and the other exports write."""
    values = [["-5541", "=cheap mug", "691200"], ["@home", "+plus tee", "610910"], ["'abc", "O'Brien's tea", "090240"]]
    for suffix in (".csv", ".xlsx"):
        path = tmp_path / f"items{suffix}"
        write_table(path, ["sku", "title", "hs_code"], values)
        assert read_table(path).values.tolist() == values
        assert [i.text for i in read_labelled(path)] == ["=cheap mug", "+plus tee", "O'Brien's tea"]
        assert [(r.sku, r.title) for r in parse_catalogue(path).records] == [(v[0], v[1]) for v in values]
