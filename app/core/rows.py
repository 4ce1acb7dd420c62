"""Rows to records: each data row becomes an ItemRecord, or a Rejection naming every problem it has.

A row is checked whole: a row with an unknown origin and a weight that is no number is
rejected naming both, each with its column, so the seller corrects the row once. Number
columns are read with one decimal mark each (see :mod:`app.core.numbers`), so a record may
wait until its column shows its mark; :func:`settled` yields the rows in file order all the same.
"""
from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from app.core import fields as F
from app.core.catalogue import (
    MAX_OTHER,
    MAX_SKU,
    MAX_TEXT,
    MAX_UNIT,
    NEEDS_SAVED_VALUE,
    WARNED_ROWS_SHOWN,
    CatalogueError,
    ItemRecord,
    Layout,
    Rejection,
    check_mapping,
    clean_cell,
    shorten,
    unsaved_formula_problem,
)
from app.core.catalogue_codes import CodeColumn
from app.core.fields import FIELD_LABELS
from app.core.jobs import UNKNOWN, Progress, no_progress, repeating
from app.core.messages import Joined, Label, Message, message_of
from app.core.numbers import NumberColumns
from app.core.sources import BrokenRow, ReadSoFar, SourceError, UnsavedFormula
from app.core.values import NotOneNumber, NumberCell, country_code, currency_code, currency_hint, split_weight
from app.core.units import fraction_problem

if TYPE_CHECKING:
    import pandas as pd

NUMBER_FIELDS = ("price", "weight_kg", "quantity")
OTHER = "\0"  # before a column that is no field, as a key of a row's problems
EXTRA_CELLS = Message("(extra cells)")  # the column of a row's cells beyond the header's
REPORT_SECONDS = 0.2  # the longest between two progress reports while rows are read, give or take 100 rows


