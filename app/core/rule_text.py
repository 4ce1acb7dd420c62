"""Keyword matching for the rules: normalisation, a phrase index, and spans to highlight.

Text and keywords are normalised the same way: lower case, accents and tone marks
removed, "đ" read as "d". Keywords match whole words (a phrase matches consecutive words),
English plurals of a keyword's last word match too ("knife" finds "knives"), and a
phrase written with spaces or hyphens also matches written as one word ("power bank",
"powerbank"; "e-cig", "ecig"). A keyword ending in "*" matches any word it begins.
Keywords in scripts written without spaces between words (Thai, Lao, Khmer, Myanmar)
match anywhere in the text. A keyword followed by "-free" or " free" ("kratom-free",
"nicotine free") names what the product does not contain, and does not count.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_WORD = re.compile(r"\w+")
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u0e80-\u0eff\u1780-\u17ff\u1000-\u109f]")
_VOWELS = set("aeiou")


def normalise(text: str) -> str:
    """Lower case without accents; the form keywords and text are compared in."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("đ", "d")


def normalise_with_map(text: str) -> tuple[str, list[int]]:
    """The normalised text and, for each of its characters, the index it came from."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKD", ch.lower()):
            if not unicodedata.combining(c):
                out.append("d" if c == "đ" else c)
                where.append(i)
    return "".join(out), where


def plural_forms(word: str) -> set[str]:
    """The word and its regular English plurals (only for plain ASCII words)."""
    forms = {word}
    if not word.isascii() or not word.isalpha() or len(word) < 3:
        return forms
    forms.update((word + "s", word + "es"))
    if word.endswith("y") and word[-2] not in _VOWELS:
        forms.add(word[:-1] + "ies")
    if word.endswith("fe"):
        forms.add(word[:-2] + "ves")
    elif word.endswith("f"):
        forms.add(word[:-1] + "ves")
    return forms


@dataclass(frozen=True, slots=True)
class Hit:
    keyword: int            # index of the keyword in the index's keyword list
    start: int              # character span in the normalised text
    end: int


class KeywordIndex:
    """All keywords of a rule set, found in one pass over a text's words."""

    def __init__(self, keywords: Sequence[str]) -> None:
        self.keywords = list(keywords)
        self._phrases: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        self._prefixes: list[tuple[str, int]] = []
        self._unspaced: list[tuple[str, int]] = []
        for kid, keyword in enumerate(self.keywords):
            norm = normalise(keyword).strip()
            if not norm:
                continue
            if _UNSPACED.search(norm):
                self._unspaced.append((norm, kid))
                continue
            words = _WORD.findall(norm)
            if not words:
                continue
            if norm.endswith("*"):
                self._prefixes.append((" ".join(words), kid))
                continue
            variants = {tuple(words[:-1]) + (last,) for last in plural_forms(words[-1])}
            if len(words) > 1:
                variants |= {(joined,) for joined in plural_forms("".join(words))}
            for variant in variants:
                self._phrases.setdefault(variant[0], []).append((variant[1:], kid))
        self._prefix_re = (re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p).replace(r"\ ", r"\W+") for p, _ in self._prefixes)
                                      + r")\w*") if self._prefixes else None)

    def find(self, norm: str) -> list[Hit]:
        """Every keyword occurrence in an already normalised text."""
        hits: list[Hit] = []
        phrases = self._phrases
        tokens = _WORD.findall(norm)
        spans: list[tuple[int, int]] | None = None
        for i, token in enumerate(tokens):
            entries = phrases.get(token)
            if entries is None:
                continue
            for tail, kid in entries:
                n = len(tail)
                if n and (i + n >= len(tokens) or tuple(tokens[i + 1:i + 1 + n]) != tail):
                    continue
                if spans is None:
                    spans = [m.span() for m in _WORD.finditer(norm)]
                if not _negated(norm, spans[i + n][1]):
                    hits.append(Hit(kid, spans[i][0], spans[i + n][1]))
        if self._prefix_re is not None:
            for m in self._prefix_re.finditer(norm):
                text = m.group()
                for prefix, kid in self._prefixes:
                    if re.sub(r"\W+", " ", text).startswith(prefix) and not _negated(norm, m.end()):
                        hits.append(Hit(kid, m.start(), m.end()))
        for keyword, kid in self._unspaced if self._unspaced and not norm.isascii() and _UNSPACED.search(norm) else ():
            at = norm.find(keyword)
            while at >= 0:
                hits.append(Hit(kid, at, at + len(keyword)))
                at = norm.find(keyword, at + 1)
        return hits


def _negated(norm: str, end: int) -> bool:
    """'kratom-free', 'nicotine free': the word names what the product does not contain."""
    return norm.startswith(("-free", " free"), end) and not norm[end + 5:end + 6].isalnum()


def original_span(text: str, norm: str, start: int, end: int) -> tuple[int, int]:
    """Map a span of normalise(text) back to the text (exact when lengths agree)."""
    if len(norm) == len(text):
        return start, end
    _, where = normalise_with_map(text)
    if not where:
        return 0, 0
    return where[min(start, len(where) - 1)], where[min(end, len(where)) - 1] + 1


def trigger_spans(title: str, triggers: Iterable[object]) -> list[tuple[int, int]]:
    """Character spans of the title to highlight for flags with these trigger texts.

    ``triggers`` are trigger strings or objects with a ``trigger`` attribute (flags).

    A trigger may hold several parts separated by "; " (a keyword, a quantity, "HS 850760");
    each part found in the title as whole words gives a span. Spans are sorted and merged.
    """
    norm, where = normalise_with_map(title)
    spans: list[tuple[int, int]] = []
    for trigger in triggers:
        for part in str(getattr(trigger, "trigger", trigger)).split("; "):
            needle = normalise(part).strip()
            if not needle:
                continue
            spaced = not _UNSPACED.search(needle)
            pattern = re.compile((r"(?<!\w)" if spaced else "") + re.escape(needle) + (r"(?!\w)" if spaced else ""))
            for m in pattern.finditer(norm):
                spans.append((where[m.start()], where[m.end() - 1] + 1))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
