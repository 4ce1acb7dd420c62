"""Wires the review page, the dashboard and File > Import decisions to the use cases.

Reads of one item (its detail, a window of rows) are short queries on the GUI thread. The
queue's ids (every flagged item, sorted), its filter choices and the dashboard's counts run on
the reader; every write (decisions, undo, importing a decisions file) runs as an operation.

After a decision only what it changed is read again: the decided rows leave the queue (or are
read again where they stay), and the window's counts and catalogue rows follow
(sig_items_changed). A decision waits for its turn on the single writer, behind a long job if
one runs: until it is saved its row says so, and the item takes no second decision. An undo
waits on the writer in the same way. The window asks before it closes on decisions or undos
still on their way (close_guard), and is told when the last is saved (sig_saving_ended) or one
is not (sig_not_saved, sig_undo_not_saved).
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.core import deciding, failures, outputs, reviewing
from app.core.dashboard import Dashboard, dashboard
from app.core.review import RaisedFlag
from app.core.workspace import Workspace
from app.gui.core_messages import core_text
from app.gui.dashboard_page import DashboardPage
from app.gui.decisions_report import DecisionsReportDialog, applied_and_rejected
from app.gui.export_jobs import tell_if_decisions_cancelled
from app.gui.file_dialogs import open_file
from app.gui.labels import count
from app.gui.lazy_model import FunctionSource
from app.gui.operations import Operation, OperationRunner
from app.gui.review_page import ReviewPage

FOLLOW_UP_MS = 200  # what follows decisions in other views is read this long after the last of a quick run
DECISIONS_FILTER = QT_TRANSLATE_NOOP("ReviewController", "Decisions (*.csv *.xlsx *.xlsm *.ods);;All files (*)")
WARNINGS_SHOWN = 3  # consistency warnings said after a decision; the rest are counted


class ReviewController(QObject):
    sig_changed = Signal()  # decisions were written from a file: every view should re-read
    sig_items_changed = Signal(list)  # these items were decided or undone: what shows them should re-read them
    sig_saving_ended = Signal()  # no decision or undo is on its way to the database any more
    sig_not_saved = Signal()  # a decision on its way was not saved (it failed, or waits for a note)
    sig_undo_not_saved = Signal()  # an undo on its way was not saved (it failed)

    def __init__(self, ws: Workspace, runner: OperationRunner, page: ReviewPage, dashboard_page: DashboardPage,
                 say: Callable[[str], None], show_error: Callable[[str, str, str], None], parent: QWidget,
                 reader: OperationRunner | None = None) -> None:
        super().__init__(parent)
        self.ws, self.runner, self.page, self.dashboard_page = ws, runner, page, dashboard_page
        self.reader = reader or runner  # where the dashboard's counts run
        self._dashboard_queued = self._dashboard_again = False
        self.say, self.show_error, self.window = say, show_error, parent
        self.decisions_report: DecisionsReportDialog | None = None  # the last Import decisions' rejected rows
        self.source = FunctionSource(lambda f: reviewing.item_ids(ws, f), lambda ids: reviewing.rows_for_ids(ws, ids))
        page.set_source(self.source)
        page.model.set_reader(self.reader, self.tr("Reading the review queue"))
        page.model.sig_reload_failed.connect(say)
        self.saving: dict[int, str] = {}  # item id -> the code of its decision on the way to the database
        self._decision_ops: set[Operation] = set()
        self._undo_ops: list[Operation] = []  # undos on their way to the database, oldest first
        # the filter choices after decisions: read once after a run of quick decisions, not after each
        self._choices_later = QTimer(self)
        self._choices_later.setSingleShot(True)
        self._choices_later.setInterval(FOLLOW_UP_MS)
        self._choices_later.timeout.connect(self.reload_choices)
        page.bulk.same_title = lambda item_id: reviewing.same_title(ws, item_id)
        page.bulk.unchanged_by = lambda ids, code, note: reviewing.unchanged_by(ws, ids, code, note)
        page.suggest_codes = self.suggest_codes
        page.sig_item_requested.connect(self.show_item)
        page.sig_decision.connect(self.decide)
        self._reviewer_stored: str | None = str(ws.setting("reviewer") or "")  # None: not known to be stored
        page.reviewer.setText(self._reviewer_stored)
        page.reviewer.editingFinished.connect(self.remember_reviewer)

    def suggest_codes(self, words: str, answer: Callable[[list[tuple[str, float]]], None]) -> None:
        """The model's best codes for words typed in the HS picker, read on the quiet reader (no
        job bar for a keystroke); nothing when no model is active yet."""
        def read(_progress: object) -> list[tuple[str, float]]:
            model = self.ws.model()
            return [] if model is None else [(code, float(p)) for code, p in model.predict([words], 3)[0]]

        self.reader.run(self.tr("Reading the words"), read, answer)

    def reload(self) -> None:
        """Everything the page shows, read again (the items changed: a classification, a rule)."""
        self.reload_choices()
        self.page.refresh_queue()
        if self.dashboard_page.isVisible():
            self.reload_dashboard()

    def reload_choices(self) -> None:
        """The rules, markets and catalogues the filter boxes offer (read on the reader)."""
        self.reader.run(self.tr("Reading the queue's filters"), lambda _p: reviewing.filter_choices(self.ws),
                        self.page.queue_box.set_filter_choices, lambda msg, _det: self.say(msg))

    def _after_change(self, item_ids: list[int]) -> None:
        """Decisions were saved or undone for these items: what shows them follows."""
        self.page.model.refresh_rows(item_ids)
        self._choices_later.start()  # a code can bring a flag of a rule no item had
        if self.dashboard_page.isVisible():
            self.reload_dashboard()
        self.sig_items_changed.emit(item_ids)

    def reload_dashboard(self) -> None:
        """Aggregates over every item (under a second at 100,000): counted on the worker thread."""
        if self._dashboard_queued:
            self._dashboard_again = True  # one load at a time; another follows it with the newest state
            return
        self._dashboard_queued = True

        def work(_progress: Any) -> Dashboard:
            titles = {r.id: r.title for r in self.ws.rules().rules}
            with self.ws.db.session() as s:
                return dashboard(s, titles=titles)

        def done(d: Dashboard) -> None:
            self.dashboard_page.show_data(d)

        op = self.reader.run(self.tr("Counting for the dashboard"), work, done,
                             lambda msg, det: self.show_error(self.tr("Dashboard not updated"), msg, det))
        op.sig_finished.connect(self._dashboard_done)

    def _dashboard_done(self) -> None:
        self._dashboard_queued = False
        if self._dashboard_again:
            self._dashboard_again = False
            self.reload_dashboard()

    def show_item(self, item_id: int) -> None:
        self.page.show_detail(reviewing.review_detail(self.ws, item_id))

    def open_item(self, item_id: int) -> None:
        """Show an item asked for from elsewhere (a shipment's refusal): see ReviewPage.open_item."""
        self.page.open_item(item_id)

    # writes -------------------------------------------------------------------------------
    # Every write runs on the worker: with another program writing to the database, a write
    # on the GUI thread froze the window for up to 30 s (SQLite's busy timeout).
    def remember_reviewer(self) -> None:
        """The name typed in Reviewer is kept for the next start (a decision keeps it too)."""
        reviewer = self.page.reviewer.text().strip()
        if reviewer == self._reviewer_stored:
            return
        self._reviewer_stored = reviewer
        self.runner.run(self.tr("Saving the reviewer's name"), lambda p: self.ws.set_setting("reviewer", reviewer),
                        None, lambda msg, det: self._reviewer_not_saved(msg))

    def _reviewer_not_saved(self, message: str) -> None:
        self._reviewer_stored = None  # the next decision or edit tries again
        self.say(message)

    def decide(self, item_ids: list[int], code: str, note: str) -> None:
        """Save a decision on the writer. Items whose decision is still on its way are left out
        (a second Enter while the first waits behind a long job decides nothing twice)."""
        ids = [i for i in dict.fromkeys(item_ids) if i not in self.saving]
        if not ids:
            return
        reviewer = self.page.reviewer.text().strip()
        self._reviewer_stored = reviewer  # saved with the decision, in its transaction
        for i in ids:
            self.saving[i] = code
        self.page.set_saving(set(self.saving), self._job_ahead())

        def done(out: reviewing.DecisionOutcome) -> None:
            if out.needs_note:
                self.sig_not_saved.emit()
            self._saved(ids)
            if out.needs_note:  # a blocking flag on one of the items: nothing was decided
                self.page.ask_for_note(ids, code, out.needs_note)
                if out.blocks_raised:  # the code brings the block: the pane does not show it, so name it
                    self.page.message.setText(self.tr(
                        "Nothing decided yet: {code} brings a blocking flag the item did not show — {flags}. Type "
                        "a note saying why it may ship, then press Enter.").format(code=code, flags=self._raised_text(out.blocks_raised)))
                return
            decided = [r.item_id for r in out.records]
            if self.page.model.filter.status in ("flagged", "auto"):
                self.page.items_left(decided)  # decided items leave a queue of flagged or auto-accepted ones
            else:
                self.page.reload_queue()
            self._after_change(decided)
            recs = out.records
            fresh = [r for r in recs if not r.already]  # an item that had this code with this note records nothing
            if len(recs) == 1:
                text = (self.tr("{sku}: {code} recorded") if fresh else
                        self.tr("{sku} already has {code}: nothing recorded")).format(sku=recs[0].sku, code=code)
            elif len(fresh) == len(recs):
                text = self.tr("{code} recorded for {n} items").format(code=code, n=count(len(recs)))
            else:
                text = self.tr("{code} recorded for {n} of the {m} items; the others already had it").format(
                    code=code, n=count(len(fresh)), m=count(len(recs)))
            if out.flags_raised:  # resolved by the decision that brought them: said once, here
                text = self.tr("{text} — new flags under {code}, now resolved: {flags}").format(
                    text=text, code=code, flags=self._raised_text(out.flags_raised))
            if out.warnings:  # a bulk decision may bring hundreds: the first few, and how many more
                shown = "; ".join(core_text(w) for w in out.warnings[:WARNINGS_SHOWN])
                if len(out.warnings) > WARNINGS_SHOWN:
                    shown = self.tr("{shown}; and {n} more").format(shown=shown,
                                                                   n=count(len(out.warnings) - WARNINGS_SHOWN))
                text = self.tr("{text} — check: {w}").format(text=text, w=shown)
            self.page.tell(text)
            self.say(text)

        def failed(message: str, details: str) -> None:
            self.sig_not_saved.emit()
            self._saved(ids)
            self._reviewer_stored = None
            self.page.message.setText(message)
            self.show_error(self.tr("Decision not saved"), message, details)

        op = self.runner.run(self.tr("Saving decision"),
                             lambda p: reviewing.decide(self.ws, ids, code, reviewer, note, remember_reviewer=True),
                             done, failed,
                             failure_words={failures.LOCKED: self.tr("Another program is writing to the database; your "
                                                                     "decision was not saved. Try again.")})
        self._decision_ops.add(op)
        op.sig_finished.connect(lambda: self._decision_ended(op, ids))

    def _raised_text(self, flags: list[RaisedFlag]) -> str:
        """'NM-PQ: FOOD-TH (TH): Food for sale in Thailand needs …', the first few and how many more."""
        def one(f: RaisedFlag) -> str:
            market = self.tr("all markets") if f.market == "*" else f.market
            return self.tr("{sku}: {rule} ({market}): {reason}").format(sku=f.sku, rule=f.rule_id, market=market,
                                                                         reason=f.reason)
        shown = "; ".join(one(f) for f in flags[:WARNINGS_SHOWN])
        if len(flags) > WARNINGS_SHOWN:
            shown = self.tr("{shown}; and {n} more").format(shown=shown, n=count(len(flags) - WARNINGS_SHOWN))
        return shown

    @property
    def undos_waiting(self) -> int:
        """Undos on their way to the database."""
        return len(self._undo_ops)

    def waiting(self) -> bool:
        """A decision or an undo is on its way to the database."""
        return bool(self.saving or self._undo_ops)

    def _ours(self, op: Operation) -> bool:
        return op in self._decision_ops or op in self._undo_ops

    def _job_ahead(self) -> str:
        """The title of the job a decision queued now waits behind ("" when none but decisions and undos)."""
        return next((op.title for op in self.runner.running if not self._ours(op)), "")

    def jobs_ahead(self) -> list[Operation]:
        """The other jobs on the writer that the decisions and undos still on their way wait
        behind, the one at work first (none when they are next)."""
        ops = list(self.runner.running)
        last = max((n for n, op in enumerate(ops) if self._ours(op)), default=-1)
        return [op for op in ops[:last] if not self._ours(op)]

    def _saved(self, ids: list[int]) -> None:
        for i in ids:
            self.saving.pop(i, None)
        self.page.set_saving(set(self.saving), self._job_ahead())
        if not self.waiting():
            self.sig_saving_ended.emit()

    def _decision_ended(self, op: Operation, ids: list[int]) -> None:
        self._decision_ops.discard(op)
        if any(i in self.saving for i in ids):  # cancelled: nothing was saved, and the items are free again
            self.sig_not_saved.emit()
            self._saved(ids)

    def undo(self) -> None:
        reviewer = self.page.reviewer.text().strip()
        if not reviewer:  # the audit trail names who took a decision back, as it names who took it
            self.page.message.setText(self.tr("Type your name in Reviewer first: an undo records who took the "
                                              "decision back."))
            self.page.reviewer.setFocus()
            return

        def done(records: list[Any]) -> None:
            ids = list(dict.fromkeys(r.item_id for r in records))
            # the items come back to the queue; the one whose decision was taken back is the one to look at again
            self._after_change(ids)  # (their rows are read again)
            self.page.refresh_queue(show=records[-1].item_id, rows_changed=False)
            if len(records) == 1:
                self.say(self.tr("Undid the decision for {sku}").format(sku=records[0].sku))
            else:
                self.say(self.tr("Undid the {n} decisions taken together, for {skus}").format(
                    n=count(len(records)), skus=", ".join(r.sku for r in records[:5]) + (", …" if len(records) > 5 else "")))

        def failed(message: str, details: str) -> None:
            self.sig_undo_not_saved.emit()
            self.show_error(self.tr("Nothing undone"), message, details)

        op = self.runner.run(self.tr("Undoing"), lambda p: deciding.undo_last_decision(self.ws, reviewer), done, failed)
        op.sig_cancelled.connect(self.sig_undo_not_saved)
        self._undo_ops.append(op)  # counted like a decision on its way when the window is closed
        op.sig_finished.connect(lambda: self._undo_ended(op))

    def _undo_ended(self, op: Operation) -> None:
        if op in self._undo_ops:
            self._undo_ops.remove(op)
        if not self.waiting():
            self.sig_saving_ended.emit()

    def choose_import_decisions(self) -> None:
        path = open_file(self.window, self.tr("Import decisions"), self.tr(DECISIONS_FILTER))
        if path:
            self.import_decisions(path)

    def import_decisions(self, path: Path) -> None:
        """Apply a filled-in queue export; every rejected row is named."""
        reviewer = self.page.reviewer.text().strip() or str(self.ws.setting("reviewer") or "")

        def done(rep: outputs.DecideReport) -> None:
            self.sig_changed.emit()
            text = self.tr("{name}: {counts}").format(name=path.name, counts=applied_and_rejected(rep))
            if rep.unchanged:
                text += self.tr("; {u} items were already decided so").format(u=count(rep.unchanged))
            if rep.raised:  # resolved by the decisions that brought them: said once, here
                text = self.tr("{text} — new flags under the codes given, now resolved: {flags}").format(
                    text=text, flags=self._raised_text(rep.raised))
            self.say(text)
            if rep.rejected:  # a summary, the reasons counted, the rows in a table and a file
                self.decisions_report = DecisionsReportDialog(rep, self.runner, self.say, self.show_error, self.window)
                self.decisions_report.show()

        tell_if_decisions_cancelled(self.runner.run(self.tr("Importing decisions from {name}").format(name=path.name),
                                    lambda p: outputs.apply_decisions_file(self.ws, path, reviewer, p), done,
                                    lambda msg, det: self.show_error(self.tr("Decisions not imported"), msg, det)),
                                    self.say, path)
