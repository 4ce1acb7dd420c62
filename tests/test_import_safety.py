"""Catalogue files that would lose or bury data: a stray quotation mark, a huge cell, a
password-protected workbook, decomposed accents; exports and backups killed half way."""
from __future__ import annotations

import csv
import os
import sqlite3
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import select

from app.core import importer, services
from app.core.catalogue import CatalogueError, parse_catalogue, read_table
from app.core.db import copy_sqlite
from app.core.export import write_table
from app.core.tables import Item

HEADER = "SKU,Product Name,Description,Material,Country of Origin,Price,Currency,Weight (kg)\n"


def _row(n: int, title: str | None = None) -> str:
    return f"SQ-{n:04d},{title or f'Cotton shirt model {n}'},knitted tee,cotton,TH,3.50,USD,0.2\n"


def _items(ws) -> dict[str, Item]:  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        return {i.sku: i for i in s.scalars(select(Item))}


# 1. one stray quotation mark ------------------------------------------------------------------
def test_a_stray_quote_rejects_its_row_and_the_rows_after_it_import(ws, tmp_path: Path) -> None:
    p = tmp_path / "stray.csv"
    p.write_text(HEADER + "".join(_row(n, '"Cotton shirt 12 inch' if n == 9 else None) for n in range(1000)),
                 encoding="utf-8")
    rep = services.import_catalogue(ws, p)
    assert (rep.rows_read, rep.added) == (1000, 999)
    [rj] = rep.rejected
    assert (rj.row_number, rj.column) == (11, "Product Name")
    assert "a quoted cell opens here" in rj.reason and "swallowed the next 990 lines" in rj.reason
    items = _items(ws)
    assert "SQ-0009" not in items and {f"SQ-{n:04d}" for n in range(1000) if n != 9} == set(items)
    assert max(len(i.title) for i in items.values()) < 30 and items["SQ-0010"].unit_value is not None
    # nothing is lost: the rejected row's own cells are in the report, the quote as written
    out = tmp_path / "report.csv"
    importer.export_import_report(ws, rep.catalogue_id, out)
    with open(out, encoding="utf-8-sig", newline="") as f:
        _, line = list(csv.reader(f))
    assert line[:2] == ["11", "Product Name"] and line[3:] == [
        "SQ-0009", '"Cotton shirt 12 inch', "knitted tee", "cotton", "TH", "3.50", "USD", "0.2"]


def test_a_stray_quote_closed_by_a_later_quote_loses_no_row(tmp_path: Path) -> None:
    """The quote is closed by the next quoted cell: that row is read properly, not rejected."""
    rows = [_row(n) for n in range(6)]
    rows[1] = _row(1, '"Cotton shirt 12 inch')
    rows[4] = _row(4, '"Cotton shirt, blue"')
    p = tmp_path / "stray.csv"
    p.write_text(HEADER + "".join(rows), encoding="utf-8")
    parsed = parse_catalogue(p)
    assert [(r.row_number, r.sku, r.title) for r in parsed.records] == [
        (2, "SQ-0000", "Cotton shirt model 0"), (4, "SQ-0002", "Cotton shirt model 2"),
        (5, "SQ-0003", "Cotton shirt model 3"), (6, "SQ-0004", "Cotton shirt, blue"), (7, "SQ-0005", "Cotton shirt model 5")]
    [rj] = parsed.rejections
    assert (rj.row_number, rj.column) == (3, "Product Name") and "swallowed the next 3 lines" in rj.reason


def test_a_short_file_with_an_unclosed_quote(tmp_path: Path) -> None:
    p = tmp_path / "newlines.csv"
    p.write_text(HEADER + 'NL-1,"Shirt with ""quotes"" and, comma","line1\nline2\nline3",cotton,TH,3.00,USD,0.1\n'
                 'NL-2,"Unterminated quote shirt,d,cotton,TH,3.00,USD,0.1\n'
                 "NL-3,Ok,d,cotton,TH,1,USD,0.1\n", encoding="utf-8")
    parsed = parse_catalogue(p)
    assert [(r.row_number, r.sku, r.description) for r in parsed.records] == [(2, "NL-1", "line1\nline2\nline3"),
                                                                            (4, "NL-3", "d")]
    assert [(r.row_number, r.column, r.raw["SKU"]) for r in parsed.rejections] == [(3, "Product Name", "NL-2")]
    assert "swallowed the next 1 line of the file" in parsed.rejections[0].reason
    # the whole-file reader (decisions, labelled items) refuses it, naming row and column
    with pytest.raises(CatalogueError, match=r"newlines.csv: row 3, column Product Name: a quoted cell opens here"):
        read_table(p)


