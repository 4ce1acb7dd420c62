"""The append-only audit trail, chained by SHA-256 so that tampering is detectable."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.tables import AuditEntry, utcnow

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
            return ChainReport(count, False, e.id, "entry does not follow the one before it (one was removed or changed)")
        if _digest(e.prev_hash, e.at.isoformat(), e.actor, e.action, e.subject, e.payload) != e.hash:
            return ChainReport(count, False, e.id, "entry was changed after it was written")
        prev = e.hash
    return ChainReport(count, True)
