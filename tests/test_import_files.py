"""A corpus of hostile catalogue files, generated here, and exactly what each one yields.

Every case writes the same kind of content in a different shape (encoding, delimiter,
workbook format, broken file) and asserts the rows imported, the rows rejected and the
messages, byte for byte.
"""
from __future__ import annotations

import csv
import io
import unicodedata
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.core.catalogue import CatalogueError, parse_catalogue, read_layout
from app.core.fields import map_columns
from app.core.values import country_code, currency_code, parse_decimal, parse_weight_kg

HEADER = ["SKU", "Product Name", "Description", "Country of Origin", "Price", "Currency", "Weight (kg)"]
ROWS = [
    ["EN-1", "Men's cotton T-shirt, \"plain\" white", "Short sleeve\nknitted tee", "Thailand", "6.50", "USD", "0.18"],
    ["MS-1", "Baju kurung sutera wanita", "Kain sutera asli", "Malaysia", "89.00", "MYR", "0.35"],
    ["TH-1", "ชุดกระเป๋าผ้าไหม สีแดง", "กระเป๋าถือผ้าไหมไทย", "ประเทศไทย", "450", "THB", "0.4"],
    ["VI-1", "Áo dài lụa tơ tằm cho nữ", "Hàng thủ công Việt Nam", "Viet Nam", "350000", "VND", "0.3"],
    ["ZH-1", "陶瓷咖啡杯 350毫升", "手工陶瓷杯", "China", "12.00", "CNY", "0.3"],
    ["EM-1", "Phone case 😀 glitter ✨", "<script>alert(1)</script>", "CN", "2.50", "USD", "0.05"],
    ["XSS-1", "<b>Bold</b> & <i>italic</i> mug", "=HYPERLINK(\"http://x\",\"y\")", "VN", "3.00", "USD", "0.3"],
    ["FX-1", "=SUM(A1:A9)", "+cmd|' /C calc'!A0", "VN", "1.00", "USD", "0.1"],
    ["BAD-1", "", "no title", "TH", "1.00", "USD", "0.1"],
    ["BAD-2", "Negative mug", "", "TH", "-3", "USD", "0.1"],
    ["EN-1", "Duplicate shirt", "", "TH", "1", "USD", "0.1"],
    ["BAD-3", "Odd money", "", "TH", "1", "ABC", "0.1"],
    ["BAD-4", "Heavy?", "", "TH", "1", "USD", "a lot"],
]
IMPORTED = ["EN-1", "MS-1", "TH-1", "VI-1", "ZH-1", "EM-1", "XSS-1", "FX-1"]
REJECTED = [
    (10, "Product Name", "missing title"),
    (11, "Price", "negative price -3"),
    (12, "SKU", "duplicate SKU 'EN-1' (first on row 2)"),
    (13, "Currency", "unknown currency 'ABC'"),
    (14, "Weight (kg)", "not a weight: 'a lot'"),
]


def _csv_text(delimiter: str = ",", rows: list[list[str]] = ROWS, header: list[str] = HEADER) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def _check(parsed, imported=IMPORTED, rejected=REJECTED, rows=ROWS) -> None:  # type: ignore[no-untyped-def]
    assert [r.sku for r in parsed.records] == imported
    assert [(r.row_number, r.column, r.reason) for r in parsed.rejections] == rejected
    by_sku = {r[0]: r for r in reversed(rows)}
    for rec in parsed.records:
        assert rec.title == by_sku[rec.sku][1]  # byte for byte
        assert rec.description == by_sku[rec.sku][2]


def _to_cp1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: base letters precomposed, tone marks combining."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        out.append(unicodedata.normalize("NFC", "".join(c for c in d if c not in tones)) + "".join(c for c in d if c in tones))
    return "".join(out).encode("cp1258")


# encodings and delimiters ------------------------------------------------------------------
@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_unicode_files_in_every_delimiter(tmp_path: Path, delimiter: str, encoding: str) -> None:
    p = tmp_path / ("c.tsv" if delimiter == "\t" else "c.csv")
    p.write_bytes(_csv_text(delimiter).encode(encoding))
    _check(parse_catalogue(p))
    assert read_layout(p).table.delimiter == delimiter