def test_closed_multi_line_cells_that_look_like_rows_still_import(tmp_path: Path) -> None:
    description = "Sizes: S, M, L, XL, XXL, 3XL, 4XL\nColours: red, blue, green, black, white, pink, grey"
    address = "12 Jalan Ampang,\nKuala Lumpur, 50450,\nMalaysia"
    p = tmp_path / "ok.csv"
    with open(p, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER.strip().split(","))
        w.writerow(["OK-1", "Plain shirt", "tee", "cotton", "TH", "3", "USD", "0.2"])
        w.writerow(["OK-2", "Shirt", description, "cotton", "TH", "3", "USD", "0.2"])
        w.writerow(["OK-3", "Mug", address, "ceramic", "MY", "2", "USD", "0.3"])
        w.writerow(["OK-4", "Short row, over\ntwo lines, fine"])
    parsed = parse_catalogue(p)
    assert not parsed.rejections
    assert [(r.sku, r.description) for r in parsed.records][1:] == [("OK-2", description), ("OK-3", address),
                                                                     ("OK-4", "")]


# 3. huge cells ----------------------------------------------------------------------------------
def test_overlong_cells_are_rejected_naming_row_and_column_and_kept_in_the_report(ws, tmp_path: Path) -> None:
    p = tmp_path / "big.csv"
    p.write_text("SKU,Product Name,Description,Notes\n"
                 f"BC-1,{'x' * 1_000_000},d,\n"
                 "BC-2,Normal shirt,d,\n"
                 f"BC-3,Long description,{'word ' * 4001},\n"
                 f"BC-4,Longest description taken,{'y' * 20_000},\n"
                 f"BC-5,Note too long,d,{'n' * 20_001}\n", encoding="utf-8")
    rep = services.import_catalogue(ws, p)
    assert set(_items(ws)) == {"BC-2", "BC-4"}
    assert [(r.row_number, r.column) for r in rep.rejected] == [(2, "Product Name"), (4, "Description"), (6, "Notes")]
    assert rep.rejected[0].reason.startswith("1,000,000 characters, longer than the 1,000 this column takes")
    assert "20,004 characters" in rep.rejected[1].reason
    out = tmp_path / "report.csv"
    importer.export_import_report(ws, rep.catalogue_id, out)
    with open(out, encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f))
    assert lines[1][4] == "x" * 1_000_000  # the cell whole, to correct and import again


def test_the_review_pane_shows_a_long_stored_text_cut(qtbot, open_window, ws) -> None:
    from app.core.tables import Catalogue
    from tests.conftest import idle

    title = "x" * 200_000  # stored before imports had limits: laid out whole, it held the window for seconds
    with ws.db.session() as s:
        cat = Catalogue(name="c.csv", source_path="c.csv")
        s.add(cat)
        s.flush()
        s.add(Item(catalogue_id=cat.id, sku="BC-1", title=title, norm_title=title, description="d " * 30_000,
                   material="m" * 5000, origin="TH", status="flagged", suggestions=[["620342", 0.45]],
                   top_code="620342", top_p=0.45))
    w = open_window(ws)
    page = w.review_page
    w.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: idle(w) and page.detail is not None, timeout=20000)
    pane = page.item_pane
    shown = pane.title.toPlainText()
    assert shown.startswith("x" * pane.TITLE_SHOWN) and shown.endswith("… 198,000 more characters")
    description = pane.description.toPlainText()
    assert len(description) < pane.DESCRIPTION_SHOWN + 40 and description.endswith("… 40,000 more characters")
    assert "… 4,010 more characters" in pane.facts.toPlainText()


# 8. a password-protected workbook ---------------------------------------------------------------
OLE = bytes.fromhex("D0CF11E0A1B11AE1")


