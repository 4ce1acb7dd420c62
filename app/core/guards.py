"""Consistency guard rails for review: near-identical items should carry the same code.

Near-identical means the same normalised title, or the same SKU family (the SKU without
its last variant part, e.g. TS-100-RED and TS-100-NAVY). The review pane shows these
warnings before a decision and the use case returns them after one; nothing is blocked.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.core.messages import Message
from app.core.nomenclature import nomenclature
from app.core.tables import Decision, Item

_VARIANT = re.compile(r"^(.{3,}?)[-_/.]([^-_/.]{1,10})$")


def sku_family(sku: str) -> str:
    """The SKU without a last part that names a variant (RED, XL, 32B); else the SKU itself.

    A last part of digits only is a serial number (GEN-0000123), not a variant: such SKUs
    are each their own family, or a whole shop would be one family.
    """
    m = _VARIANT.match(sku.strip())
    if m is None or not any(ch.isalpha() for ch in m.group(2)):
        return sku.strip()
    return m.group(1)


@dataclass(frozen=True)
class MemoryMatch:
    """An earlier live decision for this SKU or for an item with the same normalised title."""

    sku: str
    title: str
    code: str
    reviewer: str
    decided_at: datetime
    why: str  # "same SKU" | "same title" | "same SKU family"
    # False for a code stored before codes were checked (999999): shown as such, it contradicts nothing
    subheading: bool = True


def _similar(item: Item) -> list[object]:
    family = sku_family(item.sku)
    conds = [Item.norm_title == item.norm_title] if item.norm_title else []
    if family != item.sku:
        conds += [Item.sku == family, Item.sku.like(family.replace("%", r"\%").replace("_", r"\_") + "_%", escape="\\")]
    return conds


def _why(item: Item, sku: str, norm_title: str) -> str:
    if sku == item.sku:
        return Message("same SKU")
    if item.norm_title and norm_title == item.norm_title:
        return Message("same title")
    return Message("same SKU family")


def memory_matches(session: Session, item_id: int, limit: int = 10) -> list[MemoryMatch]:
    item = session.get(Item, item_id)
    if item is None:
        return []
    family = sku_family(item.sku)
    conds = [Decision.sku == item.sku]
    if item.norm_title:
        conds.append(Decision.norm_title == item.norm_title)
    if family != item.sku:
        conds.append(Decision.sku.like(family.replace("%", r"\%").replace("_", r"\_") + "_%", escape="\\"))
    rows = session.scalars(select(Decision).where(or_(*conds), Decision.undone_at.is_(None))
                           .order_by(Decision.id.desc()).limit(limit))
    nom = nomenclature()
    return [MemoryMatch(d.sku, d.title, d.code, d.reviewer, d.decided_at, _why(item, d.sku, d.norm_title),
                        nom.is_subheading(d.code))
            for d in rows if sku_family(d.sku) == family or d.sku == item.sku or d.norm_title == item.norm_title]


def consistency_warnings(session: Session, item_id: int, code: str | None) -> list[str]:
    """Why giving `code` to this item would disagree with similar items or earlier decisions."""
    item = session.get(Item, item_id)
    if item is None or not code:
        return []
    warnings: list[str] = []
    conds = _similar(item)
    if conds:
        others = session.execute(
            select(Item.sku, Item.norm_title, Item.hs_code).where(or_(*conds), Item.id != item.id,
                                                                   Item.hs_code.is_not(None), Item.hs_code != code)
            .order_by(Item.id).limit(200)).all()
        nom = nomenclature()  # a code that is no subheading (stored before codes were checked) is no precedent
        others = [o for o in others if (o.norm_title == item.norm_title or sku_family(o.sku) == sku_family(item.sku))
                  and nom.is_subheading(o.hs_code)]
        by_code: dict[str, list[str]] = {}
        for o in others:
            by_code.setdefault(o.hs_code, []).append(o.sku)
        for other_code, skus in sorted(by_code.items()):
            shown: str = ", ".join(skus[:3])
            if len(skus) > 3:
                shown = Message("{skus} and {n} more", skus=shown, n=len(skus) - 3)
            warnings.append(Message("{n} similar item(s) carry {other}, not {code}: {skus}", n=len(skus),
                                    other=other_code, code=code, skus=shown))
    earlier = [m for m in memory_matches(session, item_id) if m.subheading]
    for m in earlier:
        if m.code != code and m.sku != item.sku:
            warnings.append(Message("contradicts an earlier decision: {reviewer} gave {other} to {sku} ({why}) on {day}",
                                    reviewer=m.reviewer, other=m.code, sku=m.sku, why=m.why,
                                    day=f"{m.decided_at:%Y-%m-%d}"))
            break
    for m in earlier:
        if m.code != code and m.sku == item.sku:
            warnings.append(Message("contradicts an earlier decision for this SKU: {reviewer} gave {other} on {day}",
                                    reviewer=m.reviewer, other=m.code, day=f"{m.decided_at:%Y-%m-%d}"))
            break
    return warnings
