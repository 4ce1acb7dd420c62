"""The dashboard tab, driven through the real window: counted in the background, then drawn."""
from __future__ import annotations

from PySide6.QtCore import Qt

from app.core import services
from tests.conftest import SAMPLE, idle


def test_the_dashboard_shows_the_counts_the_histogram_and_the_reasons(qtbot, open_window, ws, catalogue_file) -> None:
    services.import_catalogue(ws, catalogue_file)
    services.classify_pending(ws, ["SG", "MY"])
    counts = services.status_counts(ws)
    window = open_window(ws)
    page = window.dashboard_page
    assert page.data is None  # nothing is counted until the tab is opened
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.data is not None and idle(window), timeout=20000)
    d = page.data
    assert sum(d.histogram) == len(SAMPLE) and d.status_counts == counts
    assert page.status.text().startswith(f"{len(SAMPLE)} items (")
    assert page.reasons.count() == len(d.top_reasons) > 0
    for i, (rule_id, _reason, n) in enumerate(d.top_reasons):
        assert page.reasons.item(i).text().startswith(f"{n:,} item{'s' if n != 1 else ''}: {rule_id} — ")
    # imports of one day: the time axis shows hours, not the same date on every tick
    [time_axis] = [a for a in page.share_chart.axes() if a.orientation() == Qt.Orientation.Horizontal]
    assert time_axis.format() == "MM-dd HH:mm"
    bars = page.hist_chart.series()[0].barSets()[0]
    assert [int(bars.at(i)) for i in range(bars.count())] == d.histogram

    # A decision while the tab is shown is counted again.
    item_id = services.item_id_for_sku(ws, "SKU-1004")
    assert item_id is not None
    window.review_page.reviewer.setText("Ana")
    window.review.decide([item_id], "691200", "")
    qtbot.waitUntil(lambda: page.data is not None and page.data.status_counts.get("decided") == 1 and idle(window),
                    timeout=20000)


def test_reads_do_not_queue_behind_a_long_job_nor_take_its_cancel(qtbot, window) -> None:
    """A slow write job holds the main worker; the dashboard still fills, the job bar keeps
    following that job, and its Cancel still reaches it."""
    import threading

    from app.core.jobs import Cancelled

    release = threading.Event()
    outcome: list[str] = []

    def slow(progress):  # type: ignore[no-untyped-def]
        while not release.wait(0.01):
            try:
                progress(0.5, "slow")
            except Cancelled:
                outcome.append("cancelled")
                raise
        return "done"

    qtbot.waitUntil(lambda: idle(window), timeout=20000)  # the start-up jobs are done
    job = window.runner.run("Slow job", slow)
    window.tabs.setCurrentWidget(window.dashboard_page)
    qtbot.waitUntil(lambda: window.dashboard_page.data is not None, timeout=20000)
    assert window.runner.busy()  # the dashboard did not wait for the slow job
    assert window.job_bar._op is job  # the bar still follows the write job
    window.job_bar.cancel_button.click()
    qtbot.waitUntil(lambda: outcome == ["cancelled"] and idle(window), timeout=20000)
    release.set()


def test_the_job_bar_shows_the_job_at_work_not_the_one_queued_behind_it(qtbot, window) -> None:
    import threading

    qtbot.waitUntil(lambda: idle(window), timeout=20000)
    release = threading.Event()
    first = window.runner.run("First", lambda p: release.wait(20))
    second = window.runner.run("Second", lambda p: "quick")
    assert window.job_bar._op is first and window.job_bar.label.text() == "First"
    window.job_bar.cancel_button.click()  # reaches the job at work, not the queued one
    assert first._task.cancel_requested and not second._task.cancel_requested
    release.set()
    qtbot.waitUntil(lambda: idle(window) and window.job_bar.isHidden(), timeout=20000)
