"""Another program writing to the database, a full disk, a read-only folder.

The window never waits on the database's write lock on its GUI thread: every write runs as a
job, and a job that fails because the database is locked says so in a sentence. The CLI says
the same things in one line and exits 2. A job past its point of no return stops offering Cancel.
"""
from __future__ import annotations

import errno
import itertools
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from sqlalchemy import event, select
from sqlalchemy.exc import DatabaseError, OperationalError

from app.cli import main
from app.core import classifying, failures, services
from app.core.jobs import POINT_OF_NO_RETURN, Cancelled, cancellable_again, stopped_by_cancel, sub_progress, uncancellable
from app.core.tables import Decision, Setting
from app.gui.job_bar import JobBar
from app.gui.operations import OperationRunner, failure_text
from tests.conftest import idle, write_catalogue

LOCKED_SQL = OperationalError("INSERT INTO items (sku, title) VALUES (?, ?)", ("SKU-1", "x" * 500),
                              sqlite3.OperationalError("database is locked"))
FULL_SQL = OperationalError("INSERT INTO items (sku, title) VALUES (?, ?)", ("SKU-1", "x" * 500),
                            sqlite3.OperationalError("database or disk is full"))


def short_busy_timeout(ws, ms: int) -> None:  # type: ignore[no-untyped-def]
    """The workspace's connections wait `ms` for a write lock instead of 30 s (set after the
    workspace's own pragmas; the pool is emptied so every connection gets it)."""
    event.listen(ws.db.engine, "connect", lambda conn, _rec: conn.execute(f"PRAGMA busy_timeout={ms}"))
    ws.db.engine.dispose()


class WriteLock:
    """A second program's write transaction on the database, until released."""

    def __init__(self, db: Path) -> None:
        self.conn = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
        self.conn.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        self.conn.execute("ROLLBACK")
        self.conn.close()


# the words ---------------------------------------------------------------------------------
def test_failures_of_the_computer_are_told_apart_from_bugs(tmp_path: Path) -> None:
    assert failures.explain(LOCKED_SQL, tmp_path) == failures.Failure(failures.LOCKED, tmp_path)
    assert failures.explain(FULL_SQL, tmp_path).kind == failures.DISK_FULL
    assert failures.explain(OSError(errno.ENOSPC, "No space left on device", "/x/a.db")) == \
        failures.Failure(failures.DISK_FULL, Path("/x/a.db"))
    assert failures.explain(OSError(errno.EROFS, "Read-only file system", "/ro/borderline.lock")).kind == failures.READ_ONLY
    assert failures.explain(PermissionError(errno.EACCES, "Permission denied")).kind == failures.NOT_ALLOWED
    try:
        try:
            raise LOCKED_SQL
        except OperationalError as exc:
            raise RuntimeError("import failed") from exc
    except RuntimeError as wrapped:
        assert failures.is_locked(wrapped)
    for other in (ValueError("bad"), OSError(errno.ENOENT, "No such file"),
                  OperationalError("SELECT", (), sqlite3.OperationalError("no such table: x"))):
        assert failures.explain(other) is None
    text = failures.sentence(failures.explain(FULL_SQL, tmp_path))
    assert str(tmp_path) in text and "full" in text and "INSERT" not in text


def test_the_window_words_them_without_the_sql(qapp, tmp_path: Path) -> None:
    text = failure_text(FULL_SQL, tmp_path)
    assert text is not None and "full" in text and str(tmp_path) in text and "INSERT" not in text and "xxx" not in text
    assert failure_text(ValueError("bad")) is None
    assert failure_text(LOCKED_SQL, tmp_path, {failures.LOCKED: "mine, in {path}"}) == f"mine, in {tmp_path}"


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    """A runner of its own, owned by a widget that lives as long as the test."""
    holder = QWidget()
    qtbot.addWidget(holder)
    r = OperationRunner(holder)
    yield r
    qtbot.waitUntil(lambda: not r.busy(), timeout=20000)
    assert r.wait(20000)


def test_a_failed_job_gives_the_sentence_and_keeps_the_traceback(qtbot, runner, tmp_path: Path) -> None:
    runner.where = tmp_path

    def work(_p):  # type: ignore[no-untyped-def]
        raise FULL_SQL

    op = runner.run("Importing", work)
    with qtbot.waitSignal(op.sig_failed) as failed:
        pass
    message, details = failed.args
    assert "full" in message and str(tmp_path) in message and "INSERT" not in message
    assert "Traceback" in details and "database or disk is full" in details