LEGACY = [
    # encoding, the rows it can carry, expected imported SKUs
    ("cp874", [ROWS[0], ROWS[2], ROWS[8]], ["EN-1", "TH-1"]),
    ("cp1252", [ROWS[0], ROWS[1], ROWS[8]] + [
        ["FR-1", "Crème brûlée dish, déjà vu", "Porcelaine façon grès", "FR", "4,50", "EUR", "0,3"]], ["EN-1", "MS-1", "FR-1"]),
]


@pytest.mark.parametrize("encoding,rows,imported", LEGACY, ids=[c[0] for c in LEGACY])
def test_legacy_encodings_are_detected(tmp_path: Path, encoding: str, rows: list[list[str]], imported: list[str]) -> None:
    p = tmp_path / "c.csv"
    p.write_bytes(_csv_text(";", rows).encode(encoding))
    parsed = parse_catalogue(p)
    assert read_layout(p).table.encoding == encoding
    assert [r.sku for r in parsed.records] == imported
    assert [r.reason for r in parsed.rejections] == ["missing title"]
    _check(parsed, imported, [(r.row_number, r.column, r.reason) for r in parsed.rejections], rows)


def test_vietnamese_windows_1258_is_detected_and_composed(tmp_path: Path) -> None:
    rows = [["VI-1", "Áo dài lụa tơ tằm cho nữ", "Hàng thủ công", "Việt Nam", "350.000", "VND", "0,3"],
            ["VI-2", "Đèn ngủ gốm sứ Bát Tràng", "Gốm sứ", "VN", "120.000", "VND", "1,2"]]
    p = tmp_path / "c.csv"
    p.write_bytes(_to_cp1258(_csv_text(";", rows)))
    layout = read_layout(p)
    assert layout.table.encoding == "cp1258" and layout.decimal_comma is True
    parsed = parse_catalogue(p)
    assert [unicodedata.normalize("NFC", r.title) for r in parsed.records] == [r[1] for r in rows]
    assert [r.unit_value for r in parsed.records] == [Decimal("350000"), Decimal("120000")]
    assert [r.net_weight_kg for r in parsed.records] == [0.3, 1.2]
    assert [r.origin for r in parsed.records] == ["VN", "VN"]


def test_encoding_can_be_overridden(tmp_path: Path) -> None:
    p = tmp_path / "c.csv"
    p.write_bytes(_csv_text(",", [ROWS[2]]).encode("cp874"))
    assert parse_catalogue(p, encoding="tis-620").records[0].title == ROWS[2][1]
    wrong = read_layout(p, encoding="latin-1").preview[0][1]
    assert wrong == ROWS[2][1].encode("cp874").decode("latin-1")  # the seller's choice wins, even when wrong
    with pytest.raises(CatalogueError, match="not valid utf-8"):
        parse_catalogue(p, encoding="utf-8")
    with pytest.raises(CatalogueError, match="'klingon' is not an encoding"):
        parse_catalogue(p, encoding="klingon")


# content -----------------------------------------------------------------------------------
def test_ragged_rows_blank_rows_and_control_characters(tmp_path: Path) -> None:
    text = ("SKU,Product Name,Price\r\n"
            "R-1,Short row\r\n"                       # fewer cells: padded
            "R-2,Long row,1.00,,\r\n"                 # trailing empty cells: fine
            "R-3,Shifted row,1.00,oops,more\r\n"      # extra cells with data: rejected
            ",,\r\n"                                  # blank: counted, not an item
            "R-4,Bell\x07 and\x00 nul,2\r\n"
            "\r\n"
            "R-5,\"Quoted, with comma\nand newline\",3\r\n")
    p = tmp_path / "c.csv"
    p.write_bytes(text.encode("utf-8"))
    parsed = parse_catalogue(p)
    assert [(r.sku, r.title) for r in parsed.records] == [
        ("R-1", "Short row"), ("R-2", "Long row"), ("R-4", "Bell and nul"), ("R-5", "Quoted, with comma\nand newline")]
    assert [(r.row_number, r.column, r.reason) for r in parsed.rejections] == [
        (4, "(extra cells)", "5 cells but the header has 3 columns; a delimiter or quote may be misplaced")]
    assert parsed.rejections[0].raw["(extra cells)"] == "oops | more"
    assert parsed.blank_rows == 2


