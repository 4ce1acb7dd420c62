"""The seller's own HS codes: a catalogue's HS code column, read, checked and compared.

A code is read as an HS 2022 subheading of six digits, written with dots or spaces between the
digit pairs or not (:meth:`Nomenclature.validate`). An 8- or 10-digit national tariff line, as
sellers in South-East Asia write them (the ASEAN AHTN's 6109.10.10, a country's 6109.10.00.10;
dotted, spaced or not), is read at the subheading it belongs to, its first six digits, when
they are one: the report counts those lines once per file, and the line as written stays with
the item (an attribute) for the seller and the customs broker to see. Any other code is named in
the import report with its file, row and column and why: a four-digit heading (a subheading is
needed; which one of its subheadings is for a person to say), a code of 7, 9 or more than 10
digits, a line whose first six digits are no subheading. Its row is imported and the cell kept
as written, but the code is not used.

A cell that a spreadsheet keeps as a number rather than text has lost the zeros that made it a
code: 6214.10 typed is the number 6214.1, 0101.21 is 101.21, 010121 is 10121. The code is read
back from the number (:func:`from_number`), the cell kept as read back, and each such cell is a
warning naming the number and its reading, so the seller can format the column as text. Only
the HS code column is read so; a CSV file has no numbers, and its "6214.1" is refused as written.

A valid code is no decision. The item is classified as any other and the code compared with
the model's first suggestion: when they agree the item goes as the suggestion alone would;
when they differ, it waits for a person with the flag CATALOGUE_RULE, which names both. An
item whose code a person decided (or that takes it from an earlier decision) is not
questioned by its catalogue.
"""
from __future__ import annotations

import math
from typing import Any

from app.core.messages import Message
from app.core.nomenclature import code_digits, nomenclature
from app.core.rule_language import ENGLISH, RuleWords
from app.core.rules import ALL_MARKETS, FlagResult

CATALOGUE_RULE = "HS-CATALOGUE"  # raised by no rule file: the catalogue's code is not the model's suggestion
SHOWN = 10  # codes named one by one in the report; the rest are counted, their first rows named


def from_number(text: str) -> tuple[str, str] | None:
    """(the number as the spreadsheet shows it, the code typed) for a cell holding a number;
    None for a number that reads as no code (negative, a power of ten, five digits before a point).

    A number with a fraction is a heading and what follows it: the whole part gets back the zeros
    on its left up to four digits, the fraction those on its right up to two digits (a
    subheading), four or six (a national line), written in pairs: 6214.1 is 6214.10, 101.21 is
    0101.21, 6109.101 is 6109.10.10. A whole number of 5, 7 or 9 digits lost the 0 of the
    chapters 01 to 09: 10121 is 010121. Other whole numbers are their digits (61091010).
    """
    try:
        value = float(text)
    except ValueError:
        return None
    if not math.isfinite(value) or value < 0:
        return None
    if value.is_integer():
        digits = str(int(value))
        return digits, "0" + digits if len(digits) in (5, 7, 9) else digits
    shown = repr(value)  # the shortest that is the number (a workbook may keep 6214.1000000000004)
    whole, _, fraction = shown.partition(".")
    if "e" in shown or len(whole) > 4 or len(fraction) > 6:
        return None
    fraction = fraction.ljust(2 if len(fraction) <= 2 else 4 if len(fraction) <= 4 else 6, "0")
    return shown, ".".join([whole.zfill(4), *(fraction[i:i + 2] for i in range(0, len(fraction), 2))])