# the window --------------------------------------------------------------------------------
@pytest.fixture
def classified(ws, tmp_path: Path):  # type: ignore[no-untyped-def]
    services.import_catalogue(ws, write_catalogue(tmp_path / "c.csv"))
    classifying.classify_pending(ws, ["SG"])
    with ws.db.session() as s:
        from app.core.tables import Item
        item = s.scalars(select(Item).where(Item.sku == "SKU-1001")).one()
        return item.id, item.top_code


def test_a_decision_while_another_program_writes_keeps_the_window_responsive(qtbot, open_window, ws, classified) -> None:
    item_id, code = classified
    window = open_window(ws)
    qtbot.waitUntil(lambda: idle(window), timeout=30000)
    short_busy_timeout(ws, 1500)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    window.review_page.reviewer.setText("Ana")
    lock = WriteLock(ws.data_dir / "borderline.db")
    try:
        started = time.monotonic()
        window.review_page.reviewer.editingFinished.emit()  # the name is saved on the worker too
        window.review.decide([item_id], code, "")
        assert time.monotonic() - started < 0.5  # queued, not waited for
        qtbot.waitUntil(lambda: "your decision was not saved" in window.last_error, timeout=20000)
        assert window.last_error == "Another program is writing to the database; your decision was not saved. Try again."
        assert window.review_page.message.text() == window.last_error
        assert "database is locked" in window.error_dialog.details.toPlainText()  # the traceback, one click away
        waited = [b - a for a, b in itertools.pairwise(ticks) if b >= started]
        assert ticks[-1] - started > 1.4 and max(waited) < 1.0  # the timer kept firing while the job waited
    finally:
        lock.release()
        timer.stop()
    qtbot.waitUntil(lambda: idle(window), timeout=20000)
    with ws.db.session() as s:
        assert s.scalar(select(Decision.id)) is None
    with qtbot.waitSignal(window.review.sig_items_changed, timeout=20000):  # the retry, with the lock gone
        window.review.decide([item_id], code, "")
    with ws.db.session() as s:
        assert [(d.item_id, d.code, d.reviewer) for d in s.scalars(select(Decision))] == [(item_id, code, "Ana")]
        assert s.get(Setting, "reviewer").value == "Ana"  # saved in the decision's transaction


def test_settings_and_the_threshold_are_written_on_the_worker(qtbot, open_window, ws) -> None:
    window = open_window(ws)
    qtbot.waitUntil(lambda: idle(window), timeout=30000)
    short_busy_timeout(ws, 1000)
    lock = WriteLock(ws.data_dir / "borderline.db")
    try:
        started = time.monotonic()
        window.models_page.threshold.setValue(0.42)
        window.models_page.set_threshold()
        window.models_page.threshold_question.use_button.click()  # lower than the default: asked first
        window.first_day.open_settings()
        dialog = window.first_day.settings_dialog
        dialog.paper.setCurrentText("Letter")
        assert dialog.save() == ["paper_size"]
        dialog.reject()
        assert time.monotonic() - started < 0.5
        qtbot.waitUntil(lambda: idle(window), timeout=20000)
        assert "Another program is writing to the database" in window.last_error
    finally:
        lock.release()
    assert ws.setting("paper_size") == "A4" and ws.setting("review_below") != 0.42
    window.first_day.open_settings()  # again, with the lock gone
    dialog = window.first_day.settings_dialog
    assert dialog.paper.currentText() == "A4"
    dialog.paper.setCurrentText("Letter")
    with qtbot.waitSignal(dialog.sig_saved, timeout=20000):
        dialog.save()
    dialog.reject()
    assert ws.setting("paper_size") == "Letter"


def test_an_unchanged_setting_is_not_written(ws) -> None:
    ws.set_setting("reviewer", "Ana")
    lock = WriteLock(ws.data_dir / "borderline.db")
    short_busy_timeout(ws, 100)
    try:
        ws.set_setting("reviewer", "Ana")  # a read only: no wait, no error
        with pytest.raises(OperationalError):
            ws.set_setting("reviewer", "Ben")
    finally:
        lock.release()


# the command line --------------------------------------------------------------------------
def test_cli_says_locked_in_one_sentence(tmp_path: Path, capsys, monkeypatch) -> None:
    from app.core import db

    original = db._sqlite_pragmas

    def quick(conn, rec):  # type: ignore[no-untyped-def]
        original(conn, rec)
        conn.execute("PRAGMA busy_timeout=200")

    monkeypatch.setattr(db, "_sqlite_pragmas", quick)
    data = tmp_path / "data"
    catalogue = write_catalogue(tmp_path / "c.csv")
    assert main(["--data-dir", str(data), "import", str(catalogue)]) == 0
    capsys.readouterr()
    lock = WriteLock(data / "borderline.db")
    try:
        code = main(["--data-dir", str(data), "import", str(write_catalogue(tmp_path / "d.csv", [
            ("NEW-1", "Wool scarf", "", "wool", "TH", "5", "USD", "0.1")]))])
    finally:
        lock.release()
    err = capsys.readouterr().err
    assert code == 2
    assert "locked" in err and str(data) in err and "INSERT" not in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_cli_says_read_only_in_one_sentence(tmp_path: Path, capsys, monkeypatch) -> None:
    from app.core import instance_lock

    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import", str(write_catalogue(tmp_path / "c.csv"))]) == 0
    capsys.readouterr()

    def read_only(self):  # type: ignore[no-untyped-def]
        raise OSError(errno.EROFS, "Read-only file system", str(self.path))

    monkeypatch.setattr(instance_lock.InstanceLock, "acquire", read_only)
    assert main(["--data-dir", str(data), "queue"]) == 2
    err = capsys.readouterr().err
    assert "read-only" in err and "borderline.lock" in err and "Traceback" not in err


