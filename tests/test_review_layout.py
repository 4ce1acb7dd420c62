"""The review workstation fits a 1024×600 netbook in every interface language: at 1000×560 the
reviewer sees the item, at least three suggestions with their confidence, the flags' reasons,
the deciding question and the four decision buttons."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget

from app.core import flagging
from app.core.catalogue import normalise_title
from app.core.tables import Catalogue, Flag, Item
from tests.conftest import idle

SCREEN_WIDTH, USABLE_HEIGHT = 1024, 560  # a 600-pixel screen less a title bar (and a panel)
WIDTH, HEIGHT = 1000, 560
# men's cotton trousers, woven or knitted (the question asks which), and three more garments
SUGGESTIONS = [["620342", 0.45], ["610342", 0.44], ["620462", 0.05], ["620343", 0.04], ["611420", 0.02]]


@pytest.fixture
def trousers(ws) -> int:
    """One flagged item with five suggestions, two flags and the knitted-or-woven question."""
    with ws.db.session() as s:
        cat = Catalogue(name="c.csv", source_path="c.csv")
        s.add(cat)
        s.flush()
        title = "Men's cotton trousers, slim fit chino with a long marketplace title that needs two lines"
        item = Item(catalogue_id=cat.id, sku="TR-1", title=title, norm_title=normalise_title(title),
                    description="Straight leg, five pockets, zip fly. " * 8, material="cotton", origin="TH",
                    status="flagged", suggestions=SUGGESTIONS, top_code="620342", top_p=0.45)
        item.flags.append(Flag(market="*", rule_id="LOWCONF", severity="review", trigger="",
                               reason="The model is not sure: its best guess 620342 has confidence 45%."))
        item.flags.append(Flag(market="SG", rule_id="TEXTILE-LABEL", severity="info", trigger="cotton",
                               reason="Textiles need a fibre-content label in English."))
        s.add(item)
        s.flush()
        item_id = item.id
    ws.set_setting(flagging.RULESET_SETTING, ws.rules().version)  # the flags above are the premise
    return item_id


def _shown(widget: QWidget, window: QWidget) -> bool:
    """Visible and wholly inside the window."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return widget.isVisible() and widget.height() > 0 and window.rect().contains(rect)


def test_the_review_page_fits_a_small_screen(language: str, qtbot, open_window, ws, trousers: int) -> None:
    w = open_window(ws)
    page = w.review_page
    w.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: idle(w) and page.detail is not None and page.detail.id == trousers, timeout=20000)
    hint = w.minimumSizeHint()
    assert hint.width() <= SCREEN_WIDTH and hint.height() <= USABLE_HEIGHT, (language, hint)

    w.resize(WIDTH, HEIGHT)
    qtbot.waitUntil(lambda: (w.width(), w.height()) == (WIDTH, HEIGHT), timeout=5000)
    table = page.suggestions_pane.table

    def rows_in_sight() -> int:
        bottom = table.viewport().height()
        return sum(1 for r in range(table.rowCount()) if table.rowViewportPosition(r) + table.rowHeight(r) <= bottom)

    qtbot.waitUntil(lambda: rows_in_sight() >= 3, timeout=5000)
    assert table.rowCount() == 5 and _shown(table, w)
    # every column in sight, the confidence bars too, and the description's header not cut
    header = table.horizontalHeader()
    assert table.columnViewportPosition(3) + table.columnWidth(3) <= table.viewport().width()
    for row in range(3):
        assert table.cellWidget(row, 3).isVisible()
        cell = table.cellWidget(row, 3)  # the figure stands beside its bar, never under it
        assert cell.label.text().endswith("%") and not cell.bar.isTextVisible()
        assert cell.label.geometry().left() >= cell.bar.geometry().right()
    assert header.sectionSize(2) >= header.fontMetrics().horizontalAdvance(
        str(table.horizontalHeaderItem(2).text())), language

    # the item, why it needs a look, the question whole, and the buttons
    for widget in (page.item_pane.title, page.item_pane.description, page.flags_pane.list, page.reviewer, page.note,
                   page.accept_button, page.pick_button, page.bulk_button, page.same_title_button):
        assert _shown(widget, w), (language, widget)
    assert page.flags_pane.list.viewport().height() >= 3 * page.flags_pane.list.fontMetrics().lineSpacing()
    question = page.suggestions_pane.question
    assert _shown(question, w) and "620342" in question.text()
    assert question.height() >= question.heightForWidth(question.width()), language
