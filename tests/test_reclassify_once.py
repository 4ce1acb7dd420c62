"""Classifying the older items again runs once at a time: the button is disabled while that job is
queued or running, and neither a second press nor the start's own run queues it again; a cancel
is said in the Models tab's result box, as the other cancels on that page are."""
from __future__ import annotations

import re
from pathlib import Path

from app.core import services
from app.gui.main_window import MainWindow
from tests.conftest import idle
from tests.test_models_gui import _classified, _hold_until_cancelled, _leave_older

TITLE = "Classifying again with version 2"


def _titles(window: MainWindow) -> list[str]:
    return [op.title for op in window.runner.running]


def test_the_button_is_disabled_while_the_job_runs_and_a_second_start_does_nothing(
        qtbot, window: MainWindow, ws, catalogue_file: Path, monkeypatch) -> None:
    _classified(qtbot, window, catalogue_file)
    _leave_older(qtbot, window, monkeypatch)
    page = window.models_page
    assert page.reclassify_button.isEnabled()
    began = _hold_until_cancelled(monkeypatch)
    page.reclassify_button.click()
    assert not page.reclassify_button.isEnabled()
    qtbot.waitUntil(began.is_set, timeout=30000)  # running
    page.reclassify_button.click()  # disabled: nothing happens
    page.reclassify_older()  # nor from code (the start's run)
    page.resume_older()
    page.reload()  # a refresh does not enable it again
    assert not page.reclassify_button.isEnabled()
    assert _titles(window) == [TITLE]
    with qtbot.waitSignal(page.sig_message, timeout=30000, check_params_cb=lambda m: m.startswith("Stopped")):
        window.job_bar.cancel_button.click()
    qtbot.waitUntil(lambda: idle(window), timeout=30000)
    monkeypatch.undo()
    assert page.older_items == 8 and page.reclassify_button.isEnabled()  # it may be started again
    first = page.receipt.toPlainText().splitlines()[0]
    assert re.fullmatch(r"Classifying again with version 2 was cancelled at \d\d:\d\d\. Stopped: 0 of 8 items were "
                        r"classified again with version 2; 8 still carry an older version's suggestions\.", first), first

    with qtbot.waitSignal(page.sig_changed, timeout=60000):
        page.reclassify_button.click()
    qtbot.waitUntil(lambda: idle(window), timeout=30000)
    assert services.count_older(ws).items == 0


def test_the_starts_own_run_disables_the_button_and_its_cancel_is_said_in_the_box(
        qtbot, window: MainWindow, ws, catalogue_file: Path, monkeypatch, open_window) -> None:
    _classified(qtbot, window, catalogue_file)
    _leave_older(qtbot, window, monkeypatch)
    window.close()
    began = _hold_until_cancelled(monkeypatch)
    again = open_window(ws)
    page = again.models_page
    qtbot.waitUntil(began.is_set, timeout=30000)  # the start's own run
    assert page.reclassify_button.isVisibleTo(page) and not page.reclassify_button.isEnabled()
    page.reclassify_button.click()
    page.reclassify_older()
    assert _titles(again).count(TITLE) == 1
    with qtbot.waitSignal(page.sig_message, timeout=30000, check_params_cb=lambda m: m.startswith("Stopped")):
        again.job_bar.cancel_button.click()
    qtbot.waitUntil(lambda: idle(again), timeout=30000)
    monkeypatch.undo()
    text = page.receipt.toPlainText()
    assert re.match(r"Classifying again with version 2 was cancelled at \d\d:\d\d\. Stopped: 0 of 8 items", text), text
    assert page.reclassify_button.isEnabled()
