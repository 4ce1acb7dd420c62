"""New settings say what they did to the items, and nothing about items when there are none
(the first start said "Settings applied: 0 items changed" on an empty catalogue)."""
from __future__ import annotations

from pathlib import Path

from app.core import classifying, services
from app.core.flagging import ReflagReport
from tests.conftest import idle, write_catalogue


def test_an_empty_catalogue_hears_nothing_about_items(qtbot, open_window, ws) -> None:
    window = open_window(ws)
    qtbot.waitUntil(lambda: idle(window), timeout=30000)
    said: list[str] = []
    window.sig_message.connect(said.append)
    window.first_day.reflag_for_settings()
    qtbot.waitUntil(lambda: idle(window), timeout=30000)
    assert not [m for m in said if "item" in m], said


def test_items_unchanged_and_one_changed_read_right(qtbot, open_window, ws, tmp_path: Path) -> None:
    services.import_catalogue(ws, write_catalogue(tmp_path / "c.csv"))
    classifying.classify_pending(ws)  # for the markets of the settings: applying them again changes nothing
    window = open_window(ws)
    qtbot.waitUntil(lambda: idle(window), timeout=30000)
    with qtbot.waitSignal(window.sig_message, timeout=30000, check_params_cb=lambda m: m.startswith("Settings applied")) \
            as told:
        window.first_day.reflag_for_settings()
    assert told.args[0] == "Settings applied: no item changed."
    qtbot.waitUntil(lambda: idle(window), timeout=30000)
    one = window.first_day.settings_applied(ReflagReport(checked=8, changed=1, to_queue=1))
    assert one == ("Settings applied: 1 item changed; 1 now waits for review, 0 decided item is back in the queue, "
                   "0 no longer waits.")
