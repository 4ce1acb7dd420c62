"""Review decisions, decision memory and the review queue."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core import audit
from app.core.flagging import WAITING
from app.core.messages import Message
from app.core.nomenclature import nomenclature
from app.core.tables import Decision, Flag, Item, Setting, utcnow
from app.core.workspace import DEFAULT_SETTINGS

STATUSES = ("pending", "flagged", "auto", "decided")
STATUS_LABELS = {"pending": "pending", "flagged": "flagged", "auto": "auto-accepted", "decided": "decided"}


class ReviewError(Exception):
    """A decision cannot be taken (unknown item, invalid code, nothing to undo)."""


@dataclass(frozen=True)
class RaisedFlag:
    """A flag the decided code brought that the item did not show before: the decision
    resolves it, so the reviewer is told which it was (rule, market, reason)."""
    sku: str
    rule_id: str
    market: str  # "*" for every market
    severity: str
    reason: str


def raised_flags(sku: str, flags: Iterable[object]) -> tuple[RaisedFlag, ...]:
    """Flags (FlagResult or Flag rows) as plain data, the most severe first."""
    order = {"block": 0, "review": 1, "info": 2}
    out = {(f.rule_id, f.market): RaisedFlag(sku, f.rule_id, f.market, f.severity, f.reason)  # type: ignore[attr-defined]
           for f in flags}
    return tuple(sorted(out.values(), key=lambda r: (order.get(r.severity, 9), r.rule_id, r.market)))


@dataclass(frozen=True)
class DecisionRecord:
    id: int
    item_id: int
    sku: str
    title: str
    code: str
    replaced_code: str | None
    kind: str
    reviewer: str
    note: str
    flags_resolved: list[str]
    decided_at: datetime
    undone_at: datetime | None
    flags_raised: tuple[RaisedFlag, ...] = ()  # set by the decision that brought them (reviewing.decide)
    already: bool = False  # the item had this code with this note: nothing was recorded, this is the one in force


def _record(d: Decision) -> DecisionRecord:
    return DecisionRecord(d.id, d.item_id, d.sku, d.title, d.code, d.replaced_code, d.kind, d.reviewer, d.note,
                          list(d.flags_resolved), d.decided_at, d.undone_at)


def decide(session: Session, item_id: int, code: str, reviewer: str, note: str = "",
           action_id: int | None = None, via: str = "") -> DecisionRecord:
    """Record a reviewer's code for an item; the item leaves the queue. `via` says how it came
    when not from the review pane (a decisions file, its rows and who imported it).

    The same code with the same note for an item already decided so records nothing: the
    decision in force is returned (a request sent twice is one decision, not two)."""
    code = nomenclature().validate(code)
    if not reviewer.strip():
        raise ReviewError(Message("a decision needs the reviewer's name"))
    item = session.get(Item, item_id)
    if item is None:
        raise ReviewError(Message("no item with id {id}", id=item_id))
    same = decided_so(session, item, code, note)
    if same is not None:
        return replace(_record(same), already=True)
    kind = "accept" if code == item.top_code else "override"
    if not note.strip() and any(f.severity == "block" for f in item.flags):
        raise ReviewError(Message("{sku} has a blocking flag: say in a note why it may ship under {code}", sku=item.sku,
                                  code=code))
    flags = sorted({f.rule_id for f in item.flags})
    # the markets the decision was taken for: those of its flags; a flag for every market (low
    # confidence) or no flag at all means the code was decided for every market in Settings
    markets = {f.market for f in item.flags}
    if "*" in markets or not markets:
        markets |= set(_markets_in_view(session))
    markets = sorted(markets - {"*"})
    seen = [list(t) for t in sorted({(f.rule_id, f.trigger, f.market, f.severity) for f in item.flags})]
    d = Decision(item_id=item.id, sku=item.sku, norm_title=item.norm_title, title=item.title, code=code,
                 replaced_code=item.top_code, kind=kind, reviewer=reviewer.strip(), note=note.strip(),
                 flags_resolved=flags, markets=markets, flags_seen=seen, action_id=action_id)
    session.add(d)
    item.hs_code = code
    item.status = "decided"
    session.flush()
    details = {"decision_id": d.id, "code": code, "replaced": item.top_code if kind == "override" else None,
               "kind": kind, "note": d.note, "flags": flags, "via": via or "review pane",
               # what the reviewer was shown: the suggestion's confidence, where it came from, which model
               "confidence": None if item.top_p is None else round(float(item.top_p), 4),
               "source": item.suggestion_source or "", "model_version": item.model_version_id}
    if item.catalogue_code:  # and the code the seller's catalogue gave
        details["catalogue_code"] = item.catalogue_code
    audit.append(session, d.reviewer, "decision", item.sku, details)
    return _record(d)


def decided_so(session: Session, item: Item, code: str, note: str = "") -> Decision | None:
    """The decision in force when it already gives the item this code with this note."""
    if item.status != "decided" or item.hs_code != code:
        return None
    live = active_decision(session, item.id)
    return live if live is not None and live.code == code and live.note == note.strip() else None


def decided_so_already(session: Session, item_ids: list[int], code: str, note: str = "") -> set[int]:
    """Of these items, those a decision giving them `code` with `note` leaves as they are (see
    decided_so): read in two queries, for a selection of any size."""
    candidates = list(session.scalars(select(Item.id).where(Item.id.in_(item_ids), Item.status == "decided",
                                                            Item.hs_code == code)))
    if not candidates:
        return set()
    live: dict[int, tuple[str, str]] = {}
    for item_id, got, said in session.execute(select(Decision.item_id, Decision.code, Decision.note)
                                              .where(Decision.item_id.in_(candidates), Decision.undone_at.is_(None))
                                              .order_by(Decision.id)):
        live[item_id] = (got, said)  # the newest live decision is the one in force
    return {i for i, (got, said) in live.items() if got == code and said == note.strip()}


def _markets_in_view(session: Session) -> list[str]:
    row = session.get(Setting, "markets")
    value = row.value if row is not None else DEFAULT_SETTINGS["markets"]
    return [str(m) for m in value] if isinstance(value, list) else []


def decide_many(session: Session, item_ids: list[int], code: str, reviewer: str, note: str = "") -> list[DecisionRecord]:
    """One code for several items, all or none (a blocking flag without a note stops them all).
    Items already decided so keep their decision (see decide); the others are one action."""
    if not item_ids:
        raise ReviewError(Message("no items were chosen"))
    unique = list(dict.fromkeys(item_ids))
    code = nomenclature().validate(code)
    records: dict[int, DecisionRecord] = {}
    fresh = []
    for i in unique:
        item = session.get(Item, i)
        same = decided_so(session, item, code, note) if item is not None else None
        if same is not None:
            records[i] = replace(_record(same), already=True)
        else:
            fresh.append(i)
    if fresh:
        first = decide(session, fresh[0], code, reviewer, note)
        records[fresh[0]] = first
        if len(fresh) > 1:
            session.get(Decision, first.id).action_id = first.id  # type: ignore[union-attr]
            for i in fresh[1:]:
                records[i] = decide(session, i, code, reviewer, note, action_id=first.id)
    return [records[i] for i in unique]


def undo_last(session: Session, reviewer: str) -> list[DecisionRecord]:
    """Undo the newest live decision, with every decision taken in the same action (several
    items at once): the items go back to the queue, the records stay. Newest first."""
    d = session.scalars(
        select(Decision).where(Decision.undone_at.is_(None)).order_by(Decision.id.desc()).limit(1)
    ).first()
    if d is None:
        raise ReviewError(Message("there is no decision to undo"))
    action = [d]
    if d.action_id is not None:
        action = list(session.scalars(select(Decision).where(Decision.action_id == d.action_id,
                                                             Decision.undone_at.is_(None)).order_by(Decision.id.desc())))
    now = utcnow()
    for decision in action:
        decision.undone_at = now
        session.flush()
        _restore(session, decision, reviewer)
    return [_record(x) for x in action]


def _restore(session: Session, d: Decision, reviewer: str) -> None:
    """The item as it was before the undone decision: the previous live decision's code, else
    back in the queue (or auto-accepted when nothing flags it)."""
    item = session.get(Item, d.item_id)
    assert item is not None
    previous = active_decision(session, item.id)
    if previous is not None:
        item.hs_code = previous.code
    else:
        item.hs_code = None
        waiting = any(f.severity in WAITING for f in item.flags)  # info flags wait for no one
        item.status = "flagged" if waiting else ("auto" if item.top_code else "pending")
        if item.status == "auto":
            item.hs_code = item.top_code
    audit.append(session, reviewer, "undo", item.sku, {"decision_id": d.id, "code": d.code})


def active_decision(session: Session, item_id: int) -> Decision | None:
    return session.scalars(
        select(Decision).where(Decision.item_id == item_id, Decision.undone_at.is_(None)).order_by(Decision.id.desc()).limit(1)
    ).first()


def memory_lookup(session: Session, sku: str, norm_title: str) -> str | None:
    """The code a reviewer last gave to this SKU, else to an item with the same normalised title."""
    live = Decision.undone_at.is_(None)
    for cond in (Decision.sku == sku, Decision.norm_title == norm_title):
        code = session.scalars(select(Decision.code).where(cond, live).order_by(Decision.id.desc()).limit(1)).first()
        if code:
            return code
    return None


def decisions(session: Session, include_undone: bool = True) -> list[DecisionRecord]:
    q = select(Decision).order_by(Decision.id)
    if not include_undone:
        q = q.where(Decision.undone_at.is_(None))
    return [_record(d) for d in session.scalars(q)]


def status_counts(session: Session) -> dict[str, int]:
    rows = session.execute(select(Item.status, func.count()).group_by(Item.status)).all()
    counts = {s: 0 for s in STATUSES}
    counts.update({s: n for s, n in rows})
    return counts


def flag_counts(session: Session) -> dict[str, int]:
    """How many undecided items each rule flags now."""
    rows = session.execute(
        select(Flag.rule_id, func.count(func.distinct(Flag.item_id)))
        .join(Item, Item.id == Flag.item_id)
        .where(Item.status == "flagged")
        .group_by(Flag.rule_id)
    ).all()
    return dict(rows)
