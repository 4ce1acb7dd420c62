"""The review page's queue box: the search, the six filters (status, flag, severity, market,
confidence, catalogue), the list of items read lazily, and their count under it.

It says when the filters change (a typed search after a pause) and builds the filter they
make; the review page reads the queue with it and chooses the item shown.

The words keep the translation context of the review page, where they were first written
(QCoreApplication.translate with "ReviewPage"), so their translations stay as they are.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QGroupBox, QHeaderView, QLabel, QLineEdit,
                               QTableView, QVBoxLayout, QWidget)

from app.core.queue import BAND_LABELS, FilterChoices, QueueFilter
from app.core.rules import SEVERITIES
from app.gui.column_fit import FillColumn
from app.gui.labels import band_label, core_label, count, status_label
from app.gui.lazy_model import LazyRowsModel, LazyTableView

QUEUE_COLUMNS = ("severity", "sku", "title", "top_p", "markets")
QUEUE_WIDTH = 320  # the queue's least width: the detail beside it needs the rest of a 1024-pixel screen
FITTED = tuple(QUEUE_COLUMNS.index(c) for c in ("sku", "top_p", "markets"))  # sized to their content
FITTED_ROWS = 50  # rows measured for it, from the top of the view
TITLE_CHARS, WIDEST_CHARS = 20, 24  # the title's least width, a fitted column's most, in average characters
SEARCH_DELAY_MS = 250  # typing pauses this long before the queue is read again


class QueueBox(QGroupBox):
    """The queue with its search and filters; sig_filters_changed asks for it to be read again."""

    sig_filters_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ReviewPage", "Queue"), parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(QCoreApplication.translate("ReviewPage", "Search SKU or title"))
        self.search.setClearButtonEnabled(True)
        self.model = LazyRowsModel(QUEUE_COLUMNS)
        self.queue: QTableView = LazyTableView(self.search)
        self.queue.setModel(self.model)
        self.queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.queue.verticalHeader().setVisible(False)
        self.queue.verticalHeader().setDefaultSectionSize(self.queue.fontMetrics().height() + 8)
        self.queue.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.queue.horizontalHeader()
        # the severity as wide as its words, SKU, confidence and markets as their content in
        # sight, the rest of a narrow queue to the title (a column the reviewer resized stays so)
        chars = self.queue.fontMetrics().averageCharWidth()
        self.columns = FillColumn(self.queue, QUEUE_COLUMNS.index("title"), TITLE_CHARS * chars, to_the_edge=True)
        self.widest = WIDEST_CHARS * chars
        words = [self.model.headerData(0, Qt.Orientation.Horizontal)] + [core_label(s) for s in SEVERITIES]
        self.columns.set_width(0, max(header.fontMetrics().horizontalAdvance(w) for w in words) + 20)
        self.rule_box, self.severity_box, self.market_box = QComboBox(), QComboBox(), QComboBox()
        self.band_box, self.catalogue_box, self.status_box = QComboBox(), QComboBox(), QComboBox()
        self.severity_box.addItem(QCoreApplication.translate("ReviewPage", "Any severity"), "")
        for s in SEVERITIES:
            self.severity_box.addItem(core_label(s), s)
        self.band_box.addItem(QCoreApplication.translate("ReviewPage", "Any confidence"), "")
        for key in BAND_LABELS:
            self.band_box.addItem(band_label(key), key)
        shown = {"flagged": QCoreApplication.translate("ReviewPage", "waiting for review")}
        for key in ("flagged", "decided", "auto"):
            self.status_box.addItem(shown.get(key) or status_label(key), key)
        self.set_filter_choices(FilterChoices([], [], []))
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(SEARCH_DELAY_MS)
        self._filter_timer.timeout.connect(self.sig_filters_changed)
        self.search.textChanged.connect(self._filter_timer.start)
        for box in self.filter_boxes():
            box.currentIndexChanged.connect(self.sig_filters_changed)
        self.count_label = QLabel()

        filters = QGridLayout()  # three rows of two: narrow enough for a laptop screen, wide enough to read
        for i, w in enumerate((self.status_box, self.rule_box, self.severity_box, self.market_box, self.band_box,
                               self.catalogue_box)):
            w.setMinimumContentsLength(8)
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            filters.addWidget(w, i // 2, i % 2)
        self.setMinimumWidth(QUEUE_WIDTH)  # the filters and the titles stay readable
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.queue, 1)
        layout.addWidget(self.count_label)

    def filter_boxes(self) -> tuple[QComboBox, ...]:
        return (self.rule_box, self.severity_box, self.market_box, self.band_box, self.catalogue_box, self.status_box)

    def set_filter_choices(self, choices: FilterChoices) -> None:
        """Fill the rule, market and catalogue boxes, keeping what is chosen; when a choice is no
        longer offered (no item has that flag now), the queue is to be read again without it."""
        lost = False
        for box, first, values in (
                (self.rule_box, QCoreApplication.translate("ReviewPage", "Any flag"), [(r, r) for r in choices.rule_ids]),
                (self.market_box, QCoreApplication.translate("ReviewPage", "Any market"), [(m, m) for m in choices.markets]),
                (self.catalogue_box, QCoreApplication.translate("ReviewPage", "Any catalogue"),
                 [(n, i) for i, n in choices.catalogues])):
            keep = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(first, "" if box is not self.catalogue_box else None)
            for label, data in values:
                box.addItem(label, data)
            at = box.findData(keep)
            box.setCurrentIndex(max(at, 0))
            box.blockSignals(False)
            lost = lost or (at < 0 and keep not in ("", None))
        if lost:
            self.sig_filters_changed.emit()

    def current_filter(self) -> QueueFilter:
        return replace(self.model.filter, status=self.status_box.currentData() or "flagged",
                       rule_id=self.rule_box.currentData() or "", severity=self.severity_box.currentData() or "",
                       market=self.market_box.currentData() or "", band=self.band_box.currentData() or "",
                       catalogue_id=self.catalogue_box.currentData(), search=self.search.text().strip())

    def show_count(self, n: int) -> None:
        """The queue has arrived with `n` rows: the columns fit the rows in sight, the count says how many."""
        self.columns.fit_rows(FITTED, FITTED_ROWS, self.widest)
        self.count_label.setText(QCoreApplication.translate("ReviewPage", "1 item") if n == 1 else
                                 QCoreApplication.translate("ReviewPage", "{n} items").format(n=count(n)))
