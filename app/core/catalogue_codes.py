"""The seller's own HS codes: a catalogue's HS code column, read, checked and compared.

A code is checked as every code is (:meth:`Nomenclature.validate`): a six-digit HS 2022
subheading, written with dots or spaces between the digit pairs or not. A code that is not
one is named in the import report with its file, row and column; its row is imported and the
cell kept as written (an attribute), but the code is not used.

A valid code is no decision. The item is classified as any other and the code compared with
the model's first suggestion: when they agree the item goes as the suggestion alone would;
when they differ, it waits for a person with the flag CATALOGUE_RULE, which names both. An
item whose code a person decided (or that takes it from an earlier decision) is not
questioned by its catalogue.
"""
from __future__ import annotations

from typing import Any

from app.core.messages import Message
from app.core.nomenclature import nomenclature
from app.core.rule_language import ENGLISH, RuleWords
from app.core.rules import ALL_MARKETS, FlagResult

CATALOGUE_RULE = "HS-CATALOGUE"  # raised by no rule file: the catalogue's code is not the model's suggestion
SHOWN = 10  # codes named one by one in the report; the rest are counted, their first rows named


class CodeColumn:
    """The codes of one file's HS code column, read row by row, and what the report says of them."""

    def __init__(self, column: str, source: str) -> None:
        self.column = column
        self.source = source  # the file's name
        self.read_count = 0  # imported rows whose code is a subheading
        self.refused: list[tuple[int, str]] = []  # (row, reason) of the first SHOWN codes that are not
        self.more_rows: list[int] = []  # the rows of the next SHOWN, named in the line that counts the rest
        self.refused_count = 0

    def read(self, row_number: int, text: str) -> str | None:
        """The code as six digits (9602.00 is 960200), or None when it is no subheading (noted)."""
        nom = nomenclature()
        try:
            code = nom.validate(text)
        except ValueError:
            self.refused_count += 1
            if len(self.refused) < SHOWN:
                self.refused.append((row_number, nom.problem(text)[1]))
            elif len(self.more_rows) < SHOWN:
                self.more_rows.append(row_number)
            return None
        self.read_count += 1
        return code

    def warnings(self) -> list[str]:
        """Each of the first codes that are no subheading with its row and reason; the rest counted."""
        from app.core.rows import rows_where  # (rows reads the column with this class)

        out: list[str] = [Message("{file}, row {row}, column {column}: {problem}; the row is imported and the code kept "
                                  "as written, but not used", file=self.source, row=row, column=self.column,
                                  problem=problem) for row, problem in self.refused]
        rest = self.refused_count - len(self.refused)
        if rest > 0:
            out.append(Message("{file}, column {column}: {n:,} more codes that are no HS 2022 subheading, on {where}; "
                               "those rows are imported the same way", file=self.source, column=self.column, n=rest,
                               where=rows_where(self.more_rows, rest)))
        return out


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
