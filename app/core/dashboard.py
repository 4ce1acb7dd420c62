"""Figures for the dashboard: items by status, the share of items that waited for review per
import and after each retrain or activation, the confidence histogram of the last import, and
the most frequent flag reasons.

The shares are figures written when the work was done, not counted again from today's items:
an import's items move to a later import of the same SKUs, get decided, or are classified
again by a newer version, and a share counted now would say nothing about the day of the
import. Imports from before the figures were kept are counted from their items as they are now,
and marked so (``recorded`` False).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.core import review
from app.core.tables import Catalogue, Flag, Item, Reclassification

BINS = 10


@dataclass(frozen=True)
class SharePoint:
    """One point of the share chart: `flagged` of `items` waited for review.

    Per import: the items the import brought, once classified (items it brought again with
    their text unchanged count as they stood: decided, accepted or waiting), and of them those
    that waited for review. After a retrain or activation (`reason`): the undecided items that
    then carried the version's suggestions, and of them those that waited for review.
    """

    label: str  # the import's file name, or "v3"
    at: datetime  # when imported, or when the reclassification finished (naive UTC)
    items: int
    flagged: int
    recorded: bool = True  # False: an import from before these figures were kept, counted now
    pending: int = 0  # the import's items not classified yet (not in `items`)
    reason: str = ""  # a version's point: "retrain", "activation" or "older-version"

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


def share_by_import(session: Session) -> list[SharePoint]:
    """One point per import with classified items: its recorded figures, or for an import from
    before they were kept, its items as they are now (those it still holds)."""
    imports = session.execute(select(Catalogue.id, Catalogue.name, Catalogue.imported_at, Catalogue.classified,
                                     Catalogue.to_review).order_by(Catalogue.id)).all()
    pending: dict[int, int] = {cat_id: n for cat_id, n in session.execute(
        select(Item.catalogue_id, func.count()).where(Item.status == "pending").group_by(Item.catalogue_id))}
    older = [c.id for c in imports if c.classified is None]
    now: dict[int, tuple[int, int]] = {}
    if older:
        waiting = func.sum(case((Item.status == "flagged", 1), else_=0))
        for cat_id, n, w in session.execute(select(Item.catalogue_id, func.count(), waiting)
                                            .where(Item.catalogue_id.in_(older), Item.status != "pending")
                                            .group_by(Item.catalogue_id)):
            now[cat_id] = (n, int(w or 0))
    points = []
    for c in imports:
        if c.classified is None:
            n, w = now.get(c.id, (0, 0))
            recorded = False
        else:
            n, w, recorded = c.classified, c.to_review or 0, True
        if n:
            points.append(SharePoint(c.name, c.imported_at, n, w, recorded, pending.get(c.id, 0)))
    return points


def share_after_reclassifying(session: Session) -> list[SharePoint]:
    """One point each time a retrain or an activation finished classifying the undecided items."""
    return [SharePoint(f"v{r.model_version_id}", r.at, r.items, r.to_review, reason=r.reason)
            for r in session.scalars(select(Reclassification).order_by(Reclassification.id)) if r.items]


def dashboard(session: Session, top: int = 8, titles: Mapping[str, str] | None = None) -> Dashboard:
    """Everything the dashboard draws. `titles` names each rule (the rule set's titles); flags
    are counted per rule, since a flag's reason carries item details (a confidence, a trigger)."""
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
    return Dashboard(review.status_counts(session), share_by_import(session), share_after_reclassifying(session),
                     last.name if last else "", histogram, reasons)
