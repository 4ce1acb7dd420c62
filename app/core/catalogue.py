"""Reading a seller's catalogue: file to rows, headers to fields, rows to records.

Every data row ends up either as an :class:`ItemRecord` or as a :class:`Rejection` naming
the row and each of its problems with column and reason; blank rows are counted. Row numbers
are those a spreadsheet shows (row 1 is the file's first line), so a seller can find the row.
Rows are read one at a time: :meth:`CatalogueReader.records` (in :mod:`app.core.rows`, which
turns rows into records) is a generator.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from app.core import fields as F
from app.core.export import unguarded
from app.core.fields import ALIASES, FIELD_LABELS, FIELDS, fold_header, map_columns  # noqa: F401  (re-exported)
from app.core.jobs import Progress, no_progress
from app.core.messages import Message, message_of
from app.core.sources import BrokenRow, SourceError, TableFile, UnsavedFormula, open_table
from app.core.values import (  # noqa: F401  (re-exported)
    country_code,
    currency_code,
    currency_hint,
    decimal_style,
    parse_decimal,
    parse_weight_kg,
)

if TYPE_CHECKING:
    import pandas as pd

HEADER_SCAN_ROWS = 30
PREVIEW_ROWS = 50
MAX_SKU = 255
MAX_UNIT = 16
# The longest text a field takes: marketplaces cap titles at a few hundred characters and
# descriptions at a few thousand, so a longer cell is a column pasted into the wrong place or
# a quote that swallowed the rows after it. The row is rejected whole, naming the column.
MAX_TEXT = {"title": 1_000, "material": 1_000, "brand": 1_000, "variation": 1_000, "description": 20_000}
MAX_OTHER = 20_000  # a cell of any other column, kept as an attribute
# Fields where an empty cell would be read as a fact (no SKU, no price, no origin, ...): a formula
# whose value the workbook does not keep rejects the row there. Elsewhere (description,
# material, brand, variation, other columns) the row is imported without it and the report warns.
NEEDS_SAVED_VALUE = ("title", "sku", "price", "currency", "origin", "weight_kg", "weight_unit", "quantity",
                      "quantity_unit")
WARNED_ROWS_SHOWN = 10


class CatalogueError(Exception):
    """The file as a whole cannot be read; nothing was imported."""


@dataclass(slots=True)
class ItemRecord:
    row_number: int
    sku: str
    title: str
    description: str = ""
    material: str = ""
    origin: str = ""
    unit_value: Decimal | None = None
    currency: str = ""
    net_weight_kg: float | None = None
    quantity_unit: str = "pcs"
    attributes: dict[str, str] = field(default_factory=dict)
    brand: str = ""
    variation: str = ""
    quantity: Decimal | None = None
    catalogue_code: str | None = None  # the seller's HS code, when it is an HS 2022 subheading (as six digits)

    @property
    def text(self) -> str:
        return item_text(self.title, self.description, self.material)


@dataclass(slots=True)
class Rejection:
    """A row that cannot be imported: its first problem (in the order checked), and the others in ``more``."""

    row_number: int
    column: str
    reason: str
    raw: dict[str, str]
    more: list[tuple[str, str]] = field(default_factory=list)  # (column, reason) of the row's other problems

    @property
    def problems(self) -> list[tuple[str, str]]:
        """Every problem of the row as (column, reason)."""
        return [(self.column, self.reason), *self.more]


@dataclass(slots=True)
class ParsedCatalogue:
    path: Path
    headers: list[str]
    mapping: dict[str, str]
    records: list[ItemRecord]
    rejections: list[Rejection]
    blank_rows: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def rows_read(self) -> int:
        return len(self.records) + len(self.rejections)


def item_text(title: str, description: str = "", material: str = "") -> str:
    """The text the classifier and the rules' keywords read for an item."""
    return " ".join(p for p in (title, material, description) if p)


def item_text_spans(title: str, description: str = "", material: str = "") -> dict[str, tuple[int, int]]:
    """Where each field lies in :func:`item_text`, as (start, end) character positions."""
    spans: dict[str, tuple[int, int]] = {}
    at = 0
    for name, part in (("title", title), ("material", material), ("description", description)):
        if part:
            spans[name] = (at, at + len(part))
            at += len(part) + 1
    return spans


