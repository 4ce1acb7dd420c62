"""While a long classification runs, the Review tab's count and the catalogue's status counts
keep up with it instead of waiting for its end."""
from __future__ import annotations

import re
import threading
from pathlib import Path

from app.benchmarks.common import generate_catalogue
from app.core import classifying, item_views, services
from app.core.jobs import Progress, no_progress
from tests.conftest import idle

ITEMS, BATCH = 2000, 500


def _review_count(window) -> int:  # type: ignore[no-untyped-def]
    match = re.search(r"\(([\d,]+)\)", window.tabs.tabText(1))
    return int(match.group(1).replace(",", "")) if match else -1


def test_counts_grow_while_a_classification_runs(qtbot, open_window, ws, tmp_path: Path, monkeypatch) -> None:
    ws.set_setting("review_below", 1.0)  # every item waits for a person: each batch adds to the queue
    services.import_catalogue(ws, generate_catalogue(tmp_path / "big.csv", ITEMS))
    # The job stops after its second batch until the test has seen the counts: it is still at
    # work when they are read, however fast this machine classifies.
    halfway, release = threading.Event(), threading.Event()
    classify = classifying.classify_pending

    def held(ws_, markets=None, progress: Progress = no_progress, batch_size: int = BATCH):  # type: ignore[no-untyped-def]
        def report(fraction: float, message: str = "") -> None:
            progress(fraction, message)
            if message.startswith(f"Classified {2 * BATCH:,} of"):
                halfway.set()
                release.wait(60)

        return classify(ws_, markets, report, batch_size=BATCH)

    monkeypatch.setattr(classifying, "classify_pending", held)
    window = open_window(ws)  # the pending items are classified at once
    try:
        assert _review_count(window) == 0
        qtbot.waitUntil(halfway.is_set, timeout=60000)
        # both batches are counted (the counts are read in the background, the first batch's may
        # arrive first), and the tab and the catalogue's summary agree
        qtbot.waitUntil(lambda: _review_count(window) == 2 * BATCH
                        and f"{2 * BATCH:,} to review" in window.items_page.summary.text(), timeout=10000)
        assert window.runner.busy() and item_views.status_counts(ws)["pending"] == ITEMS - 2 * BATCH
        assert f"{ITEMS - 2 * BATCH:,} pending" in window.items_page.summary.text()
    finally:
        release.set()
    qtbot.waitUntil(lambda: idle(window) and _review_count(window) == ITEMS, timeout=60000)
    assert f"{ITEMS:,} to review" in window.items_page.summary.text() and "0 pending" in window.items_page.summary.text()