def test_header_row_below_a_title_block_is_found(tmp_path: Path) -> None:
    text = "Shopee Mass Update,,\r\nExported 2026-11-01,,\r\n,,\r\nParent SKU,Product Name,Price\r\nS-1,Mug,2\r\n"
    p = tmp_path / "c.csv"
    p.write_text(text, encoding="utf-8")
    layout = read_layout(p)
    assert layout.header_row == 4 and layout.headers == ["Parent SKU", "Product Name", "Price"]
    parsed = parse_catalogue(p)
    assert [(r.row_number, r.sku, r.title) for r in parsed.records] == [(5, "S-1", "Mug")]


def test_very_long_fields_are_kept_whole(tmp_path: Path) -> None:
    long_title = "Handwoven rattan basket " * 40  # ~1,000 characters: the longest title taken
    huge = "x" * 200_000  # above the csv module's default limit: read whole, and rejected as too long
    p = tmp_path / "c.csv"
    p.write_text(_csv_text(",", [["L-1", long_title.strip(), "y" * 20_000, "TH", "1", "USD", "1"],
                                 ["L-2", "Rattan basket", huge, "TH", "1", "USD", "1"]]), encoding="utf-8")
    parsed = parse_catalogue(p)
    [rec] = parsed.records
    assert rec.title == long_title.strip() and len(rec.description) == 20_000
    [rj] = parsed.rejections
    assert rj.row_number == 3 and rj.reason.startswith("200,000 characters, longer than the 20,000")
    assert rj.raw[rj.column] == huge  # kept whole for the report


def test_units_countries_and_currencies_are_normalised(tmp_path: Path) -> None:
    header = ["Seller SKU", "Nama Produk", "Harga (Rp)", "Berat (gram)", "Negara Asal", "Stok", "Merek", "Variasi"]
    rows = [["T-1", "Kemeja batik", "150.000", "250", "Indonesia", "12", "Batik Keris", "Merah, L"],
            ["T-2", "Tas rotan", "Rp 75.000", "1,2 kg", "Viet Nam", "3", "", ""],
            ["T-3", "Sarung", "50.000", "8 oz", "Cina", "x", "", ""]]
    p = tmp_path / "tokopedia.csv"
    p.write_text(_csv_text(",", rows, header), encoding="utf-8")
    parsed = parse_catalogue(p)
    assert parsed.mapping == {"sku": "Seller SKU", "title": "Nama Produk", "origin": "Negara Asal", "price": "Harga (Rp)",
                              "weight_kg": "Berat (gram)", "quantity": "Stok", "brand": "Merek", "variation": "Variasi"}
    a, b = parsed.records
    assert (a.unit_value, a.currency, a.net_weight_kg, a.origin, a.quantity, a.brand, a.variation) == (
        Decimal("150000"), "IDR", 0.25, "ID", Decimal("12"), "Batik Keris", "Merah, L")
    assert (b.unit_value, b.currency, b.net_weight_kg, b.origin) == (Decimal("75000"), "IDR", 1.2, "VN")
    assert [(r.row_number, r.column, r.reason) for r in parsed.rejections] == [(4, "Stok", "not a quantity: 'x'")]


