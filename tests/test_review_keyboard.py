"""Clear a 50-item queue with the keyboard alone: Enter, a note for a blocking flag, an undo,
a bulk decision by title, a bulk decision over a selection, an override through the picker;
then check the database, the audit chain and the exported log."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.core import audit, classifying, deciding, item_views, services
from app.core.catalogue import normalise_title
from app.core.paths import bundled_data_dir
from app.core.tables import AuditEntry, Decision, Item
from app.gui.main_window import MainWindow
from tests.conftest import data_rows, idle

DUP_TITLE = "Cotton Crew Socks 5 Pairs Pastel"


@pytest.fixture
def fifty(tmp_path: Path) -> Path:
    with open(bundled_data_dir() / "demo_catalogue.csv", encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = [r for r in reader][:47]
    for n, title in enumerate([DUP_TITLE.upper(), f"{DUP_TITLE}!", f"  {DUP_TITLE.lower()}"], 1):
        rows.append([f"DUP-{n}", title, "", "cotton", "TH", "2.00", "USD", "0.1"])
    path = tmp_path / "fifty.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


@pytest.fixture
def window(open_window, ws):
    # Every suggestion waits for a person, so the whole catalogue is in the queue.
    ws.set_setting("review_below", 1.0)
    return open_window(ws)


def test_clear_a_queue_of_fifty_with_the_keyboard(qtbot, window: MainWindow, ws, fifty: Path, tmp_path: Path) -> None:
    page = window.review_page
    window.import_file(fifty)
    qtbot.waitUntil(lambda: idle(window) and page.model.rowCount() == 50, timeout=60000)
    window.tabs.setCurrentWidget(page)
    page.reviewer.clear()
    qtbot.keyClicks(page.reviewer, "Ana")
    page.reviewer.setFocus()
    qtbot.waitUntil(page.reviewer.hasFocus, timeout=2000)
    qtbot.keyClick(page.reviewer, Qt.Key.Key_Return)  # finishes the name; decides nothing
    assert page.queue.hasFocus() and item_views.status_counts(ws)["decided"] == 0 and page.model.rowCount() == 50
    page.queue.setFocus()

    def key(k, mod=Qt.KeyboardModifier.NoModifier, widget=None) -> None:
        qtbot.keyClick(widget or page.queue, k, mod)

    def settle(before: int) -> None:
        qtbot.waitUntil(lambda: idle(window) and page.model.rowCount() < before and page.detail is not None
                        or page.model.rowCount() == 0, timeout=15000)

    # 1. The vape blocks: Enter asks for a note, the note and Enter decide it.
    first = page.detail
    assert first.blocking and first.item.sku == "BL-1024"
    assert "vape" in " ".join(page.item_pane.highlighted_text()).lower()
    key(Qt.Key.Key_Return)
    assert "blocking flag" in page.message.text() and page.note.hasFocus()
    qtbot.keyClicks(page.note, "sold only to MY and PH")
    key(Qt.Key.Key_Return, widget=page.note)
    settle(50)
    assert page.model.rowCount() == 49 and page.detail.id != first.id

    # 2. Ctrl+Z undoes it: the vape is back in the queue.
    key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: idle(window) and page.model.rowCount() == 50, timeout=15000)
    assert first.id in page.model.ids
    assert page.detail.id == first.id and page.queue.currentIndex().row() == page.model.row_of(first.id)  # shown again

    # 3. T: one decision for the four pending items with the same normalised title, after a confirmation.
    while page.detail.item.title != DUP_TITLE:
        key(Qt.Key.Key_J)
    dup_code = page.suggestions_pane.selected_code()
    key(Qt.Key.Key_T)
    box = page.bulk.confirmation
    assert "4 items" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(50)
    assert page.model.rowCount() == 46

    # Ctrl+Z takes back the whole action, all four, not just the last of them; then T again.
    key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: idle(window) and page.model.rowCount() == 50, timeout=15000)
    assert page.detail.item.title == DUP_TITLE and "4 decisions taken together" in window.statusBar().currentMessage()
    key(Qt.Key.Key_T)
    qtbot.keyClick(page.bulk.confirmation, Qt.Key.Key_Return)
    settle(50)
    assert page.model.rowCount() == 46

    # 4. O: override through the picker, typing the code.
    picked = page.detail
    key(Qt.Key.Key_O)
    qtbot.keyClicks(page.picker.query, "392690")
    assert "Plastics" in page.picker.status.text()
    qtbot.keyClick(page.picker.query, Qt.Key.Key_Return)
    settle(46)

    # 5. Shift+Down twice selects three rows; Shift+Enter gives them the highlighted suggestion.
    key(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    while page.detail.blocking:
        key(Qt.Key.Key_J)
    key(Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    key(Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    selected = page.selected_ids()
    assert len(selected) == 3 and not any(i == first.id for i in selected)
    bulk_code = page.suggestions_pane.selected_code()
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert "3 selected items" in page.bulk.confirmation.text()
    qtbot.keyClick(page.bulk.confirmation, Qt.Key.Key_Return)
    settle(45)
    assert page.model.rowCount() == 42

    # 6. The rest: Enter, or 1 where the pane asks which fact decides; the vape needs its note again.
    while page.model.rowCount():
        before, current = page.model.rowCount(), page.detail
        if current.blocking:
            key(Qt.Key.Key_N)
            qtbot.keyClicks(page.note, "export permit checked")
            key(Qt.Key.Key_Return, widget=page.note)
        elif current.question is not None:
            key(Qt.Key.Key_Return)
            assert "Press 1 or 2" in page.message.text()
            key(Qt.Key.Key_1)
        else:
            key(Qt.Key.Key_Return)
        settle(before)
    assert page.detail is None

    with ws.db.session() as s:
        assert {i.status for i in s.scalars(select(Item))} == {"decided"}
        decisions = list(s.scalars(select(Decision).order_by(Decision.id)))
        live = [d for d in decisions if d.undone_at is None]
        assert len(decisions) == 55 and len(live) == 50
        assert all(d.reviewer == "Ana" for d in decisions)
        undone = next(d for d in decisions if d.undone_at is not None)
        assert undone.sku == "BL-1024" and undone.note == "sold only to MY and PH"
        vape = next(d for d in live if d.sku == "BL-1024")
        assert vape.note == "export permit checked" and "VAPE-BAN" in vape.flags_resolved
        dups = [d for d in live if d.norm_title == normalise_title(DUP_TITLE)]
        assert len(dups) == 4 and {d.code for d in dups} == {dup_code}
        over = next(d for d in live if d.item_id == picked.id)
        assert (over.code, over.kind) == ("392690", "override") and over.replaced_code == picked.item.suggestions[0].code
        assert sorted(d.item_id for d in live if d.item_id in selected) == sorted(selected)
        assert {d.code for d in live if d.item_id in selected} == {bulk_code}
        actions = [e.action for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]
        assert actions.count("decision") == 55 and actions.count("undo") == 5
        assert audit.verify(s).ok

    log = tmp_path / "log.csv"
    with qtbot.waitSignal(window.sig_message, timeout=10000, check_params_cb=lambda m: "Wrote 55 decisions" in m):
        window.export_log(log)
    with open(log, encoding="utf-8-sig") as f:
        rows = data_rows(f)
    assert len(rows) == 55 and sum(1 for r in rows if r["undone_at"]) == 5
    assert {r["code"] for r in rows if r["sku"].startswith("DUP-")} == {dup_code}


def test_queue_model_is_a_valid_qt_model(qtbot, qtmodeltester, window: MainWindow, ws, fifty: Path) -> None:
    window.import_file(fifty)
    qtbot.waitUntil(lambda: idle(window) and window.review_page.model.rowCount() == 50, timeout=60000)
    qtmodeltester.check(window.review_page.model)
    qtmodeltester.check(window.items_page.model)
    # Filters re-read the ids, on the reader: the search box and the confidence band.
    page = window.review_page

    def read(change) -> None:  # type: ignore[no-untyped-def]
        with qtbot.waitSignal(page.model.sig_reloaded, timeout=10000):
            change()

    page.search.setText("dup-")
    read(page.reload_queue)
    assert page.model.rowCount() == 3
    page.search.setText("no such product")
    read(page.reload_queue)
    assert page.model.rowCount() == 0 and page.item_pane.title.toPlainText() == "No item matches the search and filters."
    page.search.clear()
    read(page.reload_queue)
    assert page.model.rowCount() == 50
    read(lambda: page.queue_box.band_box.setCurrentIndex(page.queue_box.band_box.findData("high")))
    with ws.db.session() as s:
        confident = set(s.scalars(select(Item.id).where(Item.top_p >= 0.8)))
    assert set(page.model.ids) == confident
    qtmodeltester.check(page.model)


def test_a_suggestion_whose_heading_says_the_same_reads_once(qtbot, ws, tmp_path: Path) -> None:
    from app.core import reviewing
    from app.gui.review_panes import SuggestionsPane
    from tests.conftest import write_catalogue

    services.import_catalogue(ws, write_catalogue(tmp_path / "toy.csv", [
        ("TOY-1", "Kids balance scooter", "", "plastic", "CN", "20.00", "USD", "1.2")]))
    with ws.db.session() as s:
        item = s.scalars(select(Item)).one()
        item.suggestions, item.top_code, item.top_p, item.status = [["950300", 0.9], ["871200", 0.05]], "950300", 0.9, "flagged"
        item_id = item.id
    pane = SuggestionsPane()
    qtbot.addWidget(pane)
    pane.show_detail(reviewing.review_detail(ws, item_id))
    text = pane.table.item(0, 2).text()
    assert text.startswith("Tricycles, scooters") and "(Tricycles" not in text


def test_same_title_with_a_blocked_item_not_on_screen_asks_for_a_note(qtbot, window: MainWindow, ws, tmp_path: Path) -> None:
    """T on the 10000mAh charger also decides the 40000mAh one with the same title, which a
    100 Wh block stops: the page asks for a note instead of failing, and the note clears it."""
    path = tmp_path / "chargers.csv"
    path.write_text("sku,title,variation,price,currency,origin\nP1,Portable Charger Slim,10000mAh 3.7V,20,USD,CN\n"
                    "P2,Portable Charger Slim,40000mAh 3.7V,35,USD,CN\n", encoding="utf-8")
    page = window.review_page
    window.import_file(path)
    qtbot.waitUntil(lambda: idle(window) and page.model.rowCount() == 2, timeout=60000)
    window.tabs.setCurrentWidget(page)
    page.reviewer.setText("Ana")
    p1 = item_views.item_id_for_sku(ws, "P1")
    window.review.open_item(p1)
    qtbot.waitUntil(lambda: idle(window) and page.detail is not None and page.detail.id == p1, timeout=10000)
    assert not page.detail.blocking
    page.queue.setFocus()
    qtbot.keyClick(page.queue, Qt.Key.Key_T)
    qtbot.keyClick(page.bulk.confirmation, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: idle(window) and "Nothing decided yet: P2 has a blocking flag" in page.message.text(), timeout=10000)
    assert item_views.status_counts(ws)["decided"] == 0 and page.note.hasFocus()
    qtbot.keyClicks(page.note, "ships by sea freight, declared as DG")
    qtbot.keyClick(page.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: idle(window) and item_views.status_counts(ws)["decided"] == 2, timeout=10000)


def test_an_undo_needs_the_reviewer_name_as_a_decision_does(qtbot, window: MainWindow, ws, tmp_path: Path) -> None:
    path = tmp_path / "one.csv"
    path.write_text("sku,title,price,currency,origin\nM-1,Ceramic mug,5,USD,TH\n", encoding="utf-8")
    services.import_catalogue(ws, path)
    classifying.classify_pending(ws, ["SG"])
    item = item_views.item_id_for_sku(ws, "M-1")
    deciding.decide(ws, item, item_views.item_detail(ws, item).suggestions[0].code, "Ana")
    page = window.review_page
    page.reviewer.clear()
    window.review.undo()
    assert "Type your name in Reviewer first" in page.message.text()
    assert item_views.status_counts(ws)["decided"] == 1
    page.reviewer.setText("Ana")
    window.review.undo()
    qtbot.waitUntil(lambda: idle(window) and item_views.status_counts(ws)["decided"] == 0, timeout=10000)


def test_the_picker_reads_local_words_with_the_model(qtbot, window: MainWindow, ws, tmp_path: Path) -> None:
    """The HS descriptions are English; words typed in Indonesian or Vietnamese also go to the
    model (off the GUI thread), whose codes for them come first, marked as its reading."""
    from app.gui.hs_picker import CODE_ROLE, MODEL_ROLE

    path = tmp_path / "one.csv"
    path.write_text("sku,title,price,currency,origin\nK-1,Kopi bubuk robusta 250g,5,USD,ID\n", encoding="utf-8")
    services.import_catalogue(ws, path)
    classifying.classify_pending(ws, ["SG"])
    page = window.review_page
    page.reviewer.setText("Ana")
    window.review.show_item(item_views.item_id_for_sku(ws, "K-1"))
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.item.sku == "K-1", timeout=10000)
    page.open_picker()
    picker = page.picker
    qtbot.keyClicks(picker.query, "kopi bubuk")
    qtbot.waitUntil(lambda: picker.results.count() > 0 and picker.results.item(0).data(MODEL_ROLE) is True, timeout=10000)
    first = picker.results.item(0)
    assert first.data(CODE_ROLE) == "090121" and "model's reading" in first.text()
    assert "The first line is the model's reading" in picker.status.text()  # the status line agrees with the list
    # no word matches: the model's reading is a guess, taken only once picked
    assert picker.results.currentItem() is None
    qtbot.keyClick(picker.query, Qt.Key.Key_Down)
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: idle(window) and item_views.item_detail(ws, item_views.item_id_for_sku(ws, "K-1")).status
                    == "decided", timeout=10000)
    assert item_views.item_detail(ws, item_views.item_id_for_sku(ws, "K-1")).hs_code == "090121"
