"""The dashboard tab, driven through the real window: counted in the background, then drawn."""
from __future__ import annotations

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
        assert page.reasons.item(i).text().startswith(f"{n:,} items: {rule_id} — ")
    bars = page.hist_chart.series()[0].barSets()[0]
    assert [int(bars.at(i)) for i in range(bars.count())] == d.histogram

    # A decision while the tab is shown is counted again.
    item_id = services.item_id_for_sku(ws, "SKU-1004")
    assert item_id is not None
    window.review_page.reviewer.setText("Ana")
    window.review.decide([item_id], "691200", "")
    qtbot.waitUntil(lambda: page.data is not None and page.data.status_counts.get("decided") == 1 and idle(window),
                    timeout=20000)
