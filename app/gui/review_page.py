"""The review pane: the item, the model's suggestions and the flag reasons, side by side."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCompleter, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QSplitter, QVBoxLayout, QWidget)

from app.core.nomenclature import nomenclature
from app.core.services import ItemDetail


def plain(label: QLabel) -> QLabel:
    """Catalogue text is shown as plain text, never interpreted as markup."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ReviewPage(QWidget):
    """Emits the reviewer's intent; the main window runs the decision as an operation."""

    sig_decision = Signal(int, str, str)  # item id, code, note
    sig_item_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue = QListWidget()
        self.queue.currentItemChanged.connect(self._queue_changed)
        self.detail: ItemDetail | None = None

        # Left: the item as imported.
        self.sku = plain(QLabel())
        self.title = plain(QLabel())
        self.description = plain(QLabel())
        self.facts = plain(QLabel())
        item_box = QGroupBox(self.tr("Item"))
        form = QFormLayout(item_box)
        form.addRow(self.tr("SKU"), self.sku)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Details"), self.facts)

        # Middle: suggestions.
        self.suggestions = QListWidget()
        self.suggestions.itemDoubleClicked.connect(lambda _item: self.accept_selected())
        sugg_box = QGroupBox(self.tr("Suggestions"))
        sv = QVBoxLayout(sugg_box)
        sv.addWidget(self.suggestions)

        # Right: flags.
        self.flags = QListWidget()
        self.flags.setWordWrap(True)
        flag_box = QGroupBox(self.tr("Why it needs a look"))
        fv = QVBoxLayout(flag_box)
        fv.addWidget(self.flags)

        # Decision bar.
        self.reviewer = QLineEdit()
        self.reviewer.setPlaceholderText(self.tr("Your name"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.override = QLineEdit()
        self.override.setPlaceholderText(self.tr("Other HS code, e.g. 850760"))
        codes = [f"{e.code} {e.description}" for e in (nomenclature().get(c) for c in nomenclature().subheadings()) if e]
        completer = QCompleter(codes, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.override.setCompleter(completer)
        self.accept_button = QPushButton(self.tr("Accept suggestion"))
        self.override_button = QPushButton(self.tr("Use this code"))
        self.message = plain(QLabel())
        self.accept_button.clicked.connect(self.accept_selected)
        self.override_button.clicked.connect(self.override_code)
        self.override.returnPressed.connect(self.override_code)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Reviewer")))
        bar.addWidget(self.reviewer)
        bar.addWidget(self.note, 2)
        bar.addWidget(self.accept_button)
        bar.addWidget(self.override, 1)
        bar.addWidget(self.override_button)

        panes = QSplitter()
        panes.addWidget(item_box)
        panes.addWidget(sugg_box)
        panes.addWidget(flag_box)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(panes, 1)
        rv.addLayout(bar)
        rv.addWidget(self.message)
        outer = QSplitter()
        queue_box = QGroupBox(self.tr("Queue"))
        qv = QVBoxLayout(queue_box)
        qv.addWidget(self.queue)
        outer.addWidget(queue_box)
        outer.addWidget(right)
        outer.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(outer)

        for i in range(1, 6):
            QShortcut(QKeySequence(str(i)), self.suggestions, lambda i=i: self._pick(i - 1))
        self.suggestions.installEventFilter(self)
        self._set_enabled(False)

    # queue --------------------------------------------------------------------------------
    def set_queue(self, entries: list[tuple[int, str]]) -> None:
        """(item id, label) pairs in review order; keeps the current item when it is still there."""
        current = self.detail.id if self.detail else None
        self.queue.blockSignals(True)
        self.queue.clear()
        select_row = 0
        for row, (item_id, label) in enumerate(entries):
            it = QListWidgetItem(label)
            it.setData(Qt.ItemDataRole.UserRole, item_id)
            self.queue.addItem(it)
            if item_id == current:
                select_row = row
        self.queue.blockSignals(False)
        if entries:
            self.queue.setCurrentRow(select_row)
            self._queue_changed(self.queue.currentItem(), None)
        else:
            self.show_detail(None)

    def _queue_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.sig_item_requested.emit(int(current.data(Qt.ItemDataRole.UserRole)))

    # detail -------------------------------------------------------------------------------
    def show_detail(self, detail: ItemDetail | None) -> None:
        self.detail = detail
        self.suggestions.clear()
        self.flags.clear()
        self.message.clear()
        if detail is None:
            for w in (self.sku, self.title, self.description, self.facts):
                w.clear()
            self.title.setText(self.tr("Nothing waits for review."))
            self._set_enabled(False)
            return
        self.sku.setText(detail.sku)
        self.title.setText(detail.title)
        self.description.setText(detail.description)
        facts = [f"Material: {detail.material}" if detail.material else "", f"Origin: {detail.origin}" if detail.origin else "",
                 f"Value: {detail.unit_value} {detail.currency}".strip() if detail.unit_value else "",
                 f"Net weight: {detail.net_weight_kg} kg" if detail.net_weight_kg is not None else ""]
        facts += [f"{k}: {v}" for k, v in detail.attributes.items()]
        self.facts.setText("\n".join(f for f in facts if f))
        for rank, s in enumerate(detail.suggestions, 1):
            it = QListWidgetItem(f"{rank}. {s.code}  {s.probability:.0%}  {s.description}\n    {s.heading}")
            it.setData(Qt.ItemDataRole.UserRole, s.code)
            it.setToolTip(f"{s.chapter}\n{s.heading}\n{s.description}")
            self.suggestions.addItem(it)
        if detail.suggestions:
            self.suggestions.setCurrentRow(0)
        for f in detail.flags:
            market = "all markets" if f.market == "*" else f.market
            it = QListWidgetItem(f"[{f.severity.upper()}] {f.rule_id} ({market}): {f.reason}"
                                 + (f"\n    triggered by: {f.trigger}" if f.trigger else ""))
            self.flags.addItem(it)
        self._set_enabled(True)
        self.suggestions.setFocus()

    def _set_enabled(self, on: bool) -> None:
        for w in (self.accept_button, self.override_button, self.override, self.note):
            w.setEnabled(on)

    # decisions ----------------------------------------------------------------------------
    def _pick(self, row: int) -> None:
        if 0 <= row < self.suggestions.count():
            self.suggestions.setCurrentRow(row)
            self.accept_selected()

    def accept_selected(self) -> None:
        it = self.suggestions.currentItem()
        if self.detail is None or it is None:
            return
        self._emit(str(it.data(Qt.ItemDataRole.UserRole)))

    def override_code(self) -> None:
        if self.detail is None:
            return
        code = self.override.text().strip().split(" ")[0]
        try:
            nomenclature().validate(code)
        except ValueError as exc:
            self.message.setText(str(exc))
            return
        self._emit(code)

    def _emit(self, code: str) -> None:
        if not self.reviewer.text().strip():
            self.message.setText(self.tr("Type your name in Reviewer first: every decision records who took it."))
            self.reviewer.setFocus()
            return
        assert self.detail is not None
        self.sig_decision.emit(self.detail.id, code, self.note.text())
        self.note.clear()
        self.override.clear()

    def eventFilter(self, obj, event) -> bool:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QEvent

        if obj is self.suggestions and event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept_selected()
            return True
        return super().eventFilter(obj, event)
