"""A price, weight or quantity cell is read as a number only when one number is left once its
currency or unit is set aside: "=25000*2", "2 x 50000", "1+1" or "12/2024" are refused, naming
the row, the column and the cell, and never stored as the digits they hold (250002, 250000, 11)."""
from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.core import services
from app.core.tables import Item
from app.core.values import number_style, parse_decimal, parse_weight_kg, split_weight

CALCULATION = "is a calculation, not an amount; type the amount itself"
SEVERAL = "holds more than one number; type one amount"


@pytest.mark.parametrize("text,value", [
    ("RM 29.90", "29.90"), ("S$12", "12"), ("$12.50", "12.50"), ("USD 12.50", "12.50"), ("12.50 USD", "12.50"),
    ("Rp 1.500.000", "1500000"), ("Rp. 1.500.000", "1500000"), ("1.500.000 ₫", "1500000"), ("65.000,5đ", "65000.5"),
    ("185000", "185000"), ("฿1,500", "1500"), ("1,500 บาท", "1500"), ("₱250", "250"), ("PHP 250", "250"),
    ("12,50 €", "12.50"), ("US$ 7", "7"), ("150 VNĐ", "150"), ("1 250 000", "1250000"),
    ("1\u00a0250\u00a0000 ₫", "1250000"), ("1\u2009250,50", "1250.50"), ("1'250.50", "1250.50"),
    ("1’250", "1250"), ("  12.50  ", "12.50"), (".5", "0.5"), ("-5", "-5"), ("- RM 5", "-5"), ("1.5E+3", "1.5E+3"),
    ("Rp 150.000,-", "150000"), ("Rp150.000,-", "150000"), ("Rp. 1.500.000,–", "1500000"), ("25,-", "25"),
    ("฿1,500.-", "1500"),
])
def test_an_amount_with_its_currency_or_thousands_marks_is_read(text: str, value: str) -> None:
    assert parse_decimal(text) == Decimal(value)


@pytest.mark.parametrize("text", ["=25000*2", "=25000", "=SUM(A1)", "2 x 50000", "2x50.000", "2 × 50000", "1+1",
                                  "100 ÷ 4", "3*4"])
def test_a_calculation_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="is a calculation"):
        parse_decimal(text)
    assert number_style(text) is None  # nor does it tell the column's decimal mark


@pytest.mark.parametrize("text", ["12/2024", "10-20", "combo 2 hộp 120.000", "1 5", "12 500 000 1", "2 50000",
                                  "12.50 / 25.00"])
def test_two_numbers_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="more than one number"):
        parse_decimal(text)
    assert number_style(text) is None


@pytest.mark.parametrize("text", ["liên hệ", "12.50/pc", "about 12", "12 apples", "150k", "(12)", "12,50,-", "−"])
def test_words_beside_a_number_that_are_no_currency_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_decimal(text)


@pytest.mark.parametrize("text,value", [("Rp 150.000", "150000"), ("150.000 ₫", "150000"), ("65.000đ", "65000")])
def test_an_amount_that_reads_two_ways_is_read_as_its_column_says(text: str, value: str) -> None:
    assert parse_decimal(text, True) == Decimal(value)


def test_a_unicode_minus_is_a_minus_not_dropped() -> None:
    assert parse_decimal("−5") == Decimal(-5)


@pytest.mark.parametrize("text,kg", [("250g", "0.250"), ("0,5 kg", "0.5"), ("1.2 kg", "1.2"), ("500 gr", "0.500"),
                                     ("1 250 g", "1.250")])
def test_weights_with_their_units_are_read(text: str, kg: str) -> None:
    assert parse_weight_kg(text) == Decimal(kg)


@pytest.mark.parametrize("text,why", [("=2*250 g", CALCULATION), ("2 x 250g", CALCULATION), ("1+1 kg", CALCULATION),
                                      ("1 5 kg", SEVERAL), ("0.5-1 kg", SEVERAL), ("250 g / 500 g", SEVERAL)])
