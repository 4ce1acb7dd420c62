"""The Models tab, driven through the real window: what its receipt box says after a retrain that
finished, was cancelled or failed, and the items left with an older version's suggestions."""
from __future__ import annotations

import re
import threading
from pathlib import Path

from app.core import deciding, item_views, model_versions, services
from app.gui.main_window import MainWindow
from tests.conftest import idle

TRUTH = {"SKU-1001": "610910", "SKU-1002": "850760", "SKU-1003": "821191", "SKU-1004": "691200",
         "SKU-1005": "420231", "SKU-1006": "854340", "SKU-1007": "610443", "SKU-1008": "491110"}


def _classified(qtbot, window: MainWindow, catalogue_file: Path) -> None:  # type: ignore[no-untyped-def]
    window.import_file(catalogue_file)
    qtbot.waitUntil(lambda: idle(window) and item_views.status_counts(window.ws)["pending"] == 0
                    and sum(item_views.status_counts(window.ws).values()) == 8, timeout=60000)
    window.tabs.setCurrentWidget(window.models_page)



def _leave_older(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """After _classified: version 2 made active, then classifying the items again fails, so the 8
    items keep version 1's suggestions."""
    page = window.models_page

    def dies(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("stopped while classifying again")

    monkeypatch.setattr(model_versions, "reclassify_undecided", dies)
    page.force.setChecked(True)
    with qtbot.waitSignal(page.sig_message, timeout=60000, check_params_cb=lambda m: "Retraining failed" in m):
        page.retrain_button.click()
    qtbot.waitUntil(lambda: idle(window), timeout=30000)
    monkeypatch.undo()
    assert page.older_items == 8


def _hold_until_cancelled(monkeypatch) -> threading.Event:  # type: ignore[no-untyped-def]
    """services.reclassify_older holds before its first batch until Cancel; the event tells it began."""
    began = threading.Event()
    real = services.reclassify_older

    def held(ws_, progress):  # type: ignore[no-untyped-def]
        began.set()
        for _ in range(3000):  # at most a minute
            progress(0.0, "")  # raises Cancelled once the cancel is requested
            threading.Event().wait(0.02)  # on the worker thread
        return real(ws_, progress)

    monkeypatch.setattr(services, "reclassify_older", held)
    return began

def test_the_receipt_counts_the_examples_as_the_version_table_does(qtbot, window: MainWindow, ws,
                                                                   catalogue_file: Path) -> None:
    _classified(qtbot, window, catalogue_file)
    for row in item_views.list_items(ws):
        deciding.decide(ws, row.id, TRUTH[row.sku], "Ana", "checked")
    page = window.models_page
    messages: list[str] = []
    window.runner.sig_started.connect(lambda op: op.sig_progress.connect(lambda f, m: messages.append(m)))
    with qtbot.waitSignal(page.sig_changed, timeout=60000):
        page.retrain_button.click()
    qtbot.waitUntil(lambda: idle(window), timeout=30000)
    examples, decisions = page.table.item(0, 3).text(), page.table.item(0, 4).text()
    assert decisions == "8"
    starter = f"{int(examples.replace(',', '')) - 8:,}"
    text = page.receipt.toPlainText()
    assert f"Learned from {examples} examples: {starter} starter titles and 8 decisions." in text
    assert "The 5 newest decisions were held out of training to compare the versions, then learned too." in text
    # the active and candidate figures line up, as the receipt lines them up with spaces
    from PySide6.QtGui import QFontMetrics
    metrics = QFontMetrics(page.receipt.font())
    assert metrics.horizontalAdvance("iiii1111") == metrics.horizontalAdvance("WWWW%%%%")
    header = next(line for line in text.splitlines() if line.rstrip().endswith("candidate"))
    top1 = next(line for line in text.splitlines() if "top-1 accuracy" in line)
    assert len(header.rstrip()) == len(top1.rstrip())
    # what the job bar said while retraining counts the examples as the table does
    assert all(set(re.findall(r"([\d,]+) examples", m)) <= {examples} for m in messages), messages
    assert f"Training on {starter} starter titles and 3 of your 8 decisions; the 5 newest are learned after the " \
           "comparison" in messages
    assert f"Learning the 5 held-out decisions too: {examples} examples in all" in messages


def test_a_cancelled_or_failed_retrain_says_so_in_place_of_the_last_receipt(qtbot, window: MainWindow, ws,
                                                                             catalogue_file: Path, monkeypatch) -> None:
    _classified(qtbot, window, catalogue_file)
    page = window.models_page
    page.force.setChecked(True)
    with qtbot.waitSignal(page.sig_changed, timeout=60000):
        page.retrain_button.click()
    qtbot.waitUntil(lambda: idle(window), timeout=30000)
    done = page.receipt.toPlainText()
    assert "Version 2: active" in done.splitlines()[0]

    with qtbot.waitSignal(page.sig_message, timeout=60000, check_params_cb=lambda m: "Retraining cancelled" in m):
        page.retrain_button.click()
        window.runner.cancel_all()
    qtbot.waitUntil(lambda: idle(window), timeout=30000)
    text = page.receipt.toPlainText()
    first = text.splitlines()[0]
    assert first.startswith("Retraining was cancelled at ")
    assert first.endswith("Nothing changed: no version was added, version 2 is still active and no suggestion changed.")
    # the receipt of the retrain before stays readable, below, marked as the earlier one
    assert "The earlier result, from " in text and text.endswith(done[done.index("Version 2"):])
    assert [v.id for v in services.list_versions(ws)] == [2, 1]

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("the model folder went away")

    monkeypatch.setattr(services, "retrain", broken)
    with qtbot.waitSignal(page.sig_message, timeout=60000, check_params_cb=lambda m: "Retraining failed" in m):
        page.retrain_button.click()
    qtbot.waitUntil(lambda: idle(window), timeout=30000)
    first = page.receipt.toPlainText().splitlines()[0]
    assert first.startswith("Retraining failed at ") and "the model folder went away" in first
    assert first.endswith("Nothing changed: no version was added, version 2 is still active and no suggestion changed.")
    assert "Version 2: active" in page.receipt.toPlainText()  # the earlier result, below


def test_items_left_with_an_older_versions_suggestions_are_named_and_classified_again(
        qtbot, window: MainWindow, ws, catalogue_file: Path, monkeypatch, open_window) -> None:
    _classified(qtbot, window, catalogue_file)
    page = window.models_page
    assert page.older_items == 0 and page.older_info.isHidden() and page.reclassify_button.isHidden()

    # the new version is made active, then classifying the items again fails
    _leave_older(qtbot, window, monkeypatch)
    first = page.receipt.toPlainText().splitlines()[0]
    assert first.startswith("Retraining failed at ") and "Version 2 was made active before it stopped." in first
    assert "8 undecided items carry suggestions from an older model version, not from version 2" in first
    assert page.older_items == 8 and page.older_info.isVisibleTo(page)
    assert page.reclassify_button.text() == "Classify them again with version 2"

    # Cancel at once: nothing is classified again, and the status bar says what is left. The job
    # holds before its first batch until the cancel arrives, so a fast worker cannot finish first.
    qtbot.waitUntil(lambda: idle(window), timeout=30000)
    _hold_until_cancelled(monkeypatch)
    with qtbot.waitSignal(page.sig_message, timeout=30000, check_params_cb=lambda m: m.startswith("Stopped")):
        page.reclassify_button.click()
        window.runner.cancel_all()
    monkeypatch.undo()
    assert page.older_items == 8
    qtbot.waitUntil(lambda: idle(window), timeout=30000)

    # the next start finishes the work, and says so
    window.close()
    messages: list[str] = []
    again = open_window(ws)
    again.sig_message.connect(messages.append)
    page = again.models_page
    qtbot.waitUntil(lambda: any("classified again with version 2" in m for m in messages), timeout=60000)
    assert "8 undecided items still carry an older model version's suggestions: classifying them again with " \
           "version 2." in messages
    qtbot.waitUntil(lambda: idle(again), timeout=30000)
    assert page.older_items == 0 and page.older_info.isHidden() and page.reclassify_button.isHidden()
    assert "8 undecided items classified again with version 2" in page.receipt.toPlainText()
    assert services.count_older(ws).items == 0


def test_times_show_in_this_computers_time_zone(qtbot, window: MainWindow, ws, monkeypatch) -> None:
    import time
    from datetime import datetime

    from app.gui.labels import local_time

    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    try:
        assert local_time(datetime(2026, 1, 1, 20, 30)) == "2026-01-02 03:30"  # stored UTC, shown in Jakarta
        window.models_page.reload()
        qtbot.waitUntil(lambda: window.models_page.table.rowCount() > 0)
        version = ws.active_model_version()
        shown = [window.models_page.table.item(r, 1).text() for r in range(window.models_page.table.rowCount())]
        assert local_time(version.created_at) in shown
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_a_new_review_threshold_can_be_stopped_and_the_next_start_finishes_it(qtbot, window: MainWindow, ws,
                                                                              catalogue_file: Path, monkeypatch,
                                                                              open_window) -> None:
    from app.core import flagging
    from app.core.jobs import Cancelled

    _classified(qtbot, window, catalogue_file)
    page = window.models_page
    real = flagging.reflag

    def stopped_half_way(ws_, markets=None, progress=None, batch_size=1000):  # type: ignore[no-untyped-def]
        raise Cancelled()  # as a Cancel pressed between two batches

    monkeypatch.setattr(flagging, "reflag", stopped_half_way)
    page.threshold.setValue(0.0)
    with qtbot.waitSignal(page.sig_message, timeout=30000, check_params_cb=lambda m: "applied to part" in m):
        page.apply_threshold.click()
        page.threshold_question.use_button.click()
    qtbot.waitUntil(lambda: idle(window), timeout=30000)
    monkeypatch.setattr(flagging, "reflag", real)
    assert ws.setting("review_below") == 0.0 and flagging.needs_reflag(ws)

    window.close()
    again = open_window(ws)
    qtbot.waitUntil(lambda: idle(again) and not flagging.needs_reflag(ws), timeout=60000)
    assert flagging.rule_counts(ws).get("LOWCONF", 0) == 0  # threshold 0: nothing is unsure any more


def test_cancel_works_while_a_retrain_classifies_the_items_again_and_the_next_start_finishes(
        qtbot, window: MainWindow, ws, catalogue_file: Path, monkeypatch, open_window) -> None:
    import threading

    from app.core import jobs

    _classified(qtbot, window, catalogue_file)
    page = window.models_page
    page.force.setChecked(True)
    real = model_versions.reclassify_undecided
    reached, go = threading.Event(), threading.Event()

    def held_after_a_batch(ws_, progress, batch_size=500, reason=None):  # type: ignore[no-untyped-def]
        def report(fraction: float, message: str = "") -> None:
            if message.startswith("Classified 3 of") and not reached.is_set():
                reached.set()  # the first batch of three is saved: the reviewer presses Cancel now
                assert go.wait(20)
            progress(fraction, message)  # the checkpoint: raises once Cancel is pressed

        for mark in (jobs.POINT_OF_NO_RETURN, jobs.CANCELLABLE_AGAIN, jobs.STOPPED_BY_CANCEL):
            setattr(report, mark, getattr(progress, mark))
        return real(ws_, report, 3, reason)

    monkeypatch.setattr(model_versions, "reclassify_undecided", held_after_a_batch)
    told: list[str] = []
    window.runner.sig_started.connect(lambda op: (op.sig_committed.connect(lambda: told.append("committed")),
                                                  op.sig_reopened.connect(lambda: told.append("reopened"))))
    notes: list[str] = []
    bar = window.job_bar
    bar.sig_note.connect(notes.append)
    page.retrain_button.click()
    try:
        qtbot.waitUntil(lambda: reached.is_set() and told == ["committed", "reopened"], timeout=60000)
        # the version is saved and active: Cancel is offered again, for the classifying
        assert bar.cancel_button.isEnabled() and bar.cancel_button.text() == "Cancel"
        with qtbot.waitSignal(page.sig_message, timeout=60000,
                              check_params_cb=lambda m: m.startswith("Cancelled while classifying")) as said:
            bar.cancel_button.click()
            assert bar.label.text() == "Cancelling…"
            go.set()
    finally:
        go.set()
    qtbot.waitUntil(lambda: idle(window), timeout=30000)
    monkeypatch.undo()
    stopped = ("Cancelled while classifying the items again: version 2 stays active; 3 of 8 items were classified "
               "with it, and the other 5 follow at the next start.")
    assert said.args == [stopped]
    lines = page.receipt.toPlainText().splitlines()
    assert lines[0].endswith("Version 2: active") and lines[1] == stopped
    assert any(line.startswith("  cancelled at 3 of 8 items") for line in lines)
    assert notes == []  # the cancel was honoured: no "Cancel came too late"
    assert ws.active_model_version().id == 2 and page.older_items == 5 and page.older_info.isVisibleTo(page)

    # the next start finishes the work, and says so
    window.close()
    messages: list[str] = []
    again = open_window(ws)
    again.sig_message.connect(messages.append)
    qtbot.waitUntil(lambda: any("classified again with version 2" in m for m in messages), timeout=60000)
    assert "5 undecided items still carry an older model version's suggestions: classifying them again with " \
           "version 2." in messages
    qtbot.waitUntil(lambda: idle(again), timeout=30000)
    assert services.count_older(ws).items == 0


def test_an_activation_cancelled_while_classifying_says_what_it_left(qtbot, window: MainWindow, ws,
                                                                    catalogue_file: Path, monkeypatch) -> None:
    import threading

    from app.core import jobs

    _classified(qtbot, window, catalogue_file)
    services.retrain(ws, force=True)  # version 2 active; version 1 is activated again below
    page = window.models_page
    page.reload()
    real = model_versions.reclassify_undecided
    reached, go = threading.Event(), threading.Event()

    def held_after_a_batch(ws_, progress, batch_size=500, reason=None):  # type: ignore[no-untyped-def]
        def report(fraction: float, message: str = "") -> None:
            if message.startswith("Classified 6 of") and not reached.is_set():
                reached.set()
                assert go.wait(20)
            progress(fraction, message)

        setattr(report, jobs.STOPPED_BY_CANCEL, getattr(progress, jobs.STOPPED_BY_CANCEL))
        return real(ws_, report, 3, reason)

    monkeypatch.setattr(model_versions, "reclassify_undecided", held_after_a_batch)
    page.table.selectRow(next(r for r, v in enumerate(page.versions) if v.id == 1))
    page.activate_button.click()
    try:
        qtbot.waitUntil(reached.is_set, timeout=30000)
        with qtbot.waitSignal(page.sig_message, timeout=30000) as said:
            window.job_bar.cancel_button.click()
            go.set()
    finally:
        go.set()
    qtbot.waitUntil(lambda: idle(window), timeout=30000)
    stopped = ("Cancelled while classifying the items again: version 1 stays active; 6 of 8 items were classified "
               "with it, and the other 2 follow at the next start.")
    assert said.args == [stopped]
    lines = page.receipt.toPlainText().splitlines()
    assert lines[0].endswith("Version 1 is active") and lines[1] == stopped
    assert ws.active_model_version().id == 1 and page.older_items == 2
