"""Items as the windows and the command line read them: rows of the catalogue, the review
queue's order, one item's detail with its suggestions and flags, counts by status.

Each function opens its own short session and returns plain data, never ORM objects.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select

from app.core import review
from app.core.messages import Message
from app.core.nomenclature import code_digits
from app.core.queue import QueueRow, item_rows
from app.core.rule_language import words_for
from app.core.rules import SEVERITY_RANK
from app.core.tables import Catalogue, Flag, Item
from app.core.workspace import Workspace

ItemRow = QueueRow  # one row shape for the catalogue, the queue and the shipment dialog


@dataclass
class SuggestionView:
    code: str
    probability: float
    description: str
    heading: str
    chapter: str


@dataclass
class FlagView:
    rule_id: str
    market: str
    severity: str
    reason: str
    trigger: str


@dataclass
class ItemDetail:
    id: int
    sku: str
    title: str
    description: str
    material: str
    origin: str
    unit_value: str
    currency: str
    net_weight_kg: float | None
    attributes: dict[str, str]
    status: str
    hs_code: str | None
    source: str
    suggestions: list[SuggestionView]
    flags: list[FlagView]
    variation: str = ""
    # the HS code the item's catalogue gives (an HS 2022 subheading), shown beside the suggestions
    catalogue: SuggestionView | None = None
    # the catalogue's cell, when it writes more than the subheading (a national tariff line: 6109.10.10)
    catalogue_written: str = ""


def list_items(ws: Workspace, status: str | None = None) -> list[ItemRow]:
    """Every item (or those with one status) as plain rows, read as columns, not ORM objects."""
    with ws.db.session() as s:
        return item_rows(s, status=status)


def queue_ids(ws: Workspace) -> list[int]:
    """Flagged items, blocking ones first, then least confident.

    Reads three columns per item (no ORM objects), so a queue of any length stays small.
    """
    rank = case({sv: i for sv, i in SEVERITY_RANK.items()}, value=Flag.severity, else_=9)
    with ws.db.session() as s:
        rows = s.execute(select(Item.id, Item.top_p, func.min(rank)).outerjoin(Flag, Flag.item_id == Item.id)
                         .where(Item.status == "flagged").group_by(Item.id, Item.top_p)).all()
    rows.sort(key=lambda r: (SEVERITY_RANK["info"] if r[2] is None else r[2], r[1] or 0.0, r[0]))
    return [r[0] for r in rows]


def item_detail(ws: Workspace, item_id: int) -> ItemDetail:
    from app.core.nomenclature import nomenclature

    nom = nomenclature()
    with ws.db.session() as s:
        item = s.get(Item, item_id)
        if item is None:
            raise review.ReviewError(Message("no item with id {id}", id=item_id))
        def view(code: str, p: float) -> SuggestionView:
            h = nom.hierarchy(code)
            return SuggestionView(code, p, nom.describe(code), h[1].description if len(h) > 1 else "",
                                  h[0].description if h else "")

        sugg = [view(code, p) for code, p in item.suggestions]
        given = item.catalogue_code
        catalogue = view(given, next((p for c, p in item.suggestions if c == given), 0.0)) if given else None
        written = ""
        if given:
            column = (s.scalar(select(Catalogue.column_map).where(Catalogue.id == item.catalogue_id)) or {}).get("hs_code")
            cell = item.attributes.get(column, "") if column else ""
            written = cell if code_digits(cell) != given else ""
        words = words_for(ws.language)  # a trigger keeps the engine's words in English: shown in the window's language
        flags = [FlagView(f.rule_id, f.market, f.severity, f.reason, words.trigger(f.trigger))
                 for f in sorted(item.flags, key=lambda f: (SEVERITY_RANK[f.severity], f.rule_id, f.market))]
        return ItemDetail(item.id, item.sku, item.title, item.description, item.material, item.origin,
                          "" if item.unit_value is None else str(item.unit_value), item.currency, item.net_weight_kg,
                          dict(item.attributes), item.status, item.hs_code, item.suggestion_source, sugg, flags,
                          item.variation or "", catalogue, written)


def item_id_for_sku(ws: Workspace, sku: str) -> int | None:
    with ws.db.session() as s:
        return s.scalar(select(Item.id).where(Item.sku == sku))


def status_counts(ws: Workspace) -> dict[str, int]:
    with ws.db.session() as s:
        return review.status_counts(s)


