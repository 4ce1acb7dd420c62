"""Commonly confused headings, and the fact a reviewer must supply to choose between them.

The pairs are data (resources/review/confusion_pairs.toml). When the two best suggestions
for an item fall into different groups of one entry, the reviewer is asked the question
rather than shown a confident-looking first guess.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app.core.paths import resources_dir


class ConfusionFileError(Exception):
    """The confusion-pairs file is not valid; the message names the file and the entry."""


@dataclass(frozen=True)
class ConfusionPair:
    id: str
    groups: tuple[tuple[str, ...], ...]
    fact: str
    question: str

    def group_of(self, code: str) -> int | None:
        """Index of the group whose longest prefix matches the code."""
        best: tuple[int, int] | None = None
        for gi, prefixes in enumerate(self.groups):
            for p in prefixes:
                if code.startswith(p) and (best is None or len(p) > best[0]):
                    best = (len(p), gi)
        return None if best is None else best[1]


@dataclass(frozen=True)
class Question:
    pair_id: str
    fact: str
    question: str
    codes: tuple[str, str]


def load_pairs(path: Path) -> list[ConfusionPair]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfusionFileError(f"{path}: {exc}") from exc
    pairs = []
    for n, entry in enumerate(data.get("pair", []), 1):
        pid = str(entry.get("id") or f"entry {n}")
        groups = entry.get("groups")
        if (not isinstance(groups, list) or len(groups) < 2
                or not all(isinstance(g, list) and g and all(isinstance(p, str) and p.isdigit() for p in g) for g in groups)):
            raise ConfusionFileError(f"{path}: {pid}: 'groups' must be two or more lists of digit prefixes")
        for field in ("fact", "question"):
            if not isinstance(entry.get(field), str) or not entry[field].strip():
                raise ConfusionFileError(f"{path}: {pid}: field '{field}' is missing")
        pairs.append(ConfusionPair(pid, tuple(tuple(g) for g in groups), entry["fact"], entry["question"]))
    return pairs


@lru_cache(maxsize=1)
def default_pairs() -> tuple[ConfusionPair, ...]:
    return tuple(load_pairs(resources_dir() / "review" / "confusion_pairs.toml"))


def question_for(codes: list[str], pairs: tuple[ConfusionPair, ...] | list[ConfusionPair] | None = None) -> Question | None:
    """The question to ask when the two best codes sit in different, commonly confused headings."""
    if len(codes) < 2 or codes[0][:4] == codes[1][:4]:
        return None
    first, second = codes[0], codes[1]
    for pair in default_pairs() if pairs is None else pairs:
        a, b = pair.group_of(first), pair.group_of(second)
        if a is not None and b is not None and a != b:
            return Question(pair.id, pair.fact, pair.question, (first, second))
    return None
