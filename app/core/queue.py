"""The review queue and the catalogue list as ordered, filtered lists of item ids.

Views page through large catalogues: a query returns only ids in display order (cheap even
for 100,000 items), and rows are read for a small window of ids when they are shown.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session

from app.core.catalogue import title_with_variation
from app.core.db import packed_columns, packed_rows
from app.core.rules import SEVERITY_RANK
from app.core.tables import Flag, Item

# Confidence bands for the queue filter: [low, high) on the top suggestion's probability.
BANDS: dict[str, tuple[float, float]] = {"low": (0.0, 0.5), "medium": (0.5, 0.8), "high": (0.8, 1.01)}
BAND_LABELS = {"low": "below 50%", "medium": "50% to 80%", "high": "80% and above"}
SORT_KEYS = ("queue", "id", "sku", "title", "status", "hs_code", "top_code", "top_p")


@dataclass(frozen=True)
class QueueFilter:
    """What the reviewer asked to see; empty fields do not filter."""

    status: str | None = "flagged"
    rule_id: str = ""
    severity: str = ""
    market: str = ""
    band: str = ""
    catalogue_id: int | None = None
    search: str = ""
    sort: str = "queue"
    descending: bool = False


@dataclass(frozen=True)
class QueueRow:
    id: int
    sku: str
    title: str
    status: str
    hs_code: str | None
    top_code: str | None
    top_p: float | None
    severity: str | None
    rules: str
    markets: str
    variation: str = ""
    unit: str = "pcs"  # the quantity unit a shipment line counts in

    @property
    def shown_title(self) -> str:
        return title_with_variation(self.title, self.variation)


def _severity_rank() -> object:
    whens = [(Flag.severity == s, r) for s, r in SEVERITY_RANK.items()]
    return case(*whens, else_=len(SEVERITY_RANK))


def _worst_subquery():  # type: ignore[no-untyped-def]
    """Per flagged item: its worst severity rank and the first market it is flagged for."""
    return (select(Flag.item_id.label("item_id"), func.min(_severity_rank()).label("worst"),
                   func.min(Flag.market).label("market"))
            .group_by(Flag.item_id).subquery())


def _query(f: QueueFilter) -> Select[tuple[int, float | None]]:
    q = select(Item.id, Item.top_p)
    conds = []
    if f.status:
        conds.append(Item.status == f.status)
    if f.rule_id:
        conds.append(exists().where(Flag.item_id == Item.id, Flag.rule_id == f.rule_id))
    if f.severity:
        worst = _worst_subquery()
        q = q.join(worst, worst.c.item_id == Item.id)
        conds.append(worst.c.worst == SEVERITY_RANK.get(f.severity, -1))
    if f.market:
        conds.append(exists().where(Flag.item_id == Item.id, Flag.market == f.market))
    if f.band:
        low, high = BANDS[f.band]
        conds.append(and_(Item.top_p >= low, Item.top_p < high))
    if f.catalogue_id is not None:
        conds.append(Item.catalogue_id == f.catalogue_id)
    if f.search.strip():
        pattern = f"%{f.search.strip()}%"
        conds.append(or_(Item.sku.ilike(pattern), Item.title.ilike(pattern), Item.variation.ilike(pattern)))
    if conds:
        q = q.where(*conds)
    if f.sort != "queue" and f.sort in SORT_KEYS:
        column = getattr(Item, f.sort)
        return q.order_by(column.desc() if f.descending else column, Item.id)
    return q.order_by(Item.id)


def item_ids(session: Session, f: QueueFilter) -> list[int]:
    """Every matching item id, in display order.

    The queue order (blocking flags first, then by market, then the least confident) is
    sorted here rather than in SQL: reading ids and flags and sorting them in memory is
    several times faster on SQLite than ordering by per-item aggregates.
    """
    ids, confidences = packed_columns(session, _query(f))
    if f.sort != "queue" and f.sort in SORT_KEYS:
        return ids
    agg = select(Flag.item_id, func.min(_severity_rank()), func.min(Flag.market)).group_by(Flag.item_id)
    if len(ids) < 5000:
        agg = agg.where(Flag.item_id.in_(ids))
    worst = {i: (w, m) for i, w, m in packed_rows(session, agg)}
    # One float per item (severity, then market, then confidence in [0, 1]) sorts far faster
    # than tuples; ties keep id order because the rows come in id order and the sort is stable.
    markets = {m: n for n, m in enumerate(sorted({m for _, m in worst.values()}))}
    width = len(markets) + 1
    none = (len(SEVERITY_RANK), len(markets))
    keyed = []
    for item_id, p in zip(ids, confidences):
        w = worst.get(item_id)
        rank, market = (w[0], markets[w[1]]) if w else none
        keyed.append(((rank * width + market) * 2 + (p or 0.0), item_id))
    keyed.sort(key=lambda k: k[0], reverse=f.descending)
    return [k[1] for k in keyed]


def item_rows(session: Session, *, ids: Sequence[int] | None = None, status: str | None = None) -> list[QueueRow]:
    """Items as plain rows, read as columns (no ORM objects): all of them, those with a status,
    or the given ids in the order given (ids that vanished are left out)."""
    if ids is not None and not ids:
        return []
    q = select(Item.id, Item.sku, Item.title, Item.status, Item.hs_code, Item.top_code, Item.top_p, Item.variation,
               Item.quantity_unit)
    fq = select(Flag.item_id, Flag.rule_id, Flag.severity, Flag.market)
    if ids is not None:
        q = q.where(Item.id.in_(ids))
        fq = fq.where(Flag.item_id.in_(ids))
    if status:
        q = q.where(Item.status == status)
        fq = fq.join(Item, Item.id == Flag.item_id).where(Item.status == status)
    worst: dict[int, str] = {}
    rules: dict[int, dict[str, int]] = defaultdict(dict)  # rule -> the rank of its worst severity on the item
    markets: dict[int, set[str]] = defaultdict(set)
    for item_id, rule_id, severity, market in packed_rows(session, fq):
        rank = SEVERITY_RANK.get(severity, 9)
        rules[item_id][rule_id] = min(rank, rules[item_id].get(rule_id, rank))
        if market != "*":
            markets[item_id].add(market)
        if item_id not in worst or SEVERITY_RANK.get(severity, 9) < SEVERITY_RANK.get(worst[item_id], 9):
            worst[item_id] = severity
    found = {r[0]: r for r in packed_rows(session, q.order_by(Item.id))}
    order = list(ids) if ids is not None else list(found)
    # the worst flags first, so that a column cut at its end still shows a block
    return [QueueRow(*found[i][:7], worst.get(i), ", ".join(sorted(rules.get(i, {}), key=lambda r: (rules[i][r], r))),
                     ", ".join(sorted(markets.get(i, ()))), found[i][7] or "", found[i][8] or "pcs")
            for i in order if i in found]


def rows_for_ids(session: Session, ids: Sequence[int]) -> list[QueueRow]:
    """Rows for a window of ids, in the order given (ids that vanished are left out)."""
    return item_rows(session, ids=ids)


@dataclass(frozen=True)
class FilterChoices:
    """The values the queue's filter boxes offer, read from the data."""

    rule_ids: list[str]
    markets: list[str]
    catalogues: list[tuple[int, str]]


