"""The review workstation: a filtered queue, the item side by side with its suggestions and
flags, and a keyboard-first decision flow.

Keys (anywhere on the page): Enter accepts the top suggestion, 1-5 pick a suggestion (6 the
catalogue's code, when the model does not suggest it), O opens the HS code picker, N goes to
the note, J/K (or the arrows in the queue) move,
Shift+Enter applies the highlighted suggestion to every selected queue item, T to every
pending item with the same title; Ctrl+Z (Edit menu) undoes. The page emits the reviewer's
intent; the controller runs the decision as an operation.

The queue's search, filters and count are app.gui.review_queue; the questions before a code
goes to several items are app.gui.bulk_decisions.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QLineEdit, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget

from app.core.reviewing import ReviewDetail
from app.gui import confusion_words
from app.gui.bulk_decisions import BulkDecisions
from app.gui.hs_picker import HsPicker, Suggest
from app.gui.labels import count
from app.gui.lazy_model import RowSource
from app.gui.review_panes import FlagsPane, ItemPane, MemoryPane, SuggestionsPane, plain
from app.gui.review_queue import QUEUE_WIDTH, QueueBox

def _splitter(orientation: Qt.Orientation, *panes: tuple[QWidget, int]) -> QSplitter:
    """A splitter whose panes keep their minimum size (none can be dragged out of sight)."""
    splitter = QSplitter(orientation)
    splitter.setChildrenCollapsible(False)
    for i, (pane, stretch) in enumerate(panes):
        splitter.addWidget(pane)
        splitter.setStretchFactor(i, stretch)
    return splitter


class ReviewPage(QWidget):
    sig_decision = Signal(list, str, str)  # item ids, code, note
    sig_item_requested = Signal(int)
    sig_queue_reloaded = Signal(int)  # rows in the queue

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: ReviewDetail | None = None
        self.suggest_codes: Suggest | None = None  # the model's codes for words typed in the picker
        self.picker: HsPicker | None = None
        self._awaiting_note: tuple[list[int], str] | None = None  # a decision waiting for its note
        self.saving: set[int] = set()  # items whose decision is on its way to the database
        self._saving_text = ""  # what the message says about the item shown while its decision is saved
        self._waiting_for = ""  # the job the decisions being saved wait behind
        self._want: int | None = None  # an item to show once the queue being read has arrived
        self._refresh_detail = False  # the queue being read follows a change of the items: read the detail again

        # The queue and its filters: the page chooses the item shown from the queue's rows.
        self.queue_box = QueueBox()
        self.search, self.model = self.queue_box.search, self.queue_box.model
        self.queue: QTableView = self.queue_box.queue
        self.model.sig_reloaded.connect(self._queue_reloaded)
        self.queue.selectionModel().currentRowChanged.connect(self._current_changed)
        self.queue_box.sig_filters_changed.connect(self.reload_queue)

        # The detail: the item across the top; under it the suggestions, and beside them why the
        # item needs a look and the decision memory; the deciding question across the width.
        self.item_pane, self.suggestions_pane = ItemPane(), SuggestionsPane()
        self.flags_pane, self.memory_pane = FlagsPane(), MemoryPane()
        notes = _splitter(Qt.Orientation.Vertical, (self.flags_pane, 1), (self.memory_pane, 0))
        side = _splitter(Qt.Orientation.Horizontal, (self.suggestions_pane, 3), (notes, 2))
        panes = _splitter(Qt.Orientation.Vertical, (self.item_pane, 0), (side, 1))  # the rest goes to the suggestions

        # The decision bar: the reviewer and the note beside the four buttons in two rows, so that
        # the detail fits a 1024-pixel screen in any language.
        self.reviewer = QLineEdit()
        self.reviewer.setPlaceholderText(self.tr("Your name"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (N); required when a blocking flag is overridden"))
        self.note.setToolTip(self.note.placeholderText())  # the field may be too narrow to show it whole
        self.accept_button = QPushButton(self.tr("Accept top (Enter)"))
        self.pick_button = QPushButton(self.tr("Other code… (O)"))
        self.bulk_button = QPushButton(self.tr("Apply to selected (Shift+Enter)"))
        self.same_title_button = QPushButton(self.tr("Apply to same title (T)"))
        self.message = plain(QLabel())
        self.bulk = BulkDecisions(self)  # the questions before a code goes to several items
        self.accept_button.clicked.connect(self.accept_top)
        self.pick_button.clicked.connect(self.open_picker)
        self.bulk_button.clicked.connect(self.bulk.apply_to_selected)
        self.same_title_button.clicked.connect(self.bulk.apply_to_same_title)
        bar = QGridLayout()
        bar.addWidget(QLabel(self.tr("Reviewer")), 0, 0)
        bar.addWidget(self.reviewer, 0, 1)
        bar.addWidget(self.note, 1, 0, 1, 2)
        for i, b in enumerate((self.accept_button, self.pick_button, self.bulk_button, self.same_title_button)):
            bar.addWidget(b, i // 2, 2 + i % 2)
        bar.setColumnStretch(1, 1)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(panes, 1)
        rv.addWidget(self.suggestions_pane.question)
        rv.addLayout(bar)
        rv.addWidget(self.message)
        outer = _splitter(Qt.Orientation.Horizontal, (self.queue_box, 1), (right, 3))
        outer.setSizes([3 * QUEUE_WIDTH, 7 * QUEUE_WIDTH])  # the queue takes three tenths of a wide window
        QVBoxLayout(self).addWidget(outer)

        keys: list[tuple[str | QKeySequence.StandardKey, Callable[[], None]]] = [
            ("Return", self.accept_top), ("Enter", self.accept_top),
            ("Shift+Return", self.bulk.apply_to_selected), ("Shift+Enter", self.bulk.apply_to_selected),
            ("O", self.open_picker), ("N", self.focus_note), ("T", self.bulk.apply_to_same_title),
            ("J", lambda: self.move(1)), ("K", lambda: self.move(-1)),
        ]
        # 6: the catalogue's code, in a row of its own when the model does not suggest it
        keys += [(str(n), lambda n=n: self.pick(n - 1)) for n in range(1, 7)]
        self.shortcuts = []
        for key, slot in keys:
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
            self.shortcuts.append(sc)
        self.show_detail(None)

    # queue --------------------------------------------------------------------------------
    def set_source(self, source: RowSource) -> None:
        self.model.set_source(source)

    def reload_queue(self) -> None:
        """Read the queue again with the filters chosen (on the reader when there is one); the
        current item stays shown, or the one now on its row when it left."""
        self.model.reload(self.queue_box.current_filter(), keep_rows=True)

    def refresh_queue(self, show: int | None = None, rows_changed: bool = True) -> None:
        """Read the queue and the item shown again after the items changed (a classification, a
        rule, an undo); `show` is an item to show once it has arrived (an undone decision's).
        `rows_changed` False: the rows that changed were named to the model already."""
        self._want = show if show is not None else self._want
        self._refresh_detail = True
        self.model.reload(self.queue_box.current_filter(), keep_rows=not rows_changed)

    def _queue_reloaded(self, changed: bool) -> None:
        n = self.model.rowCount()
        self.queue_box.show_count(n)
        self.sig_queue_reloaded.emit(n)
        want, self._want = self._want, None
        refresh, self._refresh_detail = self._refresh_detail, False
        if want is not None and self.model.row_of(want) < 0:
            self.queue.clearSelection()  # not in the queue as filtered: shown, and no key acts on a row
            self.sig_item_requested.emit(want)
            return
        if n == 0:
            self.show_detail(None)
            f = self.queue_box.current_filter()
            if f.status != "flagged" or any((f.rule_id, f.severity, f.market, f.band, f.search, f.catalogue_id is not None)):
                self.item_pane.title.setPlainText(self.tr("No item matches the search and filters."))
            return
        target = want if want is not None else (self.detail.id if self.detail else None)
        at = self.model.row_of(target) if target is not None else -1
        current = self.queue.currentIndex().row()
        if at >= 0 and at == current and not refresh and self.detail is not None and self.detail.id == target:
            return  # the item shown is still the current row: the selection stays as the reviewer made it
        if at < 0 and target is not None and target in self.model.previous_ids:  # it left: the row it was on
            left = set(self.model.ids)
            at = sum(1 for i in self.model.previous_ids[:self.model.previous_ids.index(target)] if i in left)
        row = at if at >= 0 else max(current, 0)
        self._select_row(min(row, n - 1), force=True)

    def items_left(self, item_ids: list[int]) -> None:
        """These items left the queue (decided): the next one comes up in place of the one shown."""
        gone = set(item_ids)
        if self.detail is not None and self.detail.id in gone and self.model.row_of(self.detail.id) >= 0:
            rows = self.model.ids
            at = self.model.row_of(self.detail.id)
            after = next((r for r in range(at + 1, len(rows)) if rows[r] not in gone), -1)
            before = next((r for r in range(at - 1, -1, -1) if rows[r] not in gone), -1)
            if after >= 0 or before >= 0:
                self._select_row(after if after >= 0 else before)
        self.model.remove_ids(item_ids)

    def select_item(self, item_id: int) -> bool:
        """Select an item of the queue (False when the queue, as filtered, does not list it)."""
        row = self.model.row_of(item_id)
        if row >= 0:
            self._select_row(row, force=True)
        return row >= 0

    def open_item(self, item_id: int) -> None:
        """Show an item asked for from elsewhere (a shipment's refusal, an undo). The queue's
        selection follows it, or is cleared when the queue as filtered does not list it: keys
        that act on the selection must never act on another item than the one shown. While
        the queue is being read, it is shown once the queue has arrived."""
        if self.model.loading:
            self._want = item_id
        elif not self.select_item(item_id):
            self.queue.clearSelection()
            self.sig_item_requested.emit(item_id)

    def _select_row(self, row: int, force: bool = False) -> None:
        index = self.model.index(row, 0)
        before = self.queue.currentIndex().row()
        self.queue.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.queue.scrollTo(index)
        if force and before == row:
            self._current_changed(index, index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.model.updating:
            return  # rows are being removed or the list replaced: _queue_reloaded chooses the item
        if current.isValid():
            self.sig_item_requested.emit(self.model.ids[current.row()])

    def move(self, step: int) -> None:
        n = self.model.rowCount()
        if n:
            self._select_row(max(0, min(n - 1, self.queue.currentIndex().row() + step)))
            self.queue.setFocus()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.queue.selectionModel().selectedRows()})
        return [self.model.ids[r] for r in rows]

    # detail -------------------------------------------------------------------------------
    def show_detail(self, detail: ReviewDetail | None) -> None:
        self.detail = detail
        self._awaiting_note = None
        self._saving_text = ""
        self.message.clear()
        for pane in (self.item_pane, self.suggestions_pane, self.flags_pane, self.memory_pane):
            pane.show_detail(detail)
        self._show_saving()
        if detail is not None and not self.note.hasFocus() and not self.reviewer.hasFocus() and not self.search.hasFocus():
            self.queue.setFocus()

    def _enable_decisions(self) -> None:
        """The decision buttons work on the item shown, unless its decision is being saved."""
        free = self.detail is not None and self.detail.id not in self.saving
        for w in (self.accept_button, self.pick_button, self.bulk_button, self.same_title_button, self.note):
            w.setEnabled(free)

    def set_saving(self, item_ids: set[int], waiting_for: str = "") -> None:
        """Decisions for these items are on their way to the database: their rows say so, and
        the item shown takes no second decision until its first is saved. `waiting_for` names
        the job the decisions wait behind, if any."""
        self.saving = set(item_ids)
        self._waiting_for = waiting_for if self.saving else ""
        self.model.set_marks({i: self.tr("saving…") for i in self.saving})
        self._show_saving()

    def _show_saving(self) -> None:
        self._enable_decisions()
        text = ""
        if self.detail is not None and self.detail.id in self.saving and self._waiting_for:
            text = self.tr("Your decision is saved when “{job}” finishes. J moves on to the next item "
                           "meanwhile.").format(job=self._waiting_for)
        if text:
            self._saving_text = text
            self.message.setText(text)
        elif self._saving_text:
            if self.message.text() == self._saving_text:
                self.message.clear()
            self._saving_text = ""

    # decisions ----------------------------------------------------------------------------
    def focus_note(self) -> None:
        self.note.setFocus()
        self.note.selectAll()

    def accept_top(self) -> None:
        if self.reviewer.hasFocus():  # Enter after typing one's name finishes the name, decides nothing
            self.queue.setFocus()
            return
        if self.detail is None or self.being_saved():
            return
        if self._awaiting_note is not None:
            self.submit(*self._awaiting_note)
            return
        if not self.detail.item.suggestions:
            self.open_picker()
            return
        if self.detail.question is not None:
            # {fact} is a noun phrase ("construction of the fabric") or a clause ("whether it is
            # rechargeable"): in brackets, either reads right
            self.message.setText(self.tr("The two best suggestions differ ({fact}): {q} Press 1 or 2: {choices}; O "
                                         "for another code.").format(fact=confusion_words.fact(self.detail.question),
                                                                     q=confusion_words.asked(self.detail.question),
                                                                     choices=confusion_words.choices(self.detail.question)))
            return
        self.submit([self.detail.item.id], self.detail.item.suggestions[0].code)

    def pick(self, row: int) -> None:
        code = self.suggestions_pane.code_at(row)
        if self.detail is not None and code and not self.being_saved():
            self.suggestions_pane.table.selectRow(row)
            self.submit([self.detail.item.id], code)

    def open_picker(self) -> None:
        if self.detail is None or self.being_saved():
            return
        self.picker = HsPicker(self.window(), suggest=self.suggest_codes)  # not a child: the page's keys stay out of it
        item_id = self.detail.item.id
        self.picker.sig_code_chosen.connect(lambda code: self.submit([item_id], code))
        self.while_open(self.picker)
        self.picker.open()
        self.picker.query.setFocus()

    def while_open(self, dialog: QDialog) -> None:
        """The page's keys rest while one of its dialogs is open, so Enter reaches the dialog."""
        for sc in self.shortcuts:
            sc.setEnabled(False)
        dialog.finished.connect(self._keys_back)

    def _keys_back(self) -> None:
        for sc in self.shortcuts:
            sc.setEnabled(True)
        self.window().activateWindow()
        self.queue.setFocus()

    def tell(self, text: str) -> None:
        """What a decision did, under the item shown, unless that is asking for a note."""
        if self._awaiting_note is None:
            self.message.setText(text)

    def ask_for_note(self, ids: list[int], code: str, blocked: list[str]) -> None:
        """Some of the items have a blocking flag: the decision waits for a note."""
        self._awaiting_note = (ids, code)
        shown = ", ".join(blocked[:3]) + (self.tr(" and {n} more").format(n=count(len(blocked) - 3)) if len(blocked) > 3 else "")
        self.message.setText(self.tr("Nothing decided yet: {skus} has a blocking flag. Type a note saying why {code} may "
                                     "ship, then press Enter.").format(skus=shown, code=code))
        self.focus_note()

    def being_saved(self) -> bool:
        """The item shown has a decision on its way: keys that would decide it again do nothing."""
        return self.detail is not None and self.detail.id in self.saving

    def submit(self, ids: list[int], code: str) -> None:
        if self.being_saved() and self.detail is not None and self.detail.id in ids:
            return  # its decision is on its way: a second press must not decide it twice
        if not self.reviewer.text().strip():
            self.message.setText(self.tr("Type your name in Reviewer first: every decision records who took it."))
            self.reviewer.setFocus()
            return
        if self.detail is not None and self.detail.blocking and self.detail.item.id in ids and not self.note.text().strip():
            self._awaiting_note = (ids, code)
            self.message.setText(self.tr("{sku} has a blocking flag: type a note saying why {code} may ship, then press "
                                         "Enter.").format(sku=self.detail.item.sku, code=code))
            self.focus_note()
            return
        self._awaiting_note = None
        self.sig_decision.emit(list(ids), code, self.note.text().strip())
        self.note.clear()
        self.queue.setFocus()
