"""Closing the window while decisions wait behind a long job: the window says how many wait
and behind which job, and cancels it and saves them, waits for it, or stays open, as the
reviewer chooses; a decision is never dropped without a word."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.core import reviewing
from app.core.jobs import uncancellable
from app.core.tables import Decision
from app.core.workspace import Workspace
from app.gui.main_window import MainWindow
from tests.conftest import idle
from tests.test_review_latency import open_queue


@pytest.fixture
def window(open_window, ws):
    ws.set_setting("review_below", 1.0)  # every suggestion waits for a person: the catalogue is the queue
    return open_window(ws)


class LongJob:
    """A job on the writer that checks for Cancel as a real one does, until it is released or
    cancelled; `committed` makes it pass its point of no return first."""

    def __init__(self, committed: bool = False, deaf: bool = False) -> None:
        self.release, self.started = threading.Event(), threading.Event()
        self.committed, self.deaf = committed, deaf  # deaf: slow to reach its next checkpoint
        self.cancelled = False

    def __call__(self, progress):  # type: ignore[no-untyped-def]
        step = uncancellable(progress) if self.committed else progress
        self.started.set()
        if self.deaf:
            assert self.release.wait(60)
        for n in range(3000):  # at most a minute
            step(n / 3000, f"Step {n}")
            if self.release.wait(0.02):
                return "finished"
        return "ran out"


def _start(window: MainWindow, job: LongJob, title: str = "Flagging again"):  # type: ignore[no-untyped-def]
    op = window.runner.run(title, job)
    op.sig_cancelled.connect(lambda: setattr(job, "cancelled", True))
    return op


def _decide_two(qtbot, window: MainWindow) -> list[int]:  # type: ignore[no-untyped-def]
    """Two decisions by keyboard, each left waiting ("saving…") behind the job."""
    page = window.review_page
    decided = []
    for _ in range(2):
        while page.detail.blocking or page.detail.question is not None or page.detail.id in window.review.saving:
            qtbot.keyClick(page.queue, Qt.Key.Key_J)
        decided.append(page.detail.id)
        qtbot.keyClick(page.queue, Qt.Key.Key_Return)
    assert set(window.review.saving) == set(decided)
    return decided


def _saved(ws: Workspace) -> list[tuple[int, str]]:
    """The decisions as a fresh connection to the database reads them."""
    fresh = Workspace(ws.data_dir)
    try:
        with fresh.db.session() as s:
            return sorted((d.item_id, d.reviewer) for d in s.scalars(select(Decision)))
    finally:
        fresh.close()


def test_closing_cancels_the_job_and_saves_the_decisions_waiting_behind_it(qtbot, window: MainWindow, ws,
                                                                            catalogue_file: Path) -> None:
    open_queue(qtbot, window, catalogue_file)
    job = LongJob()
    _start(window, job)
    try:
        assert job.started.wait(20)
        decided = _decide_two(qtbot, window)
        assert not window.close()  # not yet: the reviewer is asked
        guard = window.close_guard
        box = guard.box
        assert box is not None and box.isVisible() and window.isVisible()
        assert box.text() == "2 decisions are not saved yet: they wait for “Flagging again” to finish."
        assert box.informativeText().startswith("Cancel “Flagging again” to save at once")
        assert set(guard.choices) == {"cancel", "wait", "keep"}
        assert guard.choices["cancel"].text() == "Cancel “Flagging again” and save"
        with qtbot.waitSignal(window.sig_message, check_params_cb=lambda m: m.startswith("Cancelling")):
            guard.choices["cancel"].click()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=30000)
    finally:
        job.release.set()
    qtbot.waitUntil(lambda: idle(window), timeout=30000)  # reads the saved decisions started, cancelled with the window
    assert job.cancelled
    assert _saved(ws) == sorted((i, "Ana") for i in decided)


def test_a_job_that_can_no_longer_be_cancelled_is_waited_for(qtbot, window: MainWindow, ws,
                                                             catalogue_file: Path) -> None:
    open_queue(qtbot, window, catalogue_file)
    job = LongJob(committed=True)
    op = _start(window, job, "Retraining")
    try:
        qtbot.waitUntil(lambda: op.committed, timeout=20000)
        decided = _decide_two(qtbot, window)
        assert not window.close()
        guard = window.close_guard
        assert set(guard.choices) == {"wait", "keep"}  # no Cancel offered: it would not be honoured
        assert guard.box.informativeText().startswith("“Retraining” can no longer be cancelled: it is finishing.")
        with qtbot.waitSignal(guard.banner.sig_told, check_params_cb=lambda m: m.startswith("The window closes once")):
            guard.choices["wait"].click()
        assert window.statusBar().currentMessage() != guard.banner.label.text()  # said once, on the line above
        assert window.isVisible() and _saved(ws) == []  # nothing is saved while the job runs
        job.release.set()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=30000)  # closed by itself once they are saved
    finally:
        job.release.set()
    assert not job.cancelled
    assert _saved(ws) == sorted((i, "Ana") for i in decided)


def test_keeping_the_window_open_changes_nothing(qtbot, window: MainWindow, ws, catalogue_file: Path) -> None:
    open_queue(qtbot, window, catalogue_file)
    job = LongJob()
    _start(window, job)
    try:
        assert job.started.wait(20)
        decided = _decide_two(qtbot, window)
        assert not window.close()
        window.close_guard.choices["keep"].click()
        assert window.isVisible() and set(window.review.saving) == set(decided)
        job.release.set()
        qtbot.waitUntil(lambda: not window.review.saving and idle(window), timeout=30000)
    finally:
        job.release.set()
    assert window.isVisible() and not job.cancelled  # the window did not close by itself
    assert _saved(ws) == sorted((i, "Ana") for i in decided)
    assert window.close() and window.close_guard.box is None  # nothing waits: it closes without a question


def test_a_job_being_cancelled_is_waited_for(qtbot, window: MainWindow, ws, catalogue_file: Path) -> None:
    open_queue(qtbot, window, catalogue_file)
    job = LongJob(deaf=True)
    op = _start(window, job)
    try:
        assert job.started.wait(20)
        page = window.review_page
        item = page.detail.id
        qtbot.keyClick(page.queue, Qt.Key.Key_Return)
        window.job_bar.cancel_button.click()  # pressed before closing: the job has not reached a checkpoint yet
        assert op.cancel_requested and not window.close()
        guard = window.close_guard
        assert guard.box.text() == "1 decision is not saved yet: it waits for “Flagging again” to finish."
        assert guard.box.informativeText().startswith("“Flagging again” is being cancelled.")
        assert set(guard.choices) == {"wait", "keep"}
        guard.choices["wait"].click()
        job.release.set()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=30000)
    finally:
        job.release.set()
    assert job.cancelled and _saved(ws) == [(item, "Ana")]


def test_a_decision_that_fails_while_the_window_waits_keeps_it_open(qtbot, window: MainWindow, ws,
                                                                    catalogue_file: Path, monkeypatch) -> None:
    open_queue(qtbot, window, catalogue_file)
    job = LongJob()
    _start(window, job)
    messages: list[str] = []
    window.close_guard.banner.sig_told.connect(messages.append)

    def refused(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("the database went away")

    try:
        assert job.started.wait(20)
        _decide_two(qtbot, window)
        monkeypatch.setattr(reviewing, "decide", refused)
        assert not window.close()
        assert window.close_guard.box.text().startswith("2 decisions are not saved yet")
        window.close_guard.choices["wait"].click()
        job.release.set()
        qtbot.waitUntil(lambda: not window.review.saving and idle(window), timeout=30000)
    finally:
        job.release.set()
    assert window.isVisible() and "The window stays open: a decision was not saved." in messages
    assert window.error_dialog is not None and window.error_dialog.isVisible()
    assert _saved(ws) == []


def test_closing_during_a_retrains_classifying_keeps_the_version_saves_the_decisions_and_the_next_start_finishes(
        qtbot, window: MainWindow, ws, catalogue_file: Path, monkeypatch, open_window) -> None:
    from app.core import jobs, model_versions, services

    open_queue(qtbot, window, catalogue_file)
    real = model_versions.reclassify_undecided
    reached, go = threading.Event(), threading.Event()

    def held_after_a_batch(ws_, progress, batch_size=500, reason=None):  # type: ignore[no-untyped-def]
        def report(fraction: float, message: str = "") -> None:
            if message.startswith("Classified 3 of") and not reached.is_set():
                reached.set()
                assert go.wait(30)  # the reviewer decides, then closes the window, meanwhile
            progress(fraction, message)

        for mark in (jobs.POINT_OF_NO_RETURN, jobs.CANCELLABLE_AGAIN, jobs.STOPPED_BY_CANCEL):
            setattr(report, mark, getattr(progress, mark))
        return real(ws_, report, 3, reason)

    monkeypatch.setattr(model_versions, "reclassify_undecided", held_after_a_batch)
    window.models_page.force.setChecked(True)
    window.models_page.retrain()
    try:
        qtbot.waitUntil(reached.is_set, timeout=60000)
        decided = _decide_two(qtbot, window)
        assert not window.close()
        assert window.close_guard.box.text() == "2 decisions are not saved yet: they wait for “Retraining” to finish."
        window.close_guard.choices["cancel"].click()
        go.set()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=60000)
    finally:
        go.set()
    monkeypatch.undo()
    assert _saved(ws) == sorted((i, "Ana") for i in decided)
    assert ws.active_model_version().id == 2  # the new version stays active
    left = services.count_older(ws).items
    assert left > 0
    assert window.models_page.receipt.toPlainText().splitlines()[1].startswith(
        "Cancelled while classifying the items again: version 2 stays active; 3 of 8 items")

    messages: list[str] = []
    again = open_window(ws)
    again.sig_message.connect(messages.append)
    qtbot.waitUntil(lambda: services.count_older(ws).items == 0 and idle(again), timeout=60000)
    assert any(m.startswith(f"{left} undecided item") and "classifying" in m for m in messages), messages