def test_cli_says_in_one_sentence_why_it_cannot_hold_the_data_folder(tmp_path: Path, capsys) -> None:
    from app.core.instance_lock import LOCK_NAME

    data = tmp_path / "data"
    (data / LOCK_NAME).mkdir(parents=True)  # no error a disk or its permissions explain: the lock's own sentence
    assert main(["--data-dir", str(data), "queue"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"borderline: Borderline cannot use the data folder {data}: it must write the file {LOCK_NAME}")
    assert "Traceback" not in err and "[Errno" not in err and len(err.strip().splitlines()) == 1


def test_cli_says_disk_full_in_one_sentence(tmp_path: Path, capsys, monkeypatch) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import", str(write_catalogue(tmp_path / "c.csv"))]) == 0
    capsys.readouterr()

    def full(*_a, **_k):  # type: ignore[no-untyped-def]
        raise FULL_SQL

    monkeypatch.setattr(services, "import_catalogue", full)
    assert main(["--data-dir", str(data), "import", str(tmp_path / "c.csv")]) == 2
    err = capsys.readouterr().err
    assert "full" in err and str(data) in err and "INSERT" not in err


def test_cli_says_damaged_in_one_sentence(tmp_path: Path, capsys, monkeypatch) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import", str(write_catalogue(tmp_path / "c.csv"))]) == 0
    capsys.readouterr()

    def damaged(*_a, **_k):  # type: ignore[no-untyped-def]
        raise DatabaseError("SELECT id FROM items", (), sqlite3.DatabaseError("database disk image is malformed"))

    monkeypatch.setattr(services, "import_catalogue", damaged)
    assert main(["--data-dir", str(data), "import", str(tmp_path / "c.csv")]) == 2
    err = capsys.readouterr().err
    assert "damaged" in err and "borderline restore" in err and str(data) in err
    assert "SELECT" not in err and "Traceback" not in err


# past the point of no return ----------------------------------------------------------------
def test_uncancellable_tells_the_caller_through_wrappers() -> None:
    told: list[str] = []

    def progress(fraction: float, message: str = "") -> None:
        pass

    setattr(progress, POINT_OF_NO_RETURN, lambda: told.append("now"))
    stage = sub_progress(progress, 0.5, 1.0)
    assert told == []
    finish = uncancellable(stage)
    assert told == ["now"]
    uncancellable(sub_progress(finish, 0.0, 0.5))  # nested: told again, harmless
    assert told == ["now", "now"]
    uncancellable(lambda f, m="": None)  # a plain callback is told nothing


def test_the_job_bar_stops_offering_cancel_past_the_point_of_no_return(qtbot, runner) -> None:
    bar = JobBar()
    qtbot.addWidget(bar)
    runner.sig_started.connect(bar.track)
    pressed, committed = threading.Event(), threading.Event()

    def work(progress):  # type: ignore[no-untyped-def]
        progress(0.1, "Training")
        assert pressed.wait(20)  # the user pressed Cancel just as the job passed the point
        finish = uncancellable(progress)
        finish(0.5, "Saving the candidate")  # the cancel is not honoured
        assert committed.wait(20)
        finish(1.0, "Done")
        return "activated"

    op = runner.run("Retraining", work)
    qtbot.waitUntil(lambda: bar.bar.value() == 100)
    assert bar.cancel_button.isEnabled() and bar.cancel_button.text() == "Cancel"
    bar.cancel_button.click()
    assert bar.label.text() == "Cancelling…"
    pressed.set()
    qtbot.waitUntil(lambda: op.committed)
    assert not bar.cancel_button.isEnabled()
    assert bar.cancel_button.text() == "Finishing — can no longer be cancelled"
    qtbot.waitUntil(lambda: bar.label.text() == "Too late to cancel: Retraining is finishing")
    with qtbot.waitSignal(bar.sig_note) as note, qtbot.waitSignal(op.sig_succeeded):
        committed.set()
    assert note.args[0].startswith("Retraining: Cancel came too late")
    assert not bar.isVisible()


def test_a_job_committed_before_any_cancel_just_greys_the_button(qtbot, runner) -> None:
    bar = JobBar()
    qtbot.addWidget(bar)
    runner.sig_started.connect(bar.track)
    go = threading.Event()
    notes: list[str] = []
    bar.sig_note.connect(notes.append)

    def work(progress):  # type: ignore[no-untyped-def]
        finish = uncancellable(progress)
        finish(0.5, "Saving")
        assert go.wait(20)

    op = runner.run("Activating", work)
    qtbot.waitUntil(lambda: not bar.cancel_button.isEnabled())
    assert bar.label.text() == "Activating: Saving"
    with qtbot.waitSignal(op.sig_finished):
        go.set()
    assert notes == [] and not op.cancel_refused


def test_work_that_can_stop_again_after_the_point_of_no_return_is_offered_cancel_again(qtbot, runner) -> None:
    """A retrain's version is saved (no cancel), then its items are classified again (a cancel
    stops that between batches, and the job returns what it did): a cancel pressed during the
    save is honoured at the first batch, and no "came too late" is said."""
    bar = JobBar()
    qtbot.addWidget(bar)
    runner.sig_started.connect(bar.track)
    saving, reopened = threading.Event(), threading.Event()
    notes: list[str] = []
    bar.sig_note.connect(notes.append)

    def work(progress):  # type: ignore[no-untyped-def]
        finish = uncancellable(progress)
        finish(0.5, "Saving the version")
        assert saving.wait(20)  # Cancel is pressed while the version is saved
        stage = sub_progress(cancellable_again(progress), 0.6, 1.0)
        assert reopened.wait(20)
        done = 0
        try:
            for done in range(0, 100, 10):
                stage(done / 100, f"Classified {done} of 100")
        except Cancelled:
            stopped_by_cancel(stage)
            return f"stopped at {done}"
        return "all done"

    op = runner.run("Retraining", work)
    qtbot.waitUntil(lambda: op.committed and bar.label.text() == "Retraining: Saving the version")
    assert not bar.cancel_button.isEnabled()
    op.cancel()  # pressed now: too late for the save
    saving.set()
    qtbot.waitUntil(lambda: not op.committed)  # cancellable again: the cancel pressed already is kept
    assert not bar.cancel_button.isEnabled() and bar.cancel_button.text() == "Cancel"
    with qtbot.waitSignal(op.sig_succeeded) as result:
        reopened.set()
    assert result.args == ["stopped at 0"] and op.stopped_by_cancel and not op.cancel_refused
    assert notes == []


def test_work_offered_cancel_again_can_be_cancelled_from_the_bar(qtbot, runner) -> None:
    bar = JobBar()
    qtbot.addWidget(bar)
    runner.sig_started.connect(bar.track)
    at_batch = threading.Event()
    go = threading.Event()

    def work(progress):  # type: ignore[no-untyped-def]
        uncancellable(progress)(0.5, "Saving the version")
        stage = cancellable_again(progress)
        try:
            for done in range(3):
                if done == 1:
                    at_batch.set()
                    assert go.wait(20)
                stage(0.6 + done / 10, f"Classified {done} of 3")
        except Cancelled:
            stopped_by_cancel(stage)
            return done
        return 3

    op = runner.run("Retraining", work)
    qtbot.waitUntil(lambda: at_batch.is_set() and bar.label.text() == "Retraining: Classified 0 of 3")
    assert bar.cancel_button.isEnabled() and bar.cancel_button.text() == "Cancel"
    bar.cancel_button.click()
    assert bar.label.text() == "Cancelling…"
    with qtbot.waitSignal(op.sig_succeeded) as result:
        go.set()
    assert result.args == [1] and op.stopped_by_cancel and not op.cancel_refused


def test_a_database_kept_locked_at_start_is_said_to_be_in_use_not_damaged(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """Another program holding the whole database (an SQLite browser with exclusive locking)
    while Borderline starts: the file is fine, so the advice is to close that program, not
    to restore a backup."""
    from app.core import db as dbmod
    from app.core.workspace import Workspace

    Workspace(tmp_path).close()
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 200)
    other = sqlite3.connect(tmp_path / "borderline.db", isolation_level=None)
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(dbmod.DatabaseError) as caught:
            Workspace(tmp_path)
        said = str(caught.value)
        assert "is in use" in said and "borderline.db" in said and "Restore" not in said
        assert main(["--data-dir", str(tmp_path), "queue"]) == 2
        err = capsys.readouterr().err
        assert "is in use" in err and "Restore" not in err
    finally:
        other.execute("ROLLBACK")
        other.close()
