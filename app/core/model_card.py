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
