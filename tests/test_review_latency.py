"""A decision refreshes only what it changed, off the GUI thread; a decision waiting behind a
long job is shown as being saved and is taken once; a letter typed in a table goes to the
search field instead of reading every row; the rule set is read once until a rule file, the
threshold or the language changes."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.core import item_views, reviewing, rule_admin
from app.core import workspace as workspace_module
from app.core.tables import AuditEntry, Decision
from app.gui.main_window import MainWindow
from tests.conftest import idle


@pytest.fixture
def window(open_window, ws):
    ws.set_setting("review_below", 1.0)  # every suggestion waits for a person: the catalogue is the queue
    return open_window(ws)


def open_queue(qtbot, window: MainWindow, catalogue_file: Path) -> None:  # type: ignore[no-untyped-def]
    page = window.review_page
    window.import_file(catalogue_file)
    qtbot.waitUntil(lambda: idle(window) and page.model.rowCount() == 8 and page.detail is not None, timeout=60000)
    window.tabs.setCurrentWidget(page)
    page.reviewer.setText("Ana")
    page.queue.setFocus()
    while page.detail.blocking or page.detail.question is not None:  # one Enter decides it
        qtbot.keyClick(page.queue, Qt.Key.Key_J)


class Counter:
    """Wraps a function and counts its calls, and those made on the GUI thread."""

    def __init__(self, fn) -> None:  # type: ignore[no-untyped-def]
        self.fn, self.calls, self.on_gui_thread = fn, 0, 0

    def __call__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.calls += 1
        self.on_gui_thread += threading.current_thread() is threading.main_thread()
        return self.fn(*args, **kwargs)


# pending decisions -------------------------------------------------------------------------
def test_a_decision_behind_a_long_job_shows_as_saving_and_a_second_enter_decides_nothing(
        qtbot, window: MainWindow, ws, catalogue_file: Path) -> None:
    page = window.review_page
    open_queue(qtbot, window, catalogue_file)
    item = page.detail
    release = threading.Event()
    window.runner.run("Flagging again", lambda _p: release.wait(30))  # a long job on the single writer
    try:
        qtbot.keyClick(page.queue, Qt.Key.Key_Return)
        assert item.id in window.review.saving and not page.accept_button.isEnabled()
        assert page.message.text().startswith("Your decision is saved when “Flagging again” finishes")
        assert page.model.data(page.model.index(page.model.row_of(item.id), 0)) == "saving…"
        waiting = len(window.runner.running)
        qtbot.keyClick(page.queue, Qt.Key.Key_Return)  # nothing seems to happen: pressed again
        qtbot.keyClick(page.queue, Qt.Key.Key_1)
        window.review.decide([item.id], item.item.suggestions[0].code, "")  # and a request that got past the page
        assert len(window.runner.running) == waiting and page.detail.id == item.id
        # the reviewer moves on meanwhile; the row says the decision is still on its way
        qtbot.keyClick(page.queue, Qt.Key.Key_J)
        assert page.detail.id != item.id and page.accept_button.isEnabled() and page.message.text() == ""
        qtbot.keyClick(page.queue, Qt.Key.Key_K)
        assert page.detail.id == item.id and not page.accept_button.isEnabled() and "is saved when" in page.message.text()
    finally:
        release.set()
    qtbot.waitUntil(lambda: idle(window) and page.model.row_of(item.id) < 0, timeout=20000)
    assert not window.review.saving and page.detail.id != item.id and page.accept_button.isEnabled()
    with ws.db.session() as s:
        assert [(d.item_id, d.reviewer) for d in s.scalars(select(Decision))] == [(item.id, "Ana")]
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "decision")) == 1


# what a decision reads -----------------------------------------------------------------------
def test_a_decision_reads_no_id_list_on_the_gui_thread_and_leaves_the_models_page_alone(
        qtbot, window: MainWindow, ws, catalogue_file: Path, monkeypatch) -> None:
    page = window.review_page
    open_queue(qtbot, window, catalogue_file)
    ids = Counter(reviewing.item_ids)
    monkeypatch.setattr(reviewing, "item_ids", ids)
    reloads = Counter(window.models_page.reload)
    monkeypatch.setattr(window.models_page, "reload", reloads)
    for _ in range(3):
        while page.detail.blocking or page.detail.question is not None:
            qtbot.keyClick(page.queue, Qt.Key.Key_J)
        before = page.detail.id
        qtbot.keyClick(page.queue, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: idle(window) and page.detail is not None and page.detail.id != before  # noqa: B023
                        and page.model.row_of(before) < 0, timeout=10000)  # noqa: B023
    qtbot.waitUntil(lambda: idle(window) and window.tabs.tabText(1) == "Review (5)", timeout=10000)  # counted later
    assert ids.on_gui_thread == 0 and reloads.calls == 0
    assert item_views.status_counts(ws)["decided"] == 3 and page.model.rowCount() == 5
    # the catalogue shows the decided rows as decided
    rows = [window.items_page.model.row_at(r) for r in range(window.items_page.model.rowCount())]
    assert sum(r.status == "decided" for r in rows) == 3
    # a filter reads its ids on the reader too
    with qtbot.waitSignal(page.model.sig_reloaded, timeout=10000):
        page.queue_box.status_box.setCurrentIndex(page.queue_box.status_box.findData("decided"))
    assert page.model.rowCount() == 3 and ids.on_gui_thread == 0
    window.tabs.setCurrentWidget(window.models_page)  # shown: read once
    assert reloads.calls == 1


# stray letters -----------------------------------------------------------------------------
@pytest.mark.parametrize("where", ["queue", "catalogue"])
def test_a_letter_typed_in_a_table_goes_to_the_search_without_reading_every_row(
        qtbot, window: MainWindow, catalogue_file: Path, where: str, monkeypatch) -> None:
    from app.gui import lazy_model

    open_queue(qtbot, window, catalogue_file)
    monkeypatch.setattr(lazy_model, "BLOCK", 2)  # eight items in four blocks: a search through them reads them all
    if where == "queue":
        page, table, search, model = window.review_page, window.review_page.queue, window.review_page.search, \
            window.review_page.model
    else:
        window.tabs.setCurrentWidget(window.items_page)
        page, table, search, model = window.items_page, window.items_page.table, window.items_page.search, \
            window.items_page.model
    search.setText("old search")
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=2000)
    rows = Counter(model.source._rows)
    model.source._rows = rows
    model._rows.clear()  # nothing cached: a search through the rows would read them all
    qtbot.keyClick(table, Qt.Key.Key_X)
    assert rows.calls == 0
    assert search.hasFocus() and search.text() == "x"  # typed on, the letters go on into the field
    qtbot.keyClicks(search, "yz")
    assert search.text() == "xyz"
    with qtbot.waitSignal(model.sig_reloaded, timeout=10000):
        pass  # the search is read on the reader after a short pause
    assert model.filter.search == "xyz" and page.isVisible()


# the rule set ------------------------------------------------------------------------------
def test_decisions_read_the_rule_files_once(qtbot, window: MainWindow, ws, catalogue_file: Path, monkeypatch) -> None:
    page = window.review_page
    open_queue(qtbot, window, catalogue_file)
    ws.rules()
    loads = Counter(workspace_module.load_rules)
    monkeypatch.setattr(workspace_module, "load_rules", loads)
    for _ in range(3):
        while page.detail.blocking or page.detail.question is not None:
            qtbot.keyClick(page.queue, Qt.Key.Key_J)
        before = page.detail.id
        qtbot.keyClick(page.queue, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: idle(window) and page.detail.id != before, timeout=10000)  # noqa: B023
    assert item_views.status_counts(ws)["decided"] == 3 and loads.calls == 0
    rule_admin.set_override(ws, "KNIFE", enabled=False)
    page.show_detail(reviewing.review_detail(ws, page.detail.id))
    assert loads.calls >= 1  # read again after rules.toml changed


def test_the_pending_mark_reaches_every_view_of_the_row(qtbot, window: MainWindow, catalogue_file: Path) -> None:
    """The mark is in the model's first column only, in italics, and goes when the decision is saved."""
    page = window.review_page
    open_queue(qtbot, window, catalogue_file)
    item_id = page.detail.id
    page.set_saving({item_id}, "Classifying")
    index = page.model.index(page.model.row_of(item_id), 0)
    assert page.model.data(index) == "saving…" and page.model.data(index, Qt.ItemDataRole.FontRole).italic()
    assert page.model.data(page.model.index(index.row(), 1)) == page.model.row_at(index.row()).sku
    page.set_saving(set())
    assert page.model.data(index) != "saving…" and page.message.text() == "" and page.accept_button.isEnabled()


