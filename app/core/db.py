"""Engine, sessions and schema migrations.

The database is a SQLAlchemy URL; SQLite in the data dir is the embedded default. All
SQLite-specific tuning lives here so the rest of the core stays portable.
"""
from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, Select, create_engine, event, func, make_url, select
from sqlalchemy.orm import Session, sessionmaker

from app.core import failures
from app.core.messages import Message

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


BUSY_TIMEOUT_MS = 30_000  # how long a statement waits for another writer before it fails


class DatabaseError(Exception):
    """The database cannot be opened or upgraded."""


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def make_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def head_revision() -> str:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    head = script.get_current_head()
    assert head is not None
    return head


def known_revisions(migrations_dir: Path | None = None) -> set[str]:
    cfg = alembic_config("sqlite://")
    if migrations_dir is not None:
        cfg.set_main_option("script_location", str(migrations_dir))
    return {rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()}


def newer_schema_message(revision: str) -> Message:
    return Message("The database is at schema {revision}, which this version of Borderline does not know: it was "
                   "written by a newer version. Install that version to open it.", revision=revision)


def sqlite_file(url: str) -> Path | None:
    """The database file behind a SQLite URL (None for other servers and in-memory databases)."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:" or u.database.startswith("file:"):
        return None
    return Path(u.database)


def copy_sqlite(source: Path, target: Path) -> None:
    """Copy a live SQLite database with SQLite's online backup API into a standalone file.

    The copy is consistent even while another connection writes, is written beside the
    target and moved into place (so a crash never leaves a half copy under the final name),
    and uses a rollback journal so it is one self-contained file.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.partial")
    journal = tmp.with_name(tmp.name + "-journal")
    journal.unlink(missing_ok=True)  # left by a copy that was killed: it must not be rolled back into the new one
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            dst.commit()
        finally:
            dst.close()
    except BaseException:
        tmp.unlink(missing_ok=True)
        journal.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    os.replace(tmp, target)


def upgrade(engine: Engine, *, migrations_dir: Path | None = None, keep_backups: int = 5) -> Path | None:
    """Bring the schema to head; refuse a database written by a newer Borderline.

    An existing SQLite database is copied into ``backups/`` beside it before any migration
    runs (the newest ``keep_backups`` such copies are kept). Returns that copy, if one was made.
    """
    cfg = alembic_config(str(engine.url))
    if migrations_dir is not None:
        cfg.set_main_option("script_location", str(migrations_dir))
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    # Alembic raises its own error for an unknown revision; look it up among ours instead.
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise DatabaseError(newer_schema_message(current))
    if current == head:
        return None
    saved = None
    path = sqlite_file(str(engine.url))
    if current is not None and path is not None:
        from app.core.backup import automatic_backup

        saved = automatic_backup(path, f"before-{head}", keep_backups)
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # Batch migrations rebuild tables (copy, drop, rename). With foreign keys enforced the
            # drop of a referenced table fails, so they are off while the schema changes (the
            # pragma only takes effect outside a transaction) and checked before committing.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseError(Message("The upgrade would leave {n:,} broken references; nothing was "
                                                    "changed.", n=len(broken)))
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()
    return saved


class Database:
    """One engine and a session factory; every unit of work opens its own session."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.witness: Any = None  # where the audit trail's head is recorded outside (app.core.audit_head.watch)

    def configure_sessions(self, **options: Any) -> None:
        """Options for the sessions opened from now on (app.core.audit_head gives them its witness)."""
        self._sessions.configure(**options)

    @classmethod
    def open(cls, url: str, *, migrate: bool = True, migrations_dir: Path | None = None) -> Database:
        db = cls(url)
        if migrate:
            try:
                upgrade(db.engine, migrations_dir=migrations_dir)
            except DatabaseError:
                db.dispose()
                raise
            except Exception as exc:  # a damaged file, or not a database at all
                db.dispose()
                if failures.is_locked(exc):  # nothing wrong with the file: restoring a backup is the wrong advice
                    raise DatabaseError(Message(
                        "The database {file} is in use: another program kept it locked for {seconds} seconds. Close "
                        "that program (or another Borderline) and start again.",
                        file=str(sqlite_file(url) or url), seconds=BUSY_TIMEOUT_MS // 1000)) from exc
                raise DatabaseError(Message("The database cannot be opened ({error}). Restore a backup with "
                                            "'borderline restore FILE'.",
                                            error=f"{exc.__class__.__name__}: {exc}")) from exc
        return db

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session committed on success and rolled back on any exception."""
        with self._sessions() as s:
            try:
                yield s
                s.commit()
            except BaseException:
                s.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()


def begin_now(session: Session) -> None:
    """Open the session's transaction in the database before a SAVEPOINT (session.begin_nested).

    Python's sqlite3 driver opens a transaction only before a data-changing statement. A
    SAVEPOINT sent first starts a transaction of its own, and releasing it commits: every
    "nested" step would be committed at once, and a cancel or a failure later in the unit of
    work could no longer take it back. Other databases open the transaction themselves.
    """
    conn = session.connection()
    if conn.dialect.name == "sqlite" and not conn.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
        conn.exec_driver_sql("BEGIN")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def packed_columns(session: Session, stmt: Select[Any]) -> list[list[Any]]:
    """The statement's result as one list per column, each read as one JSON array SQLite builds
    in the statement's order.

    Python's sqlite3 lets go of the interpreter lock for every row it steps through and must
    win it back each time. While a background job (classifying, re-flagging) keeps the lock
    busy, reading 100,000 ids row by row on the GUI thread took seconds instead of a tenth of
    one. One row of JSON arrays is a single step; JSON keeps numbers, text and NULL apart, and
    flat lists per column leave far less for the garbage collector than a tuple per row.
    """
    sub = stmt.subquery()
    packed = session.execute(select(*(func.json_group_array(c) for c in sub.c)).select_from(sub)).one()
    return [json.loads(text) if text else [] for text in packed]


def packed_rows(session: Session, stmt: Select[Any]) -> list[tuple[Any, ...]]:
    """The statement's rows as tuples, read as packed_columns reads them."""
    return list(zip(*packed_columns(session, stmt)))
