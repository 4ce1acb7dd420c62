"""Reading a seller's catalogue: file to rows, headers to fields, rows to records.

Every data row ends up either as an :class:`ItemRecord` or as a :class:`Rejection` naming
the row, the column and the reason; blank rows are counted. Row numbers are those a
spreadsheet shows (row 1 is the file's first line), so a seller can find the row. Rows are
read one at a time: :meth:`CatalogueReader.records` is a generator.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from app.core import fields as F
from app.core.fields import ALIASES, FIELD_LABELS, FIELDS, fold_header, map_columns  # noqa: F401  (re-exported)
from app.core.jobs import Progress, no_progress
from app.core.sources import SourceError, TableFile, UnsavedFormula, open_table
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

    @property
    def text(self) -> str:
        return item_text(self.title, self.description, self.material)


@dataclass(slots=True)
class Rejection:
    row_number: int
    column: str
    reason: str
    raw: dict[str, str]


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
    """Text as given, minus control characters and the spaces around it."""
    text = value if isinstance(value, str) else str(value)
    if not text.isprintable():
        text = _CONTROL.sub("", text)
    return text.strip()


def unsaved_formula_problem(formula: str) -> str:
    return (f"a formula ({shorten(formula, 60)}) with no saved value; open the file in Excel or LibreOffice, "
            "save it and import it again")


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


def _read_layout(table: TableFile) -> Layout:
    rows = table.rows()
    try:
        head = [[clean_cell(c) for c in r] for r in islice(rows, HEADER_SCAN_ROWS + PREVIEW_ROWS)]
    finally:
        rows.close()  # type: ignore[attr-defined]
    if not any(any(r) for r in head):
        raise CatalogueError(f"{table.path.name}: the file has no rows")
    idx = F.find_header_row(head[:HEADER_SCAN_ROWS])
    headers = F.unique_headers(head[idx])
    width = len(headers)
    preview = [(r + [""] * (width - len(r)))[: max(width, len(r))] for r in head[idx + 1: idx + 1 + PREVIEW_ROWS] if any(r)]
    mapping = map_columns(headers)
    return Layout(table, idx + 1, headers, preview, mapping, _decimal_comma(headers, preview, mapping, table.delimiter))


def _decimal_comma(headers: list[str], preview: list[list[str]], mapping: dict[str, str], delimiter: str) -> bool | None:
    cols = [headers.index(mapping[f]) for f in ("price", "weight_kg", "quantity") if f in mapping]
    styles = [decimal_style(row[c]) for row in preview for c in cols if c < len(row)]
    comma, dot = styles.count("comma"), styles.count("dot")
    if comma != dot:
        return comma > dot
    return True if delimiter == ";" and comma else None


def read_layout(path: Path, sheet: str | None = None, encoding: str | None = None) -> Layout:
    """Open a file and find its header; with several sheets and none named, the first with a title column."""
    try:
        table = open_table(Path(path), sheet, encoding)
        if sheet or len(table.sheets) <= 1:
            return _read_layout(table)
        first: Layout | None = None
        for name in table.sheets:
            try:
                layout = _read_layout(table.with_sheet(name))
            except CatalogueError:
                continue
            if "title" in layout.auto_mapping:
                return layout
            first = first or layout
        if first is None:
            raise CatalogueError(f"{Path(path).name}: every sheet of the workbook is empty")
        return first
    except SourceError as exc:
        raise CatalogueError(str(exc)) from None


def check_mapping(path: Path, mapping: dict[str, str], headers: list[str], require_sku: bool = True) -> None:
    missing = [h for h in mapping.values() if h not in headers]
    if missing:
        raise CatalogueError(f"{Path(path).name}: the mapping names columns the file does not have: {', '.join(missing)}")
    if "title" not in mapping:
        raise CatalogueError(f"{Path(path).name}: no title column found (looked for: title, name, product name, "
                             "nama produk, tên sản phẩm, ชื่อสินค้า)")
    if require_sku and "sku" not in mapping:
        raise CatalogueError(f"{Path(path).name}: no SKU column found (looked for: sku, seller sku, parent sku, item code)")


# rows to records ---------------------------------------------------------------------------
class RowParser:
    """Turns one row of cells into an ItemRecord or a Rejection, remembering SKUs seen."""

    def __init__(self, headers: list[str], mapping: dict[str, str], *, decimal_comma: bool | None = None,
                 require_sku: bool = True) -> None:
        self.headers = headers
        self.width = len(headers)
        self.mapping = {f: h for f, h in mapping.items() if h}
        self.index = {f: headers.index(h) for f, h in self.mapping.items()}
        self.unmapped = [(i, h) for i, h in enumerate(headers) if h not in set(self.mapping.values())]
        self.decimal_comma = decimal_comma
        self.require_sku = require_sku
        self.first_row_of: dict[str, int] = {}
        # header -> (first formula, rows): imported rows with a formula that has no saved value
        self.unsaved: dict[str, tuple[str, list[int]]] = {}
        price_header = self.mapping.get("price", "")
        self.header_currency = currency_hint(price_header) if price_header else ""
        weight_header = self.mapping.get("weight_kg", "")
        self.header_weight_unit = F.unit_in_header(weight_header) if weight_header else ""

    def column(self, fld: str) -> str:
        return self.mapping.get(fld, FIELD_LABELS.get(fld, fld))

    def _amount(self, text: str, kind: str, name: str) -> tuple[Decimal | None, str]:
        """(value, "") for a number of zero or more, else (None, the reason to reject the row)."""
        try:
            value = parse_decimal(text, self.decimal_comma)
        except ValueError:
            return None, f"not a {kind}: '{text}'"
        return (value, "") if value >= 0 else (None, f"negative {name} {text}")

    def parse(self, row_number: int, cells: list[str]) -> ItemRecord | Rejection | None:
        """None for a blank row."""
        formulas = {i: c.formula for i, c in enumerate(cells[: self.width]) if isinstance(c, UnsavedFormula)}
        cells = [clean_cell(c) for c in cells]
        # a template's empty rows often carry formulas filled down a side column (a total): with
        # nothing else in the row they are blank rows; a formula in a field that needs a value is not
        needed = {i for fld, i in self.index.items() if fld in NEEDS_SAVED_VALUE}
        if not any(cells) and not (formulas.keys() & needed):
            return None
        raw = dict(zip(self.headers, cells))
        for i, formula in formulas.items():
            raw[self.headers[i]] = formula  # the cell as the seller wrote it, for the report
        if len(cells) > self.width and any(cells[self.width:]):
            extra = [c for c in cells[self.width:] if c]
            raw["(extra cells)"] = " | ".join(extra)
            return Rejection(row_number, "(extra cells)", f"{len(cells)} cells but the header has {self.width} columns; "
                                                         "a delimiter or quote may be misplaced", raw)
        idx = self.index

        def get(fld: str) -> str:
            i = idx.get(fld)
            return cells[i] if i is not None and i < len(cells) else ""

        def reject(fld: str, reason: str) -> Rejection:
            return Rejection(row_number, self.column(fld), reason, raw)

        for fld in NEEDS_SAVED_VALUE if formulas else ():
            i = idx.get(fld)
            if i in formulas:
                return reject(fld, unsaved_formula_problem(formulas[i]))
        title, sku = get("title"), get("sku")
        if not title:
            return reject("title", "missing title")
        if self.require_sku and not sku:
            return reject("sku", "missing SKU")
        if len(sku) > MAX_SKU:
            return reject("sku", f"SKU longer than {MAX_SKU} characters")
        if sku and sku in self.first_row_of:
            return reject("sku", f"duplicate SKU '{sku}' (first on row {self.first_row_of[sku]})")
        rec = ItemRecord(row_number=row_number, sku=sku, title=title, description=get("description"),
                         material=get("material"), brand=get("brand"), variation=get("variation"))
        price = get("price")
        if price:
            rec.unit_value, problem = self._amount(price, "number", "price")
            if problem:
                return reject("price", problem)
        currency = get("currency")
        try:
            rec.currency = currency_code(currency) if currency else (currency_hint(price) if price else "") or self.header_currency
        except ValueError as exc:
            return reject("currency", str(exc))
        origin = get("origin")
        try:
            rec.origin = country_code(origin)
        except ValueError:
            return reject("origin", f"unknown country '{origin}'")
        weight = get("weight_kg")
        if weight:
            try:
                kg = parse_weight_kg(weight, get("weight_unit") or self.header_weight_unit, self.decimal_comma)
            except ValueError as exc:
                return reject("weight_unit" if "unit" in str(exc) and get("weight_unit") else "weight_kg", str(exc))
            if kg < 0:
                return reject("weight_kg", f"negative weight {weight}")
            rec.net_weight_kg = float(kg)
        quantity = get("quantity")
        if quantity:
            amount, problem = self._amount(quantity, "quantity", "quantity")
            if problem:
                return reject("quantity", problem)
            rec.quantity = amount
        unit = get("quantity_unit")
        if unit:
            if len(unit) > MAX_UNIT:
                return reject("quantity_unit", f"unit longer than {MAX_UNIT} characters: '{shorten(unit, 30)}'")
            rec.quantity_unit = unit
        rec.attributes = {h: cells[i] for i, h in self.unmapped if i < len(cells) and cells[i]}
        if sku:
            self.first_row_of[sku] = row_number
        for i, formula in formulas.items():
            self.unsaved.setdefault(self.headers[i], (formula, []))[1].append(row_number)
        return rec

    def warnings(self) -> list[str]:
        """One line per column where imported rows held a formula with no saved value."""
        out = []
        for header, (formula, rows) in self.unsaved.items():
            shown = ", ".join(str(n) for n in rows[:WARNED_ROWS_SHOWN])
            if len(rows) > WARNED_ROWS_SHOWN:
                shown += f" and {len(rows) - WARNED_ROWS_SHOWN:,} more"
            where = f"row {shown}" if len(rows) == 1 else f"{len(rows):,} rows ({shown})"
            out.append(f"column {header}: a formula with no saved value ({shorten(formula, 60)}) on {where}, "
                       "imported empty; open the file in Excel or LibreOffice, save it and import it again to keep it")
        return out


class CatalogueReader:
    """One pass over a catalogue's data rows with a given mapping, one row at a time."""

    def __init__(self, layout: Layout, mapping: dict[str, str] | None = None, *, require_sku: bool = True) -> None:
        self.layout = layout
        self.mapping = {f: h for f, h in (layout.auto_mapping if mapping is None else mapping).items() if h}
        check_mapping(layout.table.path, self.mapping, layout.headers, require_sku)
        self.parser = RowParser(layout.headers, self.mapping, decimal_comma=layout.decimal_comma, require_sku=require_sku)
        self.blank_rows = 0

    def records(self, progress: Progress = no_progress, every: int = 2000) -> Iterator[ItemRecord | Rejection]:
        table = self.layout.table
        total = _estimated_rows(table)
        first = self.layout.header_row + 1
        rows = table.rows()
        try:
            for number, cells in enumerate(rows, start=1):
                if number < first:
                    continue
                result = self.parser.parse(number, cells)
                if result is None:
                    self.blank_rows += 1
                else:
                    yield result
                if number % every == 0:
                    done = number / total if total else number / (number + 50_000)
                    progress(min(done, 0.99), f"Read row {number:,}")
        except SourceError as exc:
            raise CatalogueError(str(exc)) from None
        finally:
            rows.close()  # type: ignore[attr-defined]
        progress(1.0, "Read the whole file")


