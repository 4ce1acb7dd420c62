"""A catalogue's HS code column as sellers in South-East Asia fill it: 8- and 10-digit national
tariff lines read at the subheading of their first six digits (the line kept with the item, the
report counting them once per file), and codes that a spreadsheet keeps as numbers read back
as typed (6214.1 was 6214.10), each such cell named in the report."""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from app.core import catalogue_codes, item_views, services
from app.core.tables import Item
from tests.test_catalogue_codes import HEADER, row, write

KEPT = "the row is imported and the code kept as written, but not used"


def imported(ws) -> dict[str, tuple[str | None, str | None]]:
    """SKU -> (the six digits stored, the cell kept with the item)."""
    with ws.db.session() as s:
        return {i.sku: (i.catalogue_code, i.attributes.get("HS Code")) for i in s.scalars(select(Item))}


def code_warnings(report) -> list[str]:  # type: ignore[no-untyped-def]
    return [w for w in report.warnings if "HS Code" in w]


def test_national_tariff_lines_are_read_at_their_subheading_and_kept_as_written(ws, tmp_path: Path) -> None:
    lines = {"L-1": "6109.10.10", "L-2": "61091010", "L-3": "6109.10.10.00", "L-4": "6109.10.00.10",
             "L-5": "6109100010", "L-6": "6109 10 10", "L-7": "4202.22.10"}
    refused = {"R-1": "6199.10.10", "R-2": "6109", "R-3": "6109101", "R-4": "610910100", "R-5": "61091010001",
               "R-6": "6214.1", "R-7": "61991010"}
    path = write(tmp_path / "ahtn.csv", [row(sku, f"Item {sku}", code) for sku, code in {**lines, **refused}.items()]
                 + [row("S-1", "Teak bowl", "4419.20")])
    report = services.import_catalogue(ws, path)
    assert (report.added, report.rejected, report.codes_read) == (15, [], 8)
    assert code_warnings(report) == [
        f"ahtn.csv, row 9, column HS Code: '6199.10.10' has the 8 digits of a national tariff line, but its first six "
        f"(619910) are no HS 2022 subheading; {KEPT}",
        "ahtn.csv, row 10, column HS Code: '6109' is an HS heading, not a subheading: give the six-digit HS 2022 "
        f"subheading of the goods (under this heading: 610910, 610990); {KEPT}",
        f"ahtn.csv, row 11, column HS Code: '6109101' is not a six-digit HS 2022 subheading; {KEPT}",
        f"ahtn.csv, row 12, column HS Code: '610910100' is not a six-digit HS 2022 subheading; {KEPT}",
        f"ahtn.csv, row 13, column HS Code: '61091010001' is not a six-digit HS 2022 subheading; {KEPT}",
        # a CSV has no numbers: "6214.1" is the text the seller wrote, refused as written
        f"ahtn.csv, row 14, column HS Code: '6214.1' is not a six-digit HS 2022 subheading; {KEPT}",
        f"ahtn.csv, row 15, column HS Code: '61991010' has the 8 digits of a national tariff line, but its first six "
        f"(619910) are no HS 2022 subheading; {KEPT}",
        # the lines: once for the file, counted
        "ahtn.csv, column HS Code: 7 codes are national tariff lines, on 7 rows (2, 3, 4, 5, 6, 7, 8); each is read at "
        "its first six digits, the HS 2022 subheading it belongs to, and kept as written with its item"]
    got = imported(ws)
    assert {sku: got[sku] for sku in lines} == {sku: (line.replace(".", "").replace(" ", "")[:6], line)
                                                for sku, line in lines.items()}
    assert {sku: got[sku] for sku in refused} == {sku: (None, code) for sku, code in refused.items()}
    assert got["S-1"] == ("441920", "4419.20")


