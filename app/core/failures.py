"""Failures of the computer rather than of the input, told in one sentence.

A full disk, a database another program is writing to or one that is damaged, a read-only or
forbidden data folder: SQLAlchemy and the OS report these as an OperationalError carrying the whole SQL
statement and its parameters, or as an OSError with an errno. :func:`explain` sorts such an
exception into a :class:`Failure` (a kind and the path concerned); :func:`sentence` puts it into
English words for the CLI. The window words the same kinds through its translations.
"""
from __future__ import annotations

import errno
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError

DISK_FULL, LOCKED, READ_ONLY, NOT_ALLOWED, DAMAGED = "disk_full", "locked", "read_only", "not_allowed", "damaged"
KINDS = (DISK_FULL, LOCKED, READ_ONLY, NOT_ALLOWED, DAMAGED)

_SQLITE_WORDS = (  # the start of SQLite's own message, for each kind
    ("database or disk is full", DISK_FULL),
    ("database is locked", LOCKED),
    ("database table is locked", LOCKED),
    ("attempt to write a readonly database", READ_ONLY),
    ("database disk image is malformed", DAMAGED),
    ("file is not a database", DAMAGED),
)
_ERRNOS = {errno.ENOSPC: DISK_FULL, errno.EROFS: READ_ONLY, errno.EACCES: NOT_ALLOWED, errno.EPERM: NOT_ALLOWED}
if hasattr(errno, "EDQUOT"):
    _ERRNOS[errno.EDQUOT] = DISK_FULL


@dataclass(frozen=True)
class Failure:
    kind: str        # one of KINDS
    path: Path | None  # the file or folder concerned, when known


def explain(exc: BaseException, where: Path | None = None) -> Failure | None:
    """The failure behind `exc`, or None when it is not one of these (a bug, bad input).
    `where` is the data folder (or database file): the path named when the error itself
    names none, as SQLite's do not."""
    seen = 0
    while exc is not None and seen < 5:  # an error raised "from" one of these is one of these
        found = _one(exc, where)
        if found is not None:
            # a damaged file below another error is one that error names (a backup that is no database)
            return found if found.kind != DAMAGED or seen == 0 else None
        exc = exc.__cause__  # type: ignore[assignment]
        seen += 1
    return None


def _one(exc: BaseException, where: Path | None) -> Failure | None:
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        exc = exc.orig
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        for words, kind in _SQLITE_WORDS:
            if text.startswith(words):
                return Failure(kind, where)
        return None
    if isinstance(exc, OSError) and exc.errno in _ERRNOS:
        name = exc.filename
        return Failure(_ERRNOS[exc.errno], Path(name) if isinstance(name, str) and name else where)
    return None


def is_locked(exc: BaseException) -> bool:
    found = explain(exc)
    return found is not None and found.kind == LOCKED


SENTENCES = {
    DISK_FULL: "The disk holding {path} is full; nothing was saved. Free some space and try again.",
    LOCKED: "The database in {path} is locked: another program is writing to it, and nothing was saved. "
            "Try again when it has finished.",
    READ_ONLY: "{path} is on a read-only disk or folder; Borderline cannot write there. "
               "Use a writable data folder (--data-dir).",
    NOT_ALLOWED: "Borderline is not allowed to write {path}; check the folder's permissions or use another "
                 "data folder (--data-dir).",
    DAMAGED: "The database in {path} is damaged and cannot be read; nothing was saved. Restore a backup with "
             "'borderline restore FILE'.",
}


def sentence(failure: Failure) -> str:
    """One sentence for the command line, naming the path."""
    return SENTENCES[failure.kind].format(path=failure.path if failure.path is not None else "the data folder")
