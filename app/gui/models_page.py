"""The Models page: every model version with its metrics, retraining, activation, and the
review threshold that trades how many items are accepted without review against risk.

The versions' table is app.gui.versions_table; the box under it, where each job's result is
written, and the wording of a retrain's receipt are app.gui.retrain_receipt."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core import flagging, model_card, services
from app.core.evaluation import curve_point
from app.core.model_versions import LearningReceipt, NothingToLearn, RetrainReport, VersionRow
from app.core.rules import RuleFileError
from app.core.workspace import Workspace
from app.gui.core_messages import error_text
from app.gui.labels import count, decimal, percent
from app.gui.operations import OperationRunner
from app.gui.retrain_receipt import ResultBox, receipt_lines, retrain_lines, stopped_text
from app.gui.spin_boxes import ConfidenceSpin
from app.gui.threshold_question import ThresholdQuestion
from app.gui.versions_table import VersionsTable, held_out


def _pct(v: Any) -> str:
    return "" if v is None else percent(v)


class ModelsPage(QWidget):
    sig_changed = Signal()  # the active version or the threshold changed; items were reclassified
    sig_message = Signal(str)

    def __init__(self, ws: Workspace, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.runner = runner
        self.versions: list[VersionRow] = []
        self.table = VersionsTable()
        self.retrain_button = QPushButton(self.tr("Retrain from decisions"))
        self.force = QCheckBox(self.tr("Activate even if worse"))
        self.activate_button = QPushButton(self.tr("Activate selected version"))
        self.threshold = ConfidenceSpin()
        self.threshold_info = QLabel()
        self.threshold_info.setTextFormat(Qt.TextFormat.PlainText)
        self.apply_threshold = QPushButton(self.tr("Apply threshold"))
        self.review_below: float | None = None  # the threshold in force, as last read
        self.threshold_question: ThresholdQuestion | None = None  # asked before a risky threshold is applied
        self.receipt = ResultBox()  # the last job's result
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
        try:
            review_below: float | None = self.ws.rules().review_below
            problem = ""
        except RuleFileError as exc:  # the rule file was broken while the window is open
            review_below, problem = None, error_text(exc)
        self.review_below = review_below
        self.table.show_versions(self.versions, review_below)
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
        self.receipt.show_instead(f"{head} {state}")
        if failure is not None:
            self.sig_changed.emit()  # items may have followed a version made active before the failure

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
            self.receipt.show_result(text)
            self.sig_message.emit(text)
            return
        lines, stopped = retrain_lines(rep)
        self.receipt.show_result("\n".join(lines))
        self.reload()
        self.sig_changed.emit()
        self.sig_message.emit(stopped or lines[0])

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
        stopped = stopped_text(version, receipt)
        self.receipt.show_result("\n".join(head + [stopped] * bool(stopped) + receipt_lines(receipt)))
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
            self.receipt.show_result("\n".join([self.tr("{n} undecided items classified again with version {v}").format(
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
            self.receipt.show_instead(self.tr("{job} was cancelled at {at}.").format(
                job=title, at=f"{datetime.now():%H:%M}") + " " + text)
            self.sig_message.emit(text)

        def failed(message: str, _details: str) -> None:
            self.reload()
            head = self.tr("{job} failed at {at}: {why}").format(job=title, at=f"{datetime.now():%H:%M}", why=message)
            self.receipt.show_instead(" ".join([head, self.older_notice(self.older_items, version)]).strip())

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
            self.receipt.show_result("\n".join([
                self.tr("Review threshold {t}").format(t=decimal(value, 2)),
                (self.tr("1 item changed: {q} now waits for review, {f} no longer waits, {r} decided item is back in "
                         "the queue.") if report.changed == 1 else
                 self.tr("{n} items changed: {q} now wait for review, {f} no longer wait, {r} decided items are back in "
                         "the queue.")).format(n=count(report.changed), q=count(report.to_queue),
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