class RowParser:
    """Turns one row of cells into an ItemRecord or a Rejection, remembering SKUs seen."""

    def __init__(self, headers: list[str], mapping: dict[str, str], *, decimal_comma: bool | None = None,
                 require_sku: bool = True, source: str = "") -> None:
        self.headers = headers
        self.width = len(headers)
        self.mapping = {f: h for f, h in mapping.items() if h}
        self.index = {f: headers.index(h) for f, h in self.mapping.items()}
        # the columns kept as attributes: those read as no field, and the seller's HS code as written
        # (a code that is no subheading, or a national line, is not lost; a valid one is also read,
        # as catalogue_code)
        code_header = self.mapping.get("hs_code")
        self.unmapped = [(i, h) for i, h in enumerate(headers) if h not in set(self.mapping.values()) or h == code_header]
        self.codes = CodeColumn(code_header or "", source)
        self.decimal_comma = decimal_comma
        self.require_sku = require_sku
        self.first_row_of: dict[str, int] = {}
        # header -> (first formula, rows): imported rows with a formula that has no saved value
        self.unsaved: dict[str, tuple[str, list[int]]] = {}
        self.unpriced: list[int] = []  # imported rows with no price (the first WARNED_ROWS_SHOWN)
        self.unpriced_count = 0
        price_header = self.mapping.get("price", "")
        self.header_currency = currency_hint(price_header) if price_header else ""
        weight_header = self.mapping.get("weight_kg", "")
        self.header_weight_unit = F.unit_in_header(weight_header) if weight_header else ""
        self.numbers = NumberColumns({f: self.column(f) for f in NUMBER_FIELDS}, decimal_comma, source)

    def column(self, fld: str) -> str:
        if fld.startswith(OTHER):
            return fld[len(OTHER):]
        return self.mapping.get(fld) or (Label(FIELD_LABELS[fld]) if fld in FIELD_LABELS else fld)

    def parse(self, row_number: int, cells: list[str]) -> ItemRecord | Rejection | None:
        """None for a blank row. A record whose numbers wait for their column: see :meth:`waits`."""
        if isinstance(cells, BrokenRow):
            return self._broken(row_number, cells)
        formulas = {i: c.formula for i, c in enumerate(cells[: self.width]) if isinstance(c, UnsavedFormula)}
        exact = {i for i, c in enumerate(cells[: self.width]) if isinstance(c, NumberCell)}
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
            raw[EXTRA_CELLS] = " | ".join(extra)
            return Rejection(row_number, EXTRA_CELLS, Message("{cells} cells but the header has {columns} columns; a "
                                                              "delimiter or quote may be misplaced", cells=len(cells),
                                                              columns=self.width), raw)
        idx = self.index
        problems: dict[str, str] = {}  # field -> reason: every problem of the row, each in its column

        def get(fld: str) -> str:
            i = idx.get(fld)
            return cells[i] if i is not None and i < len(cells) else ""

        for fld in NEEDS_SAVED_VALUE if formulas else ():
            i = idx.get(fld)
            if i in formulas:
                problems[fld] = unsaved_formula_problem(formulas[i])
        title, sku = get("title"), get("sku")
        if not title and "title" not in problems:
            problems["title"] = Message("missing title")
        if "sku" not in problems:
            if self.require_sku and not sku:
                problems["sku"] = Message("missing SKU")
            elif len(sku) > MAX_SKU:
                problems["sku"] = Message("SKU longer than {most} characters", most=MAX_SKU)
            elif sku and sku in self.first_row_of:
                problems["sku"] = Message("duplicate SKU '{sku}' (first on row {row})", sku=sku,
                                          row=self.first_row_of[sku])
        for fld, most in MAX_TEXT.items():
            if fld not in problems and len(text := get(fld)) > most:
                problems[fld] = too_long(text, most)
        rec = ItemRecord(row_number=row_number, sku=sku, title=title, description=get("description"),
                         material=get("material"), brand=get("brand"), variation=get("variation"))
        numbers: list[tuple[str, str, str, Decimal, bool, Decimal]] = []  # field, attribute, text, value, two-way, factor

        def number(fld: str, attr: str, text: str, kind: str, factor: Decimal = Decimal(1)) -> None:
            """Read a price, weight or quantity, or name the problem; no negatives."""
            try:
                if idx.get(fld) in exact:
                    value, two_way = Decimal(text), False
                else:
                    value, two_way = self.numbers.read(fld, row_number, text)
            except NotOneNumber as exc:  # "=25000*2", "2 x 50000", "12/2024": named as the cell is written
                problems[fld] = exc.reason(get(fld))
                return
            except (ValueError, ArithmeticError):
                problems[fld] = (Message("not a weight: '{text}'", text=get(fld)) if kind == "weight"
                                 else Message("not a quantity: '{text}'", text=text) if kind == "quantity"
                                 else Message("not a number: '{text}'", text=text))
                return
            if value < 0:
                problems[fld] = (Message("negative price {value}", value=get(fld)) if fld == "price"
                                 else Message("negative weight {value}", value=get(fld)) if kind == "weight"
                                 else Message("negative quantity {value}", value=get(fld)))
                return
            numbers.append((fld, attr, text, value, two_way, factor))

        price = get("price")
        if price:
            number("price", "unit_value", price, "number")
        currency = get("currency")
        try:
            rec.currency = currency_code(currency) if currency else (currency_hint(price) if price else "") or self.header_currency
        except ValueError as exc:
            problems["currency"] = message_of(exc)
        origin = get("origin")
        try:
            rec.origin = country_code(origin)
        except ValueError:
            problems["origin"] = Message("unknown country '{text}'", text=origin)
        weight = get("weight_kg")
        if weight:
            try:
                text, factor = split_weight(weight, get("weight_unit") or self.header_weight_unit)
            except ValueError as exc:
                problems["weight_unit" if "unit" in str(exc) and get("weight_unit") else "weight_kg"] = message_of(exc)
            else:
                number("weight_kg", "net_weight_kg", text, "weight", factor)
        unit = get("quantity_unit")
        quantity = get("quantity")
        if quantity:
            number("quantity", "quantity", quantity, "quantity")
            fld, _, _, value, two_way, _ = numbers[-1] if numbers else ("", "", "", Decimal(0), True, Decimal(1))
            # a counted unit takes whole numbers ("1,5" read two ways is settled with its column)
            if fld == "quantity" and not two_way and (why := fraction_problem(value, unit or "pcs")):
                problems["quantity"] = why
        if unit:
            if len(unit) > MAX_UNIT:
                problems["quantity_unit"] = Message("unit longer than {most} characters: '{unit}'", most=MAX_UNIT,
                                                    unit=shorten(unit, 30))
            rec.quantity_unit = unit
        for i, header in self.unmapped:
            if i < len(cells) and len(cells[i]) > MAX_OTHER:
                problems[OTHER + header] = too_long(cells[i], MAX_OTHER)
        if problems:
            (fld, reason), *more = problems.items()  # in the order checked: a missing title before a bad weight
            return Rejection(row_number, self.column(fld), reason, raw, [(self.column(f), r) for f, r in more])
        for fld, attr, text, value, two_way, factor in numbers:
            self.numbers.accept(rec, fld, attr, row_number, text, value, two_way, factor)
        rec.attributes = {h: cells[i] for i, h in self.unmapped if i < len(cells) and cells[i]}
        if code := get("hs_code"):
            # a workbook's number cell is read back as the code typed (6214.1 was 6214.10), and kept so
            rec.catalogue_code, kept = self.codes.read(row_number, code, number=idx["hs_code"] in exact)
            if kept != code:
                rec.attributes[self.mapping["hs_code"]] = kept
        if sku:
            self.first_row_of[sku] = row_number
        if not price:  # imported all the same: a price is not always known when the catalogue is
            self.unpriced_count += 1
            if len(self.unpriced) < WARNED_ROWS_SHOWN:
                self.unpriced.append(row_number)
        for i, formula in formulas.items():
            self.unsaved.setdefault(self.headers[i], (formula, []))[1].append(row_number)
        return rec

    def _broken(self, row_number: int, cells: BrokenRow) -> Rejection:
        """A row whose quoted cell swallowed the lines after it (they are read again as rows)."""
        texts = [clean_cell(c) for c in cells]
        raw = dict(zip(self.headers, texts))
        if len(texts) > self.width and any(texts[self.width:]):
            raw[EXTRA_CELLS] = " | ".join(c for c in texts[self.width:] if c)
        column = self.headers[cells.column] if cells.column < self.width else EXTRA_CELLS
        return Rejection(row_number, column, cells.problem, raw)

    def waits(self, result: ItemRecord | Rejection) -> bool:
        """Whether a record still waits for a number column to show its decimal mark."""
        return isinstance(result, ItemRecord) and self.numbers.waits(result)

    def finish(self) -> None:
        """The last row was read: settle the number columns still undecided."""
        self.numbers.finish()

    def warnings(self) -> list[str]:
        """What imported rows lost or may hold wrong: formulas with no saved value, numbers read two ways."""
        out: list[str] = []
        for header, (formula, rows) in self.unsaved.items():
            out.append(Message("column {column}: a formula with no saved value ({formula}) on {where}, imported empty; "
                               "open the file in Excel or LibreOffice, save it and import it again to keep it",
                               column=header, formula=shorten(formula, 60),
                               where=rows_where(rows[:WARNED_ROWS_SHOWN], len(rows))))
        return out + self.codes.warnings() + self._unpriced_warning() + self.numbers.warnings()

    def _unpriced_warning(self) -> list[str]:
        """Rows imported without a price: one warning naming the first rows and counting the rest."""
        n = self.unpriced_count
        if not n:
            return []
        where = rows_where(self.unpriced, n)
        header = self.mapping.get("price")
        column = (Message("column {column}: no price on {where}", column=header, where=where) if header
                  else Message("no price column: no price on {where}", where=where))
        if n == 1:
            return [Message("{problem}; imported all the same, but no commercial invoice can be printed for this item "
                            "until a unit value is given (in the catalogue, or on the shipment's line)", problem=column)]
        return [Message("{problem}; imported all the same, but no commercial invoice can be printed for these items "
                        "until a unit value is given (in the catalogue, or on the shipment's line)", problem=column)]


