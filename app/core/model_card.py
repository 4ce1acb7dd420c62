"""What a confidence threshold means: coverage and error measured on held-out titles.

The review threshold decides which items a person must look at. To choose it, a seller
needs two numbers for each candidate value: the share of items the model would settle on
its own (coverage) and how often those settled items are wrong (error). The baseline's
model card records them, measured on starter titles the model did not train on.
"""
from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.core import classifier

THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass(frozen=True)
class ThresholdRow:
    threshold: float
    coverage: float  # share of items whose top suggestion reaches the threshold
    error: float  # share of those whose top suggestion is not the right code


def holdout_split(examples: Sequence[classifier.Example], share: float = 0.2,
                  seed: int = 2022) -> tuple[list[classifier.Example], list[classifier.Example]]:
    """Hold out about `share` of the titles of every code that has at least two, so each
    held-out code is still known to the model trained on the rest."""
    by_code: dict[str, list[classifier.Example]] = defaultdict(list)
    for e in examples:
        by_code[e.code].append(e)
    rng = random.Random(seed)
    train: list[classifier.Example] = []
    test: list[classifier.Example] = []
    for code in sorted(by_code):
        group = list(by_code[code])
        rng.shuffle(group)
        n_test = int(len(group) * share + rng.random()) if len(group) >= 2 else 0
        n_test = min(n_test, len(group) - 1)
        test += group[:n_test]
        train += group[n_test:]
    return train, test


def threshold_table(examples: Sequence[classifier.Example],
                    thresholds: Sequence[float] = THRESHOLDS) -> tuple[list[ThresholdRow], int]:
    """Coverage and error at each threshold for a model trained without the held-out titles."""
    train, test = holdout_split(examples)
    if not test:
        return [], 0
    model = classifier.train(train)
    top = [s[0] for s in model.predict([e.text for e in test], k=1)]
    rows = []
    for t in thresholds:
        kept = [(code, e.code) for (code, p), e in zip(top, test) if p >= t]
        coverage = len(kept) / len(test)
        error = sum(1 for got, want in kept if got != want) / len(kept) if kept else 0.0
        rows.append(ThresholdRow(t, round(coverage, 4), round(error, 4)))
    return rows, len(test)


def card_rows(meta: dict[str, Any] | None) -> list[ThresholdRow]:
    """The threshold table stored in a model card (empty when the card has none)."""
    raw = (meta or {}).get("thresholds") or []
    rows = []
    for r in raw:
        try:
            rows.append(ThresholdRow(float(r["threshold"]), float(r["coverage"]), float(r["error"])))
        except (KeyError, TypeError, ValueError):
            continue
    return sorted(rows, key=lambda r: r.threshold)


def at_threshold(rows: Sequence[ThresholdRow], threshold: float) -> ThresholdRow | None:
    """The measured row nearest to `threshold` (None when nothing was measured)."""
    if not rows:
        return None
    return min(rows, key=lambda r: (abs(r.threshold - threshold), r.threshold))
