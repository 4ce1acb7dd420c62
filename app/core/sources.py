"""Opening a catalogue file of any kind as rows of text cells, streamed.

A file is recognised by its content, not its name: a zip holding a workbook is a workbook,
an old binary .xls, a web page, a PDF or a picture is refused with one clear sentence, and
anything else is text whose encoding and delimiter are detected. Rows come out one at a
time, numbered as a spreadsheet numbers them, so a 100,000-row file never sits in memory.
"""
from __future__ import annotations

import csv
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import TextIO

from app.core import charsets, file_guard, ods
from app.core.jobs import Cancelled
from app.core.messages import Message, message_of
from app.core.values import NumberCell

DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": Message("comma"), ";": Message("semicolon"), "\t": Message("tab"), "|": Message("vertical bar")}
FIELD_LIMIT = 16 * 1024 * 1024
SNIFF_BYTES = 64 * 1024

csv.field_size_limit(FIELD_LIMIT)

_BINARY_MAGIC = {
    b"%PDF": Message("a PDF document"),
    b"\x89PNG": Message("a PNG picture"),
    b"\xff\xd8\xff": Message("a JPEG picture"),
    b"GIF8": Message("a GIF picture"),
    b"\x1f\x8b": Message("a gzip archive"),
    b"Rar!": Message("a RAR archive"),
    b"7z\xbc\xaf": Message("a 7-Zip archive"),
    b"SQLite format 3": Message("a database file"),
}


class SourceError(Exception):
    """The file cannot be read as a table; the message says why in one sentence."""


class UnsavedFormula(str):
    """A workbook cell holding a formula whose result the file does not keep.

    Workbooks written by a program rather than saved by Excel or LibreOffice often keep the
    formula alone. The cell reads as empty text, so code that does not look for it treats it
    as it always did, and it carries the formula (``=1+1``) for the row's message.
    """

    formula: str

    def __new__(cls, formula: str) -> UnsavedFormula:
        cell = super().__new__(cls, "")
        cell.formula = formula
        return cell

    def __repr__(self) -> str:
        return f"UnsavedFormula({self.formula!r})"


class ReadSoFar:
    """How much of its file a row reader has read, for a progress bar: bytes read of the bytes
    there are (a text file's bytes, read ahead by at most one buffer; a workbook's sheet: its XML,
    uncompressed, by the size the zip gives for it). Unlike a count of rows against a guess of
    their number, it reaches the end with the last row whatever the rows' length."""

    def __init__(self) -> None:
        self.read = 0
        self.size = 0

    def share(self) -> float | None:
        """From 0 to 1; None from a reader that does not count (an OpenDocument workbook's)."""
        return min(1.0, self.read / self.size) if self.size > 0 else None


@dataclass
class TableFile:
    """An opened catalogue: what it is, and how its rows are read."""

    path: Path
    kind: str  # "text", "xlsx" or "ods"
    sheets: list[str] = field(default_factory=list)
    sheet: str = ""
    encoding: str = ""
    encoding_how: str = ""
    delimiter: str = ""

    def rows(self, check: Callable[[], None] = lambda: None, so_far: ReadSoFar | None = None) -> Iterator[list[str]]:
        """Every row (record) of the file or sheet, from row 1, as lists of strings. `check` is
        called where much is read before the next row (a workbook's text, the sheets before this
        one), and may raise to stop. `so_far` is kept up to date where the reader counts what it
        has read (an Excel workbook's)."""
        if self.kind == "text":
            return _text_rows(self.path, self.encoding, self.delimiter, so_far)
        if self.kind == "xlsx":
            return _xlsx_rows(self.path, self.sheet, check, so_far)
        return _ods_rows(self.path, self.sheet, check)

    def with_sheet(self, sheet: str) -> TableFile:
        if sheet not in self.sheets:
            raise SourceError(Message("{file}: no sheet named '{sheet}' (sheets: {sheets})", file=self.path.name,
                                      sheet=sheet, sheets=", ".join(self.sheets)))
        return TableFile(self.path, self.kind, self.sheets, sheet, self.encoding, self.encoding_how, self.delimiter)

    def describe(self) -> str:
        if self.kind == "text":
            return Message("text, {encoding}, {delimiter}-separated", encoding=self.encoding,
                           delimiter=DELIMITER_NAMES.get(self.delimiter, self.delimiter))
        if self.kind == "xlsx":
            return Message("Excel workbook, sheet '{sheet}'", sheet=self.sheet)
        return Message("OpenDocument workbook, sheet '{sheet}'", sheet=self.sheet)