def rows_where(shown: list[int], total: int) -> Message:
    """"row 7", or "12 rows (3, 5, 8 and 9 more)": the first rows named, the rest counted."""
    listed: str = ", ".join(str(n) for n in shown)
    if total > len(shown):
        listed = Message("{rows} and {n:,} more", rows=listed, n=total - len(shown))
    if total == 1:
        return Message("row {rows}", rows=listed)
    return Message("{n:,} rows ({rows})", n=total, rows=listed)


def too_long(text: str, most: int) -> str:
    return Message("{n:,} characters, longer than the {most:,} this column takes (\"{text}\"); is another column's "
                   "text in it?", n=len(text), most=most, text=shorten(text, 40))


def settled(parser: RowParser, results: Iterable[ItemRecord | Rejection]) -> Iterator[ItemRecord | Rejection]:
    """The parser's results in file order, each once its numbers are read for good.

    A record waits while one of its number columns has shown only values that read two ways;
    the rows after it wait with it, and all go at once when the column shows its mark, or at
    the end of the file.
    """
    held: deque[ItemRecord | Rejection] = deque()
    for result in results:
        if not held and not parser.waits(result):
            yield result
            continue
        held.append(result)
        while held and not parser.waits(held[0]):
            yield held.popleft()
    parser.finish()
    yield from held


