"""A header giving one field's name in two languages ("Nama Produk / Product Name") is that
field, for every field; a header naming two fields, or holding a word that is no name, is none."""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from app.core import services
from app.core.catalogue import read_layout
from app.core.fields import ALIASES, FIELDS, map_columns


def _two_names(field: str) -> tuple[str, str]:
    """Two names of a field: the English one first listed, and the last listed (Thai for most)."""
    return ALIASES[field][0], ALIASES[field][-1]


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("between", [" / ", "/", " | ", "\n", " ("])
def test_a_header_naming_one_field_twice_is_that_field(field: str, between: str) -> None:
    first, second = _two_names(field)
    header = f"{first.title()}{between}{second.title()}" + (")" if between == " (" else "")
    assert map_columns(["Column A", header]) == {field: header}


@pytest.mark.parametrize("header", [
    "Price / Currency",            # two fields
    "SKU / Product Name",
    "Product Name / Description",
    "Country / Name",
    "Code | Name",
    "SKU / Barcode",               # a word that names nothing
    "Nama Produk / Product Name / 商品名",
    "Product Name of the bundle",  # a sentence beginning with a name
    "Weight Price",
])
def test_a_header_naming_two_fields_or_something_else_is_none(header: str) -> None:
    assert map_columns([header]) == {}


def test_the_sellers_header() -> None:
    for header in ("Nama Produk / Product Name", "Product Name (Nama Produk)", "Nama Produk | Product Name",
                   "NAMA PRODUK/PRODUCT NAME"):
        assert map_columns(["SKU", header]) == {"sku": "SKU", "title": header}


def test_a_whole_name_is_still_taken_before_two_names() -> None:
    # "weight unit" is a name of the weight unit, although "weight" and "unit" name two other fields
    assert map_columns(["Weight / Unit"]) == {"weight_unit": "Weight / Unit"}
    # a plain name elsewhere in the row keeps its field; the double-named column is left to ask about
    assert map_columns(["Title", "Nama Produk / Product Name"]) == {"title": "Title"}
    # the unit in brackets is not a second name: "Harga (RM)" is the price, as before
    assert map_columns(["SKU", "Nama Produk / Product Name", "Harga (RM)", "Berat (kg/g)"]) == {
        "sku": "SKU", "title": "Nama Produk / Product Name", "price": "Harga (RM)", "weight_kg": "Berat (kg/g)"}


def test_a_workbook_with_a_title_block_and_a_bilingual_title_header_imports(ws, tmp_path: Path) -> None:
    wb = Workbook()
    sheet = wb.active
    sheet.append(["Kedai Kak Ros Online - Senarai Produk 2026"])
    sheet.append([])
    sheet.append(["SKU", "Nama Produk / Product Name", "Harga (RM)", "Berat\nWeight"])
    sheet.append(["BK-001", "Baju Kurung Moden Satin", "RM 89.90", "450g"])
    path = tmp_path / "katalog.xlsx"
    wb.save(path)
    layout = read_layout(path)
    assert layout.header_row == 3
    assert layout.auto_mapping == {"sku": "SKU", "title": "Nama Produk / Product Name", "price": "Harga (RM)",
                                   "weight_kg": "Berat Weight"}
    report = services.import_catalogue(ws, path)
    assert (report.added, report.rejected) == (1, [])