def open_table(path: Path, sheet: str | None = None, encoding: str | None = None,
               check: Callable[[], None] = lambda: None) -> TableFile:
    """Recognise the file and prepare to read it; SourceError when it cannot be a catalogue.
    `check` is called while a long file is looked through (an OpenDocument workbook's sheets)."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise SourceError(Message("{file}: no such file", file=str(path)))
    with open(path, "rb") as f:
        head = f.read(4096)
    if not head.strip():
        raise SourceError(Message("{file}: the file is empty", file=name))
    suffix = path.suffix.lower()
    is_zip = head.startswith(b"PK\x03\x04")
    try:
        file_guard.check(path, archive=is_zip)  # sizes and archive contents, before any parser
    except file_guard.FileRefused as exc:
        raise SourceError(Message("{file}: {problem}", file=name, problem=message_of(exc))) from None
    if is_zip:
        table = _open_zip(path, check)
    elif head.startswith(b"\xd0\xcf\x11\xe0"):
        raise SourceError(Message("{file}: {problem}", file=name, problem=_ole_problem(path, suffix)))
    elif suffix in (".xlsx", ".xlsm", ".ods"):
        looks = Message("a web page") if _looks_html(head) else Message("a text file")
        raise SourceError(Message("{file}: named {suffix} but it is not a workbook (it looks like {looks}); the file "
                                  "may be damaged or renamed", file=name, suffix=suffix, looks=looks))
    else:
        table = _open_text(path, head, encoding)
    if sheet:
        table = table.with_sheet(sheet)
    return table


def _ole_problem(path: Path, suffix: str) -> str:
    """What an OLE2 (compound file) container is: Excel keeps a password-protected workbook,
    whatever its name, in the same container as an old .xls, with an "EncryptedPackage" stream."""
    with open(path, "rb") as f:
        head = f.read(SNIFF_BYTES)
    if "EncryptedPackage".encode("utf-16-le") in head or "EncryptionInfo".encode("utf-16-le") in head:
        return Message("this workbook is password-protected; open it in Excel, remove the password (File > Info > "
                       "Protect Workbook), save it and import it again")
    if suffix in (".xlsx", ".xlsm"):
        return Message("named {suffix} but this is a password-protected workbook or an old Excel 97-2003 workbook "
                       "(.xls); remove the password, or save it as .xlsx or CSV, and import that", suffix=suffix)
    return Message("this is an old Excel 97-2003 workbook (.xls); save it as .xlsx or CSV and import that")


def _looks_html(head: bytes) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith((b"<!doctype html", b"<html", b"<head", b"<?xml")) or b"<html" in text[:512]


def _open_zip(path: Path, check: Callable[[], None]) -> TableFile:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            mimetype = zf.read("mimetype").decode("ascii", "replace") if "mimetype" in names else ""
    except (zipfile.BadZipFile, OSError) as exc:
        raise SourceError(Message("{file}: the workbook is damaged and cannot be opened ({error})", file=path.name,
                                  error=str(exc))) from None
    if "xl/workbook.xml" in names:
        sheets = _xlsx_sheets(path)
        kind = "xlsx"
    elif "content.xml" in names and "spreadsheet" in mimetype:
        try:
            sheets = ods.sheet_names(path, check)
        except Cancelled:
            raise
        except Exception as exc:  # broken XML inside the zip
            raise SourceError(Message("{file}: the spreadsheet is damaged and cannot be opened ({error})",
                                      file=path.name, error=str(exc))) from None
        kind = "ods"
    else:
        raise SourceError(Message("{file}: this is a zip archive, not a spreadsheet", file=path.name))
    if not sheets:
        raise SourceError(Message("{file}: the workbook has no sheets", file=path.name))
    return TableFile(path, kind, sheets, sheets[0])


def _xlsx_sheets(path: Path) -> list[str]:
    from app.core import xlsx

    try:
        return xlsx.sheet_names(path)
    except Exception as exc:  # openpyxl raises many types for a broken package
        raise SourceError(Message("{file}: the workbook is damaged and cannot be opened ({error})", file=path.name,
                                  error=f"{exc.__class__.__name__}: {exc}")) from None


def _open_text(path: Path, head: bytes, encoding: str | None) -> TableFile:
    name = path.name
    for magic, what in _BINARY_MAGIC.items():
        if head.startswith(magic):
            raise SourceError(Message("{file}: this is {what}, not a catalogue", file=name, what=what))
    has_bom = head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf"))
    if not has_bom and not encoding and head.count(0) > max(4, len(head) // 100) and charsets._utf16_without_bom(head) is None:
        raise SourceError(Message("{file}: this is not a text or spreadsheet file", file=name))
    try:
        detected = charsets.detect_encoding(path, encoding)
    except LookupError:
        raise SourceError(Message("{file}: '{encoding}' is not an encoding Borderline knows", file=name,
                                  encoding=str(encoding))) from None
    except charsets.EncodingError as exc:
        raise SourceError(Message("{file}: {problem}", file=name, problem=message_of(exc))) from None
    with open(path, encoding=detected.encoding, newline="") as f:
        sample = f.read(SNIFF_BYTES)
    if _looks_html(sample[:4096].encode("utf-8", "replace")):
        raise SourceError(Message("{file}: this is a web page, not a catalogue export (perhaps an error page saved by "
                                  "the browser)", file=name))
    printable = sum(1 for c in sample[:4096] if c.isprintable() or c in "\r\n\t")
    if printable < 0.9 * len(sample[:4096]):
        raise SourceError(Message("{file}: this is not a text or spreadsheet file", file=name))
    return TableFile(path, "text", encoding=detected.encoding, encoding_how=detected.how,
                     delimiter=sniff_delimiter(sample))


def sniff_delimiter(sample: str) -> str:
    """The delimiter that splits the sample's rows into the most consistent number of cells."""
    if "\n" in sample.rstrip("\r\n"):
        sample = sample[: sample.rstrip("\r\n").rfind("\n") + 1] or sample  # drop a partly read last line
    best, best_score = ",", (False, 0.0, 0)
    for delim in DELIMITERS:
        counts = [len(r) for r in csv.reader(sample.splitlines(keepends=True), delimiter=delim) if any(c.strip() for c in r)]
        if not counts:
            continue
        mode = max(set(counts), key=counts.count)
        score = (mode > 1, counts.count(mode) / len(counts), mode)
        if score > best_score:
            best, best_score = delim, score
    return best