def test_one_national_line_and_many_are_counted_in_one_line(ws, tmp_path: Path) -> None:
    one = write(tmp_path / "one.csv", [row("A-1", "Teak bowl", "4419.20"), row("A-2", "T-shirt", "6109.10.10")])
    assert code_warnings(services.import_catalogue(ws, one)) == [
        "one.csv, column HS Code: a code is a national tariff line, on row 3; it is read at its first six digits, the HS "
        "2022 subheading it belongs to, and kept as written with its item"]
    many = write(tmp_path / "many.csv", [row(f"M-{n}", f"T-shirt {n}", f"6109.10.{n:02d}") for n in range(25)])
    report = services.import_catalogue(ws, many)
    assert report.codes_read == 25
    assert code_warnings(report) == [
        "many.csv, column HS Code: 25 codes are national tariff lines, on 25 rows (2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 15 "
        "more); each is read at its first six digits, the HS 2022 subheading it belongs to, and kept as written with its "
        "item"]


@pytest.mark.parametrize(("number", "shown", "code"), [
    ("6214.1", "6214.1", "6214.10"), ("101.21", "101.21", "0101.21"), ("10121", "10121", "010121"),
    ("61091010", "61091010", "61091010"), ("6109.101", "6109.101", "6109.10.10"), ("6109.1", "6109.1", "6109.10"),
    ("6109.10001", "6109.10001", "6109.10.00.10"), ("1012110", "1012110", "01012110"),
    ("101211000", "101211000", "0101211000"), ("6214.15", "6214.15", "6214.15"), ("6109.1015", "6109.1015", "6109.10.15"),
    ("6214.1000000000004", "6214.1", "6214.10"), ("6214", "6214", "6214")])
def test_a_number_is_read_back_as_the_code_typed(number: str, shown: str, code: str) -> None:
    assert catalogue_codes.from_number(number) == (shown, code)


@pytest.mark.parametrize("number", ["-6214.1", "1e-05", "12345.6", "6109.1234567", "inf", "nan", "abc"])
def test_a_number_that_reads_as_no_code_is_left_as_it_is(number: str) -> None:
    assert catalogue_codes.from_number(number) is None


def codes_workbook(path: Path, cells: dict[str, object]) -> Path:
    """A workbook as openpyxl writes it, one row per SKU, the HS code cell as given (a number
    stays a number); the SKU column is numbers too, and a Notes column holds one."""
    wb = Workbook()
    sheet = wb.active
    sheet.append([*HEADER, "Notes"])
    for n, (sku, code) in enumerate(cells.items()):
        sheet.append([*row(sku, f"Item {sku}", "")[:-1], code, 101.21])
        sheet.cell(n + 2, 4).value = 12.5  # the price, a number
    sheet.append([10121, "Numeric SKU mug", "Thailand", 3.5, "USD", 0.3, "6109.10.10", 10121])
    wb.save(path)
    return path


NUMBERS: dict[str, object] = {"N-1": 6214.1, "N-2": 101.21, "N-3": 10121, "N-4": 61091010.0, "N-5": 6109.101,
                              "N-6": 610910, "N-7": 4202.22, "N-8": 9999.1, "N-9": 6109, "N-10": 6109100010}


def _number_report(file: str) -> list[str]:
    return [
        f"{file}, row 9, column HS Code: the cell holds the number 9999.1, read as 9999.10: '9999.10' is not an HS 2022 "
        f"subheading; {KEPT}",
        f"{file}, row 10, column HS Code: '6109' is an HS heading, not a subheading: give the six-digit HS 2022 "
        f"subheading of the goods (under this heading: 610910, 610990); {KEPT}",
        f"{file}, row 2, column HS Code: the cell holds the number 6214.1; read as 6214.10 — format the column as text "
        "in the spreadsheet",
        f"{file}, row 3, column HS Code: the cell holds the number 101.21; read as 0101.21 — format the column as text "
        "in the spreadsheet",
        f"{file}, row 4, column HS Code: the cell holds the number 10121; read as 010121 — format the column as text in "
        "the spreadsheet",
        f"{file}, row 6, column HS Code: the cell holds the number 6109.101; read as 6109.10.10 — format the column as "
        "text in the spreadsheet",
        f"{file}, column HS Code: 4 codes are national tariff lines, on 4 rows (5, 6, 11, 12); each is read at its first "
        "six digits, the HS 2022 subheading it belongs to, and kept as written with its item"]


