"""`borderline backup FILE` and `borderline restore FILE`.

Both work on the database file directly, so a database that no longer opens can still be
replaced by a good backup. A backup reads the database with SQLite's online backup API and so
runs while the window (or another command) uses the data folder; a restore replaces the
database and refuses while another Borderline holds the folder.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

COMMANDS = ("backup", "restore")
UNLOCKED = ("backup",)  # runs while another Borderline holds the data folder; restore waits for it to close


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    b = sub.add_parser("backup", help="copy the database into FILE (safe while Borderline runs elsewhere)")
    b.add_argument("file", type=Path)
    r = sub.add_parser("restore", help="check FILE, keep a copy of the current database, then restore FILE "
                                           "(close Borderline first)")
    r.add_argument("file", type=Path)


def run(command: str, args: argparse.Namespace, data_dir: Path) -> int:
    from app.core import audit_head, backup
    from app.core.db import Database, DatabaseError, sqlite_url

    db_path = data_dir / "borderline.db"
    try:
        if command == "backup":
            info = backup.backup(db_path, args.file)
            print(f"backed up to {args.file}: {info.items} items, {info.decisions} decisions, "
                  f"{info.audit_entries} audit entries (schema {info.revision})\naudit trail head: {info.audit_head}")
            return 0
        existed = db_path.exists()
        witness = audit_head.Witness(data_dir / audit_head.FILE)
        set_aside: list[Path | None] = []
        info = backup.restore(args.file, db_path, before_replacing=lambda: set_aside.append(witness.set_aside("before-restore")))
        db = Database.open(sqlite_url(db_path))  # brings an older backup's schema up to date
        try:
            audit_head.watch(db, witness.path)
            backup.record_restore(db, args.file, set_aside[0] if set_aside else None)
            notes = backup.notes_after_restore(db, data_dir / "models")
        finally:
            db.dispose()
    except (backup.BackupError, DatabaseError) as exc:
        print(f"borderline: {exc}", file=sys.stderr)
        return 2
    print(f"restored {args.file}: {info.items} items, {info.decisions} decisions, {info.audit_entries} audit entries"
          + (f"; the previous database was kept in {backup.backup_dir(db_path)}" if existed
             else " (there was no database here before)"))
    kept = f" (the earlier one is kept as {set_aside[0].name})" if set_aside and set_aside[0] else ""
    print(f"  the audit trail records the restore; its head is recorded afresh in {audit_head.FILE}{kept}")
    for note in notes:
        print(f"  note: {note}")
    return 0
