"""Reading the rows of an Excel worksheet, streamed, with the results its formulas last had.

A workbook saved by Excel or LibreOffice keeps each formula's last result beside the formula,
and that result is what the seller sees and what is read. A workbook written by a program (a
script, an export tool) may keep the formula alone: its cell is read as an
:class:`~app.core.sources.UnsavedFormula`, so the row can say so instead of passing an empty
cell off as the seller's value. openpyxl's read-only mode answers such a cell with None, as
it does an empty one, so its sheet parser is extended here by one case.

The workbook is opened without openpyxl's ``load_workbook``, whose read-only mode reads before
the first row what the rows do not need: every sheet whole when the sheet does not state its
size (openpyxl's own write-only mode, Borderline's exports among them, never does), and every
shared string (the text cells of a workbook saved by Excel) at once. Here only the workbook's
list of sheets and its styles are read on opening, and a shared string is read when a row
first needs it, so the first rows come at once and a check for Cancel runs while the strings
are read. The bytes of the sheet's XML handed to the parser are counted, for the share read.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser
from openpyxl.xml.constants import SHARED_STRINGS, SHEET_MAIN_NS
from openpyxl.xml.functions import iterparse

from app.core.sources import ReadSoFar, UnsavedFormula

STRINGS_BETWEEN_CHECKS = 5000  # shared strings read between two checks for Cancel
_SI = f"{{{SHEET_MAIN_NS}}}si"
_T = f"{{{SHEET_MAIN_NS}}}t"
_R = f"{{{SHEET_MAIN_NS}}}r"


class _Parser(WorkSheetParser):  # type: ignore[misc]
    """The read-only parser of openpyxl, told apart a formula without a saved result."""

    def parse_cell(self, element: Any) -> dict[str, Any]:
        cell: dict[str, Any] = super().parse_cell(element)
        if element.find(FORMULA_TAG) is None:
            return cell
        try:
            formula = self.parse_formula(element)  # also keeps a shared formula for the cells that reuse it
        except Exception:  # noqa: BLE001 - a shared formula openpyxl cannot place (a cell without its reference)
            formula = element.findtext(FORMULA_TAG) or ""
        # t="str" with an empty result is a formula whose saved result is empty text
        if cell["value"] is None and element.get("t") != "str":
            text = formula if isinstance(formula, str) else getattr(formula, "text", None)
            cell["value"] = UnsavedFormula(text or "=TABLE()")
        return cell


def _string_text(si: Any) -> str:
    """A shared string's text as openpyxl reads it: its plain text and its formatted runs, not
    its phonetic guide."""
    parts = []
    plain = si.find(_T)
    if plain is not None and plain.text:
        parts.append(plain.text)
    for run in si.iterfind(_R):
        text = run.findtext(_T)
        if text:
            parts.append(text)
    return "".join(parts).replace("x005F_", "")


class SharedStrings:
    """The workbook's shared strings, read from the file as far as the rows ask for them.

    Excel writes a string where a cell first uses it, so reading the rows in order reads the
    strings along with them; `check` is called between runs of strings read at once (a cell
    that asks for the last string first), and may raise to stop.
    """

    def __init__(self, source: IO[bytes] | None, check: Callable[[], None]) -> None:
        self.strings: list[str] = []
        self._source = source
        self._events = iterparse(source) if source is not None else iter(())
        self._check = check

    def __getitem__(self, index: int) -> str:
        while index >= len(self.strings):
            self._read_more(index)
        return self.strings[index]

    def _read_more(self, index: int) -> None:
        start = len(self.strings)
        for _event, element in self._events:
            if element.tag == _SI:
                self.strings.append(_string_text(element))
                element.clear()
                if len(self.strings) > index:
                    return
                if (len(self.strings) - start) % STRINGS_BETWEEN_CHECKS == 0:
                    self._check()
        raise IndexError(f"the sheet names shared string {index}, and the workbook has {len(self.strings)}")

    def close(self) -> None:
        if self._source is not None:
            self._source.close()


class _Counted:
    """The sheet's XML as the parser reads it, its bytes counted in `so_far`."""

    def __init__(self, source: IO[bytes], so_far: ReadSoFar) -> None:
        self._source, self._so_far = source, so_far

    def read(self, size: int = -1) -> bytes:
        data = self._source.read(size)
        self._so_far.read += len(data)
        return data


class Book:
    """An opened workbook: its worksheets by name, its styles, and its shared strings."""

    def __init__(self, path: Path) -> None:
        reader = ExcelReader(path, read_only=True, keep_vba=False, data_only=True, keep_links=False)
        try:
            reader.read_manifest()
            reader.read_workbook()
            apply_stylesheet(reader.archive, reader.wb)
            self.parts = {sheet.name: rel.target for sheet, rel in reader.parser.find_sheets()
                          if rel.target in reader.valid_files and "chartsheet" not in rel.Type}
            strings = reader.package.find(SHARED_STRINGS)
            self.strings_part = strings.PartName[1:] if strings is not None else None
        except BaseException:
            reader.archive.close()
            raise
        self.archive, self.wb = reader.archive, reader.wb

    @property
    def sheet_names(self) -> list[str]:
        return list(self.parts)

    def iter_values(self, sheet: str, check: Callable[[], None], so_far: ReadSoFar | None = None) -> Iterator[list[Any]]:
        """Every row of the sheet from row 1, as the cells' values (None for an empty cell).

        Every row and cell the sheet holds is read, even past the size the file declares
        (openpyxl's own reader stops there, and some programs declare it wrong); so the share
        read (`so_far`) is the sheet's bytes, not its rows against that size.
        """
        strings = SharedStrings(self.archive.open(self.strings_part) if self.strings_part else None, check)
        try:
            expected = 1
            part = self.parts[sheet]
            with self.archive.open(part) as src:
                source: IO[bytes] | _Counted = src
                if so_far is not None:
                    so_far.read, so_far.size = 0, self.archive.getinfo(part).file_size
                    source = _Counted(src, so_far)
                parser = _Parser(source, strings, data_only=True, epoch=self.wb.epoch,
                                 date_formats=self.wb._date_formats, timedelta_formats=self.wb._timedelta_formats)
                for number, cells in parser.parse():
                    if number < expected:  # a row given twice or out of order: openpyxl skips it too
                        continue
                    for _ in range(expected, number):
                        yield []
                    values: list[Any] = [None] * (max((c["column"] for c in cells), default=0))
                    for c in cells:
                        values[c["column"] - 1] = c["value"]
                    yield values
                    expected = number + 1
        finally:
            strings.close()

    def close(self) -> None:
        self.archive.close()


def _nothing() -> None:
    """No check for Cancel."""


def sheet_names(path: Path) -> list[str]:
    book = Book(path)
    try:
        return book.sheet_names
    finally:
        book.close()


def iter_values(path: Path, sheet: str, check: Callable[[], None] = _nothing,
                so_far: ReadSoFar | None = None) -> Iterator[list[Any]]:
    """Every row of `sheet`, as :meth:`Book.iter_values` reads it; `check` is called while many
    shared strings are read at once, and may raise to stop; `so_far` counts the sheet read."""
    book = Book(path)
    try:
        yield from book.iter_values(sheet, check, so_far)
    finally:
        book.close()
