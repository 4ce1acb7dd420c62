"""The append-only audit trail, chained by SHA-256 so that tampering is detectable."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.messages import Joined, Message
from app.core.tables import AuditEntry, Decision, utcnow

GENESIS = "0" * 64


def _digest(prev_hash: str, at: str, actor: str, action: str, subject: str, payload: dict[str, Any]) -> str:
    body = json.dumps([prev_hash, at, actor, action, subject, payload], sort_keys=True, ensure_ascii=False,
                      separators=(",", ":"), default=str)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def append(session: Session, actor: str, action: str, subject: str = "", payload: dict[str, Any] | None = None) -> AuditEntry:
    """Add one entry after the newest one (in the caller's transaction)."""
    payload = payload or {}
    prev = session.scalars(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first() or GENESIS
    at = utcnow()
    entry = AuditEntry(at=at, actor=actor, action=action, subject=subject, payload=payload, prev_hash=prev,
                       hash=_digest(prev, at.isoformat(), actor, action, subject, payload))
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainReport:
    entries: int
    ok: bool
    first_bad_id: int | None = None
    problem: str = ""


def verify(session: Session) -> ChainReport:
    prev = GENESIS
    count = 0
    for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(1000):
        count += 1
        if e.prev_hash != prev:
            return ChainReport(count, False, e.id,
                               Message("entry does not follow the one before it (one was removed or changed)"))
        if _digest(e.prev_hash, e.at.isoformat(), e.actor, e.action, e.subject, e.payload) != e.hash:
            return ChainReport(count, False, e.id, Message("entry was changed after it was written"))
        prev = e.hash
    problems = decision_problems(session, limit=None)
    if problems:
        shown = problems[:3] + ([Message("and {n:,} more", n=len(problems) - 3)] if len(problems) > 3 else [])
        return ChainReport(count, False, None, Message("{n:,} decision(s) disagree: {problems}", n=len(problems),
                                                       problems=Joined(shown)))
    return ChainReport(count, True)


def decision_problems(session: Session, limit: int | None = 3) -> list[str]:
    """Where the decisions table, which the review log is exported from, disagrees with the
    chained entries written with each decision and undo: a decision's code, kind, note, reviewer
    or SKU changed, a decision added or undone without its entry, or an undo taken back."""
    entries: dict[int, dict[str, Any]] = {}
    undos: set[int] = set()
    legacy: set[tuple[str, str]] = set()  # (SKU, code) of entries written before they named the decision
    for action, actor, subject, payload in session.execute(
            select(AuditEntry.action, AuditEntry.actor, AuditEntry.subject, AuditEntry.payload)
            .where(AuditEntry.action.in_(("decision", "undo")))):
        payload = payload or {}
        number = payload.get("decision_id")
        if number is None:
            if action == "decision":
                legacy.add((subject, str(payload.get("code", ""))))
        elif action == "decision":
            entries[int(number)] = {"actor": actor, "subject": subject, **payload}
        else:
            undos.add(int(number))
    problems: list[str] = []  # Messages: the window reads them in its language
    for d in session.scalars(select(Decision).order_by(Decision.id)).yield_per(1000):
        entry = entries.get(d.id)
        where = Message("decision {id} (SKU {sku})", id=d.id, sku=d.sku)
        if entry is None:
            if (d.sku, d.code) not in legacy:
                problems.append(Message("{decision} has no audit entry", decision=where))
        else:
            recorded = {"code": entry.get("code"), "kind": entry.get("kind"), "note": entry.get("note"),
                        "reviewer": entry["actor"], "SKU": entry["subject"]}
            stored = {"code": d.code, "kind": d.kind, "note": d.note, "reviewer": d.reviewer, "SKU": d.sku}
            changed = [k for k in stored if recorded[k] is not None and recorded[k] != stored[k]]
            if changed:
                problems.append(_differs(where, changed, stored, recorded))
        if (d.undone_at is not None) != (d.id in undos):
            problems.append(Message("{decision} is undone but the audit trail says it was never undone", decision=where)
                            if d.undone_at is not None else
                            Message("{decision} is live but the audit trail says it was undone", decision=where))
        if limit is not None and len(problems) >= limit:
            break
    return problems


# a decision's parts as a sentence names them
_RECORDED: dict[str, str] = {"code": Message("code"), "kind": Message("kind"), "note": Message("note"),
                             "reviewer": Message("reviewer"), "SKU": "SKU"}


def _differs(where: Message, changed: list[str], stored: dict[str, Any], recorded: dict[str, Any]) -> Message:
    """'decision 3 (SKU K-1): its note and reviewer differ from its audit entry ('fine' now, '' recorded, ...)'."""
    values = Joined([Message("{now} now, {then} recorded", now=repr(stored[k]), then=repr(recorded[k])) for k in changed],
                    ", ")
    if len(changed) == 1:
        return Message("{decision}: its {field} differs from its audit entry ({values})", decision=where,
                       field=_RECORDED[changed[0]], values=values)
    return Message("{decision}: its {fields} and {last} differ from its audit entry ({values})", decision=where,
                   fields=Joined([_RECORDED[k] for k in changed[:-1]], ", "), last=_RECORDED[changed[-1]], values=values)
