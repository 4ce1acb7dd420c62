"""Number columns read with one decimal mark each; every problem of a rejected row; repeated headers."""
from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from app.core import services
from app.core.catalogue import parse_catalogue
from app.core.tables import Catalogue, ImportRejection, Item
from app.core.values import number_style, parse_decimal

HEADER = ["sku", "title", "price", "weight_kg"]


def _csv(path: Path, rows: list[list[str]], header: list[str] = HEADER, delimiter: str = ",") -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=delimiter)
        w.writerow(header)
        w.writerows(rows)
    return path


def _weights(ws) -> dict[str, float | None]:  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        return {sku: kg for sku, kg in s.execute(select(Item.sku, Item.net_weight_kg))}


@pytest.mark.parametrize("text,style", [
    ("1,250", "ambiguous"), ("12.500", "ambiguous"), ("-2,000", "ambiguous"),
    ("0,5", "comma"), ("12,50", "comma"), ("1.234,50", "comma"), ("1.250.000", "comma"), ("0,500", "comma"),
    ("1234,567", "comma"), ("0.5", "dot"), ("1,234.50", "dot"), ("1,250,000", "dot"), ("0.250", "dot"),
    ("250", None), ("$ 7", None)])
def test_number_style_tells_proof_from_ambiguity(text: str, style: str | None) -> None:
    assert number_style(text) == style


@pytest.mark.parametrize("text,comma,value", [("0,500", False, "0.5"), ("0.250", True, "0.25"), ("1.250.000", False, "1250000"),
                                              ("1,250", True, "1.25"), ("1,250", False, "1250"), ("1.234,50", False, "1234.50")])
def test_a_number_that_shows_its_mark_is_read_by_it_whatever_the_column(text: str, comma: bool, value: str) -> None:
    assert parse_decimal(text, comma) == Decimal(value)


def test_only_ambiguous_weights_are_imported_with_a_warning_naming_rows_and_both_readings(ws, tmp_path: Path) -> None:
    path = _csv(tmp_path / "w.csv", [["A1", "Steel pan", "5", "1,250"], ["A2", "Iron pot", "6", "2,000"],
                                     ["A3", "Lid", "2", "3"]])
    report = services.import_catalogue(ws, path)
    assert _weights(ws) == {"A1": 1250.0, "A2": 2000.0, "A3": 3.0}
    two_way, heavy = report.warnings
    assert two_way.startswith("w.csv, column weight_kg: 2 numbers can be read two ways")
    assert "row 2: 1,250 read as 1250 (1.25 with a decimal comma)" in two_way
    assert "row 3: 2,000 read as 2000 (2 with a decimal comma)" in two_way
    assert "write 1250 or 1,25 to say which" in two_way
    assert heavy.startswith("w.csv, column weight_kg: 2 items weigh more than 100 kg each (row 2: 1,250 = 1250 kg; "
                            "row 3: 2,000 = 2000 kg)")
    with ws.db.session() as s:  # kept with the catalogue, for the report shown later
        assert s.scalars(select(Catalogue)).one().source_info["warnings"] == report.warnings


def test_a_decimal_comma_anywhere_in_the_column_settles_every_row_before_and_after_it(ws, tmp_path: Path) -> None:
    """The proof comes far below the first rows, past what the preview sees."""
    rows = [["A1", "Steel pan", "5", "1,250"], ["A2", "Iron pot", "5", "2,000"]]
    rows += [[f"F-{n}", f"Filler {n}", "5", "1"] for n in range(80)]
    rows += [["A3", "Cup", "5", "0,5"], ["A4", "Bowl", "5", "1,234"]]
    report = services.import_catalogue(ws, _csv(tmp_path / "late.csv", rows))
    weights = _weights(ws)
    assert (weights["A1"], weights["A2"], weights["A3"], weights["A4"]) == (1.25, 2.0, 0.5, 1.234)
    assert report.imported == 84 and report.warnings == []


def test_a_decimal_point_settles_the_column_the_other_way(tmp_path: Path) -> None:
    parsed = parse_catalogue(_csv(tmp_path / "dot.csv", [["A1", "Pan", "1,234", "1,250"], ["A2", "Pot", "1,234.50", "0.5"]]))
    assert [(r.unit_value, r.net_weight_kg) for r in parsed.records] == [(Decimal("1234"), 1250.0), (Decimal("1234.50"), 0.5)]
    assert parsed.warnings == [
        "dot.csv, column weight_kg: 1 item weighs more than 100 kg each (row 2: 1,250 = 1250 kg); check the number, "
        "its decimal mark and its unit before the weight goes onto a packing list"]