def title_with_variation(title: str, variation: str | None) -> str:
    """An item as people read it: the title, and the variation when there is one (marketplace
    exports give every variation the same title and keep what differs apart)."""
    variation = (variation or "").strip()
    return f"{title} ({variation})" if variation else title


def goods_description(title: str, variation: str | None, material: str | None) -> str:
    """What an invoice line says the goods are: the title (and variation), and the material
    when the title does not already say it; customs asks what a thing is and what it is made of."""
    text = title_with_variation(title, variation)
    material = " ".join((material or "").split())
    said = unicodedata.normalize("NFC", text).casefold()
    words = [w for w in re.split(r"[\s,;/]+", unicodedata.normalize("NFC", material).casefold()) if w]
    if not words or all(w in said for w in words):
        return text
    return f"{text}; material: {material}"


def _mark_class() -> str:
    """A character class of every combining mark (categories Mn, Mc, Me) in the Basic
    Multilingual Plane, as ranges."""
    ranges: list[tuple[int, int]] = []
    for cp in range(0x300, 0x10000):
        if unicodedata.category(chr(cp)).startswith("M"):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges)


# Punctuation and spacing: anything but a letter, a digit or a combining mark. Thai vowels and
# tone marks are combining marks, not word characters: dropping them made เสื้อ (shirt) and
# เสือ (tiger) one key, so one decision was remembered for the other product.
_NOT_TEXT = re.compile(f"[^\\w{_mark_class()}]+")


def normalise_title(title: str) -> str:
    """Key for decision memory: case, punctuation and spacing folded (marks, accents
    included, are kept: they change the word in Thai and Vietnamese)."""
    text = unicodedata.normalize("NFKC", title).casefold()
    return " ".join(_NOT_TEXT.sub(" ", text).split())


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")


def clean_cell(value: object) -> str:
    """Text as given, minus control characters, the spaces around it and the apostrophe that
    Borderline's exports put before text a spreadsheet would run as a formula ("'-5541").

    Accents are stored composed (NFC): Windows-1258 writes Vietnamese with combining accents,
    and the same row read from a UTF-8 file must be the same text (found by search, and not
    reported as changed on the next import).
    """
    text = value if isinstance(value, str) else str(value)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if not text.isprintable():
        text = _CONTROL.sub("", text)
    text = text.strip()
    if text[:1] == "'":
        text = unguarded(text).strip()
    return text


def unsaved_formula_problem(formula: str) -> str:
    return Message("a formula ({formula}) with no saved value; open the file in Excel or LibreOffice, save it and "
                   "import it again", formula=shorten(formula, 60))


