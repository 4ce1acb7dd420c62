"""After "Wait, then close" the window says, lastingly, that it will close, and offers "Don't
close"; when the moment comes, it stays open, and says why, rather than lose work begun
meanwhile (a shipment with changes not saved, a note being typed) or hide a failure of the job
it waited for (which is logged too)."""
from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.gui.main_window import MainWindow
from tests.conftest import idle
from tests.test_close_with_decisions import LongJob, _decide_two, _saved, _start
from tests.test_review_latency import open_queue


@pytest.fixture
def window(open_window, ws):
    ws.set_setting("review_below", 1.0)  # every suggestion waits for a person: the catalogue is the queue
    return open_window(ws)


class FailingJob(LongJob):
    """Runs like a long job until released, then fails."""

    def __call__(self, progress):  # type: ignore[no-untyped-def]
        super().__call__(progress)
        raise RuntimeError("the model file could not be written")


def _wait_then_close(qtbot, window: MainWindow, job: LongJob) -> list[int]:  # type: ignore[no-untyped-def]
    assert job.started.wait(20)
    decided = _decide_two(qtbot, window)
    assert not window.close()
    window.close_guard.choices["wait"].click()
    return decided


def _banner(window: MainWindow) -> str:
    banner = window.close_guard.banner
    return banner.label.text() if banner.isVisible() else ""


def test_the_pending_close_stays_in_sight_and_dont_close_keeps_the_window(qtbot, window: MainWindow, ws,
                                                                          catalogue_file: Path) -> None:
    open_queue(qtbot, window, catalogue_file)
    job = LongJob()
    _start(window, job)
    try:
        decided = _wait_then_close(qtbot, window, job)
        pending = "The window closes once “Flagging again” has finished and your decisions are saved."
        assert _banner(window) == pending
        assert window.close_guard.banner.button.text() == "Don't close"
        window.say("Something else happened")  # the status line moves on; the banner does not
        assert _banner(window) == pending
        with qtbot.waitSignal(window.sig_message, check_params_cb=lambda m: m == "The window stays open."):
            window.close_guard.banner.button.click()
        assert _banner(window) == ""
        job.release.set()
        qtbot.waitUntil(lambda: not window.review.saving and idle(window), timeout=30000)
    finally:
        job.release.set()
    assert window.isVisible()  # changed their mind: it did not close
    assert _saved(ws) == sorted((i, "Ana") for i in decided)


def test_keeping_the_window_open_on_a_second_question_takes_the_banner_away(qtbot, window: MainWindow,
                                                                            catalogue_file: Path) -> None:
    open_queue(qtbot, window, catalogue_file)
    job = LongJob()
    _start(window, job)
    try:
        _wait_then_close(qtbot, window, job)
        assert _banner(window)
        assert not window.close()  # asked again
        window.close_guard.choices["keep"].click()
        assert _banner(window) == ""
        job.release.set()
        qtbot.waitUntil(lambda: not window.review.saving and idle(window), timeout=30000)
    finally:
        job.release.set()
    assert window.isVisible()


def test_a_note_typed_meanwhile_keeps_the_window_open(qtbot, window: MainWindow, ws, catalogue_file: Path) -> None:
    open_queue(qtbot, window, catalogue_file)
    job = LongJob()
    _start(window, job)
    try:
        decided = _wait_then_close(qtbot, window, job)
        page = window.review_page
        while page.detail.id in window.review.saving:
            qtbot.keyClick(page.queue, Qt.Key.Key_J)
        assert page.note.isEnabled()
        qtbot.keyClicks(page.note, "checked with the supplier")
        job.release.set()
        qtbot.waitUntil(lambda: not window.review.saving and idle(window), timeout=30000)
    finally:
        job.release.set()
    assert window.isVisible() and page.note.text() == "checked with the supplier"
    assert _banner(window) == "The window stays open: a note is typed in the review pane and not used yet."
    assert window.close_guard.banner.button.text() == "OK"
    assert _saved(ws) == sorted((i, "Ana") for i in decided)


def _open_shipment(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.shipments.sig_dialog_opened, timeout=20000):
        window.choose_documents()
    return window.shipment_dialog


def test_a_shipment_with_changes_keeps_the_window_open(qtbot, window: MainWindow, ws, catalogue_file: Path) -> None:
    open_queue(qtbot, window, catalogue_file)
    job = LongJob()
    _start(window, job)
    try:
        decided = _wait_then_close(qtbot, window, job)
        dialog = _open_shipment(qtbot, window)
        assert not dialog.has_changes()
        qtbot.keyClicks(dialog.invoice_number, "INV-77")
        assert dialog.has_changes()
        job.release.set()
        qtbot.waitUntil(lambda: not window.review.saving and idle(window), timeout=30000)
    finally:
        job.release.set()
    assert window.isVisible() and dialog.isVisible()
    assert _banner(window) == "The window stays open: the shipment has changes that are not saved."
    assert _saved(ws) == sorted((i, "Ana") for i in decided)
    dialog.reject()


def test_a_shipment_without_changes_closes_with_the_window(qtbot, window: MainWindow, catalogue_file: Path) -> None:
    open_queue(qtbot, window, catalogue_file)
    job = LongJob()
    _start(window, job)
    try:
        _wait_then_close(qtbot, window, job)
        dialog = _open_shipment(qtbot, window)
        job.release.set()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=30000)
    finally:
        job.release.set()
    assert not dialog.isVisible()  # not left on the screen without its window


def test_a_job_that_fails_while_the_window_waits_keeps_it_open_and_is_logged(qtbot, window: MainWindow, ws,
                                                                           catalogue_file: Path, caplog) -> None:
    open_queue(qtbot, window, catalogue_file)
    job = FailingJob()
    _start(window, job, "Retraining")
    caplog.set_level(logging.INFO)
    try:
        decided = _wait_then_close(qtbot, window, job)
        job.release.set()
        qtbot.waitUntil(lambda: not window.review.saving and idle(window), timeout=30000)
    finally:
        job.release.set()
    assert window.isVisible()
    said = "The window stays open: “Retraining” failed: the model file could not be written"
    assert _banner(window) == said
    assert any(r.levelno == logging.WARNING and "Retraining" in r.getMessage()
               and "waited to close" in r.getMessage() for r in caplog.records)
    assert _saved(ws) == sorted((i, "Ana") for i in decided)  # the decisions behind it were saved all the same
    window.close_guard.banner.button.click()
    assert _banner(window) == ""
    assert window.close()  # nothing waits now: it closes at once