class CodeColumn:
    """The codes of one file's HS code column, read row by row, and what the report says of them."""

    def __init__(self, column: str, source: str) -> None:
        self.column = column
        self.source = source  # the file's name
        self.read_count = 0  # imported rows whose code is a subheading (or a national line of one)
        self.refused = Noted()  # (row, reason): codes that are no subheading
        self.numbers = Noted()  # (row, (number, code)): codes read back from a number cell
        self.lines: list[int] = []  # the first SHOWN rows whose code is a national tariff line
        self.line_count = 0

    def read(self, row_number: int, text: str, number: bool = False) -> tuple[str | None, str]:
        """The code as six digits (9602.00 is 960200; 6109.10.10 is 610910), or None when it is no
        subheading (noted); and the cell as it is kept: as written, or as read back from a number."""
        written = text
        restored = None
        if number and (read := from_number(text)) is not None:
            shown, written = read
            if code_digits(written) != code_digits(shown):
                restored = (shown, written)
        nom = nomenclature()
        try:
            code: str | None = nom.validate(written)
        except ValueError:
            code = nom.line_subheading(written)
            if code is not None:
                self.line_count += 1
                if len(self.lines) < SHOWN:
                    self.lines.append(row_number)
        if code is None:
            reason = nom.problem(written)[1]
            if restored is not None:
                reason = Message("the cell holds the number {number}, read as {code}: {problem}", number=restored[0],
                                 code=restored[1], problem=reason)
            self.refused.note(row_number, reason)
            return None, written
        self.read_count += 1
        if restored is not None:
            self.numbers.note(row_number, restored)
        return code, written

    def warnings(self) -> list[str]:
        """Each of the first codes that are no subheading with its row and reason, the rest counted;
        the same of the codes read back from numbers; the national lines counted."""
        from app.core.rows import rows_where  # (rows reads the column with this class)

        file, column = self.source, self.column
        out: list[str] = [Message("{file}, row {row}, column {column}: {problem}; the row is imported and the code kept "
                                  "as written, but not used", file=file, row=row, column=column, problem=problem)
                          for row, problem in self.refused.shown]
        if rest := self.refused.rest:
            out.append(Message("{file}, column {column}: {n:,} more codes that are no HS 2022 subheading, on {where}; "
                               "those rows are imported the same way", file=file, column=column, n=rest,
                               where=rows_where(self.refused.more_rows, rest)))
        out += [Message("{file}, row {row}, column {column}: the cell holds the number {number}; read as {code} — format "
                        "the column as text in the spreadsheet", file=file, row=row, column=column, number=number,
                        code=code) for row, (number, code) in self.numbers.shown]
        if rest := self.numbers.rest:
            out.append(Message("{file}, column {column}: {n:,} more cells hold their code as a number, on {where}; each "
                               "is read back the same way — format the column as text in the spreadsheet", file=file,
                               column=column, n=rest, where=rows_where(self.numbers.more_rows, rest)))
        if self.line_count == 1:
            out.append(Message("{file}, column {column}: a code is a national tariff line, on {where}; it is read at its "
                               "first six digits, the HS 2022 subheading it belongs to, and kept as written with its "
                               "item", file=file, column=column, where=rows_where(self.lines, 1)))
        elif self.line_count:
            out.append(Message("{file}, column {column}: {n:,} codes are national tariff lines, on {where}; each is read "
                               "at its first six digits, the HS 2022 subheading it belongs to, and kept as written with "
                               "its item", file=file, column=column, n=self.line_count,
                               where=rows_where(self.lines, self.line_count)))
        return out


class Noted:
    """Rows the report names: the first SHOWN with what it says of each, the rows of the next
    SHOWN (named in the line that counts the rest), and how many in all."""

    def __init__(self) -> None:
        self.shown: list[tuple[int, Any]] = []
        self.more_rows: list[int] = []
        self.count = 0

    def note(self, row: int, what: Any) -> None:
        self.count += 1
        if len(self.shown) < SHOWN:
            self.shown.append((row, what))
        elif len(self.more_rows) < SHOWN:
            self.more_rows.append(row)

    @property
    def rest(self) -> int:
        return self.count - len(self.shown)


def catalogue_flag(code: str, suggested: str, words: RuleWords = ENGLISH) -> FlagResult | None:
    """The flag of an item whose catalogue gives another code than the model's first suggestion:
    a person decides between them (the review pane offers the catalogue's code with the model's).
    Its reason is in the rules' language, as the rules' own reasons are."""
    if code == suggested:
        return None
    return FlagResult(CATALOGUE_RULE, ALL_MARKETS, "review", words.catalogue_code.format(code=code, suggested=suggested),
                      f"HS {code}")


def model_catalogue_code(item: Any) -> str | None:
    """The catalogue's code to compare with an item's stored suggestions: when they are the
    model's (a remembered decision is a person's, and settles the code)."""
    return item.catalogue_code if item.suggestion_source == "model" else None