@pytest.mark.parametrize("headers,expected", [
    (["Product Name", "Parent SKU", "SKU", "Price", "Stock", "Weight", "Variation Name"],  # Shopee
     {"sku": "SKU", "title": "Product Name", "price": "Price", "weight_kg": "Weight", "quantity": "Stock",
      "variation": "Variation Name"}),
    (["*Product Name(English)", "SellerSKU", "Brand", "Package Weight (kg)", "Quantity", "Price"],  # Lazada
     {"sku": "SellerSKU", "title": "*Product Name(English)", "price": "Price", "weight_kg": "Package Weight (kg)",
      "quantity": "Quantity", "brand": "Brand"}),
    (["Product Name", "Seller SKU", "Parcel Weight(g)", "Retail Price (Local Currency)", "Quantity"],  # TikTok Shop
     {"sku": "Seller SKU", "title": "Product Name", "price": "Retail Price (Local Currency)",
      "weight_kg": "Parcel Weight(g)", "quantity": "Quantity"}),
    (["ID", "SKU", "Name", "Short description", "Regular price", "Weight (kg)", "Stock"],  # WooCommerce
     {"sku": "SKU", "title": "Name", "description": "Short description", "price": "Regular price",
      "weight_kg": "Weight (kg)", "quantity": "Stock"}),
    (["รหัสสินค้า", "ชื่อสินค้า", "รายละเอียดสินค้า", "ราคา", "น้ำหนัก (กรัม)", "ประเทศต้นกำเนิด"],  # Thai
     {"sku": "รหัสสินค้า", "title": "ชื่อสินค้า", "description": "รายละเอียดสินค้า", "origin": "ประเทศต้นกำเนิด",
      "price": "ราคา", "weight_kg": "น้ำหนัก (กรัม)"}),
    (["Mã SKU", "Tên sản phẩm", "Mô tả sản phẩm", "Giá", "Cân nặng (g)", "Xuất xứ", "Thương hiệu"],  # Vietnamese
     {"sku": "Mã SKU", "title": "Tên sản phẩm", "description": "Mô tả sản phẩm", "origin": "Xuất xứ", "price": "Giá",
      "weight_kg": "Cân nặng (g)", "brand": "Thương hiệu"}),
], ids=["shopee", "lazada", "tiktok", "woocommerce", "thai", "vietnamese"])
def test_marketplace_headers_are_matched(headers: list[str], expected: dict[str, str]) -> None:
    assert map_columns(headers) == expected


@pytest.mark.parametrize("value,expected", [("Vietnam", "VN"), ("Viet Nam", "VN"), ("Việt Nam", "VN"), ("Thailand", "TH"),
                                            ("ประเทศไทย", "TH"), ("Trung Quốc", "CN"), ("Made in China", "CN"), ("MY", "MY"),
                                            ("mys", "MY"), ("Singapura", "SG")])
def test_country_names(value: str, expected: str) -> None:
    assert country_code(value) == expected


@pytest.mark.parametrize("value,expected", [("usd", "USD"), ("RM", "MYR"), ("Rp", "IDR"), ("฿", "THB"), ("₫", "VND"),
                                            ("US Dollar", "USD")])
def test_currency_names(value: str, expected: str) -> None:
    assert currency_code(value) == expected


def test_ambiguous_dollar_is_refused() -> None:
    with pytest.raises(ValueError, match="could be several dollars"):
        currency_code("$")


@pytest.mark.parametrize("text,unit,kg", [("250", "g", "0.250"), ("250 g", "", "0.250"), ("1,5 kg", "", "1.5"),
                                          ("2 lb", "", "0.90718474"), ("16 oz", "", "0.453592370000"),
                                          ("500 กรัม", "", "0.500")])
def test_weights_become_kilograms(text: str, unit: str, kg: str) -> None:
    assert parse_weight_kg(text, unit) == Decimal(kg)


@pytest.mark.parametrize("text,comma,value", [("1.234", True, "1234"), ("1,234", True, "1.234"), ("1.234", None, "1.234"),
                                              ("1,234", None, "1234"), ("1e-05", None, "0.00001")])
def test_decimal_style_of_the_file_settles_ambiguous_numbers(text: str, comma: bool | None, value: str) -> None:
    assert parse_decimal(text, comma) == Decimal(value)


# workbooks ---------------------------------------------------------------------------------
def _xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                cell = ws.cell(r, c, value)
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"  # text that looks like a formula, as a seller's file holds it
    wb.save(path)
    return path


