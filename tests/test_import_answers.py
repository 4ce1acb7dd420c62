"""An import answers from its first moment: it reports before it reads the file, reads a
workbook's rows without first reading the whole sheet or all of its text, and a cancel stops it
wherever it is (while a workbook's text is read, while the items already stored are read); a
file whose every row is rejected does not read the stored items at all, and its rows stay
in the report and its export with file, row and column."""
from __future__ import annotations

import csv
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet._reader import WorkSheetParser

from app.benchmarks.import_ import write_shared_strings_book
from app.core import importer, ods, services, xlsx
from app.core.catalogue import read_layout
from app.core.jobs import UNKNOWN, Cancelled, repeating, sub_progress
from tests.conftest import idle, write_catalogue
from tests.test_import_store import counts

HEADER = ["SKU", "Product Name", "Country of Origin", "Price", "Currency", "Weight (kg)"]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _rows(n: int) -> list[list[str]]:
    return [HEADER, *([f"A-{i}", f"Cotton shirt {i}", "TH", "5", "USD", "0.2"] for i in range(n))]


def _stored(n: int) -> list[tuple[str, ...]]:
    """Rows for tests.conftest.write_catalogue (its eight columns)."""
    return [(f"A-{i}", f"Cotton shirt {i}", "", "", "TH", "5", "USD", "0.2") for i in range(n)]


def _write_only_book(path: Path, rows: list[list[str]]) -> Path:
    """A workbook as openpyxl's write-only mode (and Borderline's exports) write it: no stated size."""
    wb = Workbook(write_only=True)
    sheet = wb.create_sheet("Products")
    for row in rows:
        sheet.append(row)
    wb.save(path)
    return path


def _shared_strings_book(path: Path, rows: list[list[str]], strings: list[str] | None = None,
                         rich: dict[str, str] | None = None) -> Path:
    """A workbook as Excel saves one: every text cell an index into the shared strings. `strings`
    gives their order in the file (else where a cell first uses one); `rich` writes a string as
    formatted runs and a phonetic guide (its value is the XML of the <si>)."""
    order = list(strings or dict.fromkeys(c for r in rows for c in r))
    index = {s: i for i, s in enumerate(order)}
    sheet_rows = "".join(f'<row r="{r}">' + "".join(f'<c t="s"><v>{index[c]}</v></c>' for c in row) + "</row>"
                         for r, row in enumerate(rows, start=1))
    items = "".join((rich or {}).get(s) or f"<si><t>{escape(s)}</t></si>" for s in order)
    return write_shared_strings_book(path, f'<worksheet xmlns="{MAIN}"><sheetData>{sheet_rows}</sheetData></worksheet>',
                                     f'<sst xmlns="{MAIN}">{items}</sst>')


