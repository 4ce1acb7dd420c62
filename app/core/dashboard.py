"""Figures for the dashboard: items by status, the share flagged per import and per model
version, the confidence histogram of the last import, and the most frequent flag reasons."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.core import review
from app.core.tables import Catalogue, Flag, Item, ModelVersion

BINS = 10


@dataclass(frozen=True)
class SharePoint:
    label: str
    at: datetime
    items: int
    flagged: int

    @property
    def share(self) -> float:
        return self.flagged / self.items if self.items else 0.0


@dataclass(frozen=True)
class Dashboard:
    status_counts: dict[str, int]
    by_import: list[SharePoint]
    by_model: list[SharePoint]
    last_import: str
    histogram: list[int]  # BINS counts of top-suggestion confidence, 0-10%, ..., 90-100%
    top_reasons: list[tuple[str, str, int]]  # rule id, reason, items


def count_axis(top: int, most_ticks: int = 6) -> tuple[int, int]:
    """A count axis's upper end and tick count, so every tick is a whole number on a step of
    1, 2 or 5 times a power of ten (a top of 14 gave ticks 0, 3.5, 7, ... shown as 0, 3, 7)."""
    top = max(int(top), 1)
    step = 1
    while True:
        for factor in (1, 2, 5):
            if -(-top // (step * factor)) + 1 <= most_ticks:
                size = step * factor
                upper = -(-top // size) * size
                return upper, upper // size + 1
        step *= 10


def _flagged_items():  # type: ignore[no-untyped-def]
    """Item ids with a flag that makes a person look (block or review)."""
    return select(Flag.item_id).where(Flag.severity.in_(("block", "review"))).distinct().subquery()


def dashboard(session: Session, top: int = 8, titles: Mapping[str, str] | None = None) -> Dashboard:
    """Everything the dashboard draws. `titles` names each rule (the rule set's titles); flags
    are counted per rule, since a flag's reason carries item details (a confidence, a trigger)."""
    flagged = _flagged_items()
    is_flagged = case((flagged.c.item_id.is_not(None), 1), else_=0)
    classified = Item.top_code.is_not(None)

    by_import = [SharePoint(name, at, n, f or 0) for name, at, n, f in session.execute(
        select(Catalogue.name, Catalogue.imported_at, func.count(Item.id), func.sum(is_flagged))
        .join(Item, Item.catalogue_id == Catalogue.id).outerjoin(flagged, flagged.c.item_id == Item.id)
        .where(classified).group_by(Catalogue.id).order_by(Catalogue.id))]
    by_model = [SharePoint(f"v{vid}", at, n, f or 0) for vid, at, n, f in session.execute(
        select(ModelVersion.id, ModelVersion.created_at, func.count(Item.id), func.sum(is_flagged))
        .join(Item, Item.model_version_id == ModelVersion.id).outerjoin(flagged, flagged.c.item_id == Item.id)
        .group_by(ModelVersion.id).order_by(ModelVersion.id))]

    last = session.execute(select(Catalogue.id, Catalogue.name).order_by(Catalogue.id.desc()).limit(1)).first()
    histogram = [0] * BINS
    if last is not None:
        for p in session.scalars(select(Item.top_p).where(Item.catalogue_id == last.id, Item.top_p.is_not(None))):
            histogram[min(int(p * BINS), BINS - 1)] += 1
    titles = titles or {}
    reasons = [(r, titles.get(r) or reason, n) for r, reason, n in session.execute(
        select(Flag.rule_id, func.min(Flag.reason), func.count(func.distinct(Flag.item_id)).label("n"))
        .group_by(Flag.rule_id).order_by(func.count(func.distinct(Flag.item_id)).desc(), Flag.rule_id)
        .limit(top))]
    return Dashboard(review.status_counts(session), by_import, by_model, last.name if last else "", histogram, reasons)