def test_xlsx_with_several_sheets_picks_the_catalogue_or_the_named_one(tmp_path: Path) -> None:
    p = _xlsx(tmp_path / "c.xlsx", {
        "Instructions": [["How to fill this template"], ["Do not edit row 1"]],
        "Products": [["Export of 2026-11"], HEADER, *[[c for c in r] for r in ROWS]],
        "Other": [["SKU", "Product Name"], ["O-1", "Other sheet item"]],
    })
    parsed = parse_catalogue(p)
    _check(parsed, rejected=[(n + 1, c, why.replace("row 2", "row 3")) for n, c, why in REJECTED])
    layout = read_layout(p)
    assert layout.table.sheets == ["Instructions", "Products", "Other"] and layout.table.sheet == "Products"
    assert [r.sku for r in parse_catalogue(p, sheet="Other").records] == ["O-1"]
    with pytest.raises(CatalogueError, match="no sheet named 'Nope'"):
        parse_catalogue(p, sheet="Nope")


def test_xlsx_numbers_and_dates_read_as_a_seller_sees_them(tmp_path: Path) -> None:
    import datetime as dt

    p = _xlsx(tmp_path / "c.xlsm", {"S": [["SKU", "Title", "Price", "Weight", "Launched"],
                                          [1001, "Numeric SKU mug", 12.5, 0.3, dt.datetime(2026, 1, 2)]]})
    rec = parse_catalogue(p).records[0]
    assert (rec.sku, rec.unit_value, rec.net_weight_kg, rec.attributes) == ("1001", Decimal("12.5"), 0.3,
                                                                            {"Launched": "2026-01-02"})


def test_ods_is_read_with_repeated_cells(tmp_path: Path) -> None:
    import pandas as pd

    p = tmp_path / "c.ods"
    with pd.ExcelWriter(p, engine="odf") as xw:
        pd.DataFrame([["x"]]).to_excel(xw, sheet_name="Notes", index=False, header=False)
        pd.DataFrame(ROWS, columns=HEADER).to_excel(xw, sheet_name="Catalogue", index=False)
    parsed = parse_catalogue(p)
    _check(parsed)
    assert read_layout(p).table.sheets == ["Notes", "Catalogue"]