def test_each_column_has_its_own_mark_and_what_worked_still_works(tmp_path: Path) -> None:
    rows = [["A1", "Pan", "1.234,50", "250 g"], ["A2", "Pot", "12,50", "1,2 kg"], ["A3", "20,000 mAh power bank", "9,90", "0,3"],
            ["A4", "Mug", "1.250", "1.250 g"]]
    parsed = parse_catalogue(_csv(tmp_path / "mixed.csv", rows, delimiter=";"))
    assert [(r.title, r.unit_value, r.net_weight_kg) for r in parsed.records] == [
        ("Pan", Decimal("1234.50"), 0.25), ("Pot", Decimal("12.50"), 1.2), ("20,000 mAh power bank", Decimal("9.90"), 0.3),
        ("Mug", Decimal("1250"), 1.25)]
    assert parsed.warnings == []


def test_a_column_without_proof_follows_the_other_number_columns_and_says_so(tmp_path: Path) -> None:
    parsed = parse_catalogue(_csv(tmp_path / "idr.csv", [["A1", "Pan", "12,50", "1,250"], ["A2", "Pot", "3,75", "2"]]))
    assert [r.net_weight_kg for r in parsed.records] == [1.25, 2.0]
    assert len(parsed.warnings) == 1
    assert "row 2: 1,250 read as 1.25 (1250 with a decimal point)" in parsed.warnings[0]
    assert "Read with a decimal comma, as the file's other number columns show" in parsed.warnings[0]


def test_a_column_showing_both_marks_is_named(tmp_path: Path) -> None:
    rows = [["A1", "Pan", "0,5", "1"], ["A2", "Pot", "2,000", "1"], ["A3", "Cup", "1.5", "1"]]
    parsed = parse_catalogue(_csv(tmp_path / "both.csv", rows))
    assert [r.unit_value for r in parsed.records] == [Decimal("0.5"), Decimal("2.000"), Decimal("1.5")]
    assert parsed.warnings == [
        "both.csv, column price: both decimal marks appear (a decimal comma on row 2: 0,5; a decimal point on row 4: 1.5); "
        "each value that shows its mark was read by it, the others with a decimal comma, as the column shows first; "
        "check 1 number that read two ways (row 3: 2,000), read as 2 and so on"]


def test_number_cells_of_a_workbook_are_read_as_numbers(tmp_path: Path) -> None:
    wb = Workbook()
    sheet = wb.active
    sheet.append(HEADER)
    sheet.append(["A1", "Pan", 1.234, 2.5])  # real numbers: their point is the program's, never two-way
    sheet.append(["A2", "Pot", "0,5", "1,5"])  # text that shows a decimal comma
    sheet.append(["A3", "Lid", "1.250", 1234])
    wb.save(tmp_path / "book.xlsx")
    parsed = parse_catalogue(tmp_path / "book.xlsx")
    assert [(r.unit_value, r.net_weight_kg) for r in parsed.records] == [
        (Decimal("1.234"), 2.5), (Decimal("0.5"), 1.5), (Decimal("1250"), 1234.0)]
    assert parsed.warnings == [
        "book.xlsx, column weight_kg: 1 item weighs more than 100 kg each (row 4: 1234 = 1234 kg); check the number, "
        "its decimal mark and its unit before the weight goes onto a packing list"]


# every problem of a rejected row ---------------------------------------------------------------
ODD = ["sku", "title", "origin", "weight_kg", "price"]


def test_a_rejected_row_names_every_problem_with_its_column(ws, tmp_path: Path) -> None:
    path = _csv(tmp_path / "odd.csv", [["B1", "Cup", "XX", "heavy", "abc"], ["B2", "", "TH", "-1", "5"],
                                       ["B3", "Mug", "TH", "1", "5"]], ODD)
    report = services.import_catalogue(ws, path)
    assert report.imported == 1 and len(report.rejected) == 2
    assert [(r.row_number, r.problems) for r in report.rejected] == [
        (2, [("price", "not a number: 'abc'", "abc"), ("origin", "unknown country 'XX'", "XX"),
             ("weight_kg", "not a weight: 'heavy'", "heavy")]),
        (3, [("title", "missing title", ""), ("weight_kg", "negative weight -1", "-1")])]
    assert services.import_rejections(ws, report.catalogue_id) == report.rejected
    with ws.db.session() as s:
        cat = s.get(Catalogue, report.catalogue_id)
        assert (cat.rows_read, cat.rows_imported, cat.rows_rejected) == (3, 1, 2)
        assert s.query(ImportRejection).count() == 5

    out = tmp_path / "report.csv"
    assert services.export_import_report(ws, report.catalogue_id, out) == 2
    with open(out, encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f))
    assert lines[0] == ["row", "column", "reason", *ODD]
    assert lines[1] == ["2", "price | origin | weight_kg", "not a number: 'abc' | unknown country 'XX' | not a weight: 'heavy'",
                        "B1", "Cup", "XX", "heavy", "abc"]
    assert lines[2] == ["3", "title | weight_kg", "missing title | negative weight -1", "B2", "", "TH", "'-1", "5"]