class BrokenRow(list):
    """A text row whose quoted cell opened and never closed where it should, swallowing the
    lines after it: the cells of its own line, as written, and what went wrong.

    The lines it swallowed are read again as rows of their own, so one stray quotation mark
    costs one rejected row, not the rest of the file.
    """

    column: int  # the cell where the quote opens (0-based)
    problem: str


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class _Lines:
    """The file's physical lines for the csv reader, remembering those of the record being read
    and able to hand lines back to be read again."""

    def __init__(self, f: TextIO) -> None:
        self.f = f
        self.again: list[str] = []  # reversed: the next line to give is last
        self.taken: list[str] = []

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self.again.pop() if self.again else next(self.f)
        self.taken.append(line)
        return line


def _text_rows(path: Path, encoding: str, delimiter: str, so_far: ReadSoFar | None = None) -> Iterator[list[str]]:
    with open(path, encoding=encoding, newline="") as f:
        if so_far is not None:
            so_far.size = path.stat().st_size
        lines = _Lines(f)
        reader = csv.reader(lines, delimiter=delimiter)
        widths: Counter[int] = Counter()
        row = 0
        try:
            while True:
                lines.taken.clear()
                try:
                    cells = next(reader)
                except StopIteration:
                    return
                row += 1
                if len(lines.taken) > 1:
                    broken = _swallowed(cells, lines.taken, widths.most_common(1)[0][0] if widths else 0, delimiter)
                    if broken is not None:
                        kept, again = broken
                        lines.again.extend(reversed(again))
                        yield kept
                        continue
                if len(cells) > 1:
                    widths[len(cells)] += 1
                if so_far is not None and row % 100 == 0:  # the bytes the decoder has taken (a buffer ahead)
                    so_far.read = f.buffer.tell()
                yield cells
        except csv.Error as exc:
            raise SourceError(Message("{file}, row {row}: {problem}", file=path.name, row=row + 1,
                                      problem=_csv_problem(exc))) from None