# the lazy model ----------------------------------------------------------------------------
def test_a_new_list_lacking_rows_removes_them_and_any_other_resets() -> None:
    from app.gui.lazy_model import removed_runs

    assert removed_runs([1, 2, 3, 4, 5, 6], [1, 4, 6]) == [(1, 2), (4, 4)]
    assert removed_runs([1, 2, 3], []) == [(0, 2)]
    assert removed_runs([1, 2, 3], [1, 3, 2]) is None and removed_runs([1, 2, 3], [1, 2, 4]) is None
    assert removed_runs([1, 2, 3], [1, 2, 3]) is None
    assert removed_runs(list(range(200)), list(range(0, 200, 2))) is None  # a hundred places: reset instead


def test_a_list_read_before_a_decision_was_saved_does_not_bring_the_item_back(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    from app.core.queue import QueueFilter
    from app.gui.lazy_model import FunctionSource, LazyRowsModel
    from app.gui.operations import OperationRunner

    holder = QWidget()
    qtbot.addWidget(holder)
    reader = OperationRunner(holder)
    listed, reading = threading.Event(), threading.Event()
    ids = [1, 2, 3, 4]

    def read(_f: QueueFilter) -> list[int]:
        reading.set()
        listed.wait(10)
        return [1, 2, 3, 4]  # as read before item 2 was decided

    model = LazyRowsModel(["sku"], FunctionSource(read, lambda _ids: []))
    model.ids = list(ids)
    model.set_reader(reader, "Reading")
    model.reload(keep_rows=True)
    assert model.loading
    reading.wait(10)
    model.remove_ids([2])  # the decision was saved meanwhile
    assert model.ids == [1, 3, 4]
    with qtbot.waitSignal(model.sig_reloaded, timeout=10000):
        listed.set()
    assert model.ids == [1, 3, 4] and not model.loading
    assert reader.wait(10000)


def test_many_consistency_warnings_are_counted_not_all_shown(qtbot, window: MainWindow, catalogue_file: Path,
                                                             monkeypatch) -> None:
    open_queue(qtbot, window, catalogue_file)
    page = window.review_page
    real = reviewing.decide

    def with_warnings(*args, **kwargs):  # type: ignore[no-untyped-def]
        out = real(*args, **kwargs)
        out.warnings[:] = [f"{n} similar items carry 610910" for n in range(40)]  # as a bulk decision on 5,000 can
        return out

    monkeypatch.setattr(reviewing, "decide", with_warnings)
    with qtbot.waitSignal(window.review.sig_items_changed, timeout=30000):
        qtbot.keyClick(page.queue, Qt.Key.Key_Return)
    text = page.message.text()
    assert "0 similar items" in text and "2 similar items" in text and "3 similar items" not in text
    assert text.endswith("and 37 more") and len(text) < 300
