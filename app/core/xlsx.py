"""Reading the rows of an Excel worksheet, streamed, with the results its formulas last had.

A workbook saved by Excel or LibreOffice keeps each formula's last result beside the formula,
and that result is what the seller sees and what is read. A workbook written by a program (a
script, an export tool) may keep the formula alone: its cell is read as an
:class:`~app.core.sources.UnsavedFormula`, so the row can say so instead of passing an empty
cell off as the seller's value. openpyxl's read-only mode answers such a cell with None, as
it does an empty one, so its sheet parser is extended here by one case.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

from app.core.sources import UnsavedFormula


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


def sheet_names(path: Path) -> list[str]:
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        return [ws.title for ws in wb.worksheets]
    finally:
        wb.close()


def iter_values(path: Path, sheet: str) -> Iterator[list[Any]]:
    """Every row of the sheet from row 1, as the cells' values (None for an empty cell).

    Every row and cell the sheet holds is read, even past the size the file declares
    (openpyxl's own reader stops there, and some programs declare it wrong).
    """
    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb[sheet]
        expected = 1
        with ws._get_source() as src:
            parser = _Parser(src, ws._shared_strings, data_only=True, epoch=wb.epoch,
                             date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)
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
        wb.close()
