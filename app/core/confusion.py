"""Commonly confused headings, and the fact a reviewer must supply to choose between them.

The pairs are data (resources/review/confusion_pairs.toml). When the two best suggestions
for an item fall into different groups of one entry, the reviewer is asked the question
rather than shown a confident-looking first guess.

The question must really choose between the two codes. "Knitted or woven?" does not when the
knitted code is a T-shirt and the woven one a scarf: answering "knitted" would give the scarf
the T-shirt's code. So an entry may list ``parallels``, sets of prefixes naming the same kind
of goods in each group (6105 and 6205, men's shirts); with parallels, the question is asked
only when both codes fall into one set. Each answer names the code it picks.
"""
from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app.core.paths import resources_dir


class ConfusionFileError(Exception):
    """The confusion-pairs file is not valid; the message names the file and the entry."""


def _matches(code: str, prefixes: tuple[str, ...]) -> bool:
    return any(code.startswith(p) for p in prefixes)


@dataclass(frozen=True)
class ConfusionPair:
    id: str
    groups: tuple[tuple[str, ...], ...]
    fact: str
    question: str
    answers: tuple[str, ...] = ()  # one per group: what the reviewer answers to pick that group's code
    parallels: tuple[tuple[str, ...], ...] = ()  # when given, both codes must fall into one of these sets

    def group_of(self, code: str) -> int | None:
        """Index of the group whose longest prefix matches the code."""
        best: tuple[int, int] | None = None
        for gi, prefixes in enumerate(self.groups):
            for p in prefixes:
                if code.startswith(p) and (best is None or len(p) > best[0]):
                    best = (len(p), gi)
        return None if best is None else best[1]

    def alike(self, first: str, second: str) -> bool:
        """Whether the two codes are the same kind of goods, so that the fact alone decides."""
        return not self.parallels or any(_matches(first, s) and _matches(second, s) for s in self.parallels)

    def answer(self, group: int) -> str:
        return self.answers[group] if self.answers else " or ".join(self.groups[group])


@dataclass(frozen=True)
class Question:
    pair_id: str
    fact: str
    question: str
    codes: tuple[str, str]
    answers: tuple[str, str] = ("", "")  # the answer that picks codes[0], then codes[1]

    def written(self) -> str:
        """The question with the code each answer gives, for a spreadsheet: 'Is the fabric …?
        (woven: 620520; knitted or crocheted: 610510)'."""
        return f"{self.question} (" + "; ".join(f"{answer or 'answer ' + str(n)}: {code}" for n, (answer, code)
                                                 in enumerate(zip(self.answers, self.codes), 1)) + ")"

    def choices(self, word: Callable[[str], str] = str) -> str:
        """Which key gives which code: '1 = woven (620520), 2 = knitted or crocheted (610510)';
        each answer as ``word`` gives it (the window's language)."""
        return ", ".join(f"{n} = {word(answer)} ({code})" if answer else f"{n} = {code}"
                         for n, (answer, code) in enumerate(zip(self.answers, self.codes), 1))


def _prefix_lists(value: object) -> bool:
    return (isinstance(value, list) and bool(value)
            and all(isinstance(g, list) and g and all(isinstance(p, str) and p.isdigit() for p in g) for g in value))


def load_pairs(path: Path) -> list[ConfusionPair]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfusionFileError(f"{path}: {exc}") from exc
    pairs = []
    for n, entry in enumerate(data.get("pair", []), 1):
        pid = str(entry.get("id") or f"entry {n}")
        groups = entry.get("groups")
        if not _prefix_lists(groups) or len(groups) < 2:
            raise ConfusionFileError(f"{path}: {pid}: 'groups' must be two or more lists of digit prefixes")
        for field in ("fact", "question"):
            if not isinstance(entry.get(field), str) or not entry[field].strip():
                raise ConfusionFileError(f"{path}: {pid}: field '{field}' is missing")
        answers = entry.get("answers", [])
        if not isinstance(answers, list) or not all(isinstance(a, str) and a.strip() for a in answers) \
                or (answers and len(answers) != len(groups)):
            raise ConfusionFileError(f"{path}: {pid}: 'answers' must give one answer per group ({len(groups)})")
        parallels = entry.get("parallels", [])
        if parallels and not _prefix_lists(parallels):
            raise ConfusionFileError(f"{path}: {pid}: 'parallels' must be lists of digit prefixes")
        pair = ConfusionPair(pid, tuple(tuple(g) for g in groups), entry["fact"], entry["question"],
                             tuple(answers), tuple(tuple(s) for s in parallels))
        for k, prefixes in enumerate(pair.parallels, 1):
            if len({pair.group_of(p) for p in prefixes} - {None}) < 2 or any(pair.group_of(p) is None for p in prefixes):
                raise ConfusionFileError(f"{path}: {pid}: parallel {k} {list(prefixes)} must name codes of two or more "
                                         "of its groups, and only those")
        pairs.append(pair)
    return pairs


@lru_cache(maxsize=1)
def default_pairs() -> tuple[ConfusionPair, ...]:
    return tuple(load_pairs(resources_dir() / "review" / "confusion_pairs.toml"))


def question_for(codes: list[str], pairs: tuple[ConfusionPair, ...] | list[ConfusionPair] | None = None) -> Question | None:
    """The question to ask when the two best codes sit in different, commonly confused headings
    and are the same kind of goods, so that the answer alone picks one of them."""
    if len(codes) < 2 or codes[0][:4] == codes[1][:4]:
        return None
    first, second = codes[0], codes[1]
    for pair in default_pairs() if pairs is None else pairs:
        a, b = pair.group_of(first), pair.group_of(second)
        if a is not None and b is not None and a != b and pair.alike(first, second):
            return Question(pair.id, pair.fact, pair.question, (first, second), (pair.answer(a), pair.answer(b)))
    return None
