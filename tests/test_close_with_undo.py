"""Closing the window while an undo (Ctrl+Z) waits behind a long job: the undo counts like a
decision on its way. The question names it, and the window goes only once it is saved, which
a fresh connection to the database then reads back."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from sqlalchemy import select

from app.core.tables import AuditEntry, Decision, Item
from app.core.workspace import Workspace
from app.gui.main_window import MainWindow
from tests.conftest import idle
from tests.test_close_with_decisions import LongJob, _decide_two, _start
from tests.test_review_latency import open_queue


@pytest.fixture
def window(open_window, ws):
    ws.set_setting("review_below", 1.0)  # every suggestion waits for a person: the catalogue is the queue
    return open_window(ws)


def _undo(window: MainWindow) -> None:
    """Edit > Undo last decision, as Ctrl+Z runs it."""
    action = next(a for a in window.findChildren(QAction) if a.text() == "&Undo last decision")
    action.trigger()


def _decide_one_and_save(qtbot, window: MainWindow) -> int:  # type: ignore[no-untyped-def]
    page = window.review_page
    item = page.detail.id
    qtbot.keyClick(page.queue, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.review.saving and idle(window), timeout=30000)
    return item


def _read_back(ws: Workspace) -> tuple[list[tuple[int, bool]], list[str], dict[int, str]]:
    """Through a fresh workspace: each decision (item, taken back), the audit trail's actions, and
    the items' status."""
    fresh = Workspace(ws.data_dir)
    try:
        with fresh.db.session() as s:
            decisions = [(d.item_id, d.undone_at is not None) for d in s.scalars(select(Decision).order_by(Decision.id))]
            actions = [a for a in s.scalars(select(AuditEntry.action).order_by(AuditEntry.id))]
            status = {i.id: i.status for i in s.scalars(select(Item))}
        return decisions, actions, status
    finally:
        fresh.close()


def test_an_undo_waiting_behind_a_job_is_named_and_saved_before_the_window_goes(qtbot, window: MainWindow, ws,
                                                                               catalogue_file: Path) -> None:
    open_queue(qtbot, window, catalogue_file)
    item = _decide_one_and_save(qtbot, window)
    job = LongJob()
    _start(window, job)
    try:
        assert job.started.wait(20)
        _undo(window)
        assert not window.close()  # not yet: the undo would be lost
        assert window.review.undos_waiting == 1 and not window.review.saving
        guard = window.close_guard
        assert guard.box is not None and guard.box.isVisible()
        assert guard.box.windowTitle() == "Undo not saved yet"
        assert guard.box.text() == ("The undo of your last decision is not saved yet: it waits for “Flagging again” "
                                    "to finish.")
        assert set(guard.choices) == {"cancel", "wait", "keep"}
        with qtbot.waitSignal(window.sig_message, check_params_cb=lambda m: m == (
                "Cancelling “Flagging again”; the window closes once your changes are saved.")):
            guard.choices["cancel"].click()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=30000)
    finally:
        job.release.set()
    qtbot.waitUntil(lambda: idle(window), timeout=30000)  # the reads the undo started, cancelled with the window
    assert job.cancelled
    decisions, actions, status = _read_back(ws)
    assert decisions == [(item, True)] and actions.count("undo") == 1
    assert status[item] == "flagged"  # back in the queue


def test_decisions_and_an_undo_waiting_together_are_both_named_and_saved(qtbot, window: MainWindow, ws,
                                                                         catalogue_file: Path) -> None:
    open_queue(qtbot, window, catalogue_file)
    first = _decide_one_and_save(qtbot, window)
    job = LongJob()
    _start(window, job)
    try:
        assert job.started.wait(20)
        _undo(window)  # takes back the decision saved before the job
        decided = _decide_two(qtbot, window)  # and two more wait behind the undo
        assert not window.close()
        guard = window.close_guard
        assert guard.box.windowTitle() == "Decisions not saved yet"
        assert guard.box.text() == ("Decisions (2) and undos (1) are not saved yet: they wait for “Flagging again” "
                                    "to finish.")
        guard.choices["wait"].click()
        banner = guard.banner
        assert banner.isVisible() and banner.label.text() == (
            "The window closes once “Flagging again” has finished and your changes are saved.")
        assert window.isVisible() and _read_back(ws)[0] == [(first, False)]  # nothing saved while the job runs
        job.release.set()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=30000)
    finally:
        job.release.set()
    assert not job.cancelled
    decisions, actions, _status = _read_back(ws)
    assert decisions == [(first, True), *((i, False) for i in decided)]  # in the order they were queued
    assert actions.count("undo") == 1


def test_an_undo_that_fails_while_the_window_waits_keeps_it_open(qtbot, window: MainWindow, ws, catalogue_file: Path,
                                                                 monkeypatch) -> None:
    from app.core import deciding

    open_queue(qtbot, window, catalogue_file)
    item = _decide_one_and_save(qtbot, window)
    job = LongJob()
    _start(window, job)
    messages: list[str] = []
    window.close_guard.banner.sig_told.connect(messages.append)

    def refused(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("the database went away")

    try:
        assert job.started.wait(20)
        monkeypatch.setattr(deciding, "undo_last_decision", refused)
        _undo(window)
        assert not window.close()
        window.close_guard.choices["wait"].click()
        job.release.set()
        qtbot.waitUntil(lambda: not window.review.waiting() and idle(window), timeout=30000)
    finally:
        job.release.set()
    assert window.isVisible() and "The window stays open: an undo was not saved." in messages
    assert window.close_guard.banner.label.text() == "The window stays open: an undo was not saved."
    assert window.error_dialog is not None and window.error_dialog.isVisible()
    assert _read_back(ws)[0] == [(item, False)]  # the decision stands
