"""What a confidence threshold means: coverage and error measured on held-out titles.

The review threshold decides which items a person must look at. To choose it, a seller
needs two numbers for each candidate value: the share of items the model would settle on
its own (coverage) and how often those settled items are wrong (error). baseline.json
records them from the cross-validated selective-prediction curve of the starter titles.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.core.evaluation import MAX_AUTO_ERROR

THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass(frozen=True)
class ThresholdRow:
    threshold: float
    coverage: float  # share of items whose top suggestion reaches the threshold
    error: float  # share of those whose top suggestion is not the right code


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


@dataclass(frozen=True)
class ThresholdRisk:
    """A review threshold lowered to where the held-out curve lets more wrong codes through
    without review than the bound the default threshold is chosen by (the lowest threshold
    whose accepted items are wrong at most MAX_AUTO_ERROR of the time): the figures of the
    question asked before it is stored."""

    chosen: float
    current: float
    coverage: float  # share of items accepted without review at `chosen`, on the curve
    error: float  # share of those whose top suggestion is not the right code
    per: int  # the figures counted out of this many items
    accepted: int  # of `per` items, about how many pass without review
    wrong: int  # and about how many of those with a wrong code
    bound: float = MAX_AUTO_ERROR


def threshold_risk(current: float, chosen: float, point: ThresholdRow | None,
                   bound: float = MAX_AUTO_ERROR) -> ThresholdRisk | None:
    """What to ask before `chosen` replaces `current` as the review threshold, or None when
    nothing needs asking: a threshold raised or kept, one the curve does not measure, or one
    whose measured error among the items accepted without review stays within `bound`.

    `point` is the curve's row the window shows beside the threshold box for `chosen`, so that
    the question repeats the figures the seller has just read. The items are counted out of
    100, or of the first power of ten at which at least one wrong code is counted."""
    if point is None or chosen >= current - 1e-9 or point.error <= bound + 1e-9 or point.coverage <= 0:
        return None
    per = 100
    while round(point.coverage * point.error * per) < 1 and per < 1_000_000:
        per *= 10
    return ThresholdRisk(chosen, current, point.coverage, point.error, per, round(point.coverage * per),
                         round(point.coverage * point.error * per), bound)
