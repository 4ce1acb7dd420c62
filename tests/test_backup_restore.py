"""Backups, restores, refusing newer databases, and one instance per data folder."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.core import backup, classifying, deciding, item_views, services
from app.core.db import DatabaseError, head_revision
from app.core.instance_lock import InstanceLock, InstanceLocked
from app.core.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]


def decide_first(ws: Workspace, n: int) -> list[str]:
    skus = []
    for item_id in item_views.queue_ids(ws)[:n]:
        d = item_views.item_detail(ws, item_id)
        deciding.decide(ws, item_id, d.suggestions[0].code, "Ana", "checked")
        skus.append(d.sku)
    return skus


def decision_skus(db_file: Path) -> list[str]:
    with sqlite3.connect(db_file) as c:
        return [r[0] for r in c.execute("SELECT sku FROM decisions ORDER BY id")]


@pytest.fixture
def classified(ws: Workspace, catalogue_file: Path) -> Workspace:
    services.import_catalogue(ws, catalogue_file)
    classifying.classify_pending(ws, ["SG", "MY"])
    return ws


def test_backup_then_restore_brings_back_exactly_the_backed_up_decisions(classified: Workspace, tmp_path: Path) -> None:
    ws = classified
    db_file = ws.data_dir / "borderline.db"
    first = decide_first(ws, 2)
    info = backup.backup_database(ws.db, tmp_path / "copy.db")
    assert (info.items, info.decisions, info.revision) == (8, 2, head_revision())
    later = decide_first(ws, 2)
    assert decision_skus(db_file) == first + later

    restored, notes = backup.restore_database(ws.db, tmp_path / "copy.db", ws.models_dir)
    assert restored.decisions == 2 and notes == []  # the same folder: its model files are all here
    # The open workspace sees the restored content without reopening.
    assert decision_skus(db_file) == first
    assert item_views.status_counts(ws)["decided"] == 2
    assert deciding.verify_log(ws).ok
    # The state before the restore was kept, and it holds the later decisions.
    kept = backup.automatic_backups(backup.backup_dir(db_file))
    assert len(kept) == 1 and "before-restore" in kept[0].name
    assert decision_skus(kept[0]) == first + later


def _newer(path: Path) -> Path:
    with sqlite3.connect(path) as c:
        c.execute("UPDATE alembic_version SET version_num = 'zz99_from_the_future'")
    return path


def _truncated(path: Path) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _garbage(path: Path) -> Path:
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    return path


def _empty_sqlite(path: Path) -> Path:
    path.unlink()
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE t (x)")
    return path


def _catalogue(path: Path) -> Path:
    path.write_text("sku,title\nA,B\n")
    return path


@pytest.mark.parametrize(("spoil", "message"), [
    (_newer, "newer version"), (_truncated, "damaged"), (_garbage, "damaged"), (_empty_sqlite, "not a Borderline database"),
    (_catalogue, "not an SQLite database"),
])
def test_restore_checks_the_file_before_replacing_anything(classified: Workspace, tmp_path: Path, spoil, message) -> None:
    ws = classified
    db_file = ws.data_dir / "borderline.db"
    backup.backup_database(ws.db, tmp_path / "copy.db")
    decided = decide_first(ws, 3)
    bad = spoil(tmp_path / "copy.db")
    with pytest.raises(backup.BackupError, match=message):
        backup.restore_database(ws.db, bad)
    assert decision_skus(db_file) == decided
    assert backup.automatic_backups(backup.backup_dir(db_file)) == []


def test_restoring_the_database_in_use_is_refused_plainly(classified: Workspace) -> None:
    db_file = classified.data_dir / "borderline.db"
    with pytest.raises(backup.BackupError, match="this is the database in use, not a backup of it"):
        backup.restore_database(classified.db, db_file)


def test_cli_backup_and_restore(tmp_path: Path, catalogue_file: Path, capsys) -> None:
    d = ["--data-dir", str(tmp_path / "data")]
    assert main([*d, "import", str(catalogue_file)]) == 0
    assert main([*d, "backup", str(tmp_path / "b.db")]) == 0
    assert "8 items, 0 decisions" in capsys.readouterr().out
    # Restoring into a folder that has no database yet, and into one that has.
    assert main(["--data-dir", str(tmp_path / "other"), "restore", str(tmp_path / "b.db")]) == 0
    assert main([*d, "restore", str(tmp_path / "b.db")]) == 0
    out = capsys.readouterr().out
    assert "restored" in out and "previous database was kept" in out
    assert main([*d, "restore", str(catalogue_file)]) == 2
    assert "not an SQLite database" in capsys.readouterr().err


def test_restore_replaces_a_database_that_no_longer_opens(tmp_path: Path, catalogue_file: Path, capsys) -> None:
    d = ["--data-dir", str(tmp_path / "data")]
    assert main([*d, "import", str(catalogue_file)]) == 0
    assert main([*d, "backup", str(tmp_path / "b.db")]) == 0
    db_file = tmp_path / "data" / "borderline.db"
    db_file.write_bytes(b"\x00" * 8192)
    for extra in ("-wal", "-shm"):
        Path(f"{db_file}{extra}").unlink(missing_ok=True)
    assert main([*d, "queue"]) == 2
    assert "cannot be opened" in capsys.readouterr().err
    assert main([*d, "restore", str(tmp_path / "b.db")]) == 0
    assert main([*d, "export-items", str(tmp_path / "items.csv")]) == 0
    assert "wrote 8 items" in capsys.readouterr().out


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path, capsys) -> None:
    Workspace(tmp_path / "data").close()
    _newer(tmp_path / "data" / "borderline.db")
    with pytest.raises(DatabaseError, match="written by a newer version"):
        Workspace(tmp_path / "data")
    assert main(["--data-dir", str(tmp_path / "data"), "queue"]) == 2
    assert "written by a newer version" in capsys.readouterr().err
    with sqlite3.connect(tmp_path / "data" / "borderline.db") as c:  # left as it was
        assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "zz99_from_the_future"


def test_automatic_backups_keep_only_the_newest(tmp_path: Path) -> None:
    Workspace(tmp_path / "data").close()
    db_file = tmp_path / "data" / "borderline.db"
    made = [backup.automatic_backup(db_file, f"n{i}", keep=3) for i in range(5)]
    assert backup.automatic_backups(db_file.parent / "backups") == made[2:]


def test_a_second_instance_on_the_same_folder_says_so_and_exits(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; from app.core.instance_lock import InstanceLock; "
         "lock = InstanceLock(Path(sys.argv[1])).acquire(); print('held', flush=True); time.sleep(120)", str(data)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert main(["--data-dir", str(data), "queue"]) == 4
        err = capsys.readouterr().err
        assert "already running" in err and str(holder.pid) in err
        with pytest.raises(InstanceLocked):
            InstanceLock(data).acquire()
    finally:
        holder.kill()
        holder.wait()
    # The operating system dropped the lock with the process: no stale lock after a crash.
    assert main(["--data-dir", str(data), "import", str(ROOT / "data" / "demo_catalogue.csv")]) == 0


def test_the_lock_is_exclusive_within_one_process_too(tmp_path: Path) -> None:
    with InstanceLock(tmp_path):
        with pytest.raises(InstanceLocked):
            InstanceLock(tmp_path).acquire()
    with InstanceLock(tmp_path) as again:
        assert again.held


def test_backup_runs_while_borderline_holds_the_folder_and_restore_waits(classified: Workspace, tmp_path: Path,
                                                                        capsys) -> None:
    """`borderline backup` while the window is open: the window holds the folder's lock and keeps its
    connection (with decisions still in the write-ahead log); the copy has them all. A restore, which
    replaces the database under the window, still refuses."""
    ws = classified
    skus = decide_first(ws, 2)
    d = ["--data-dir", str(ws.data_dir)]
    with InstanceLock(ws.data_dir):
        assert main([*d, "backup", str(tmp_path / "live.db")]) == 0
        assert "2 decisions" in capsys.readouterr().out
        assert decision_skus(tmp_path / "live.db") == skus
        assert main([*d, "restore", str(tmp_path / "live.db")]) == 4
        assert "already running" in capsys.readouterr().err
        assert decide_first(ws, 1)  # the window goes on writing


def test_restoring_into_an_empty_folder_says_what_is_missing(ws, catalogue_file: Path, tmp_path: Path, capsys) -> None:
    """Backups hold the database, not model files: restored elsewhere, a retrained active
    version has no file there. And there was no previous database to keep."""
    from sqlalchemy import text

    from app.cli import main

    services.import_catalogue(ws, catalogue_file)
    classifying.classify_pending(ws)
    decide_first(ws, 1)
    services.retrain(ws)
    with ws.db.session() as s:
        s.execute(text("UPDATE decisions SET code = '999999'"))
    backup.backup_database(ws.db, tmp_path / "copy.db")
    assert main(["--data-dir", str(tmp_path / "elsewhere"), "restore", str(tmp_path / "copy.db")]) == 0
    out = capsys.readouterr().out
    assert "there was no database here before" in out and "previous database was kept" not in out
    assert "model version 2 is active in the restored database, but its file" in out
    assert "the restored audit trail does not check out" in out and "'999999' now" in out


def test_restoring_a_database_whose_active_model_is_the_shipped_one_needs_no_note(ws, catalogue_file: Path, tmp_path: Path,
                                                                                  capsys) -> None:
    from app.cli import main

    services.import_catalogue(ws, catalogue_file)
    classifying.classify_pending(ws)
    backup.backup_database(ws.db, tmp_path / "copy.db")
    assert main(["--data-dir", str(tmp_path / "elsewhere"), "restore", str(tmp_path / "copy.db")]) == 0
    assert "note:" not in capsys.readouterr().out
    active = ws.active_model_version()
    assert (tmp_path / "elsewhere" / "models" / active.file_name).exists()  # copied from the installation