# files that cannot be read at all ----------------------------------------------------------
def _corrupt_xlsx(path: Path) -> None:
    buf = io.BytesIO()
    _xlsx(tmp := path.with_suffix(".tmp.xlsx"), {"S": [["SKU", "Title"], ["A", "B"]]})
    data = tmp.read_bytes()
    buf.write(data[: len(data) // 2])
    path.write_bytes(buf.getvalue())


def _zip_not_workbook(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")


UNREADABLE = [
    ("empty.csv", b"", "empty.csv: the file is empty"),
    ("spaces.csv", b"  \r\n\r\n  ", "spaces.csv: the file is empty"),
    ("binary.csv", b"\x00\x01\x02\x03binary\x00\xff" * 50, "binary.csv: this is not a text or spreadsheet file"),
    ("page.csv", b"<!DOCTYPE html><html><body>502 Bad Gateway</body></html>", "page.csv: this is a web page"),
    ("page.xlsx", b"<html><body>Session expired</body></html>", "page.xlsx: named .xlsx but it is not a workbook (it looks like a web page)"),
    ("renamed.xlsx", b"sku,title\nA,B\n", "renamed.xlsx: named .xlsx but it is not a workbook (it looks like a text file)"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old.xls: this is an old Excel 97-2003 workbook"),
    ("scan.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "scan.csv: this is a PDF document"),
    ("headers.csv", b"Colour,Size\nred,L\n", "headers.csv: no title column found"),
]


@pytest.mark.parametrize("name,content,message", UNREADABLE, ids=[u[0] for u in UNREADABLE])
def test_unreadable_files_are_refused_with_one_message(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(CatalogueError) as err:
        parse_catalogue(p)
    assert str(err.value).startswith(message) and "\n" not in str(err.value)


@pytest.mark.parametrize("make,message", [(_corrupt_xlsx, "the workbook is damaged"),
                                          (_zip_not_workbook, "this is a zip archive, not a spreadsheet")])
def test_broken_workbooks_are_refused(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "broken.xlsx"
    make(p)
    with pytest.raises(CatalogueError, match=message):
        parse_catalogue(p)


def test_unbalanced_quote_is_refused_naming_the_row(tmp_path: Path) -> None:
    p = tmp_path / "c.csv"
    p.write_text("SKU,Title\nA,\"never closed\n" + "B,x\n" * 10 + "x" * (17 * 1024 * 1024), encoding="utf-8")
    with pytest.raises(CatalogueError, match="c.csv, row .*a quoted cell never ends"):
        parse_catalogue(p)


# formulas ----------------------------------------------------------------------------------
FORMULA_HEADER = ["SKU", "Title", "Price", "Description", "Notes"]
AGAIN = "open the file in Excel or LibreOffice, save it and import it again"


def _formula_book(path: Path, rows: list[list[object]]) -> Path:
    """A workbook as a program writes it: formulas kept, their values not (openpyxl saves none)."""
    wb = Workbook()
    for row in [FORMULA_HEADER, *rows]:
        wb.active.append(row)
    wb.save(path)
    return path


def _with_saved_cells(path: Path, cells: dict[str, str]) -> Path:
    """Replace cells of the first sheet by the XML given, as Excel writes a formula with its saved value."""
    import re

    sheet = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as zin:
        parts = {info: zin.read(info.filename) for info in zin.infolist()}
    out = path.with_name("saved-" + path.name)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in parts.items():
            if info.filename == sheet:
                xml = data.decode("utf-8")
                for ref, cell in cells.items():
                    xml, n = re.subn(rf'<c r="{ref}"(?: [^>]*)?(?:/>|>.*?</c>)', cell, xml)
                    assert n == 1, ref
                data = xml.encode("utf-8")
            zout.writestr(info, data)
    return out


def test_formulas_without_a_saved_value_are_named_never_read_as_empty(tmp_path: Path) -> None:
    p = _formula_book(tmp_path / "written.xlsx", [
        ["F-1", "=SUM(A1)", 3, "plain"],
        ["F-2", "Mug", "=1+1", "plain"],
        ["F-3", "Cup", 2, "=UPPER(B4)", "=B4&B4"],
        ["F-4", "Pot", 2, "=UPPER(B5)"],
        ["=A5&\"-B\"", "Lid", 1],
        [None, None, None, None, "=1"],  # a template's side formula filled down: a blank row
        [None, "=D8", None, None, None],  # a formula where a title belongs: not blank
        ["F-7", "Plate", 4, "plain"],
    ])
    parsed = parse_catalogue(p)
    assert [(r.row_number, r.column, r.reason, r.raw[r.column]) for r in parsed.rejections] == [
        (2, "Title", f"a formula (=SUM(A1)) with no saved value; {AGAIN}", "=SUM(A1)"),
        (3, "Price", f"a formula (=1+1) with no saved value; {AGAIN}", "=1+1"),
        (6, "SKU", f"a formula (=A5&\"-B\") with no saved value; {AGAIN}", "=A5&\"-B\""),
        (8, "Title", f"a formula (=D8) with no saved value; {AGAIN}", "=D8"),
    ]
    assert [(r.sku, r.title, r.unit_value, r.description, r.attributes) for r in parsed.records] == [
        ("F-3", "Cup", Decimal("2"), "", {}), ("F-4", "Pot", Decimal("2"), "", {}),
        ("F-7", "Plate", Decimal("4"), "plain", {})]
    assert parsed.warnings == [
        f"column Description: a formula with no saved value (=UPPER(B4)) on 2 rows (4, 5), imported empty; {AGAIN} to keep it",
        f"column Notes: a formula with no saved value (=B4&B4) on row 4, imported empty; {AGAIN} to keep it"]
    assert parsed.blank_rows == 1


def test_many_warned_rows_are_counted_and_the_first_named(tmp_path: Path) -> None:
    p = _formula_book(tmp_path / "many.xlsx", [[f"M-{n}", f"Mug {n}", 1, f"=B{n + 1}"] for n in range(1, 14)])
    parsed = parse_catalogue(p)
    assert len(parsed.records) == 13 and parsed.warnings == [
        "column Description: a formula with no saved value (=B2) on 13 rows (2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 3 more), "
        f"imported empty; {AGAIN} to keep it"]


def test_formulas_with_a_saved_value_are_read_as_that_value(tmp_path: Path) -> None:
    written = _formula_book(tmp_path / "book.xlsx", [
        ["S-1", "=SUM(A1)", "=1+1", '=IF(1,"","")'],
        ["S-2", "Cup", "=C2*2", "=UPPER(B3)"],
        ["S-3", "Pot", 5, "=UPPER(B4)"],
    ])
    saved = _with_saved_cells(written, {
        "B2": '<c r="B2" t="str"><f>SUM(A1)</f><v>Mug</v></c>',
        "C2": '<c r="C2"><f>1+1</f><v>2</v></c>',
        "D2": '<c r="D2" t="str"><f>IF(1,"","")</f><v></v></c>',  # the saved value is empty text
        "C3": '<c r="C3"><f>C2*2</f><v>4</v></c>',
        # a formula shared down the column, as Excel saves it; the last cell has lost its value
        "D3": '<c r="D3" t="str"><f t="shared" ref="D3:D4" si="0">UPPER(B3)</f><v>CUP</v></c>',
        "D4": '<c r="D4"><f t="shared" si="0"/></c>',
    })
    parsed = parse_catalogue(saved)
    assert parsed.rejections == []
    assert [(r.sku, r.title, r.unit_value, r.description) for r in parsed.records] == [
        ("S-1", "Mug", Decimal("2"), ""), ("S-2", "Cup", Decimal("4"), "CUP"), ("S-3", "Pot", Decimal("5"), "")]
    assert parsed.warnings == [
        f"column Description: a formula with no saved value (=UPPER(B4)) on row 4, imported empty; {AGAIN} to keep it"]


def test_a_shared_formula_in_cells_without_references_is_read(tmp_path: Path) -> None:
    """Some writers leave out each cell's reference; openpyxl cannot place a shared formula then.
    The saved values are read all the same."""
    import re

    written = _formula_book(tmp_path / "noref.xlsx", [["N-1", "Mug", 5], ["N-2", "Cup", 3]])
    with zipfile.ZipFile(written) as zin:
        parts = {info: zin.read(info.filename) for info in zin.infolist()}
    out = tmp_path / "noref-saved.xlsx"
    with zipfile.ZipFile(out, "w") as zout:
        for info, data in parts.items():
            if info.filename == "xl/worksheets/sheet1.xml":
                xml = data.decode("utf-8")
                xml = xml.replace('<c r="C2" t="n"><v>5</v></c>',
                                  '<c r="C2" t="n"><v>5</v></c><c><f t="shared" si="0" ref="D2:D3">C2*2</f><v>10</v></c>')
                xml = xml.replace('<c r="C3" t="n"><v>3</v></c>', '<c r="C3" t="n"><v>3</v></c><c><f t="shared" si="0"/><v>6</v></c>')
                data = re.sub(r' r="[A-Z]+\d+"', "", xml).encode("utf-8")
            zout.writestr(info, data)
    parsed = parse_catalogue(out)
    assert parsed.rejections == [] and [(r.sku, r.description) for r in parsed.records] == [("N-1", "10"), ("N-2", "6")]


def test_rows_and_columns_past_the_size_a_workbook_declares_are_read(tmp_path: Path) -> None:
    written = _formula_book(tmp_path / "sized.xlsx", [["D-1", "Mug", 3], ["D-2", "Cup", 4]])
    with zipfile.ZipFile(written) as z:
        assert b'<dimension ref="A1:E3"' in z.read("xl/worksheets/sheet1.xml")
    wrong = tmp_path / "wrong.xlsx"
    with zipfile.ZipFile(written) as zin, zipfile.ZipFile(wrong, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info, data.replace(b'<dimension ref="A1:E3"', b'<dimension ref="A1:B2"'))
    parsed = parse_catalogue(wrong)
    assert [(r.sku, r.unit_value) for r in parsed.records] == [("D-1", Decimal("3")), ("D-2", Decimal("4"))]