def test_a_weight_that_is_no_single_number_is_refused_saying_why(text: str, why: str) -> None:
    with pytest.raises(ValueError, match=why):
        number, _factor = split_weight(text)
        parse_decimal(number)


def _catalogue(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Mã SP", "Tên sản phẩm", "Giá bán (₫)", "Khối lượng", "Số lượng", "Xuất xứ"])
        w.writerows(rows)
    return path


def test_refused_cells_are_reported_with_row_column_and_text_and_not_stored(ws, tmp_path: Path) -> None:
    path = _catalogue(tmp_path / "vn.csv", [
        ["NL-01", "Nón lá", "150.000 ₫", "0,5 kg", "1", "Việt Nam"],
        ["LA-01", "Lá chuối", "=25000*2", "0,2 kg", "1", "VN"],
        ["CB-02", "Combo 2 hộp", "2 x 50.000", "1 kg", "1", "VN"],
        ["YS-01", "Yến sào", "65.000đ", "1+1 kg", "1", "VN"],
        ["TR-01", "Trà", "85000", "100 g", "12/2024", "VN"],
        ["LH-01", "Lụa", "liên hệ", "0,3 kg", "1", "VN"],
        ["BN-01", "Bánh", "185000", "250g", "2", "VN"],
    ])
    rep = services.import_catalogue(ws, path)
    assert [(r.row_number, r.column, r.reason) for r in rep.rejected] == [
        (3, "Giá bán (₫)", f"'=25000*2' {CALCULATION}"),
        (4, "Giá bán (₫)", f"'2 x 50.000' {CALCULATION}"),
        (5, "Khối lượng", f"'1+1 kg' {CALCULATION}"),
        (6, "Số lượng", f"'12/2024' {SEVERAL}"),
        (7, "Giá bán (₫)", "not a number: 'liên hệ'"),
    ]
    with ws.db.session() as s:
        stored = {sku: (value, kg) for sku, value, kg in s.execute(select(Item.sku, Item.unit_value,
                                                                         Item.net_weight_kg))}
    assert stored == {"NL-01": (Decimal(150000), 0.5), "BN-01": (Decimal(185000), 0.25)}
    assert not any("250002" in w or "250,002" in w for w in rep.warnings)


def test_a_quantity_may_name_its_unit_after_it(ws, tmp_path: Path) -> None:
    """'10 pcs' or '2 hộp' in a quantity cell is ten pieces or two boxes, as sellers write it; a
    price never takes such a word ('12.50/pc' stays refused), nor a quantity two numbers."""
    path = _catalogue(tmp_path / "vn.csv", [
        ["NL-01", "Nón lá", "150.000 ₫", "0,5 kg", "10 pcs", "VN"],
        ["BN-01", "Bánh", "185000", "250g", "2 hộp", "VN"],
        ["TR-01", "Trà", "85000", "100 g", "2 x 5 pcs", "VN"],
        ["CF-01", "Cà phê", "12.50/pc", "0,5 kg", "1", "VN"],
    ])
    rep = services.import_catalogue(ws, path)
    assert [r.row_number for r in rep.rejected] == [4, 5]
    with ws.db.session() as s:
        assert {sku: q for sku, q in s.execute(select(Item.sku, Item.quantity))} == {"NL-01": Decimal(10), "BN-01": Decimal(2)}


def test_an_indonesian_whole_amount_imports_as_written(ws, tmp_path: Path) -> None:
    """'Rp 150.000,-' (no cents, as Indonesian shops write prices) was refused: the ',-' was read as
    words beside the number."""
    path = tmp_path / "toko.csv"
    path.write_text("SKU,Nama Produk,Harga\nBT-1,Batik tulis,\"Rp 150.000,-\"\nBT-2,Batik cap,\"Rp 85.000,-\"\n",
                    encoding="utf-8")
    rep = services.import_catalogue(ws, path)
    assert rep.rejected == []
    with ws.db.session() as s:
        assert {sku: (v, c) for sku, v, c in s.execute(select(Item.sku, Item.unit_value, Item.currency))} == {
            "BT-1": (Decimal(150000), "IDR"), "BT-2": (Decimal(85000), "IDR")}
