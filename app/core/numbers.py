"""The numbers of a catalogue column, read with one decimal mark for the whole column.

"1,250" is 1250 with a decimal point and 1.25 with a decimal comma. "0,5", "12,50" or
"1.234,50" show a decimal comma beyond doubt, "0.5" or "1,234.50" a decimal point. Each number
column (price, weight, quantity) takes the mark its first such value shows, and every value
that could be read either way is read with it, also in the rows above that value: those rows
wait (see :func:`app.core.rows.settled`) until the column shows its mark or the file ends.

A column that never shows its mark is read as the file's other number columns show theirs
(else as the file's look suggests, else with a decimal point), and the report names its
two-way values with both readings. A column showing both marks is named too, and so is a net
weight over :data:`HEAVY_KG` per item, whichever way it was read.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from app.core.messages import Joined, Message
from app.core.values import amount_text, number_style, parse_decimal

# currencies priced in whole units in practice: a comma in their amounts groups thousands
WHOLE_CURRENCIES = frozenset({"IDR", "VND", "KHR", "LAK", "MMK"})
HEAVY_KG = Decimal(100)  # a net weight per item above this is named in the report
SHOWN = 10  # rows named in one warning; the rest are counted


@dataclass
class _Column:
    header: str
    comma: bool | None = None  # the column's decimal mark, once a value showed it
    first: dict[str, tuple[int, str]] = field(default_factory=dict)  # 'comma'/'dot' -> first row showing it, its text
    two_way: list[tuple[int, str]] = field(default_factory=list)  # imported values that read either way (first SHOWN)
    two_way_count: int = 0
    waiting: list[tuple[Any, str, str, Decimal]] = field(default_factory=list)  # record, attribute, text, factor
    guessed: str = ""  # why an undecided column was read as it was


class NumberColumns:
    """Reads the price, weight and quantity cells of one file, column by column."""

    def __init__(self, headers: dict[str, str], hint: bool | None = None, source: str = "") -> None:
        self.columns = {fld: _Column(h) for fld, h in headers.items()}
        self.hint = hint
        self.source = source
        self.heavy: list[tuple[int, str, Decimal]] = []  # row, text, kg (first SHOWN)
        self.heavy_count = 0
        self._waiting: dict[int, int] = {}  # id(record) -> values still waiting for their column's mark

    def read(self, fld: str, row: int, text: str) -> tuple[Decimal, bool]:
        """The number a cell holds, and whether it must wait for its column's mark; ValueError if none
        (NotOneNumber for a calculation or several numbers). Only a price may name its currency, and
        only a quantity its unit."""
        col = self.columns[fld]
        # one number, or NotOneNumber / ValueError; a quantity may name its unit after it ("10 pcs")
        text = amount_text(text, currency=fld == "price", unit=fld == "quantity")
        style = number_style(text)
        if style in ("comma", "dot") and style not in col.first:
            col.first[style] = (row, text)
            if col.comma is None:
                self._settle(col, style == "comma")
        value = parse_decimal(text, col.comma)
        return value, style == "ambiguous"

    def accept(self, record: Any, fld: str, attr: str, row: int, text: str, value: Decimal, two_way: bool,
               factor: Decimal = Decimal(1)) -> None:
        """Put a value read by :meth:`read` into an imported record (now, or once its column shows its mark)."""
        col = self.columns[fld]
        if two_way:
            col.two_way_count += 1
            if len(col.two_way) < SHOWN:
                col.two_way.append((row, text))
            if col.comma is None:
                col.waiting.append((record, attr, text, factor))
                self._waiting[id(record)] = self._waiting.get(id(record), 0) + 1
                return
        self._set(record, attr, row, text, value * factor)

    def waits(self, record: Any) -> bool:
        return id(record) in self._waiting

    def finish(self) -> None:
        """The file has ended: read every column still undecided, and let its rows go."""
        shown = {c.comma for c in self.columns.values() if c.comma is not None}
        for fld, col in self.columns.items():
            if col.comma is not None or not col.two_way_count:
                continue
            marks = {"," if "," in text else "." for _r, _a, text, _f in col.waiting}
            if fld == "price" and col.waiting and len(marks) == 1 and all(
                    getattr(r, "currency", "") in WHOLE_CURRENCIES for r, *_ in col.waiting):
                # "15,000" or "350.000" rupiah is thousands: these amounts carry no decimals
                comma = marks == {"."}
                col.guessed = Message("as rupiah and dong amounts have no decimals")
            elif len(shown) == 1:
                comma = next(iter(shown))
                col.guessed = Message("as the file's other number columns show")
            elif self.hint is not None:
                comma = self.hint
                col.guessed = Message("as the rest of the file suggests")
            else:
                comma = False
                col.guessed = Message("as nothing in the file says otherwise")
            self._settle(col, comma)

    def _settle(self, col: _Column, comma: bool) -> None:
        col.comma = comma
        for record, attr, text, factor in col.waiting:
            self._set(record, attr, record.row_number, text, parse_decimal(text, comma) * factor)
            left = self._waiting[id(record)] - 1
            if left:
                self._waiting[id(record)] = left
            else:
                del self._waiting[id(record)]
        col.waiting.clear()

    def _set(self, record: Any, attr: str, row: int, text: str, value: Decimal) -> None:
        if attr == "net_weight_kg":
            if value > HEAVY_KG:
                self.heavy_count += 1
                if len(self.heavy) < SHOWN:
                    self.heavy.append((row, text, value))
            setattr(record, attr, float(value))
        else:
            setattr(record, attr, value)

    # the report ------------------------------------------------------------------------------
    def warnings(self) -> list[str]:
        """What the report says about the number columns. The figures a warning quotes from the
        file, and the readings it compares, are written as they are: they are about the marks."""
        out: list[str] = []
        where = f"{self.source}, " if self.source else ""
        for col in self.columns.values():
            if col.guessed and col.two_way_count:
                comma = bool(col.comma)
                first = col.two_way[0][1]
                values = Joined(Message("row {row}: {text} read as {reading} ({other} with a {mark})", row=row,
                                        text=text, reading=_reading(text, comma), other=_reading(text, not comma),
                                        mark=_mark(not comma)) for row, text in col.two_way)
                out.append(Message("{where}column {column}: {count} can be read two ways and no value in the column "
                                   "shows which decimal mark it uses: {values}{more}. Read with a {mark}, {guessed}; "
                                   "write {point} or {comma} to say which", where=where, column=col.header,
                                   count=_count(col.two_way_count), values=values, more=_more(col),
                                   mark=_mark(comma), guessed=col.guessed, point=_reading(first, False),
                                   comma=_reading(first, True).replace(".", ",")))
            elif len(col.first) == 2:
                c_row, c_text = col.first["comma"]
                d_row, d_text = col.first["dot"]
                two_way: str = ""
                if col.two_way_count:
                    two_way = Message("; check {count} that read two ways ({listed}{more}), read as {reading} and so "
                                      "on", count=_count(col.two_way_count),
                                      listed=Joined((Message("row {row}: {text}", row=row, text=text)
                                                     for row, text in col.two_way), ", "),
                                      more=_more(col), reading=_reading(col.two_way[0][1], bool(col.comma)))
                fields = dict(where=where, column=col.header, comma_row=c_row, comma_text=c_text, dot_row=d_row,
                              dot_text=d_text, two_way=two_way)
                if c_row < d_row:
                    out.append(Message("{where}column {column}: both decimal marks appear (a decimal comma on row "
                                       "{comma_row}: {comma_text}; a decimal point on row {dot_row}: {dot_text}); each "
                                       "value that shows its mark was read by it, the others with a decimal comma, as "
                                       "the column shows first{two_way}", **fields))
                else:
                    out.append(Message("{where}column {column}: both decimal marks appear (a decimal comma on row "
                                       "{comma_row}: {comma_text}; a decimal point on row {dot_row}: {dot_text}); each "
                                       "value that shows its mark was read by it, the others with a decimal dot, as "
                                       "the column shows first{two_way}", **fields))
        if self.heavy_count:
            col = self.columns.get("weight_kg")
            listed = Joined(Message("row {row}: {text} = {kg} kg", row=row, text=text, kg=_kg(kg))
                            for row, text, kg in self.heavy)
            rest = self.heavy_count - len(self.heavy)
            more = Message(" and {n:,} more", n=rest) if rest > 0 else ""
            weigh = (Message("1 item weighs") if self.heavy_count == 1
                     else Message("{n:,} items weigh", n=self.heavy_count))
            out.append(Message("{where}column {column}: {weigh} more than {limit} kg each ({listed}{more}); check the "
                               "number, its decimal mark and its unit before the weight goes onto a packing list",
                               where=where, column=col.header if col else Message("weight"), weigh=weigh,
                               limit=HEAVY_KG, listed=listed, more=more))
        return out


def _mark(comma: bool) -> Message:
    return Message("decimal comma") if comma else Message("decimal point")


def _reading(text: str, comma: bool) -> str:
    return _plain(parse_decimal(text, comma))


def _plain(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _kg(value: Decimal) -> str:
    return _plain(value.quantize(Decimal("0.001")))


def _count(n: int) -> Message:
    return Message("1 number") if n == 1 else Message("{n:,} numbers", n=n)


def _more(col: _Column) -> str:
    rest = col.two_way_count - len(col.two_way)
    return Message(" and {n:,} more", n=rest) if rest > 0 else ""