class Cells:
    """Counts the cells of a sheet parsed so far (by the reader or by openpyxl's size scan)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.parsed = 0
        real = WorkSheetParser.parse_cell

        def counted(parser, element):  # type: ignore[no-untyped-def]
            self.parsed += 1
            return real(parser, element)

        monkeypatch.setattr(WorkSheetParser, "parse_cell", counted)


def test_an_import_reports_before_it_reads_a_cell_of_the_workbook(ws, tmp_path: Path, monkeypatch) -> None:
    book = _write_only_book(tmp_path / "export.xlsx", _rows(3000))
    cells = Cells(monkeypatch)
    reports: list[tuple[float, str, int]] = []

    def stop_at_once(fraction: float, message: str = "") -> None:
        reports.append((fraction, message, cells.parsed))
        raise Cancelled()

    before = counts(ws)
    with pytest.raises(Cancelled):
        services.import_catalogue(ws, book, stop_at_once)
    assert reports == [(UNKNOWN, "Reading export.xlsx", 0)]  # its share not known yet; nothing read
    assert counts(ws) == before


def test_a_workbook_without_a_stated_size_is_not_read_whole_for_its_first_rows(tmp_path: Path, monkeypatch) -> None:
    book = _write_only_book(tmp_path / "export.xlsx", _rows(3000))
    assert "<dimension" not in zipfile.ZipFile(book).read("xl/worksheets/sheet1.xml").decode()
    # openpyxl's read-only workbook looks for the size there, reading the whole sheet when it is not stated
    monkeypatch.setattr(WorkSheetParser, "parse_dimensions", lambda self: pytest.fail("the sheet was read for its size"))
    cells = Cells(monkeypatch)
    layout = read_layout(book)
    assert layout.headers[:2] == ["SKU", "Product Name"] and len(layout.preview) == 50
    assert cells.parsed <= 81 * len(HEADER)  # the header and preview rows, not the sheet's 18,006 cells


def test_shared_strings_are_read_as_the_rows_need_them_and_a_cancel_stops_their_reading(tmp_path: Path,
                                                                                       monkeypatch) -> None:
    rows = _rows(5)
    used = list(dict.fromkeys(c for r in rows for c in r))
    filler = [f"unused text {i}" for i in range(3 * xlsx.STRINGS_BETWEEN_CHECKS)]
    read: list[int] = []
    real = xlsx._string_text
    monkeypatch.setattr(xlsx, "_string_text", lambda si: read.append(1) or real(si))
    # as Excel writes them (where a cell first uses one), the first rows need the first strings only
    layout = read_layout(_shared_strings_book(tmp_path / "saved.xlsx", rows, [*used, *filler]))
    assert layout.headers[:2] == ["SKU", "Product Name"] and layout.preview[0][:2] == ["A-0", "Cotton shirt 0"]
    assert len(read) == len(used)
    # the header's strings last in the file: its first row needs every string before them
    order = [*used[len(HEADER):], *filler, *HEADER]
    book = _shared_strings_book(tmp_path / "header-last.xlsx", rows, order)
    checks: list[int] = []

    def check() -> None:
        checks.append(1)
        if len(checks) == 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        read_layout(book, check=check)
    assert len(checks) == 2  # one check every STRINGS_BETWEEN_CHECKS strings read at once
    layout = read_layout(book)
    assert layout.headers[:2] == ["SKU", "Product Name"] and layout.preview[0][:2] == ["A-0", "Cotton shirt 0"]


def test_a_workbook_is_read_as_openpyxl_reads_it(tmp_path: Path) -> None:
    rows = [["SKU", "Product Name"], ["R-1", "Ab"], ["R-2", "plain x005F_x000D_ text"], ["R-3", "Mug"]]
    rich = {"Ab": '<si><r><t>A</t></r><r><rPr><b/></rPr><t xml:space="preserve">b</t></r>'
                  '<rPh sb="0" eb="1"><t>phonetic</t></rPh></si>'}
    book = _shared_strings_book(tmp_path / "rich.xlsx", rows, rich=rich)
    ours = list(xlsx.iter_values(book, "Products"))
    wb = load_workbook(book, read_only=True, data_only=True)
    try:
        theirs = [list(r) for r in wb["Products"].iter_rows(values_only=True)]
    finally:
        wb.close()
    assert ours == theirs
    assert [r[1] for r in ours] == ["Product Name", "Ab", "plain x000D_ text", "Mug"]


def test_a_cancel_while_the_stored_items_are_read_stops_the_import(ws, tmp_path: Path, monkeypatch) -> None:
    services.import_catalogue(ws, write_catalogue(tmp_path / "stored.csv", _stored(4500)))
    before = counts(ws)
    real = importer._existing
    reading: list[str] = []

    def existing(s, check=lambda: None):  # type: ignore[no-untyped-def]
        reading.append("started")
        out = real(s, check)
        reading.append("finished")
        return out

    monkeypatch.setattr(importer, "_existing", existing)
    reports: list[tuple[float, str]] = []

    def cancel_once_reading(fraction: float, message: str = "") -> None:
        reports.append((fraction, message))
        if reading == ["started"]:
            raise Cancelled()

    with pytest.raises(Cancelled):
        services.import_catalogue(ws, write_catalogue(tmp_path / "again.csv", _stored(1)), cancel_once_reading)
    assert reading == ["started"] and reports[-1] == (UNKNOWN, "Reading again.csv")  # said again, not a new share
    assert counts(ws) == before


def test_a_file_whose_every_row_is_rejected_does_not_read_the_stored_items(ws, tmp_path: Path, monkeypatch) -> None:
    assert services.import_catalogue(ws, write_catalogue(tmp_path / "stored.csv", _stored(300))).added == 300
    monkeypatch.setattr(importer, "_existing", lambda *a, **k: pytest.fail("the stored items were read"))
    bad = tmp_path / "bad.csv"
    with open(bad, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["SKU", "Product Name", "Country of Origin", "Price", "Weight (kg)"],
                                 *([f"B-{i}", f"Mug {i}", "Atlantis", "n/a", "1"] for i in range(250))])
    report = services.import_catalogue(ws, bad)
    assert report.imported == 0 and len(report.rejected) == 250
    first = report.rejected[0]
    assert (first.row_number, first.column, first.reason, first.value) == (2, "Price", "not a number: 'n/a'", "n/a")
    assert first.more == [("Country of Origin", "unknown country 'Atlantis'", "Atlantis")]
    assert [r.row_number for r in services.import_rejections(ws, report.catalogue_id)] == list(range(2, 252))
    out = tmp_path / "rejected.csv"
    assert services.export_import_report(ws, report.catalogue_id, out) == 250
    with open(out, encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f))
    assert lines[1][:3] == ["2", "Price | Country of Origin", "not a number: 'n/a' | unknown country 'Atlantis'"]
    assert len(lines) == 251 and report.path == str(bad)


def test_a_checkpoint_says_the_last_report_again() -> None:
    said: list[tuple[float, str]] = []
    report, check = repeating(lambda f, m="": said.append((f, m)), UNKNOWN, "Reading a.xlsx")
    check()
    report(0.25, "Read row 2,000")
    check()
    assert said == [(UNKNOWN, "Reading a.xlsx"), (0.25, "Read row 2,000"), (0.25, "Read row 2,000")]
    part = sub_progress(lambda f, m="": said.append((f, m)), 0.5, 1.0)
    part(UNKNOWN, "Opening")  # not known yet stays not known in a stage's slice
    assert said[-1] == (UNKNOWN, "Opening")


def test_the_window_shows_a_busy_bar_while_a_workbook_is_opened_then_its_share(qtbot, open_window, ws,
                                                                              tmp_path: Path) -> None:
    book = _write_only_book(tmp_path / "export.xlsx", _rows(2500))
    window = open_window(ws)
    qtbot.waitUntil(lambda: idle(window), timeout=30000)
    shown: list[tuple[str, float, int]] = []  # the job, the fraction reported, the bar's maximum then (0: busy)
    labels: list[str] = []
    bar = window.job_bar

    def watch(op) -> None:  # type: ignore[no-untyped-def]
        # connected after the job bar's own slot: the bar has taken the report when this runs
        op.sig_progress.connect(lambda f, _m, op=op: (shown.append((op.title, f, bar.bar.maximum())),
                                                      labels.append(bar.label.text())))

    window.runner.sig_started.connect(watch)
    with qtbot.waitSignal(window.import_flow.sig_imported, timeout=60000) as imported:
        window.import_file(book)
    assert imported.args[0].added == 2500
    preview = [s for s in shown if s[0] == "Reading export.xlsx"]
    load = [s for s in shown if s[0] == "Importing export.xlsx"]
    assert preview[0] == ("Reading export.xlsx", UNKNOWN, 0)
    assert load[0] == ("Importing export.xlsx", UNKNOWN, 0)
    assert labels[0] == "Reading export.xlsx"  # the job's title says it; the report adds nothing
    assert labels[len(preview)] == "Importing export.xlsx: Reading export.xlsx"
    assert any(f > 0 and bar == 1000 for _t, f, bar in load)  # then its share, on a bar that shows it
    qtbot.waitUntil(lambda: idle(window), timeout=60000)


def _ods(path: Path, sheets: dict[str, list[list[str]]]) -> Path:
    import pandas as pd

    with pd.ExcelWriter(path, engine="odf") as xw:
        for name, rows in sheets.items():
            pd.DataFrame(rows[1:], columns=rows[0]).to_excel(xw, sheet_name=name, index=False)
    return path


def test_the_sheets_of_an_opendocument_workbook_are_named_without_parsing_their_rows(tmp_path: Path,
                                                                                      monkeypatch) -> None:
    names = ["Notes & <more>", "ชีต 'หนึ่ง'", 'Produk "baru"', "Ürün"]
    book = _ods(tmp_path / "c.ods", {n: _rows(400) for n in names})
    assert zipfile.ZipFile(book).getinfo("content.xml").file_size > 2 * ods.HEAD
    monkeypatch.setattr(ods, "CHUNK", 64)  # past the head, tags cut at every chunk's end are read whole
    assert ods._scanned_names(book, lambda: None) == names == ods._parsed_names(book, lambda: None)
    monkeypatch.setattr(ods, "iterparse", lambda *a, **k: pytest.fail("the XML was parsed for the names"))
    assert ods.sheet_names(book) == names


def test_an_opendocument_workbook_written_another_way_is_named_by_the_parser(tmp_path: Path) -> None:
    book = _ods(tmp_path / "c.ods", {"Products": _rows(3)})
    other = tmp_path / "prefix.ods"
    with zipfile.ZipFile(book) as src, zipfile.ZipFile(other, "w") as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "content.xml":  # the same document, its table namespace under another prefix
                data = data.replace(b"xmlns:table=", b"xmlns:t=").replace(b"<table:", b"<t:").replace(
                    b"</table:", b"</t:").replace(b" table:", b" t:")
            out.writestr(item, data)
    assert ods._scanned_names(other, lambda: None) is None
    assert ods.sheet_names(other) == ["Products"]
    assert read_layout(other).preview[0][:2] == ["A-0", "Cotton shirt 0"]


def test_a_cancel_stops_the_reading_of_an_opendocument_sheet(ws, tmp_path: Path) -> None:
    book = _ods(tmp_path / "c.ods", {"Notes": _rows(2 * ods.ROWS_BETWEEN_CHECKS), "Products": _rows(5)})
    checks: list[int] = []

    def check() -> None:
        checks.append(1)
        raise Cancelled()

    with pytest.raises(Cancelled):
        list(ods.iter_rows(book, "Products", check))  # the rows of the sheet before it are read through
    assert checks == [1]
    before = counts(ws)
    reports: list[float] = []

    def cancel_at_the_second_report(fraction: float, message: str = "") -> None:
        reports.append(fraction)
        if len(reports) == 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        services.import_catalogue(ws, book, cancel_at_the_second_report, importer.ImportOptions(sheet="Products"))
    assert reports == [UNKNOWN, UNKNOWN] and counts(ws) == before  # stopped while the first sheet was read through


@pytest.mark.parametrize("kind", ["write-only", "shared strings"])
def test_a_workbook_import_shows_how_much_of_the_sheet_is_read(ws, tmp_path: Path, kind: str) -> None:
    """The bar's share follows the part of the sheet read, and is near its end by the last row:
    an estimate from the rows read alone showed a 50,000-row workbook at half when it was all read,
    then jumped to 100%."""
    write = _write_only_book if kind == "write-only" else _shared_strings_book
    book = write(tmp_path / "catalogue.xlsx", _rows(6000))
    shares: list[float] = []
    report = services.import_catalogue(ws, book, lambda fraction, message="": shares.append(fraction))
    assert report.added == 6000
    reading = [f for f in shares if 0 <= f < 1]
    assert len(reading) >= 3 and reading == sorted(reading), shares
    assert reading[0] < 0.5 and reading[-1] >= 0.9, reading


@pytest.mark.parametrize("description", ["", "Hand-woven rattan with a long story of the village it comes from. " * 6])
def test_a_text_import_shows_how_much_of_the_file_is_read(ws, tmp_path: Path, description: str) -> None:
    """A CSV's share is the part of the file read, whatever its rows' length: an estimate of 80
    bytes a row stopped near a quarter for rows with long descriptions, then jumped to 100%."""
    path = tmp_path / "catalogue.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["sku", "title", "description", "price", "currency"])
        for i in range(6000):
            writer.writerow([f"SKU-{i}", f"Rattan basket {i}", description, "12.50", "USD"])
    shares: list[float] = []
    report = services.import_catalogue(ws, path, lambda fraction, message="": shares.append(fraction))
    assert report.added == 6000
    reading = [f for f in shares if 0 <= f < 1]
    assert len(reading) >= 3 and reading == sorted(reading), shares
    assert reading[0] < 0.5 and reading[-1] >= 0.9, reading
