"""Streaming reader for OpenDocument spreadsheets (.ods).

An .ods file is a zip whose content.xml holds every sheet. Parsing it incrementally keeps
memory flat, and expanding the format's "repeated" rows and cells lazily means a sheet that
declares a million empty rows at its end costs nothing.
"""
from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree.ElementTree import iterparse

from app.core.messages import Message
from app.core.values import NumberCell

TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

_T = f"{{{TABLE}}}"
_O = f"{{{OFFICE}}}"
_X = f"{{{TEXT}}}"


class OdsError(Exception):
    pass


def _content(path: Path):  # type: ignore[no-untyped-def]
    try:
        zf = zipfile.ZipFile(path)
        return zf, zf.open("content.xml")
    except (zipfile.BadZipFile, KeyError) as exc:
        raise OdsError(Message("not an OpenDocument spreadsheet")) from exc


def sheet_names(path: Path) -> list[str]:
    zf, stream = _content(path)
    names = []
    with zf, stream:
        for _event, el in iterparse(stream, events=("start",)):
            if el.tag == _T + "table":
                names.append(el.get(_T + "name", f"Sheet{len(names) + 1}"))
    return names


def _cell_text(cell) -> str:  # type: ignore[no-untyped-def]
    vtype = cell.get(_O + "value-type")
    if vtype in ("float", "percentage", "currency"):
        return NumberCell(cell.get(_O + "value", ""))
    if vtype == "date":
        return cell.get(_O + "date-value", "")
    if vtype == "time":
        return cell.get(_O + "time-value", "")
    if vtype == "boolean":
        return "TRUE" if cell.get(_O + "boolean-value") == "true" else "FALSE"
    paragraphs = [_inline_text(p) for p in cell if p.tag == _X + "p"]
    return "\n".join(paragraphs)


def _inline_text(el) -> str:  # type: ignore[no-untyped-def]
    parts = [el.text or ""]
    for child in el:
        if child.tag == _X + "s":
            parts.append(" " * int(child.get(_X + "c", "1")))
        elif child.tag == _X + "tab":
            parts.append("\t")
        elif child.tag == _X + "line-break":
            parts.append("\n")
        else:
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def iter_rows(path: Path, sheet: str) -> Iterator[list[str]]:
    """Every row of one sheet, in order, as lists of strings; trailing empty rows are dropped."""
    zf, stream = _content(path)
    with zf, stream:
        in_sheet = False
        table = None
        pending_empty = 0
        for event, el in iterparse(stream, events=("start", "end")):
            tag = el.tag
            if event == "start":
                if tag == _T + "table":
                    in_sheet = el.get(_T + "name") == sheet
                    table = el
                continue
            if tag == _T + "table":
                if in_sheet:
                    return
                el.clear()
                continue
            if tag != _T + "table-row":
                continue
            if not in_sheet:
                el.clear()
                continue
            cells: list[str] = []
            for cell in el:
                if cell.tag not in (_T + "table-cell", _T + "covered-table-cell"):
                    continue
                repeat = int(cell.get(_T + "number-columns-repeated", "1"))
                text = _cell_text(cell)
                # A run of empty cells can be declared a million wide; only its start matters.
                cells.extend([text] * (repeat if text else min(repeat, 1024)))
            while cells and not cells[-1]:
                cells.pop()
            repeat_rows = int(el.get(_T + "number-rows-repeated", "1"))
            if table is not None:
                table.clear()  # drop the rows already read, so memory stays flat
            if not cells:
                pending_empty += repeat_rows
                continue
            for _ in range(pending_empty):
                yield []
            pending_empty = 0
            for _ in range(repeat_rows):
                yield list(cells)
