"""Backups of the database: taken, checked and restored.

A backup is one SQLite file written with SQLite's online backup API, so it is consistent
even while the application writes. Automatic copies (before each schema migration and
before a restore) go into ``backups/`` beside the database and only the newest few are
kept. A file is checked completely before it replaces anything: it must be an intact
SQLite database with Borderline's tables at a schema this version knows.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app.core.db import Database, DatabaseError, copy_sqlite, known_revisions, newer_schema_message, sqlite_file, upgrade
from app.core.messages import Message

SQLITE_MAGIC = b"SQLite format 3\x00"
BACKUP_DIR = "backups"
KEEP = 5
REQUIRED_TABLES = ("catalogues", "items", "decisions", "audit_log", "settings")


class BackupError(Exception):
    """The backup cannot be written, or the file is not a backup this version can restore."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    revision: str
    items: int
    decisions: int
    audit_entries: int
    audit_head: str = ""  # ENTRIES:HASH of the newest audit entry in the file (app.core.audit_head)


def backup_dir(db_path: Path) -> Path:
    return Path(db_path).parent / BACKUP_DIR


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def backup(db_path: Path, target: Path) -> BackupInfo:
    """Copy the database into ``target`` (replacing it) and check the copy."""
    db_path, target = Path(db_path), Path(target)
    if not db_path.exists():
        raise BackupError(Message("{file}: there is no database to back up yet", file=db_path))
    if target.resolve() == db_path.resolve():
        raise BackupError(Message("{file}: a backup cannot replace the database itself", file=target))
    try:
        copy_sqlite(db_path, target)
    except sqlite3.Error as exc:
        raise BackupError(Message("{file}: cannot be copied ({error})", file=db_path, error=str(exc))) from exc
    return check(target)


def automatic_backup(db_path: Path, reason: str, keep: int = KEEP) -> Path:
    """A dated copy in backups/; older automatic copies beyond the newest ``keep`` are removed."""
    folder = backup_dir(db_path)
    target = folder / f"borderline-{_stamp()}-{reason}.db"
    try:
        copy_sqlite(Path(db_path), target)
    except sqlite3.Error as exc:
        raise DatabaseError(Message("{file}: the safety copy before changing the database failed ({error})", file=db_path,
                                    error=str(exc))) from exc
    prune(folder, keep)
    return target


def automatic_backups(folder: Path) -> list[Path]:
    """Automatic copies, oldest first (their names sort by time)."""
    return sorted(folder.glob("borderline-*.db")) if folder.is_dir() else []


def prune(folder: Path, keep: int = KEEP) -> list[Path]:
    old = automatic_backups(folder)
    removed = old[: max(len(old) - keep, 0)]
    for p in removed:
        p.unlink(missing_ok=True)
    return removed


