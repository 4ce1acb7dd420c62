"""The audit trail as a table for auditors: every entry (decisions, undos, prints with the bans
shipped anyway, rule and setting changes, imports, model activations) with its time, who, what
and the details, plus the hash that chains it to the entry before.

The review log (outputs.export_log) answers "who decided which code"; this answers "what
happened", including what is not a decision.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.core import audit, audit_head
from app.core.export import write_table
from app.core.jobs import Progress, no_progress
from app.core.messages import Message
from app.core.tables import AuditEntry
from app.core.workspace import Workspace

AUDIT_HEADERS = ["at", "actor", "action", "meaning", "subject", "details", "entry", "hash"]

# What each action means, for a reader who has not seen the code.
ACTION_MEANINGS = {
    "decision": "a reviewer decided a code",
    "undo": "a decision was taken back",
    "print": "shipment documents were printed",
    "gate": "documents were refused for unresolved items",
    "save-shipment": "a shipment was saved",
    "amend-shipment": "a saved shipment was changed (new revision)",
    "import": "a catalogue was imported",
    "reflag": "the rules were applied again",
    "model": "a model version was trained",
    "activate-model": "a model version was made active",
    "setting": "a setting was changed",
    "rule-change": "a rule was changed on the Rules page (kept in the data folder's rules.toml)",
    "rule-reset": "a rule was reset to its shipped definition",
    "export-log": "the review log was exported",
    "export-audit": "the audit trail was exported",
    "restore": "a backup was restored (the record of the trail's head outside the database starts afresh)",
}


def day_start_utc(day: date) -> datetime:
    """The first moment of this day on this computer's clock, in UTC as the database keeps
    times: a reviewer in Bangkok asking for 24 November means Bangkok's 24 November."""
    local = datetime.combine(day, time.min).astimezone()
    return local.astimezone(timezone.utc).replace(tzinfo=None)


def day_end_utc(day: date) -> datetime:
    """The first moment after this day (exclusive bound), in UTC."""
    return day_start_utc(day + timedelta(days=1))


def utc_text(moment: datetime) -> str:
    return moment.replace(tzinfo=timezone.utc).isoformat()


def describe(payload: Any) -> str:
    """A payload as "key: value; key: value" so a spreadsheet cell reads without knowing JSON:
    a list of plain values is joined by commas, a list of lists (the bans a print shipped:
    sku, rule, market) gives each inner list as words, separated by " | "."""
    if isinstance(payload, dict):
        return "; ".join(f"{k}: {_value(v)}" for k, v in payload.items() if v not in (None, "", [], {}))
    return _value(payload)


LONGEST_LIST = 12  # longer lists (a model's selective curve) are counted, not spelled out


def _value(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.4g}"
    if isinstance(v, (list, tuple)) and len(v) > LONGEST_LIST:
        return f"({len(v)} values)"
    if isinstance(v, dict):
        return "(" + describe(v).replace("; ", ", ") + ")"
    if isinstance(v, (list, tuple)):
        if any(isinstance(x, (list, tuple)) for x in v):
            return " | ".join(" ".join(_value(y) for y in x) if isinstance(x, (list, tuple)) else _value(x) for x in v)
        return ", ".join(_value(x) for x in v)
    return str(v)


@dataclass(frozen=True)
class AuditFilter:
    date_from: date | None = None
    date_to: date | None = None
    action: str = ""

    def describe(self) -> dict[str, str]:
        return {k: str(v) for k, v in self.__dict__.items() if v}


AUDIT_CHUNK = 1000  # entries read together


def _audit_query(f: AuditFilter) -> Select[tuple[AuditEntry]]:
    q = select(AuditEntry)
    if f.date_from:
        q = q.where(AuditEntry.at >= day_start_utc(f.date_from))
    if f.date_to:
        q = q.where(AuditEntry.at < day_end_utc(f.date_to))
    if f.action:
        q = q.where(AuditEntry.action == f.action)
    return q


def iter_audit_rows(session: Session, f: AuditFilter = AuditFilter(), after: int = 0,
                    seen: list[int] | None = None) -> Iterator[list[object]]:
    """The entries the filter lets through with an id above `after`, read AUDIT_CHUNK at a time;
    the id of the last one read is kept in `seen` (one item) for a caller that reads on."""
    q = _audit_query(f)
    last = after
    while True:
        entries = list(session.scalars(q.where(AuditEntry.id > last).order_by(AuditEntry.id).limit(AUDIT_CHUNK)))
        if not entries:
            return
        last = entries[-1].id
        if seen is not None:
            seen[:] = [last]
        for e in entries:
            yield [utc_text(e.at), e.actor, e.action, ACTION_MEANINGS.get(e.action, ""), e.subject, describe(e.payload),
                   e.id, e.hash]


def audit_rows(session: Session, f: AuditFilter = AuditFilter()) -> list[list[object]]:
    return list(iter_audit_rows(session, f))


def export_audit(ws: Workspace, path: Path, f: AuditFilter = AuditFilter(), progress: Progress = no_progress) -> int:
    """Write the trail (CSV or XLSX) a chunk at a time, with progress; the export itself is the
    trail's last entry, so the file shows what was asked for. The entry is added once the trail
    before it is written, and kept only if the file is: a cancelled export records nothing and
    leaves no file. Returns the number of entries written."""
    with ws.db.session() as s:
        progress(0.0, Message("Reading the audit trail"))
        total = (s.scalar(select(func.count()).select_from(_audit_query(f).subquery())) or 0) + 1
        seen = [0]

        def rows() -> Iterator[list[object]]:
            yield from iter_audit_rows(s, f, 0, seen)
            audit.append(s, Workspace.actor(s), "export-audit", Path(path).name,
                         {"file": str(path), "filter": f.describe() or "none"})
            yield from iter_audit_rows(s, f, seen[0])  # the export's own entry, when the filter takes it

        return write_table(path, AUDIT_HEADERS, rows(), progress=progress, total=total, publish=lambda _n: s.commit(),
                           trailer=lambda: audit_head.trailer(s))
