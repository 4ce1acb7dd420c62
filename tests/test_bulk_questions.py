"""Before one code goes to many items, the question says what the code is and which items get
it: a reviewer must see that a bamboo-articles code is about to go to a sarong and a curry paste.
Catalogue titles are shown as typed, never read as markup."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import func, select

from app.core import deciding, item_views
from app.core.tables import Decision
from app.gui.bulk_confirm import shortened
from app.gui.main_window import MainWindow
from app.gui.bulk_decisions import CODE_WORDS, TITLE_WORDS
from tests.conftest import idle

SARONG = "Women's <b>Batik</b> Sarong & Kebaya Set"
TITLES = [SARONG, "Thai Green Curry Paste 400g", "Bamboo Toothbrush 4 Pack", "Teak Wood Salad Bowl 30 cm",
          "Celadon Ceramic Tea Cup Set of Four with a Matching Teapot and a Bamboo Tray, Hand Painted in Chiang Mai"]


@pytest.fixture
def page(qtbot, open_window, ws, tmp_path: Path):  # type: ignore[no-untyped-def]
    ws.set_setting("review_below", 1.0)  # every item waits for a person
    window: MainWindow = open_window(ws)
    path = tmp_path / "shop.csv"
    rows = "".join(f'SC-{n},"{t.replace(chr(34), chr(34) * 2)}",5,USD,TH\n' for n, t in enumerate(TITLES, 1))
    path.write_text("sku,title,price,currency,origin\n" + rows, encoding="utf-8")
    page = window.review_page
    window.import_file(path)
    qtbot.waitUntil(lambda: idle(window) and page.model.rowCount() == len(TITLES), timeout=60000)
    window.tabs.setCurrentWidget(page)
    page.reviewer.setText("Nok")
    return page


def described(page) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """The highlighted code and its description, shortened as the question shows it."""
    code = page.suggestions_pane.selected_code()
    words = next(s.description for s in page.detail.item.suggestions if s.code == code)
    assert words
    return code, shortened(words, CODE_WORDS)


def select_rows(page, rows: list[int]) -> None:  # type: ignore[no-untyped-def]
    """The first row current (shown), the others added to the selection."""
    model, selection = page.model, page.queue.selectionModel()
    page.select_item(model.ids[rows[0]])
    for row in rows[1:]:
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    assert sorted(page.selected_ids()) == sorted(model.ids[r] for r in rows)


def test_apply_to_selected_names_the_code_and_the_items(qtbot, page, ws) -> None:  # type: ignore[no-untyped-def]
    sarong = page.model.row_of(item_views.item_id_for_sku(ws, "SC-1"))
    others = [r for r in range(page.model.rowCount()) if r != sarong]
    select_rows(page, [sarong, *others[:2]])
    assert page.detail.item.title == SARONG
    code, words = described(page)
    page.queue.setFocus()
    qtbot.keyClick(page.queue, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    box = page.bulk.confirmation
    titles = [page.model.row_at(r).shown_title for r in sorted([sarong, *others[:2]])]
    assert box.text() == (f"Give {code} ({words}) to these 3 selected items?\n\n"
                          + "\n".join(f"• {shortened(t, TITLE_WORDS)}" for t in titles))
    assert f"• {SARONG}" in box.text()  # the markup in a catalogue title is shown as typed
    assert box.textFormat() == Qt.TextFormat.PlainText
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # No: nothing decided
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)
    assert item_views.status_counts(ws)["decided"] == 0

    # all five: three are named, the rest counted
    select_rows(page, list(range(page.model.rowCount())))
    code, words = described(page)
    qtbot.keyClick(page.queue, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    box = page.bulk.confirmation
    named = [f"• {shortened(page.model.row_at(r).shown_title, TITLE_WORDS)}" for r in range(3)]
    assert box.text() == f"Give {code} ({words}) to these 5 selected items?\n\n" + "\n".join(named) + "\nand 2 more"
    assert all(len(line) <= TITLE_WORDS + 2 for line in named)  # a long title is cut, with "…"
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Yes
    qtbot.waitUntil(lambda: item_views.status_counts(ws)["decided"] == 5, timeout=15000)


def test_apply_to_same_title_names_the_code_and_counts_one_item_as_one(qtbot, page, ws) -> None:  # type: ignore[no-untyped-def]
    item_id = item_views.item_id_for_sku(ws, "SC-2")
    page.select_item(item_id)
    assert page.detail.item.title == "Thai Green Curry Paste 400g"
    code, words = described(page)
    page.queue.setFocus()
    qtbot.keyClick(page.queue, Qt.Key.Key_T)
    box = page.bulk.confirmation
    assert box.text() == (f"Give {code} ({words}) to the one item waiting for review with the title "
                          "“Thai Green Curry Paste 400g”?")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: item_views.status_counts(ws)["decided"] == 1, timeout=15000)


def test_a_long_title_and_a_title_without_spaces_are_shortened() -> None:
    assert shortened("Wood; of bamboo, articles n.e.c. in heading no. 4414 to 4420 (excluding clothes hangers)", 70) \
        == "Wood; of bamboo, articles n.e.c. in heading no. 4414 to 4420…"
    thai = "ผ้าไหมไทยลายช้างทอมือจากเชียงใหม่" * 3
    cut = shortened(thai, 20)
    assert len(cut) <= 20 and cut.endswith("…") and thai.startswith(cut[:-1])
    assert shortened("  two\nlines  ", 20) == "two lines"


# An item that no longer waits for review (decided, or reached through the catalogue or the
# queue's status filter) still shows its suggestions: T and Shift+Enter must not ask about items
# they would not decide.
TWIN = "Handwoven Rattan Basket Medium"


@pytest.fixture
def twins(qtbot, open_window, ws, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Two items with the same title and one other, all waiting; the page and the twins' ids."""
    ws.set_setting("review_below", 1.0)
    window: MainWindow = open_window(ws)
    path = tmp_path / "twins.csv"
    path.write_text(f"sku,title,price,currency,origin\nRB-1,{TWIN},5,USD,TH\nRB-2,{TWIN},5,USD,TH\n"
                    "TC-1,Thai Green Curry Paste 400g,3,USD,TH\n", encoding="utf-8")
    page = window.review_page
    window.import_file(path)
    qtbot.waitUntil(lambda: idle(window) and page.model.rowCount() == 3, timeout=60000)
    window.tabs.setCurrentWidget(page)
    page.reviewer.setText("Nok")
    return window, [item_views.item_id_for_sku(ws, sku) for sku in ("RB-1", "RB-2")]