def filter_choices(session: Session) -> FilterChoices:
    from app.core.tables import Catalogue

    rules = sorted(session.scalars(select(Flag.rule_id).distinct()))
    markets = sorted(m for m in session.scalars(select(Flag.market).distinct()) if m != "*")
    cats = [(c.id, c.name) for c in session.scalars(select(Catalogue).order_by(Catalogue.id))]
    return FilterChoices(rules, markets, cats)


def pending_same_title(session: Session, item_id: int) -> list[int]:
    """Items waiting for review whose normalised title equals this item's (itself included when it waits)."""
    return list(same_title(session, item_id).waiting)


@dataclass(frozen=True)
class SameTitle:
    """What a decision for every item with an item's title goes to: the items waiting for review
    with its normalised title. The item itself is one of them only while it waits too; decided
    and auto-accepted items keep their codes."""

    status: str  # the item's own status ("" when there is no such item)
    waiting: tuple[int, ...]

    @property
    def waits(self) -> bool:
        """The item itself is waiting for review (it is one of `waiting`)."""
        return self.status == "flagged"

    @property
    def others(self) -> int:
        """How many of `waiting` are other items than this one."""
        return len(self.waiting) - (1 if self.waits else 0)


def same_title(session: Session, item_id: int) -> SameTitle:
    found = session.execute(select(Item.norm_title, Item.status).where(Item.id == item_id)).first()
    if found is None:
        return SameTitle("", ())
    ids = session.scalars(select(Item.id).where(Item.norm_title == found.norm_title, Item.status == "flagged")
                          .order_by(Item.id))
    return SameTitle(found.status, tuple(ids))