def _check_numbers(ws, report, file: str) -> None:  # type: ignore[no-untyped-def]
    assert (report.added, report.rejected, report.codes_read) == (11, [], 9)
    assert code_warnings(report) == _number_report(file)
    got = imported(ws)
    assert {sku: got[sku] for sku in NUMBERS} == {
        "N-1": ("621410", "6214.10"), "N-2": ("010121", "0101.21"), "N-3": ("010121", "010121"),
        "N-4": ("610910", "61091010"), "N-5": ("610910", "6109.10.10"), "N-6": ("610910", "610910"),
        "N-7": ("420222", "4202.22"), "N-8": (None, "9999.10"), "N-9": (None, "6109"),
        "N-10": ("610910", "6109100010")}
    # the other columns are read as before: a number SKU, price and note keep their digits
    with ws.db.session() as s:
        mug = s.scalars(select(Item).where(Item.sku == "10121")).one()
        assert (mug.catalogue_code, mug.attributes, str(mug.unit_value)) == (
            "610910", {"HS Code": "6109.10.10", "Notes": "10121"}, "3.5")
        assert s.scalars(select(Item).where(Item.sku == "N-2")).one().attributes["Notes"] == "101.21"


def test_codes_a_workbook_keeps_as_numbers_are_read_back_and_named(ws, tmp_path: Path) -> None:
    path = codes_workbook(tmp_path / "numbers.xlsx", NUMBERS)
    _check_numbers(ws, services.import_catalogue(ws, path), "numbers.xlsx")


def test_codes_an_opendocument_sheet_keeps_as_numbers_are_read_back_and_named(ws, tmp_path: Path) -> None:
    import pandas as pd
    from openpyxl import load_workbook

    book = load_workbook(codes_workbook(tmp_path / "numbers.xlsx", NUMBERS)).active
    table = [list(r) for r in book.iter_rows(values_only=True)]
    path = tmp_path / "numbers.ods"
    with pd.ExcelWriter(path, engine="odf") as xw:
        pd.DataFrame(table[1:], columns=table[0], dtype=object).to_excel(xw, sheet_name="Products", index=False)
    _check_numbers(ws, services.import_catalogue(ws, path), "numbers.ods")


def test_many_codes_read_back_from_numbers_are_named_first_then_counted(ws, tmp_path: Path) -> None:
    path = codes_workbook(tmp_path / "many.xlsx", {f"X-{n}": 6214.1 for n in range(25)})
    report = services.import_catalogue(ws, path)
    named = [w for w in report.warnings if w.startswith("many.xlsx, row")]
    assert len(named) == 10 and named[0] == ("many.xlsx, row 2, column HS Code: the cell holds the number 6214.1; read "
                                             "as 6214.10 — format the column as text in the spreadsheet")
    assert ("many.xlsx, column HS Code: 15 more cells hold their code as a number, on 15 rows (12, 13, 14, 15, 16, 17, "
            "18, 19, 20, 21 and 5 more); each is read back the same way — format the column as text in the "
            "spreadsheet") in report.warnings
    assert report.codes_read == 26


def test_the_item_detail_names_the_line_the_catalogue_writes(ws, tmp_path: Path) -> None:
    path = write(tmp_path / "ahtn.csv", [row("A-1", "T-shirt", "6109.10.10"), row("A-2", "Scarf", "6214.10"),
                                         row("A-3", "Bowl", "441920")])
    services.import_catalogue(ws, path)
    details = {sku: item_views.item_detail(ws, item_views.item_id_for_sku(ws, sku)) for sku in ("A-1", "A-2", "A-3")}
    assert {sku: (d.catalogue.code, d.catalogue_written) for sku, d in details.items()} == {  # type: ignore[union-attr]
        "A-1": ("610910", "6109.10.10"), "A-2": ("621410", ""), "A-3": ("441920", "")}