def shorten(text: str, limit: int = 80) -> str:
    """For display only: the database keeps every field whole."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# the file's layout -------------------------------------------------------------------------
@dataclass
class Layout:
    """What a file looks like: where its header is, its columns and its first rows."""

    table: TableFile
    header_row: int  # spreadsheet row number of the header
    headers: list[str]
    preview: list[list[str]]  # the first data rows, cleaned and as wide as the header
    auto_mapping: dict[str, str]
    decimal_comma: bool | None
    header_cells: list[str] = field(default_factory=list)  # the header row as written (a name may repeat)


def _read_layout(table: TableFile, check: Callable[[], None]) -> Layout:
    rows = table.rows(check)
    try:
        head = [[clean_cell(c) for c in r] for r in islice(rows, HEADER_SCAN_ROWS + PREVIEW_ROWS)]
    finally:
        rows.close()  # type: ignore[attr-defined]
    if not any(any(r) for r in head):
        raise CatalogueError(Message("{file}: the file has no rows", file=table.path.name))
    idx = F.find_header_row(head[:HEADER_SCAN_ROWS])
    headers = F.unique_headers(head[idx])
    width = len(headers)
    preview = [(r + [""] * (width - len(r)))[: max(width, len(r))] for r in head[idx + 1: idx + 1 + PREVIEW_ROWS] if any(r)]
    mapping = map_columns(headers)
    return Layout(table, idx + 1, headers, preview, mapping, _decimal_comma(headers, preview, mapping, table.delimiter),
                  list(head[idx]))


def _decimal_comma(headers: list[str], preview: list[list[str]], mapping: dict[str, str], delimiter: str) -> bool | None:
    cols = [headers.index(mapping[f]) for f in ("price", "weight_kg", "quantity") if f in mapping]
    styles = [decimal_style(row[c]) for row in preview for c in cols if c < len(row)]
    comma, dot = styles.count("comma"), styles.count("dot")
    if comma != dot:
        return comma > dot
    return True if delimiter == ";" and comma else None


def read_layout(path: Path, sheet: str | None = None, encoding: str | None = None,
                check: Callable[[], None] = lambda: None) -> Layout:
    """Open a file and find its header; with several sheets and none named, the first with a title column.
    `check` is called while much is read before a row (a workbook's text or sheets), and may raise to stop."""
    try:
        table = open_table(Path(path), sheet, encoding, check)
        if sheet or len(table.sheets) <= 1:
            return _read_layout(table, check)
        first: Layout | None = None
        for name in table.sheets:
            check()
            try:
                layout = _read_layout(table.with_sheet(name), check)
            except CatalogueError:
                continue
            if "title" in layout.auto_mapping:
                return layout
            first = first or layout
        if first is None:
            raise CatalogueError(Message("{file}: every sheet of the workbook is empty", file=Path(path).name))
        return first
    except SourceError as exc:
        raise CatalogueError(message_of(exc)) from None


def check_mapping(path: Path, mapping: dict[str, str], headers: list[str], require_sku: bool = True) -> None:
    missing = [h for h in mapping.values() if h not in headers]
    if missing:
        raise CatalogueError(Message("{file}: the mapping names columns the file does not have: {columns}",
                                     file=Path(path).name, columns=", ".join(missing)))
    if "title" not in mapping:
        raise CatalogueError(Message("{file}: no title column found (looked for: title, name, product name, nama "
                                     "produk, tên sản phẩm, ชื่อสินค้า)", file=Path(path).name))
    if require_sku and "sku" not in mapping:
        raise CatalogueError(Message("{file}: no SKU column found (looked for: sku, seller sku, parent sku, item code)",
                                     file=Path(path).name))


# whole-file helpers (small files, the decisions bridge, prediction) -------------------------
def parse_catalogue(path: Path, progress: Progress = no_progress, *, require_sku: bool = True, sheet: str | None = None,
                    encoding: str | None = None, mapping: dict[str, str] | None = None) -> ParsedCatalogue:
    """Read a whole catalogue into lists (for small files and tests; imports stream instead)."""
    path = Path(path)
    layout = read_layout(path, sheet, encoding)
    reader = CatalogueReader(layout, mapping, require_sku=require_sku)
    records: list[ItemRecord] = []
    rejections: list[Rejection] = []
    for r in reader.records(progress):
        (records if isinstance(r, ItemRecord) else rejections).append(r)  # type: ignore[arg-type]
    return ParsedCatalogue(path, layout.headers, reader.mapping, records, rejections, reader.blank_rows,
                           reader.warnings())


def read_table(path: Path) -> pd.DataFrame:
    """A whole file as a DataFrame of strings, header row found and kept as the columns.

    A cell holding a formula with no saved value stops the read, naming its row and column:
    read as empty, a decision's code or a labelled item's code would be skipped silently.
    """
    import pandas as pd

    layout = read_layout(Path(path))
    width = len(layout.headers)
    rows = []
    it = layout.table.rows()
    try:
        for number, cells in enumerate(it, start=1):
            if number <= layout.header_row:
                continue
            if isinstance(cells, BrokenRow):
                header = layout.headers[cells.column] if cells.column < len(layout.headers) else f"{cells.column + 1}"
                raise CatalogueError(Message("{file}: row {row}, column {column}: {problem}", file=Path(path).name,
                                             row=number, column=header, problem=cells.problem))
            for col, cell in enumerate(cells):
                if isinstance(cell, UnsavedFormula):
                    header = layout.headers[col] if col < len(layout.headers) else f"{col + 1}"
                    raise CatalogueError(Message("{file}: row {row}, column {column}: {problem}", file=Path(path).name,
                                                 row=number, column=header,
                                                 problem=unsaved_formula_problem(cell.formula)))
            cells = [clean_cell(c) for c in cells]
            if any(cells):
                rows.append((cells + [""] * width)[:width])
    except SourceError as exc:
        raise CatalogueError(message_of(exc)) from None
    return pd.DataFrame(rows, columns=layout.headers, dtype=str)


# rows to records (kept importable from here) ------------------------------------------------
from app.core.rows import CatalogueReader, RowParser, parse_rows  # noqa: F401