def _estimated_rows(table: TableFile) -> int:
    if table.kind == "text":
        return max(1, table.path.stat().st_size // 80)
    return 0


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
                           reader.parser.warnings())


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
            for col, cell in enumerate(cells):
                if isinstance(cell, UnsavedFormula):
                    header = layout.headers[col] if col < len(layout.headers) else f"{col + 1}"
                    raise CatalogueError(f"{Path(path).name}: row {number}, column {header}: "
                                         + unsaved_formula_problem(cell.formula))
            cells = [clean_cell(c) for c in cells]
            if any(cells):
                rows.append((cells + [""] * width)[:width])
    except SourceError as exc:
        raise CatalogueError(str(exc)) from None
    return pd.DataFrame(rows, columns=layout.headers, dtype=str)


def parse_rows(df: pd.DataFrame, mapping: dict[str, str], progress: Progress = no_progress, *,
               require_sku: bool = True) -> tuple[list[ItemRecord], list[Rejection]]:
    """Validate the rows of a DataFrame read by :func:`read_table` (header on row 1)."""
    parser = RowParser([str(c) for c in df.columns], mapping, require_sku=require_sku)
    records: list[ItemRecord] = []
    rejections: list[Rejection] = []
    for i, values in enumerate(df.itertuples(index=False, name=None)):
        r = parser.parse(i + 2, [str(v) for v in values])
        if isinstance(r, ItemRecord):
            records.append(r)
        elif r is not None:
            rejections.append(r)
    progress(1.0, f"Read {len(df):,} rows")
    return records, rejections