def decided_outside(qtbot, window, ws, item_ids: list[int], code: str) -> None:  # type: ignore[no-untyped-def]
    for i in item_ids:
        deciding.decide(ws, i, code, "Nok")
    with qtbot.waitSignal(window.review_page.model.sig_reloaded, timeout=10000):
        window.refresh()


def decisions(ws) -> int:  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        return s.scalar(select(func.count()).select_from(Decision))


def test_same_title_on_a_decided_item_with_none_waiting_asks_nothing_and_says_why(qtbot, twins, ws) -> None:  # type: ignore[no-untyped-def]
    window, (first, second) = twins
    page = window.review_page
    page.select_item(first)
    code = page.suggestions_pane.selected_code()
    decided_outside(qtbot, window, ws, [first, second], code)
    window.open_in_review(first)  # as the catalogue's "Open in review" does: decided, not in the queue
    assert page.detail.id == first and page.detail.item.status == "decided"
    page.queue.setFocus()
    qtbot.keyClick(page.queue, Qt.Key.Key_T)
    assert page.bulk.confirmation is None  # no question about "0 items"
    assert page.message.text() == (f"No item with the title “{TWIN}” is waiting for review: this one is decided. "
                                   "To change its code alone, press Enter or a suggestion's number.")
    assert decisions(ws) == 2

    # the same through the queue's status filter, which lists decided items
    page.queue_box.status_box.setCurrentIndex(page.queue_box.status_box.findData("decided"))
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 2, timeout=10000)
    page.select_item(second)
    page.queue.setFocus()
    qtbot.keyClick(page.queue, Qt.Key.Key_T)
    assert page.bulk.confirmation is None and "is waiting for review: this one is decided" in page.message.text()


def test_same_title_on_a_decided_item_asks_about_the_others_waiting_only(qtbot, twins, ws) -> None:  # type: ignore[no-untyped-def]
    window, (first, second) = twins
    page = window.review_page
    page.select_item(first)
    code, words = described(page)
    decided_outside(qtbot, window, ws, [first], code)
    window.open_in_review(first)
    page.queue.setFocus()
    qtbot.keyClick(page.queue, Qt.Key.Key_T)
    box = page.bulk.confirmation
    assert box.text() == (f"Give {code} ({words}) to the one other item waiting for review with the title “{TWIN}”? "
                          "This one is decided and keeps its code.")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: idle(window) and item_views.status_counts(ws)["decided"] == 2, timeout=15000)
    assert decisions(ws) == 2  # the other one's; the item shown kept its single decision
    with ws.db.session() as s:
        assert s.scalars(select(Decision.item_id).order_by(Decision.id)).all() == [first, second]


def test_apply_to_selected_items_that_already_have_the_code_asks_nothing(qtbot, twins, ws) -> None:  # type: ignore[no-untyped-def]
    window, (first, second) = twins
    page = window.review_page
    page.select_item(first)
    code = page.suggestions_pane.selected_code()
    decided_outside(qtbot, window, ws, [first, second], code)
    page.queue_box.status_box.setCurrentIndex(page.queue_box.status_box.findData("decided"))
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 2, timeout=10000)
    select_rows(page, [page.model.row_of(first), page.model.row_of(second)])
    assert page.suggestions_pane.selected_code() == code
    page.queue.setFocus()
    qtbot.keyClick(page.queue, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert page.bulk.confirmation is None
    assert page.message.text() == f"The 2 selected items already have {code}: nothing to change."
    assert decisions(ws) == 2

    # another code: a real change to decided items, asked as before
    page.suggestions_pane.table.selectRow(1)
    other = page.suggestions_pane.selected_code()
    assert other and other != code
    qtbot.keyClick(page.queue, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert page.bulk.confirmation.text().startswith(f"Give {other} (")
    qtbot.keyClick(page.bulk.confirmation, Qt.Key.Key_Escape)


def test_enter_on_an_item_that_already_has_the_code_says_nothing_was_recorded(qtbot, twins, ws) -> None:  # type: ignore[no-untyped-def]
    window, (first, _second) = twins
    page = window.review_page
    page.select_item(first)
    code = page.suggestions_pane.selected_code()
    decided_outside(qtbot, window, ws, [first], code)
    window.open_in_review(first)
    assert page.detail.id == first and page.detail.item.status == "decided"
    page.queue.setFocus()
    with qtbot.waitSignal(window.sig_message, timeout=15000, check_params_cb=lambda m: code in m):
        qtbot.keyClick(page.queue, Qt.Key.Key_Return)
    assert page.message.text() == f"RB-1 already has {code}: nothing recorded"
    assert decisions(ws) == 1
