"""The window and the long dialogs fit a 1024×600 screen in every interface language: longer
Indonesian labels wrap or are worded shorter, and long forms scroll."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDialog

from app.core import importer, item_views, services, shipments
from app.gui.mapping_dialog import MappingDialog
from app.gui.shipment_dialog import ShipmentDialog
from app.gui.sizing import TITLE_BAR, fit_to_screen
from tests.conftest import SHIPMENT, write_catalogue

SCREEN_WIDTH = 1024
DIALOG_HEIGHT = 560  # a 600-pixel screen less a title bar (and a panel)


def test_the_main_window_fits_1024_pixels(language: str, open_window, ws) -> None:
    w = open_window(ws)
    assert w.minimumSizeHint().width() <= SCREEN_WIDTH, language
    # a big catalogue's counts wrap rather than widen the window
    w.items_page.set_counts({"flagged": 123_456, "auto": 2_345_678, "decided": 345_678, "pending": 456_789})
    w.items_page.empty_banner.setVisible(True)
    assert w.minimumSizeHint().width() <= SCREEN_WIDTH, language
    assert w.review_page.queue_box.severity_box.itemText(0) in ("Any severity", "Semua keparahan")


def test_the_guided_tour_stands_under_the_pages_when_the_screen_is_narrow(qtbot, open_window, ws) -> None:
    from PySide6.QtCore import Qt

    from app.gui.first_day import guide_fits_beside
    assert guide_fits_beside(1366, 830, 280) and not guide_fits_beside(SCREEN_WIDTH, 830, 280)
    w = open_window(ws)
    room = w.screen().availableGeometry().width()
    w.first_day.start_guide()
    qtbot.waitUntil(lambda: w.first_day.guide.isVisible())
    expected = (Qt.DockWidgetArea.RightDockWidgetArea if room >= w.centralWidget().minimumSizeHint().width() + 320
                else Qt.DockWidgetArea.BottomDockWidgetArea)
    assert w.dockWidgetArea(w.first_day.guide) == expected
    assert w.minimumSizeHint().width() <= max(room, SCREEN_WIDTH)


def test_the_shipment_dialog_fits_a_short_screen(language: str, qtbot, ws, tmp_path: Path) -> None:
    services.import_catalogue(ws, write_catalogue(tmp_path / "c.csv"))
    dialog = ShipmentDialog(item_views.list_items(ws), SHIPMENT, shipments.list_parties(ws), ["SG", "MY"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.minimumSizeHint().height() <= DIALOG_HEIGHT, language
    assert dialog.minimumSizeHint().width() <= SCREEN_WIDTH, language
    # the list of refused items takes room too
    dialog.show_problems([(f"SKU-{n}", "a blocking flag needs a decision first") for n in range(10)], {})
    assert dialog.minimumSizeHint().height() <= DIALOG_HEIGHT, language
    # the terms keep every field, in two columns that scroll when the screen is short
    terms = dialog.tabs.widget(2)
    assert terms.isAncestorOf(dialog.invoice_number) and terms.isAncestorOf(dialog.consolidate)
    assert terms.sizeHint().height() < 2 * DIALOG_HEIGHT // 3
    assert dialog.shipment()["invoice_number"] == SHIPMENT["invoice_number"]


def test_the_mapping_dialog_fits_a_short_screen(language: str, qtbot, ws, tmp_path: Path) -> None:
    dialog = MappingDialog(importer.preview_catalogue(ws, write_catalogue(tmp_path / "c.csv")))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.minimumSizeHint().height() <= DIALOG_HEIGHT, language
    for combo in dialog.combos.values():  # every required field missing: the complaint wraps
        combo.setCurrentIndex(0)
    assert dialog.message.text()
    assert dialog.minimumSizeHint().height() <= DIALOG_HEIGHT, language
    assert dialog.minimumSizeHint().width() <= SCREEN_WIDTH, language


def test_a_dialog_opens_no_bigger_than_the_screen(qtbot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    fit_to_screen(dialog, 1000, 640, QRect(0, 0, 1024, 600))
    assert (dialog.width(), dialog.height()) == (1000, 600 - TITLE_BAR)
    fit_to_screen(dialog, 700, 500, QRect(0, 0, 1920, 1050))
    assert (dialog.width(), dialog.height()) == (700, 500)


def test_labels_fit_their_columns(language: str, qtbot, open_window, ws, tmp_path: Path) -> None:
    """'sudah diputuskan' was cut to 'sudah …' in the catalogue; the shipment lines' headers
    ('Nilai satuan (opsional)') were clipped."""
    from app.core.review import STATUS_LABELS
    from app.gui.items_page import ITEM_COLUMNS
    from app.gui.labels import status_label

    w = open_window(ws)
    table = w.items_page.table
    col = ITEM_COLUMNS.index("status")
    assert all(table.fontMetrics().horizontalAdvance(status_label(k)) < table.horizontalHeader().sectionSize(col)
               for k in STATUS_LABELS), language
    services.import_catalogue(ws, write_catalogue(tmp_path / "c.csv"))
    dialog = ShipmentDialog(item_views.list_items(ws), SHIPMENT, shipments.list_parties(ws), ["SG", "MY"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    header = dialog.editor.lines.horizontalHeader()
    for c in range(header.count()):
        lines = str(header.model().headerData(c, header.orientation())).split("\n")  # a title of words: two lines
        assert header.height() >= len(lines) * header.fontMetrics().lineSpacing(), (language, lines)
        if c != 1:  # the title column stretches into what is left
            assert max(header.fontMetrics().horizontalAdvance(t) for t in lines) <= header.sectionSize(c), (language, lines)