def _open_read_only(path: Path) -> sqlite3.Connection:
    # immutable: no locks and no -wal/-shm files are created next to a file we only inspect.
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def check(path: Path) -> BackupInfo:
    """Everything a restore needs to know about a file, or BackupError saying what is wrong."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(Message("{file}: no such file", file=path))
    with open(path, "rb") as f:
        if f.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise BackupError(Message("{file}: not a Borderline backup (not an SQLite database)", file=path))
    try:
        conn = _open_read_only(path)
        try:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check(5)")]
            if problems != ["ok"]:
                raise BackupError(Message("{file}: the backup is damaged ({error})", file=path, error="; ".join(problems)))
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            missing = [t for t in ("alembic_version", *REQUIRED_TABLES) if t not in tables]
            if missing:
                raise BackupError(Message("{file}: not a Borderline database (no {tables} table)", file=path,
                                          tables=", ".join(missing)))
            revs = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
            if len(revs) != 1:
                raise BackupError(Message("{file}: not a Borderline database (schema version unreadable)", file=path))
            if revs[0] not in known_revisions():
                raise BackupError(Message("{file}: {problem}", file=path, problem=newer_schema_message(revs[0])))
            count = lambda t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])  # noqa: E731
            newest = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
            entries = count("audit_log")
            return BackupInfo(path, revs[0], count("items"), count("decisions"), entries,
                              f"{entries}:{newest[0] if newest else '0' * 64}")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BackupError(Message("{file}: the backup is damaged ({error})", file=path, error=str(exc))) from exc


def restore(source: Path, db_path: Path, keep: int = KEEP, before_replacing: Callable[[], Any] | None = None) -> BackupInfo:
    """Replace the database's content with a checked backup.

    The current database is copied into backups/ first, and `before_replacing` runs (the record
    of the audit trail's head is set aside: the restored trail is behind it). The content is
    written with the backup API into the database file itself, so connections that stay open
    (the window's) see the restored data as one atomic change. The caller upgrades the schema
    afterwards and records the restore (:func:`record_restore`).
    """
    source, db_path = Path(source), Path(db_path)
    if db_path.exists() and source.resolve() == db_path.resolve():  # before reading it: said plainly
        raise BackupError(Message("{file}: this is the database in use, not a backup of it", file=source))
    info = check(source)
    if db_path.exists():
        try:
            automatic_backup(db_path, "before-restore", keep)
        except DatabaseError:
            _set_aside(db_path)  # unreadable: keep its bytes, out of the way
    if before_replacing is not None:
        before_replacing()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    src = _open_read_only(source)
    try:
        dst = sqlite3.connect(db_path, timeout=30)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.Error as exc:
        raise BackupError(Message("{file}: the restore did not complete ({error}); the previous database was kept in "
                                  "{folder}", file=db_path, error=str(exc), folder=backup_dir(db_path))) from exc
    finally:
        src.close()
    return info


def _set_aside(db_path: Path) -> None:
    stamp = _stamp()
    for suffix in ("", "-wal", "-shm"):
        p = Path(f"{db_path}{suffix}")
        if p.exists():
            os.replace(p, p.with_name(f"{p.name}.damaged-{stamp}"))


def _db_file(db: Database) -> Path:
    path = sqlite_file(db.url)
    if path is None:
        raise BackupError(Message("backup and restore work with Borderline's own SQLite database only; "
                                  "use the database server's tools for a shared server"))
    return path


def backup_database(db: Database, target: Path) -> BackupInfo:
    return backup(_db_file(db), target)


def restore_database(db: Database, source: Path, models_dir: Path | None = None) -> tuple[BackupInfo, list[str]]:
    """Restore into an open database and bring the restored schema up to date; with the notes
    a person should read (see :func:`notes_after_restore`)."""
    set_aside: list[Path | None] = []
    info = restore(source, _db_file(db), before_replacing=lambda: set_aside.append(head_record_aside(db)))
    upgrade(db.engine)
    record_restore(db, source, set_aside[0] if set_aside else None)
    return info, notes_after_restore(db, models_dir) if models_dir is not None else []


def head_record_aside(db: Database) -> Path | None:
    """The record of the audit trail's head outside the database (app.core.audit_head) moved
    aside, kept beside it: the trail about to be restored is behind it, and is not to be
    measured against it."""
    witness = getattr(db, "witness", None)
    return witness.set_aside("before-restore") if witness is not None else None


def record_restore(db: Database, source: Path, earlier_record: Path | None) -> None:
    """The restore as the restored trail's newest entry; committing it starts the new record of its head."""
    from app.core import audit
    from app.core.workspace import Workspace

    with db.session() as s:
        audit.append(s, Workspace.actor(s), "restore", Path(source).name,
                     {"file": str(source), "earlier head record": earlier_record.name if earlier_record else ""})


def notes_after_restore(db: Database, models_dir: Path) -> list[str]:
    """What a person should know about a database just restored: model files are not part of a
    backup, and a copy may have been changed outside Borderline."""
    from sqlalchemy import select

    from app.core import audit
    from app.core.tables import ModelVersion
    from app.core.workspace import bundled_model

    notes = []
    with db.session() as s:
        active = s.scalars(select(ModelVersion).where(ModelVersion.active.is_(True)).limit(1)).first()
        shipped = bundled_model()
        if active is not None and not (models_dir / active.file_name).exists() and shipped and shipped[1] == active.sha256:
            models_dir.mkdir(parents=True, exist_ok=True)  # the shipped model: this installation has it
            shutil.copyfile(shipped[0], models_dir / active.file_name)
        if active is not None and not (models_dir / active.file_name).exists():
            notes.append(Message("model version {version} is active in the restored database, but its file {file} "
                                 "is not in {folder} (backups hold the database, not model files): suggestions come "
                                 "from the shipped model until you retrain or activate another version",
                                 version=active.id, file=active.file_name, folder=models_dir))
        chain = audit.verify(s)
        if not chain.ok:
            notes.append(Message("the restored audit trail does not check out: {problem}", problem=chain.problem))
    return notes
