"""The catalogue page: every item with its status and code, read lazily from the database."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableView, QVBoxLayout, QWidget)

from app.core.queue import QueueFilter, QueueRow
from app.core.review import STATUS_LABELS
from app.gui.labels import count, status_label
from app.gui.lazy_model import LazyRowsModel, LazyTableView, RowSource

ITEM_COLUMNS = ("sku", "title", "status", "hs_code", "top_code", "top_p", "rules")


class ItemsPage(QWidget):
    sig_import_requested = Signal()
    sig_demo_requested = Signal()
    sig_filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search SKU or title"))
        self.search.setClearButtonEnabled(True)
        self.model = LazyRowsModel(ITEM_COLUMNS, f=QueueFilter(status=None, sort="id"))
        self.table: QTableView = LazyTableView(self.search)
        self._stale = False  # items changed while the page was hidden: read the list when it is shown
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # the status column fits its longest label in the window's language ("sudah diputuskan")
        status_col = ITEM_COLUMNS.index("status")
        widest = max(self.table.fontMetrics().horizontalAdvance(status_label(key)) for key in STATUS_LABELS)
        header.resizeSection(status_col, max(header.sectionSize(status_col), widest + 24))
        # no column chosen yet: import order, and no indicator claiming another (a restart restored
        # Qt's default "SKU, descending" indicator as the sort)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self.model.sort)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._refilter)
        self.search.textChanged.connect(self._search_timer.start)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All items"), "")
        for key in STATUS_LABELS:
            self.status_filter.addItem(status_label(key), key)
        self.status_filter.currentIndexChanged.connect(self._refilter)
        self.summary = QLabel()
        self.summary.setWordWrap(True)  # the counts of a big catalogue, in a longer language, must not widen the window

        self.empty_banner = QWidget()
        banner = QHBoxLayout(self.empty_banner)
        empty = QLabel(self.tr("The catalogue is empty. Import a CSV or Excel file, or try Borderline with the demo catalogue."))
        empty.setWordWrap(True)
        banner.addWidget(empty, 1)
        self.demo_button = QPushButton(self.tr("Load the demo catalogue"))
        self.import_button = QPushButton(self.tr("Import a file…"))
        banner.addWidget(self.demo_button)
        banner.addWidget(self.import_button)
        self.demo_button.clicked.connect(self.sig_demo_requested)
        self.import_button.clicked.connect(self.sig_import_requested)

        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.status_filter)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_banner)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def set_source(self, source: RowSource) -> None:
        self.model.set_source(source)

    def reload(self) -> None:
        """Re-read the items and the ids that match the search and the status filter."""
        self._stale = False
        self.model.reload(self._filter())
        self.sig_filter_changed.emit()

    def _filter(self) -> QueueFilter:
        return replace(self.model.filter, status=self.current_status(), search=self.search.text().strip())

    def _refilter(self) -> None:
        """The search or the status filter changed: the rows themselves did not."""
        self._stale = False
        self.model.reload(self._filter(), keep_rows=True)
        self.sig_filter_changed.emit()

    def items_changed(self, item_ids: list[int]) -> None:
        """These items were decided or undone: their rows are read again when shown. The list
        itself changes only when it is filtered or sorted by status or code; then it is read
        again, on the reader, now or when the page is next shown."""
        self.model.refresh_rows(item_ids)
        f = self.model.filter
        if f.status or f.sort in ("status", "hs_code"):
            if self.isVisible():
                self._refilter()
            else:
                self._stale = True

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._stale:
            self._refilter()

    def set_counts(self, counts: dict[str, int]) -> None:
        total = sum(counts.values())
        self.empty_banner.setVisible(total == 0)
        self.summary.setText(self.tr("{total} items: {flagged} to review, {auto} auto-accepted, {decided} decided, {pending} pending")
                             .format(total=count(total), **{k: count(n) for k, n in counts.items()}))

    def current_status(self) -> str | None:
        return self.status_filter.currentData() or None

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.ids[r] for r in rows]

    def selected_rows(self) -> list[QueueRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.row_at(n) for n in rows) if r is not None]