def test_the_command_line_prints_every_problem(tmp_path: Path, capsys) -> None:
    from app.cli import main

    path = _csv(tmp_path / "odd.csv", [["B1", "Cup", "XX", "heavy", "1"]], ODD)
    assert main(["--data-dir", str(tmp_path / "data"), "import", str(path)]) == 2  # every row was rejected
    out = capsys.readouterr().out.splitlines()
    assert out[-2:] == ["  row 2, column origin: unknown country 'XX'", "  row 2, column weight_kg: not a weight: 'heavy'"]


def test_the_import_report_window_lists_every_problem(qtbot, ws, tmp_path: Path) -> None:
    from app.gui.import_report import ImportReportDialog

    path = _csv(tmp_path / "odd.csv", [["B1", "Cup", "XX", "heavy", "1"], ["B2", "Mug", "TH", "1", "1"]], ODD)
    dialog = ImportReportDialog(services.import_catalogue(ws, path))
    qtbot.addWidget(dialog)
    cells = [[dialog.table.item(r, c).text() for c in range(4)] for r in range(dialog.table.rowCount())]
    assert cells == [["2", "origin", "unknown country 'XX'", "XX"], ["2", "weight_kg", "not a weight: 'heavy'", "heavy"]]
    assert "Rejected 1;" in dialog.summary.text()


# repeated headers ------------------------------------------------------------------------------
def test_a_repeated_header_is_named_with_the_column_read(ws, tmp_path: Path) -> None:
    path = _csv(tmp_path / "dup.csv", [["C1", "Pan", "5", "7"]], ["sku", "title", "price", "price"])
    report = services.import_catalogue(ws, path)
    assert report.warnings == [
        "dup.csv: 2 columns have the header 'price' (C and D): column C is read as Unit price; column D is kept as the "
        "attribute 'price (2)'. If another of them holds the right values, choose it in the column matching, "
        "or rename the headers"]
    with ws.db.session() as s:
        item = s.scalars(select(Item)).one()
        assert (item.unit_value, item.attributes) == (Decimal("5"), {"price (2)": "7"})

    chosen = services.ImportOptions(mapping={"sku": "sku", "title": "title", "price": "price (2)"})
    again = services.import_catalogue(ws, path, options=chosen)
    assert "column C is kept as the attribute 'price'; column D is read as Unit price" in again.warnings[0]
    with ws.db.session() as s:
        assert s.scalars(select(Item.unit_value)).one() == Decimal("7")


def test_headers_alike_but_for_case_are_named_and_repeats_of_other_columns_are_not(tmp_path: Path) -> None:
    path = _csv(tmp_path / "case.csv", [["C1", "Pan", "5", "7", "a.jpg", "b.jpg"]],
                ["SKU", "Title", "Price", "price", "Image", "Image"])
    assert parse_catalogue(path).warnings == [
        "case.csv: 2 columns have the header 'Price' / 'price' (C and D): column C is read as Unit price; column D is "
        "kept as the attribute 'price'. If another of them holds the right values, choose it in the column matching, "
        "or rename the headers"]  # the two Image columns are both kept as attributes: nothing to say


def test_a_counted_unit_takes_whole_quantities_a_measured_one_decimals(tmp_path: Path) -> None:
    from app.core.catalogue import parse_catalogue

    path = tmp_path / "q.csv"
    path.write_text("sku,title,price,currency,origin,quantity,unit\nQ-1,Cotton socks,5,USD,TH,1.5,pcs\n"
                    "Q-2,Rice,5,USD,TH,1.5,kg\nQ-3,Cup,5,USD,TH,2,pcs\nQ-4,Mug,5,USD,TH,2.5,\n", encoding="utf-8")
    parsed = parse_catalogue(path)
    assert sorted(r.sku for r in parsed.records) == ["Q-2", "Q-3"]
    assert {r.row_number: (r.column, r.reason.split(";")[0]) for r in parsed.rejections} == {
        2: ("quantity", "1.5 pcs is not a whole number"), 5: ("quantity", "2.5 pcs is not a whole number")}


def test_rupiah_with_a_thousands_comma_is_not_read_as_decimals(tmp_path: Path) -> None:
    """A decimal comma in the weights must not turn 15,000 rupiah into 15."""
    from app.core.catalogue import parse_catalogue

    path = tmp_path / "idr.csv"
    path.write_text('sku,title,price,currency,origin,weight_kg\nA,Batik shirt,"15,000",IDR,ID,"0,5"\n', encoding="utf-8")
    assert parse_catalogue(path).records[0].unit_value == 15000
    assert any("rupiah and dong amounts have no decimals" in w for w in parse_catalogue(path).warnings)
