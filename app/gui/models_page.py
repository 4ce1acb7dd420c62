"""The Models page: every model version with its metrics, retraining, activation, and the
review threshold that trades how many items are accepted without review against risk."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import flagging, model_card, services
from app.core.evaluation import FEW_TO_COMPARE, curve_point
from app.core.model_versions import (
    LearningReceipt,
    NothingToLearn,
    RetrainReport,
    VersionRow,
    format_receipt,
    format_side_by_side,
)
from app.core.rules import RuleFileError
from app.core.workspace import Workspace
from app.gui.core_messages import core_text, error_text
from app.gui.labels import count, decimal, local_time, percent
from app.gui.operations import OperationRunner
from app.gui.spin_boxes import ConfidenceSpin
from app.gui.threshold_question import ThresholdQuestion

COLUMNS = (QT_TRANSLATE_NOOP("ModelsPage", "Version"), QT_TRANSLATE_NOOP("ModelsPage", "Created"),
           QT_TRANSLATE_NOOP("ModelsPage", "Active"), QT_TRANSLATE_NOOP("ModelsPage", "Examples"),
           QT_TRANSLATE_NOOP("ModelsPage", "Decisions"), QT_TRANSLATE_NOOP("ModelsPage", "Held-out top-1"),
           QT_TRANSLATE_NOOP("ModelsPage", "Top-5"), QT_TRANSLATE_NOOP("ModelsPage", "Auto-accepted"),
           QT_TRANSLATE_NOOP("ModelsPage", "Auto error"), QT_TRANSLATE_NOOP("ModelsPage", "Measured on"))
FEW = FEW_TO_COMPARE  # held-out items under which a percentage moves by several points per item
FIGURES = (5, 6, 7, 8)  # the columns of shares measured on held-out items


def _pct(v: Any) -> str:
    return "" if v is None else percent(v)


def receipt_lines(receipt: LearningReceipt) -> list[str]:
    """The learning receipt's lines in the window's language."""
    return [core_text(line) for line in format_receipt(receipt)]


def held_out(metrics: dict[str, Any]) -> dict[str, Any]:
    """The figures a version is judged by: on held-out decisions if any, else cross-validated."""
    return metrics.get("after") or metrics.get("cross_validated") or {}


class ModelsPage(QWidget):
    sig_changed = Signal()  # the active version or the threshold changed; items were reclassified
    sig_message = Signal(str)

    def __init__(self, ws: Workspace, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.runner = runner
        self.versions: list[VersionRow] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        for c in (7, 8):
            self.table.horizontalHeaderItem(c).setToolTip(self.tr("On each version's held-out data, at the review "
                                                                   "threshold set now"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.retrain_button = QPushButton(self.tr("Retrain from decisions"))
        self.force = QCheckBox(self.tr("Activate even if worse"))
        self.activate_button = QPushButton(self.tr("Activate selected version"))
        self.threshold = ConfidenceSpin()
        self.threshold_info = QLabel()
        self.threshold_info.setTextFormat(Qt.TextFormat.PlainText)
        self.apply_threshold = QPushButton(self.tr("Apply threshold"))
        self.review_below: float | None = None  # the threshold in force, as last read
        self.threshold_question: ThresholdQuestion | None = None  # asked before a risky threshold is applied
        self.receipt = QPlainTextEdit()
        self.receipt.setReadOnly(True)
        # the active and candidate figures stand in columns lined up with spaces
        self.receipt.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.receipt.setPlaceholderText(self.tr("The result of the last retrain or activation appears here."))
        self.last_result: tuple[str, str] | None = None  # (time, text) of the last result shown in the box
        # undecided items still carrying an older version's suggestions (an interrupted reclassification)
        self.older_info = QLabel()
        self.older_info.setTextFormat(Qt.TextFormat.PlainText)
        self.older_info.setWordWrap(True)
        self.reclassify_button = QPushButton()
        self.older_items = 0
        self.reclassifying = False  # a reclassification is queued or running: a second one would repeat it

        buttons = QHBoxLayout()
        for w in (self.retrain_button, self.force, self.activate_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        limit = QHBoxLayout()
        limit.addWidget(QLabel(self.tr("Review items below confidence")))
        for w in (self.threshold, self.apply_threshold, self.threshold_info):
            limit.addWidget(w)
        limit.addStretch(1)
        older = QHBoxLayout()
        older.addWidget(self.older_info, 1)
        older.addWidget(self.reclassify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 2)
        layout.addLayout(older)
        layout.addLayout(limit)
        layout.addWidget(self.receipt, 1)

        self.retrain_button.clicked.connect(self.retrain)
        self.activate_button.clicked.connect(self.activate_selected)
        self.apply_threshold.clicked.connect(self.set_threshold)
        self.reclassify_button.clicked.connect(self.reclassify_older)
        self.threshold.valueChanged.connect(self._show_tradeoff)
        self.reload()

    # state --------------------------------------------------------------------------------
    def reload(self) -> None:
        self.versions = services.list_versions(self.ws)
        self.table.setRowCount(len(self.versions))
        try:
            review_below: float | None = self.ws.rules().review_below
            problem = ""
        except RuleFileError as exc:  # the rule file was broken while the window is open
            review_below, problem = None, error_text(exc)
        self.review_below = review_below
        for r, v in enumerate(self.versions):
            m = held_out(v.metrics)
            # every version at today's threshold (its curve), so that versions compare; older
            # records without a curve show the figures of the threshold they were trained under
            point = curve_point(m["curve"], review_below) if m.get("curve") and review_below is not None else None
            coverage, error = point if point is not None else (m.get("coverage"), m.get("auto_error"))
            n = int(m["n"]) if m.get("n") else None
            accepted = round(coverage * n) if coverage is not None and n is not None else None
            cells = (str(v.id), local_time(v.created_at), self.tr("yes") if v.active else "", count(v.n_examples),
                     count(v.n_decisions), self.share(m.get("top1"), n), self.share(m.get("top5"), n),
                     self.share(coverage, n), self.share(error, accepted), self.measured_on(v.metrics))
            few = self.too_few(n or 0)
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if few and (c in FIGURES or c == len(cells) - 1):
                    cell.setToolTip(few)
                    cell.setForeground(self.palette().placeholderText())  # greyed: not a figure to compare
                self.table.setItem(r, c, cell)
        self._show_older()
        if review_below is None:
            self.threshold.setEnabled(False)
            self.apply_threshold.setEnabled(False)
            self.threshold_info.setText(self.tr("The rules cannot be read: {problem}").format(problem=problem))
            return
        self.threshold.setEnabled(True)
        self.apply_threshold.setEnabled(True)
        self.threshold.blockSignals(True)
        self.threshold.setValue(review_below)
        self.threshold.blockSignals(False)
        self._show_tradeoff()

    def _show_older(self) -> None:
        """Say how many undecided items carry an older version's suggestions, with the way out."""
        older = services.count_older(self.ws)
        self.older_items = older.items
        self.older_info.setText(self.older_notice(older.items, older.active_id))
        self.reclassify_button.setText(self.tr("Classify them again with version {v}").format(v=older.active_id))
        for w in (self.older_info, self.reclassify_button):
            w.setVisible(bool(older.items))
        self.reclassify_button.setEnabled(not self.reclassifying)

    def older_notice(self, n: int, active: int | None) -> str:
        if not n:
            return ""
        text = (self.tr("1 undecided item carries suggestions from an older model version, not from version {v}, "
                        "the active one.") if n == 1 else
                self.tr("{n} undecided items carry suggestions from an older model version, not from version {v}, "
                        "the active one."))
        return text.format(n=count(n), v=active) + " " + self.tr(
            "A retrain or activation that was interrupted leaves them so, and so does undoing a decision taken "
            "under an older version.")

    def resume_older(self) -> None:
        """At the start: items left with an older version's suggestions (a retrain or activation
        that did not finish) are classified again with the active one, as a job that says so."""
        if not self.older_items:
            return
        n, version = self.older_items, next((v.id for v in self.versions if v.active), None)
        text = (self.tr("1 undecided item still carries an older model version's suggestions: classifying it again "
                        "with version {v}.") if n == 1 else
                self.tr("{n} undecided items still carry an older model version's suggestions: classifying them "
                        "again with version {v}."))
        self.sig_message.emit(text.format(n=count(n), v=version))
        self.reclassify_older()

    def share(self, fraction: float | None, of: int | None) -> str:
        """A share with the count it rests on, "32.6% (1,548 of 4,748)": a figure on five items
        beside one on thousands must not read as the better measure."""
        if fraction is None:
            return ""
        if of is None:  # an older record, without its count
            return percent(fraction)
        return self.tr("{p} ({k} of {n})").format(p=percent(fraction), k=count(round(fraction * of)), n=count(of))

    def too_few(self, n: int) -> str:
        """Why a version's figures on so few held-out items are not to be compared ("" when they may be)."""
        if not 0 < n < FEW:
            return ""
        if n == 1:
            return self.tr("Measured on 1 item: too few to compare with another version's figures.")
        return self.tr("Measured on {n} items: too few to compare with another version's figures (each item moves a "
                       "figure by {p}).").format(n=count(n), p=percent(1 / n, 0))

    def measured_on(self, metrics: dict[str, Any]) -> str:
        """What a version's figures were measured on: versions are compared on different items
        (the newest decisions, or starter titles), so the figures say which."""
        n = int(held_out(metrics).get("n") or 0)
        if not n:
            return ""
        if metrics.get("after"):
            text = self.tr("your {n} newest decisions").format(n=count(n))
        else:
            text = self.tr("{n} labelled titles, cross-validated").format(n=count(n))
        return text + (self.tr(" (too few to compare)") if n < FEW else "")  # the tooltip says why

    def curve_row(self, threshold: float) -> model_card.ThresholdRow | None:
        """What the active version's held-out curve gives at a threshold (None without a curve)."""
        active = next((v for v in self.versions if v.active), None)
        curve = held_out(active.metrics).get("curve") if active else None
        point = curve_point(curve, threshold) if curve else None
        return None if point is None else model_card.ThresholdRow(threshold, point[0], point[1])

    def _show_tradeoff(self) -> None:
        row = self.curve_row(self.threshold.value())
        self.threshold_info.setText("" if row is None else self.tr(
            "on held-out data: {c} accepted without review, {e} of them wrong").format(c=_pct(row.coverage),
                                                                                      e=_pct(row.error)))

    def selected_version(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.versions[rows[0].row()].id if rows else None

    # actions ------------------------------------------------------------------------------
    def _failed(self, title: str) -> Any:
        return lambda msg, det: self.sig_message.emit(f"{title}: {msg}")

    def _show_result(self, text: str) -> None:
        """A job's result in the box, stamped with the time it came, so a later one never looks like it."""
        at = f"{datetime.now():%H:%M}"
        self.last_result = (at, text)
        self.receipt.setPlainText(f"{at}  {text}")

    def _track(self, op: Any, job: str) -> None:
        """After a cancel or a failure the box says so, and what the job left as it was, in place
        of the last result (which stays below it, marked as earlier)."""
        before = ([v.id for v in self.versions], next((v.id for v in self.versions if v.active), None))
        op.sig_cancelled.connect(lambda: self._interrupted(job, before, None))
        op.sig_failed.connect(lambda msg, _det: self._interrupted(job, before, msg))

    def _interrupted(self, job: str, before: tuple[list[int], int | None], failure: str | None) -> None:
        ids, active = before
        self.reload()
        now_active = next((v.id for v in self.versions if v.active), None)
        at = f"{datetime.now():%H:%M}"
        head = (self.tr("{job} was cancelled at {at}.") if failure is None else
                self.tr("{job} failed at {at}: {why}")).format(job=job, at=at, why=failure)
        if now_active != active:
            state = self.tr("Version {v} was made active before it stopped.").format(v=now_active)
            if self.older_items:
                state += " " + self.older_notice(self.older_items, now_active)
        elif [v.id for v in self.versions] != ids:
            state = self.tr("A version was recorded but not made active; version {v} is still active and no "
                            "suggestion changed.").format(v=active)
        else:
            state = self.tr("Nothing changed: no version was added, version {v} is still active and no suggestion "
                            "changed.").format(v=active)
        self._show_instead(f"{head} {state}")
        if failure is not None:
            self.sig_changed.emit()  # items may have followed a version made active before the failure

    def _show_instead(self, text: str) -> None:
        """What stopped a job, in the box in place of the last result (kept below, marked as earlier)."""
        lines = [text]
        if self.last_result is not None:
            lines += ["", self.tr("The earlier result, from {at}, for reference:").format(at=self.last_result[0]),
                      self.last_result[1]]
        self.receipt.setPlainText("\n".join(lines))

    def retrain(self) -> None:
        force = self.force.isChecked()

        def work(progress):  # type: ignore[no-untyped-def]
            try:
                return services.retrain(self.ws, progress, force=force)
            except NothingToLearn as exc:
                return error_text(exc)  # in the window's language: the translation is thread-safe

        op = self.runner.run(self.tr("Retraining"), work, self._retrained, self._failed(self.tr("Retraining failed")))
        self._track(op, self.tr("Retraining"))
        op.sig_cancelled.connect(lambda: self.sig_message.emit(
            self.tr("Retraining cancelled; the active version and its suggestions are unchanged.")))

    def _retrained(self, rep: RetrainReport | str) -> None:
        if isinstance(rep, str):  # nothing new to learn from: no version is written
            text = self.tr("Not retrained: {why}").format(why=rep)
            self._show_result(text)
            self.sig_message.emit(text)
            return
        lines = [self.tr("Version {v}: {state}").format(v=rep.candidate_id,
                                                        state=self.tr("active") if rep.activated else self.tr("not active")),
                 core_text(rep.reason), self.learned_from(rep),
                 self.tr("Held-out decisions: {n}").format(n=count(rep.holdout_size))]
        stopped = self.stopped_text(rep.candidate_id, rep.receipt) if rep.receipt is not None else ""
        if stopped:  # Cancel pressed while the items were classified again: said first
            lines.insert(1, stopped)
        lines += [core_text(line) for line in format_side_by_side(rep.before, rep.after)]
        if rep.before is not None and 0 < rep.holdout_size < FEW:
            lines.append(self.tr("These figures rest on 1 held-out decision: too few to tell the versions apart.")
                         if rep.holdout_size == 1 else
                         self.tr("These figures rest on {n} held-out decisions: too few to tell the versions apart "
                                 "(each one moves a figure by {p}).").format(n=count(rep.holdout_size),
                                                                          p=percent(1 / rep.holdout_size, 0)))
        if rep.receipt is not None:
            lines += receipt_lines(rep.receipt)
        self._show_result("\n".join(lines))
        self.reload()
        self.sig_changed.emit()
        self.sig_message.emit(stopped or lines[0])

    def stopped_text(self, version: int, receipt: LearningReceipt) -> str:
        """What a cancel left after a new version was made active ("" when the work finished):
        the items it had not reached yet keep the older suggestions until the next start."""
        if receipt.stopped_at is None:
            return ""
        done, total = receipt.stopped_at
        return self.tr("Cancelled while classifying the items again: version {v} stays active; {done} of {n} items "
                       "were classified with it, and the other {left} follow at the next start.").format(
            v=version, done=count(done), n=count(total), left=count(total - done))

    def learned_from(self, rep: RetrainReport) -> str:
        """The examples the version learned, counted as the version table counts them."""
        text = self.tr("Learned from {n} examples: {starter} starter titles and {d} decisions.").format(
            n=count(rep.n_examples), starter=count(rep.n_starter), d=count(rep.n_decisions))
        if rep.holdout_size:
            text += " " + self.tr("The {h} newest decisions were held out of training to compare the versions, then "
                                  "learned too.").format(h=count(rep.holdout_size))
        return text

    def activate_selected(self) -> None:
        version = self.selected_version()
        if version is None:
            self.sig_message.emit(self.tr("Select a version to activate first."))
            return
        title = self.tr("Activating version {v}").format(v=version)
        op = self.runner.run(title, lambda p: services.activate_version(self.ws, version, progress=p),
                             lambda receipt: self._activated(version, receipt), self._failed(self.tr("Activation failed")))
        self._track(op, title)

    def _activated(self, version: int, receipt: LearningReceipt) -> None:
        head = [self.tr("Version {v} is active").format(v=version)]
        stopped = self.stopped_text(version, receipt)
        self._show_result("\n".join(head + [stopped] * bool(stopped) + receipt_lines(receipt)))
        self.reload()
        self.sig_changed.emit()
        self.sig_message.emit(stopped or head[0])

    def reclassify_older(self) -> None:
        """Classify again, with the active version, the undecided items an older one suggested for
        (cancellable: the items done stay done, the rest are counted again). Once at a time: a
        second press, or the start's own run, while one is queued or running does nothing."""
        if self.reclassifying:
            return
        n, version = self.older_items, next((v.id for v in self.versions if v.active), None)
        title = self.tr("Classifying again with version {v}").format(v=version)

        def done(receipt: LearningReceipt) -> None:
            self._show_result("\n".join([self.tr("{n} undecided items classified again with version {v}").format(
                n=count(receipt.reclassified), v=version)] + receipt_lines(receipt)))
            self.reload()
            self.sig_changed.emit()
            self.sig_message.emit(self.tr("{n} undecided items classified again with version {v}").format(
                n=count(receipt.reclassified), v=version))

        def stopped() -> None:
            self.reload()
            self.sig_changed.emit()
            text = self.tr("Stopped: {done} of {n} items were classified again with version {v}; "
                           "{left} still carry an older version's suggestions.").format(
                done=count(n - self.older_items), n=count(n), v=version, left=count(self.older_items))
            self._show_instead(self.tr("{job} was cancelled at {at}.").format(job=title, at=f"{datetime.now():%H:%M}")
                               + " " + text)
            self.sig_message.emit(text)

        def failed(message: str, _details: str) -> None:
            self.reload()
            head = self.tr("{job} failed at {at}: {why}").format(job=title, at=f"{datetime.now():%H:%M}", why=message)
            self._show_instead(" ".join([head, self.older_notice(self.older_items, version)]).strip())

        def ended() -> None:
            self.reclassifying = False
            self.reclassify_button.setEnabled(True)

        self.reclassifying = True
        self.reclassify_button.setEnabled(False)
        op = self.runner.run(title, lambda p: services.reclassify_older(self.ws, p), done,
                             self._failed(self.tr("Classifying again failed")))
        op.sig_cancelled.connect(stopped)
        op.sig_failed.connect(failed)
        op.sig_finished.connect(ended)

    def set_threshold(self) -> None:
        """Apply the threshold chosen; one that lets more wrong codes through than the default
        allows is asked about first (as in Settings)."""
        value = round(self.threshold.value(), 2)
        current = self.review_below
        risk = None if current is None else model_card.threshold_risk(current, value, self.curve_row(value))
        if risk is None:
            self._apply_threshold(value)
            return
        self.threshold_question = ThresholdQuestion(risk, self, lambda: self._apply_threshold(value),
                                                    lambda: self.threshold.setValue(current))
        self.threshold_question.open()

    def _apply_threshold(self, value: float) -> None:

        def done(report: flagging.ReflagReport) -> None:
            self._show_result("\n".join([
                self.tr("Review threshold {t}").format(t=decimal(value, 2)),
                self.tr("{n} items changed: {q} now wait for review, {f} no longer wait, {r} decided items are back in "
                        "the queue.").format(n=count(report.changed), q=count(report.to_queue),
                                             f=count(report.released), r=count(report.returned))]))
            self.reload()
            self.sig_changed.emit()

        def stopped() -> None:
            self.reload()
            self.sig_changed.emit()
            self.sig_message.emit(self.tr("Review threshold {t} applied to part of the items; the rest follow at "
                                          "the next start.").format(t=value))

        def work(p: Any) -> flagging.ReflagReport:
            # writes on the worker (one may wait for another program); the threshold changes the
            # flags alone, not the suggestions: a re-flag, which a cancel or a forced close leaves
            # marked unfinished for the next start to complete
            self.ws.set_setting("review_below", value)
            flagging.settings_changed(self.ws)
            return flagging.reflag(self.ws, progress=p)

        op = self.runner.run(self.tr("Flagging again"), work, done, self._failed(self.tr("Flagging failed")))
        op.sig_cancelled.connect(stopped)