def test_a_password_protected_workbook_is_named_so(tmp_path: Path) -> None:
    p = tmp_path / "prices.xlsx"
    p.write_bytes(OLE + b"\x00" * 1000 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 50
                  + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 3000)
    with pytest.raises(CatalogueError, match=r"^prices.xlsx: this workbook is password-protected; .*remove the password"):
        parse_catalogue(p)
    q = tmp_path / "unknown.xlsx"
    q.write_bytes(OLE + b"\x00" * 4000)
    with pytest.raises(CatalogueError, match=r"^unknown.xlsx: named .xlsx but this is a password-protected workbook "
                                             r"or an old Excel 97-2003 workbook"):
        parse_catalogue(q)


# 9. accents stored composed ---------------------------------------------------------------------
def test_vietnamese_from_windows_1258_is_stored_composed(ws, tmp_path: Path) -> None:
    rows = [["VN-1", "Áo thun cotton nữ màu trắng", "TH"], ["VN-2", "Nón lá Việt Nam truyền thống", "VN"]]

    text = "".join(",".join(r) + "\n" for r in [["SKU", "Product Name", "Country of Origin"], *rows])

    def cp1258(ch: str) -> bytes:
        """As Windows-1258 writes a letter it has no code for: a base it has, and a combining accent."""
        try:
            return ch.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", ch)
            for i, mark in enumerate(marks):
                composed = unicodedata.normalize("NFC", base + mark)
                if composed.encode("cp1258", "ignore"):
                    return (composed + "".join(marks[:i] + marks[i + 1:])).encode("cp1258")
            raise

    legacy = tmp_path / "vn_cp1258.csv"
    legacy.write_bytes(b"".join(cp1258(ch) for ch in text))
    utf8 = tmp_path / "vn.csv"
    utf8.write_text(text, encoding="utf-8")
    assert legacy.read_bytes().count(b"\xde") == 1  # cp1258 writes the tilde of "ữ" as a combining mark
    first = services.import_catalogue(ws, legacy, options=importer.ImportOptions(encoding="cp1258"))
    assert first.added == 2
    assert _items(ws)["VN-1"].title == rows[0][1] and len(_items(ws)["VN-1"].title) == 27
    again = services.import_catalogue(ws, utf8)
    assert (again.unchanged, again.updated) == (2, 0)


# 10. exports and backups ------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["items.csv", "items.xlsx"])
def test_exports_get_the_usual_mode_and_leave_no_temporary_file(tmp_path: Path, name: str) -> None:
    target = tmp_path / "ex" / name
    target.parent.mkdir()
    stale = target.with_name(f".{name}.partial")  # left by an export that was killed
    stale.write_bytes(b"half")
    old = os.umask(0o022)
    try:
        assert write_table(target, ["sku"], [["A"], ["B"]]) == 2
    finally:
        os.umask(old)
    assert sorted(p.name for p in target.parent.iterdir()) == [name]
    assert target.stat().st_mode & 0o777 == 0o644


def test_a_backup_clears_what_a_killed_backup_left(tmp_path: Path) -> None:
    source = tmp_path / "live.db"
    with sqlite3.connect(source) as db:
        db.execute("create table t (x)")
        db.execute("insert into t values (1)")
    target = tmp_path / "bk" / "b.db"
    target.parent.mkdir()
    for left in (".b.db.partial", ".b.db.partial-journal"):
        (target.parent / left).write_bytes(b"left by a kill")
    copy_sqlite(source, target)
    assert sorted(p.name for p in target.parent.iterdir()) == ["b.db"]
    with sqlite3.connect(target) as db:
        assert db.execute("select x from t").fetchall() == [(1,)]


# 11. a cancelled import says so -----------------------------------------------------------------
def test_a_cancelled_import_says_nothing_was_changed(qtbot, window, ws, tmp_path: Path) -> None:
    from tests.conftest import idle

    p = tmp_path / "big50k.csv"
    p.write_text(HEADER + "".join(_row(n) for n in range(3000)), encoding="utf-8")
    qtbot.waitUntil(lambda: idle(window), timeout=20000)
    with qtbot.waitSignal(window.runner.sig_started, timeout=5000) as started:
        window.import_flow.run_import(p, importer.ImportOptions())
    op = started.args[0]
    with qtbot.waitSignal(window.sig_message, timeout=20000,
                          check_params_cb=lambda text: "cancelled" in text) as said:
        op.cancel()
    assert said.args[0] == "Import of big50k.csv cancelled; nothing was changed."
    assert _items(ws) == {}