def repeated_headers(layout: Layout, mapping: dict[str, str]) -> list[str]:
    """One warning per header that several columns share (also "Price" and "price") when one of
    them is read as a field: which column is read as what, and where the others went."""
    cells = layout.header_cells or layout.headers
    groups: dict[str, list[int]] = {}
    for i, c in enumerate(cells):
        if str(c).strip():
            groups.setdefault(F.fold_header(c), []).append(i)
    field_of = {h: f for f, h in mapping.items()}
    out = []
    for columns in groups.values():
        if len(columns) < 2 or not any(layout.headers[i] in field_of for i in columns):
            continue
        uses = []
        for i in columns:
            stored = layout.headers[i]
            fld = field_of.get(stored)
            if fld:
                uses.append(Message("column {letter} is read as {field}", letter=F.column_letter(i),
                                    field=Label(FIELD_LABELS[fld])))
            else:
                uses.append(Message("column {letter} is kept as the attribute '{header}'", letter=F.column_letter(i),
                                    header=stored))
        names = " / ".join(f"'{n}'" for n in dict.fromkeys(" ".join(str(cells[i]).split()) for i in columns))
        letters = [F.column_letter(i) for i in columns]
        out.append(Message("{file}: {n} columns have the header {names} ({letters} and {last}): {uses}. If another of "
                           "them holds the right values, choose it in the column matching, or rename the headers",
                           file=layout.table.path.name, n=len(columns), names=names, letters=", ".join(letters[:-1]),
                           last=letters[-1], uses=Joined(uses)))
    return out


class CatalogueReader:
    """One pass over a catalogue's data rows with a given mapping, one row at a time."""

    def __init__(self, layout: Layout, mapping: dict[str, str] | None = None, *, require_sku: bool = True) -> None:
        self.layout = layout
        self.mapping = {f: h for f, h in (layout.auto_mapping if mapping is None else mapping).items() if h}
        check_mapping(layout.table.path, self.mapping, layout.headers, require_sku)
        self.parser = RowParser(layout.headers, self.mapping, decimal_comma=layout.decimal_comma,
                                require_sku=require_sku, source=layout.table.path.name)
        self.blank_rows = 0

    def warnings(self) -> list[str]:
        return repeated_headers(self.layout, self.mapping) + self.parser.warnings()

    def records(self, progress: Progress = no_progress, every: int = 2000) -> Iterator[ItemRecord | Rejection]:
        yield from settled(self.parser, self._parsed(progress, every))
        progress(1.0, Message("Read the whole file"))

    def _parsed(self, progress: Progress, every: int) -> Iterator[ItemRecord | Rejection]:
        table = self.layout.table
        first = self.layout.header_row + 1
        progress, check = repeating(progress, UNKNOWN, Message("Reading {file}", file=table.path.name))
        so_far = ReadSoFar()  # the reader counts the part of the file (a workbook: of its sheet) read
        rows = table.rows(check, so_far)
        said = time.monotonic()
        try:
            for number, cells in enumerate(rows, start=1):
                if number < first:
                    continue
                result = self.parser.parse(number, cells)
                if result is None:
                    self.blank_rows += 1
                else:
                    yield result
                # every `every` rows, and sooner where rows are slow to read (a workbook's): a cancel waits for it
                if number % every == 0 or (number % 100 == 0 and time.monotonic() - said >= REPORT_SECONDS):
                    done = so_far.share()
                    if done is None:  # an OpenDocument workbook's rows, counted against a guess
                        done = number / (number + 50_000)
                    progress(min(done, 0.99), Message("Read row {row:,}", row=number))
                    said = time.monotonic()
        except SourceError as exc:
            raise CatalogueError(message_of(exc)) from None
        finally:
            rows.close()  # type: ignore[attr-defined]


def parse_rows(df: pd.DataFrame, mapping: dict[str, str], progress: Progress = no_progress, *,
               require_sku: bool = True) -> tuple[list[ItemRecord], list[Rejection]]:
    """Validate the rows of a DataFrame read by :func:`app.core.catalogue.read_table` (header on row 1)."""
    parser = RowParser([str(c) for c in df.columns], mapping, require_sku=require_sku)
    parsed = (parser.parse(i + 2, [str(v) for v in values]) for i, values in enumerate(df.itertuples(index=False, name=None)))
    records: list[ItemRecord] = []
    rejections: list[Rejection] = []
    for r in settled(parser, (r for r in parsed if r is not None)):
        (records if isinstance(r, ItemRecord) else rejections).append(r)  # type: ignore[arg-type]
    progress(1.0, Message("Read {n:,} rows", n=len(df)))
    return records, rejections
