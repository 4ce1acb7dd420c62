"""The append-only audit trail, chained by SHA-256 so that tampering is detectable."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core import audit_head
from app.core.audit_head import Head, Witness
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
    audit_head.entries_added(session)  # the head is recorded outside the database once this commits
    return entry


@dataclass(frozen=True)
class ChainReport:
    entries: int
    ok: bool
    first_bad_id: int | None = None
    problem: str = ""
    head: str = ""  # ENTRIES:HASH of the newest entry, for an auditor to check a later database against
    lost: bool = False  # entries are missing from the end (the problem says how many, and since when)
    note: str = ""  # what could not be checked (no record of the head outside the database)


def verify(session: Session, witness: Witness | None = None, given: Head | None = None) -> ChainReport:
    """Check the chain, then the heads recorded outside the database (`witness`) and a head an
    auditor was given (`given`), then the decisions against their entries."""
    recorded = witness.heads() if witness is not None else None
    wanted = {h.count for h in recorded or ()} | ({given.count} if given else set())
    at_count: dict[int, str] = {}
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
        if count in wanted:
            at_count[count] = e.hash
    head = str(Head(count, prev))
    lost = _lost_entries(count, at_count, recorded, witness, given)
    if lost:
        return ChainReport(count, False, None, lost, head, lost=True)
    note = ""
    if witness is not None and recorded is None:
        note = Message("no record outside the database to check the newest entries against ({file} is missing: an "
                       "older data folder, or it was removed); the next change starts one", file=witness.path.name)
    problems = decision_problems(session, limit=None)
    if problems:
        shown = problems[:3] + ([Message("and {n:,} more", n=len(problems) - 3)] if len(problems) > 3 else [])
        return ChainReport(count, False, None, Message("{n:,} decision(s) disagree: {problems}", n=len(problems),
                                                       problems=Joined(shown)), head, note=note)
    return ChainReport(count, True, head=head, note=note)


def _lost_entries(count: int, at_count: dict[int, str], recorded: list[Head] | None, witness: Witness | None,
                  given: Head | None) -> str:
    """What the trail lost from its end, measured against a head given by an auditor, then the
    heads recorded outside the database (the earliest one it no longer reaches or matches);
    "" when it reaches every one. A database ahead of the newest head is no loss (a crash
    between a commit and its record): the chain check above vouches for the entries after it."""
    if given is not None:
        if given.count > count:
            return Message("the audit trail holds {have:,} entries, fewer than the {count:,} of the head {head} you gave: "
                           "its newest {n:,} entries were removed", have=count, count=given.count, head=str(given),
                           n=given.count - count)
        if not at_count.get(given.count, "").startswith(given.hash):
            return Message("entry {count:,} is not the one of the head {head} you gave: entries from there on were "
                           "removed or replaced", count=given.count, head=str(given))
    file = witness.path.name if witness is not None else ""
    for h in sorted(recorded or (), key=lambda h: h.count):
        if h.count > count:
            newest = max(recorded or (), key=lambda h: h.count)
            return Message("the audit trail holds {have:,} entries, but {file} recorded {count:,} on {at} (UTC): its "
                           "newest {n:,} entries were removed", have=count, file=file, count=newest.count,
                           at=_when(newest), n=newest.count - count)
        if at_count.get(h.count) != h.hash:
            return Message("entry {count:,} is not the one {file} recorded on {at} (UTC): entries from there on were "
                           "removed or replaced", count=h.count, file=file, at=_when(h))
    return ""


def _when(head: Head) -> str:
    return head.at.replace("T", " ").removesuffix("+00:00")


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
