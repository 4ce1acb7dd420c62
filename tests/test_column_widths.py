"""The title columns of the review queue and of the shipment lines take the width the other
columns leave, never shrinking to nothing; the other columns are as wide as their header and
content; a column the user resized keeps the user's width. At its default size the shipment
dialog shows every column of its lines, in English and in Indonesian."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QRect
from sqlalchemy import select

from app.core import flagging, services
from app.core.tables import Item
from app.gui.line_editors import QuantitySpin
from app.gui.review_queue import QUEUE_COLUMNS
from app.gui.shipment_dialog import DEFAULT_SIZE
from app.gui.shipment_lines import PACKAGE, QUANTITY, SKU, TITLE, UNIT_VALUE
from app.gui.sizing import fit_to_screen
from tests.conftest import idle, write_catalogue
from tests.test_shipment_lines import catalogue, open_dialog


def sizes(header) -> dict[int, int]:  # type: ignore[no-untyped-def]
    return {c: header.sectionSize(c) for c in range(header.count())}


def test_the_lines_title_takes_the_spare_width_and_the_users_widths_stay(qtbot) -> None:
    rows = catalogue(20)
    dialog = open_dialog(qtbot, rows, [{"sku": r.sku} for r in rows[:5]])
    qtbot.waitExposed(dialog)
    view, header, model = dialog.lines, dialog.lines.horizontalHeader(), dialog.lines.model()
    least = 20 * view.fontMetrics().averageCharWidth()
    # the test screen's 800-pixel dialog has no spare width for it: the title keeps a readable width and the table scrolls
    assert header.sectionSize(TITLE) >= least

    def content(c: int) -> int:
        return max([header.sectionSizeHint(c), *(view.sizeHintForIndex(model.index(r, c)).width() + 1
                                                 for r in range(model.rowCount()))])

    short = {c: w for c, w in sizes(header).items() if c != TITLE}
    assert short == {c: content(c) for c in short}
    dialog.resize(1800, dialog.height())  # room to spare: the title takes it, the others keep theirs
    qtbot.waitUntil(lambda: sum(sizes(header).values()) == view.viewport().width(), timeout=5000)
    assert header.sectionSize(TITLE) > 2 * least and {c: w for c, w in sizes(header).items() if c != TITLE} == short

    header.resizeSection(SKU, 300)  # as the user drags it wider
    qtbot.waitUntil(lambda: sum(sizes(header).values()) == view.viewport().width(), timeout=5000)
    dialog.editor.add_lines([{"sku": r.sku} for r in rows[5:15]])  # the columns are fitted again
    assert model.setData(model.index(0, QUANTITY), 12.5)
    assert header.sectionSize(SKU) == 300
    assert sum(sizes(header).values()) == view.viewport().width()  # and the title still fills the rest


def test_every_line_column_fits_the_dialog_at_its_default_size(language: str, qtbot) -> None:
    """The quantity column was as wide as a spin box holding ten million with three decimals,
    and "Unit value (optional)" as wide as its title: at 1,000 pixels the table scrolled
    sideways and the titles wrapped every 15 characters."""
    rows = [dataclasses.replace(r, status=("decided", "auto", "flagged")[i % 3]) for i, r in enumerate(catalogue(40))]
    lines = [{"sku": r.sku, "quantity": q, "unit_value": v, "package": 1 + i % 12}
             for i, (r, q, v) in enumerate(zip(rows, [1, 12, 250, 2.5, 1500, 48, 3] * 5, ["12.50", "1250", "0.75", ""] * 9))]
    dialog = open_dialog(qtbot, rows, lines)
    fit_to_screen(dialog, *DEFAULT_SIZE, room=QRect(0, 0, 1366, 768))  # a laptop's screen has room for it
    qtbot.waitExposed(dialog)
    view, header, model = dialog.lines, dialog.lines.horizontalHeader(), dialog.lines.model()
    assert (dialog.width(), dialog.height()) == DEFAULT_SIZE

    def fitted() -> None:  # no sideways scroll bar; the title fills the rest of the view
        assert not view.horizontalScrollBar().isVisible(), (language, sizes(header), view.viewport().width())
        assert sum(sizes(header).values()) == view.viewport().width(), (language, sizes(header), view.viewport().width())

    qtbot.waitUntil(fitted, timeout=5000)
    metrics = view.fontMetrics()
    title = header.sectionSize(TITLE)
    assert title >= 20 * metrics.averageCharWidth() and all(title > w for c, w in sizes(header).items() if c != TITLE)
    # the numbers show whole, each header too (a title of words on two lines), and nothing is clipped at the right
    for column in (SKU, QUANTITY, UNIT_VALUE, PACKAGE):
        widest = max(metrics.horizontalAdvance(str(model.index(r, column).data())) for r in range(model.rowCount()))
        heading = max(header.fontMetrics().horizontalAdvance(t) for t in str(model.headerData(column, header.orientation())).split("\n"))
        assert header.sectionSize(column) > max(widest, heading), (language, column)
    assert header.sectionViewportPosition(PACKAGE) + header.sectionSize(PACKAGE) <= view.viewport().width()
    # the catalogue beside them (a third of the tab) keeps a readable title too
    picker = dialog.editor.picker
    assert not picker.horizontalScrollBar().isVisible()
    assert picker.horizontalHeader().sectionSize(TITLE) >= 20 * picker.fontMetrics().averageCharWidth()
    # the quantity column fits its numbers, not a spin box made for 10,000,000.000 pcs
    assert header.sectionSize(QUANTITY) < QuantitySpin("pcs").sizeHint().width()
    # and the editor opened on the widest quantity still shows all of it
    row = max(range(model.rowCount()), key=lambda r: metrics.horizontalAdvance(model.index(r, QUANTITY).data()))
    view.setCurrentIndex(model.index(row, QUANTITY))
    view.edit(model.index(row, QUANTITY))
    qtbot.waitUntil(lambda: view.indexWidget(model.index(row, QUANTITY)) is not None, timeout=5000)
    editor = view.indexWidget(model.index(row, QUANTITY))
    assert isinstance(editor, QuantitySpin)
    field = editor.lineEdit()
    assert field.fontMetrics().horizontalAdvance(field.text()) <= field.width(), (language, field.text())


def test_the_lines_take_the_dialogs_height(qtbot) -> None:
    """The list of refused items, hidden until Print is refused, kept a band of empty height
    under the tabs (its buttons' spacer took a share of the dialog's height)."""
    dialog = open_dialog(qtbot, catalogue(5), [])
    fit_to_screen(dialog, *DEFAULT_SIZE, room=QRect(0, 0, 1366, 768))
    qtbot.waitExposed(dialog)
    gap = dialog.buttons.geometry().top() - dialog.tabs.geometry().bottom()
    assert gap <= 2 * dialog.layout().spacing() + 1, gap
    dialog.show_problems([("SKU-0001", "a blocking flag needs a decision first")], {})
    qtbot.waitUntil(lambda: dialog.refused.list.isVisible() and dialog.refused.list.height() > 0, timeout=5000)


def test_the_queue_sizes_short_columns_to_their_content_and_gives_the_title_the_rest(qtbot, open_window, ws,
                                                                                      tmp_path: Path) -> None:
    rows = [(f"SHOP-{i:05d}-RED", f"Women's floral summer dress with belt and pockets, size {i}", "", "viscose", "TH",
             "15.00", "USD", "0.25") for i in range(40)]
    services.import_catalogue(ws, write_catalogue(tmp_path / "c.csv", rows))
    with ws.db.session() as s:
        for item in s.scalars(select(Item)):
            item.status, item.top_code, item.top_p, item.suggestions = "flagged", "620442", 0.41, [["620442", 0.41]]
    ws.set_setting(flagging.RULESET_SETTING, ws.rules().version)  # opening does not re-flag them
    w = open_window(ws)
    w.resize(1200, 760)
    page = w.review_page
    w.tabs.setCurrentWidget(page)
    view, header, model = page.queue, page.queue.horizontalHeader(), page.model
    qtbot.waitUntil(lambda: idle(w) and model.rowCount() == 40 and page.detail is not None, timeout=20000)
    title = QUEUE_COLUMNS.index("title")
    fitted = [QUEUE_COLUMNS.index(c) for c in ("sku", "top_p", "markets")]
    least = 20 * view.fontMetrics().averageCharWidth()

    def content(c: int) -> int:
        return max([header.sectionSizeHint(c), *(view.sizeHintForIndex(model.index(r, c)).width() + 1 for r in range(40))])

    # SKU, confidence and markets as wide as their content (not Qt's 100 pixels each)
    assert {c: header.sectionSize(c) for c in fitted} == {c: content(c) for c in fitted}
    # a narrow queue: the title reaches its right edge; confidence and markets are scrolled to
    left = header.sectionSize(0) + header.sectionSize(QUEUE_COLUMNS.index("sku"))
    assert header.sectionSize(title) == max(least, view.viewport().width() - left)

    w.resize(1900, 760)  # a wider queue: every column in sight, the title takes the rest
    qtbot.waitUntil(lambda: view.viewport().width() > sum(s for c, s in sizes(header).items() if c != title) + least,
                    timeout=5000)
    qtbot.waitUntil(lambda: sum(sizes(header).values()) == view.viewport().width(), timeout=5000)
    assert {c: header.sectionSize(c) for c in fitted} == {c: content(c) for c in fitted}

    sku = QUEUE_COLUMNS.index("sku")
    header.resizeSection(sku, 160)  # as the reviewer drags it wider
    with qtbot.waitSignal(page.sig_queue_reloaded, timeout=10000):
        page.reload_queue()
    assert header.sectionSize(sku) == 160 and sum(sizes(header).values()) == view.viewport().width()