def _swallowed(cells: list[str], taken: list[str], width: int, delimiter: str) -> tuple[BrokenRow, list[str]] | None:
    """A record over several lines whose quoted cell swallowed the rows after it: the row as its own
    line holds it, and the lines to read again; None for a record with properly closed line breaks.

    The sign is a cell whose later lines read like rows of the file (as many cells as its rows
    have), in a record that is itself malformed: its quotes do not parse strictly, or it does not
    have the file's usual number of cells. An address or a description written over two lines,
    quoted and closed, has neither.
    """
    try:
        list(csv.reader(taken, delimiter=delimiter, strict=True))
        strict_ok = True
    except csv.Error:
        strict_ok = False
    if strict_ok and len(cells) == width:
        return None
    enough = max(2, width - 1)
    starts_on = 0  # the physical line of the record where the cell being looked at starts
    for i, cell in enumerate(cells):
        breaks = len(_LINE_BREAK.findall(cell))
        if breaks:
            later = _LINE_BREAK.split(cell)[1:]
            if any(len(next(csv.reader([line], delimiter=delimiter), [])) >= enough for line in later if line):
                first = _LINE_BREAK.split(cell)[0]
                own = next(csv.reader([first], delimiter=delimiter, quoting=csv.QUOTE_NONE), [""])
                kept = BrokenRow([*cells[:i], '"' + own[0], *own[1:]])
                again = taken[starts_on + 1:]
                kept.column = i
                opened = first[:40] + ("…" if len(first) > 40 else "")
                if len(again) == 1:
                    kept.problem = Message("a quoted cell opens here (\"{cell}) and does not close on its line: it "
                                           "swallowed the next 1 line of the file, which are read as rows of their "
                                           "own; remove the stray quotation mark (or close it) and import this row "
                                           "again", cell=opened)
                else:
                    kept.problem = Message("a quoted cell opens here (\"{cell}) and does not close on its line: it "
                                           "swallowed the next {n:,} lines of the file, which are read as rows of their "
                                           "own; remove the stray quotation mark (or close it) and import this row "
                                           "again", cell=opened, n=len(again))
                return kept, again
        starts_on += breaks
    return None


def _csv_problem(exc: csv.Error) -> str:
    text = str(exc)
    if "field larger than field limit" in text:
        return Message("a quoted cell never ends (check the quotation marks)")
    return text


def cell_text(value: object) -> str:
    """A workbook cell as the text a seller sees in it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return NumberCell(str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value))
    if isinstance(value, int):
        return NumberCell(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value)


def _xlsx_rows(path: Path, sheet: str, check: Callable[[], None], so_far: ReadSoFar | None) -> Iterator[list[str]]:
    from app.core import xlsx

    try:
        for values in xlsx.iter_values(path, sheet, check, so_far):
            cells = [cell_text(v) for v in values]
            while cells and not cells[-1] and not isinstance(cells[-1], UnsavedFormula):
                cells.pop()
            yield cells
    except (SourceError, Cancelled):
        raise
    except Exception as exc:  # damaged sheet XML surfaces only while reading
        raise SourceError(Message("{file}: the sheet '{sheet}' is damaged ({error})", file=path.name, sheet=sheet,
                                  error=f"{exc.__class__.__name__}: {exc}")) from None


def _ods_rows(path: Path, sheet: str, check: Callable[[], None]) -> Iterator[list[str]]:
    try:
        yield from ods.iter_rows(path, sheet, check)
    except Cancelled:
        raise
    except ods.OdsError as exc:
        raise SourceError(Message("{file}: {problem}", file=path.name, problem=message_of(exc))) from None
    except Exception as exc:  # broken XML inside the zip
        raise SourceError(Message("{file}: the sheet '{sheet}' is damaged ({error})", file=path.name, sheet=sheet,
                                  error=f"{exc.__class__.__name__}: {exc}")) from None
