"""Streaming reader for OpenDocument spreadsheets (.ods).

An .ods file is a zip whose content.xml holds every sheet. Parsing it incrementally keeps
memory flat, and expanding the format's "repeated" rows and cells lazily means a sheet that
declares a million empty rows at its end costs nothing.

The sheets' names are found without parsing every row of every sheet: the start tags of the
tables are looked for in the bytes (a tenth of a second for 50 MB of XML, against seconds
for the parser), and the parser reads the file only when that cannot be trusted (a prefix other
than ``table:`` for the table namespace, an encoding other than UTF-8). A ``check`` given to
either reader is called every few thousand rows (or megabytes) and may raise to stop.
"""
from __future__ import annotations

import html
import re
import zipfile
from collections.abc import Callable, Iterator
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


ROWS_BETWEEN_CHECKS = 1000
CHUNK = 1 << 20  # bytes of content.xml scanned at once for the tables' names
HEAD = 64 * 1024  # bytes of content.xml that hold its root element and the namespaces it declares

# a table's start tag as LibreOffice, Excel and other writers put it (not table:table-row, -cell, ...)
_TABLE_START = re.compile(rb"<table:table(?=[\s/>])([^>]*)>")
_NAME = re.compile(rb"""\stable:name\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_TABLE_PREFIX = re.compile(rb"""xmlns:table\s*=\s*["']urn:oasis:names:tc:opendocument:xmlns:table:1\.0["']""")
_DECLARED_ENCODING = re.compile(rb"""<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']""")


class OdsError(Exception):
    pass


def _nothing() -> None:
    """No check for Cancel."""


def _content(path: Path):  # type: ignore[no-untyped-def]
    try:
        zf = zipfile.ZipFile(path)
        return zf, zf.open("content.xml")
    except (zipfile.BadZipFile, KeyError) as exc:
        raise OdsError(Message("not an OpenDocument spreadsheet")) from exc


def sheet_names(path: Path, check: Callable[[], None] = _nothing) -> list[str]:
    names = _scanned_names(path, check)
    return names if names is not None else _parsed_names(path, check)


def _scanned_names(path: Path, check: Callable[[], None]) -> list[str] | None:
    """The tables' names from their start tags in the bytes; None when the file does not write
    them as the scan expects (the parser then reads it)."""
    zf, stream = _content(path)
    names: list[str] = []
    with zf, stream:
        head = stream.read(max(HEAD, CHUNK))
        root = head[: head.find(b">", head.find(b"<office:document-content")) + 1]
        declared = _DECLARED_ENCODING.match(head)
        if not _TABLE_PREFIX.search(root) or (declared and declared.group(1).lower() not in (b"utf-8", b"utf8")):
            return None
        buffer = head
        while buffer:
            # a tag cut at the end of the buffer is read whole with the next chunk
            cut = buffer.rfind(b"<")
            cut = cut if cut >= 0 else len(buffer)
            more = stream.read(CHUNK)
            whole, rest = (buffer, b"") if not more else (buffer[:cut], buffer[cut:])
            for match in _TABLE_START.finditer(whole):
                name = _NAME.search(match.group(1))
                text = (name.group(1) if name.group(1) is not None else name.group(2)) if name else None
                names.append(html.unescape(text.decode("utf-8")) if text is not None else f"Sheet{len(names) + 1}")
            buffer = rest + more
            check()
    return names


def _parsed_names(path: Path, check: Callable[[], None]) -> list[str]:
    zf, stream = _content(path)
    names = []
    with zf, stream:
        for n, (_event, el) in enumerate(iterparse(stream, events=("start",)), start=1):
            if el.tag == _T + "table":
                names.append(el.get(_T + "name", f"Sheet{len(names) + 1}"))
            if n % (100 * ROWS_BETWEEN_CHECKS) == 0:
                check()
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


def iter_rows(path: Path, sheet: str, check: Callable[[], None] = _nothing) -> Iterator[list[str]]:
    """Every row of one sheet, in order, as lists of strings; trailing empty rows are dropped.
    `check` is called every ROWS_BETWEEN_CHECKS rows read (those of the sheets before it too)."""
    zf, stream = _content(path)
    with zf, stream:
        in_sheet = False
        table = None
        pending_empty = 0
        rows_read = 0
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
            rows_read += 1
            if rows_read % ROWS_BETWEEN_CHECKS == 0:
                check()
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
