"""The audit trail's head kept outside the database, so that cutting off its newest entries shows.

The chain in the database (app/core/audit.py) shows an entry changed or removed in the middle,
but not entries removed from its end: what is left is still a chain. So every commit that adds
entries writes the head (how many entries there are and the newest one's hash) as one line to
``audit-head.log`` in the data folder, and exports and backups name the head they were made
at. A database shorter than a head recorded there, or whose entry at that count hashes
differently, has lost entries.

The line is written after the commit. A crash between the two leaves the database ahead of the
file, by entries that chain on from the last head the file recorded: that is no loss, and the
next commit records the head again. The line is not forced to disk, as SQLite's commits in WAL
mode with synchronous=NORMAL are not either: a power cut may lose either. Lines are independent of each other (two programs writing
to one folder may append theirs out of order), and a half-written last line is ignored.
"""
from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from app.core.messages import Message
from app.core.tables import AuditEntry

FILE = "audit-head.log"
HEADER = "# the audit trail's head after each commit: time (UTC), entries, hash of the newest entry\n"
SHORTEST_HASH = 12  # a head given by hand may shorten the hash to this many characters
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Head:
    count: int
    hash: str
    at: str = ""  # when it was recorded (UTC, ISO 8601), for a recorded head

    def __str__(self) -> str:
        return f"{self.count}:{self.hash}"


def parse_head(text: str) -> Head:
    """'COUNT:HASH' as exports print it (the hash may be shortened to 12 characters)."""
    count, _, digest = text.strip().partition(":")
    digest = digest.strip().lower()
    if not count.strip().isdigit() or len(digest) < SHORTEST_HASH or len(digest) > 64 \
            or any(c not in "0123456789abcdef" for c in digest):
        raise ValueError(Message("'{text}' is not an audit trail head: write ENTRIES:HASH as an export or backup "
                                 "names it, e.g. 43:5f2c9a0e41b7…", text=text))
    return Head(int(count), digest)


def current(session: Session) -> Head:
    """The head of the trail as this session sees it (its own uncommitted entries included)."""
    count = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    last = session.scalars(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    return Head(count, last or "0" * 64)


def trailer(session: Session) -> list[list[str]]:
    """The lines an export for auditors ends with: the head it was made at, and how to check a
    later database against it."""
    head = current(session)
    return [["# audit trail head (entries:hash of the newest)", str(head)],
            ["# check a later database with", f"borderline verify-log --head {head}"]]


class Witness:
    """The file the heads are appended to."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        # (entries, id of the newest) at the last head recorded: the next head counts only the entries
        # after it (a count of the whole trail takes ~20 ms at 200,000 entries, on every decision)
        self._known: tuple[int, int] | None = None
        self._pending: dict[int, tuple[int, int]] = {}  # per thread: the head about to be committed

    def head_now(self, session: Session) -> Head:
        """The trail's head as this session sees it, counted from the last head recorded."""
        newest = session.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
        if newest is None:
            return Head(0, "0" * 64)
        with self._lock:
            known = self._known
        if known is None or known[1] > newest.id:  # the first head of this run, or the trail was replaced
            count = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        else:
            count = known[0] + (session.scalar(select(func.count()).select_from(AuditEntry)
                                               .where(AuditEntry.id > known[1])) or 0)
        with self._lock:
            self._pending[threading.get_ident()] = (count, newest.id)
        return Head(count, newest.hash)

    def record(self, head: Head, committed: bool = False) -> None:
        """Append the head; `committed`: the one head_now gave this thread, now in the database."""
        line = f"{datetime.now(timezone.utc).replace(microsecond=0).isoformat()} {head.count} {head.hash}\n"
        with self._lock:
            pending = self._pending.pop(threading.get_ident(), None)
            if committed and pending is not None:
                self._known = pending
            new = not self.path.exists()
            with open(self.path, "a", encoding="utf-8") as f:
                f.write((HEADER if new else "") + line)

    def forget_pending(self) -> None:
        with self._lock:
            self._pending.pop(threading.get_ident(), None)

    def heads(self) -> list[Head] | None:
        """Every head recorded, or None when there is no file."""
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return None
        found = []
        for line in text.splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[1].isdigit() and len(parts[2]) == 64:  # a half-written line is no head
                found.append(Head(int(parts[1]), parts[2], parts[0]))
        return found

    def set_aside(self, reason: str) -> Path | None:
        """Move the file out of the way (kept beside it) so that the next commit starts a new one."""
        if not self.path.exists():
            return None
        target = self.path.with_name(f"{self.path.name}.{reason}-{datetime.now():%Y%m%d-%H%M%S}")
        with self._lock:
            os.replace(self.path, target)
            self._known = None  # the trail it counted is being replaced
        return target


def watch(db: Any, path: Path) -> Witness:
    """Record the head in `path` after every commit of `db`'s sessions that added entries."""
    witness = Witness(path)
    db.witness = witness
    db.configure_sessions(info={"witness": witness})
    return witness


def entries_added(session: Session) -> None:
    """Called by audit.append: this transaction adds to the trail."""
    session.info["audit_added"] = True


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    if session.info.get("audit_added") and "witness" in session.info and not session.in_nested_transaction():
        session.info["audit_head"] = session.info["witness"].head_now(session)


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    if session.in_nested_transaction():
        return
    session.info.pop("audit_added", None)
    head = session.info.pop("audit_head", None)
    if head is not None:
        try:
            session.info["witness"].record(head, committed=True)
        except OSError as exc:  # committed all the same: verify-log says the file is behind, not that entries are gone
            log.warning("could not record the audit trail's head in %s: %s", session.info["witness"].path, exc)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    if not session.in_nested_transaction():
        session.info.pop("audit_added", None)
        if session.info.pop("audit_head", None) is not None:
            session.info["witness"].forget_pending()
