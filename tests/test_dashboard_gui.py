"""The dashboard tab, driven through the real window: counted in the background, then drawn."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolTip
from sqlalchemy import update

from app.core import classifying, deciding, item_views, services
from app.core.tables import Catalogue
from tests.conftest import SAMPLE, idle, write_catalogue


def test_the_dashboard_shows_the_counts_the_histogram_and_the_reasons(qtbot, open_window, ws, catalogue_file) -> None:
    services.import_catalogue(ws, catalogue_file)
    classifying.classify_pending(ws, ["SG", "MY"])
    counts = item_views.status_counts(ws)
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
    item_id = item_views.item_id_for_sku(ws, "SKU-1004")
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


def test_the_share_chart_has_a_point_per_import_and_says_what_each_counts(qtbot, open_window, ws, catalogue_file,
                                                                          tmp_path) -> None:
    """Two imports of the same items around a retrain: each keeps its point, with the share that
    waited for review when it was classified; the retrain has its own point; tooltips, axis and
    the line under the chart say what is counted."""
    ws.set_setting("markets", ["SG", "MY"])
    services.import_catalogue(ws, catalogue_file)
    first = classifying.classify_pending(ws)
    for item_id in item_views.queue_ids(ws)[:2]:
        deciding.decide(ws, item_id, item_views.item_detail(ws, item_id).suggestions[0].code, "Ana", "checked")
    retrained = services.retrain(ws, force=True)
    counts = item_views.status_counts(ws)
    services.import_catalogue(ws, write_catalogue(tmp_path / "week2.csv", SAMPLE))  # the same items again
    classifying.classify_pending(ws)
    window = open_window(ws)
    page = window.dashboard_page
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.data is not None and idle(window), timeout=20000)

    imports, versions = page.share_chart.series()
    assert imports.name() == "each import: its items, once classified"
    assert versions.name() == "after a retrain or activation: the undecided items"
    # both imports have a point: the first as it was classified, the second with the items it
    # brought again as they stood (2 decided, the rest as the retrained version left them)
    assert [round(p.y(), 3) for p in imports.points()] == [round(100 * first.flagged / 8, 3),
                                                           round(100 * counts["flagged"] / 8, 3)]
    tips = dict(page.share_tips)
    assert tips[imports.name()][0].startswith("catalogue.csv, imported ")
    assert tips[imports.name()][0].endswith(f": {first.flagged} of its 8 items waited for review once classified "
                                            f"({first.flagged / 8:.0%})")
    assert tips[imports.name()][1].startswith("week2.csv, imported ")
    undecided = counts["flagged"] + counts["auto"]
    [point] = versions.points()
    assert round(point.y(), 3) == round(100 * counts["flagged"] / undecided, 3)
    [tip] = tips[versions.name()]
    assert tip.startswith(f"Version {retrained.candidate_id}, after the retrain that made it (")
    assert tip.endswith(f"{counts['flagged']} of the {undecided} undecided items waited for review "
                        f"({counts['flagged'] / undecided:.0%})")
    # hovering a point shows its tooltip
    imports.hovered.emit(imports.points()[1], True)
    assert QToolTip.text() == tips[imports.name()][1]
    versions.hovered.emit(point, True)
    assert QToolTip.text() == tip
    [y_axis] = [a for a in page.share_chart.axes() if a.orientation() == Qt.Orientation.Vertical]
    assert y_axis.titleText() == "waited for review"
    note = page.share_note.text()
    assert "Each import: of the items it brought, the share that waited for review once classified" in note
    assert "Last import, week2.csv (" in note and f"): {counts['flagged']} of 8 ({counts['flagged'] / 8:.0%})." in note
    assert (f"After a retrain or activation: of the undecided items, the share the active version sent to review. "
            f"Last, version {retrained.candidate_id} (") in note
    assert f"): {counts['flagged']} of {undecided} ({counts['flagged'] / undecided:.0%})." in note
    assert "before Borderline kept these figures" not in note

    # an import from before these figures were kept: counted from its items now, and marked
    with ws.db.session() as s:
        s.execute(update(Catalogue).where(Catalogue.name == "week2.csv").values(classified=None, to_review=None))
    page.data = None
    window.review.reload_dashboard()
    qtbot.waitUntil(lambda: page.data is not None and idle(window), timeout=20000)
    names = [s.name() for s in page.share_chart.series()]
    assert names == ["each import: its items, once classified", "older imports, counted as their items are now",
                     "after a retrain or activation: the undecided items"]
    [older] = dict(page.share_tips)["older imports, counted as their items are now"]
    assert older.startswith("week2.csv, imported ") and "before Borderline kept this figure" in older
    assert "Imports from before Borderline kept these figures (squares)" in page.share_note.text()


def test_the_charts_take_most_of_the_height(qtbot) -> None:
    """Squeezed by the list of reasons below them, the charts cut their axis titles ("waite…")."""
    from PySide6.QtCharts import QChartView
    from PySide6.QtWidgets import QGroupBox

    from app.gui.dashboard_page import DashboardPage
    page = DashboardPage()
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitExposed(page)
    charts = page.findChildren(QChartView)
    reasons = page.findChild(QGroupBox)
    assert charts and all(c.height() >= 2 * reasons.height() for c in charts), \
        [c.height() for c in charts] + [reasons.height()]
