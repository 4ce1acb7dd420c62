"""`import --map FIELD=HEADER` names a column the headers did not give away, as the window's
mapping dialog does, and is remembered as the dialog's choices are; a file refused for want of a
title or SKU column says how to name it."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.core import importer
from app.core.column_choice import ChoiceError, parse_choice, with_choices
from app.core.tables import ColumnMapping, Item
from app.core.workspace import Workspace


def run(capsys, *args: object) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def shop_file(tmp_path: Path) -> Path:
    path = tmp_path / "kedai.csv"
    path.write_text("Kod,Nama Barangan Kedai,Harga,Nota\nA-1,Songkok baldu hitam,12,\nA-2,Sejadah travel,22,\n",
                    encoding="utf-8")
    return path


def test_a_file_without_a_title_column_says_how_to_name_it(tmp_path: Path, shop_file: Path, capsys) -> None:
    code, out, err = run(capsys, "--data-dir", tmp_path / "data", "import", shop_file)
    assert code == 2 and out == ""
    assert "no title column found" in err
    assert "'Kod', 'Nama Barangan Kedai', 'Harga', 'Nota'" in err  # the columns to choose from
    assert '--map title="Nama Barangan Kedai"' in err and "in the window" in err and "asks" in err


def test_map_names_the_title_column_and_is_remembered_as_the_window_remembers(tmp_path: Path, shop_file: Path,
                                                                                capsys) -> None:
    d = ["--data-dir", tmp_path / "data"]
    code, out, err = run(capsys, *d, "import", shop_file, "--map", "title=nama barangan kedai", "--map", "Brand=Nota")
    assert (code, err) == (0, "")
    assert "2 rows read, 2 imported" in out and "title = Nama Barangan Kedai" in out and "remembered" in out
    ws = Workspace(tmp_path / "data")
    try:
        with ws.db.session() as s:
            assert s.scalars(select(ColumnMapping)).one().mapping == {
                "sku": "Kod", "title": "Nama Barangan Kedai", "price": "Harga", "brand": "Nota"}
            assert {i.sku: i.title for i in s.scalars(select(Item))} == {"A-1": "Songkok baldu hitam",
                                                                         "A-2": "Sejadah travel"}
        # the window's Import finds it remembered, and asks nothing
        preview = importer.preview_catalogue(ws, shop_file)
        assert preview.mapping_source == "remembered" and preview.settled
    finally:
        ws.close()
    # and so does the next import on the command line, without --map
    code, out, _ = run(capsys, *d, "import", shop_file)
    assert code == 0 and "0 new, 0 changed, 2 unchanged" in out


@pytest.mark.parametrize("choice,said", [
    ("title=Nope", "--map title=Nope: the file has no column 'Nope' (its columns: 'Kod'"),
    ("sku=Nama Barangan Kedai", "no title column found"),  # the title column taken for the SKU
])
def test_a_map_naming_no_column_or_leaving_no_title_is_refused(tmp_path: Path, shop_file: Path, capsys, choice: str,
                                                              said: str) -> None:
    code, out, err = run(capsys, "--data-dir", tmp_path / "data", "import", shop_file, "--map", choice)
    assert code == 2 and said in err and "imported" not in out


def test_a_map_naming_no_field_is_a_usage_error(tmp_path: Path, shop_file: Path, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--data-dir", str(tmp_path / "data"), "import", str(shop_file), "--map", "titel=Nama"])
    assert stop.value.code == 2
    assert "'titel' is not a field; the fields are sku, title," in capsys.readouterr().err


def test_choices_go_over_the_mapping_found() -> None:
    headers = ["SKU", "Name", "Nama Produk", "Price"]
    found = {"sku": "SKU", "title": "Name", "price": "Price"}
    # a column chosen for one field no longer serves the field it was found for
    assert with_choices(found, headers, [parse_choice("description=Name"), parse_choice("title=Nama Produk")]) == {
        "sku": "SKU", "title": "Nama Produk", "description": "Name", "price": "Price"}
    assert with_choices(found, headers, [parse_choice("Unit price=")]) == {"sku": "SKU", "title": "Name"}
    assert parse_choice("weight_kg=Berat (g) = net") == ("weight_kg", "Berat (g) = net")
    with pytest.raises(ChoiceError, match="chosen for both title and description"):
        with_choices(found, headers, [("title", "Name"), ("description", "name")])
    with pytest.raises(ChoiceError, match="FIELD=HEADER"):
        parse_choice("title")
