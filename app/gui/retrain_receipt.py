"""The Models page's result box, and the receipt of a retrain written for it.

The box shows the result of the last retrain, activation, reclassification or threshold change,
stamped with the time it came; when a later job is cancelled or fails, what stopped it takes
the box's first lines and the earlier result stays below, marked as earlier. The receipt of a
retrain says which version came of it and whether it is active, what it learned from, how it
compares with the version before (and when that comparison rests on too few decisions), and
what classifying the items again did.

The sentences keep the translation context of the Models page, where they were first written
(QCoreApplication.translate with "ModelsPage"), so their translations stay as they are.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.core.model_versions import LearningReceipt, RetrainReport, format_receipt, format_side_by_side
from app.gui.core_messages import core_text
from app.gui.labels import count, percent
from app.gui.versions_table import FEW


def receipt_lines(receipt: LearningReceipt) -> list[str]:
    """The learning receipt's lines in the window's language."""
    return [core_text(line) for line in format_receipt(receipt)]


def stopped_text(version: int, receipt: LearningReceipt) -> str:
    """What a cancel left after a new version was made active ("" when the work finished):
    the items it had not reached yet keep the older suggestions until the next start."""
    if receipt.stopped_at is None:
        return ""
    done, total = receipt.stopped_at
    return QCoreApplication.translate(
        "ModelsPage", "Cancelled while classifying the items again: version {v} stays active; {done} of {n} items "
        "were classified with it, and the other {left} follow at the next start.").format(
        v=version, done=count(done), n=count(total), left=count(total - done))


def learned_from(rep: RetrainReport) -> str:
    """The examples the version learned, counted as the version table counts them."""
    text = QCoreApplication.translate(
        "ModelsPage", "Learned from {n} examples: {starter} starter titles and {d} decisions.").format(
        n=count(rep.n_examples), starter=count(rep.n_starter), d=count(rep.n_decisions))
    if rep.holdout_size:
        text += " " + QCoreApplication.translate(
            "ModelsPage", "The {h} newest decisions were held out of training to compare the versions, then "
            "learned too.").format(h=count(rep.holdout_size))
    return text


def retrain_lines(rep: RetrainReport) -> tuple[list[str], str]:
    """The receipt of a retrain, a line each, and what a cancel left ("" when the work finished)."""
    state = (QCoreApplication.translate("ModelsPage", "active") if rep.activated else
             QCoreApplication.translate("ModelsPage", "not active"))
    lines = [QCoreApplication.translate("ModelsPage", "Version {v}: {state}").format(v=rep.candidate_id, state=state),
             core_text(rep.reason), learned_from(rep),
             QCoreApplication.translate("ModelsPage", "Held-out decisions: {n}").format(n=count(rep.holdout_size))]
    stopped = stopped_text(rep.candidate_id, rep.receipt) if rep.receipt is not None else ""
    if stopped:  # Cancel pressed while the items were classified again: said first
        lines.insert(1, stopped)
    lines += [core_text(line) for line in format_side_by_side(rep.before, rep.after)]
    if rep.before is not None and 0 < rep.holdout_size < FEW:
        lines.append(QCoreApplication.translate(
            "ModelsPage", "These figures rest on 1 held-out decision: too few to tell the versions apart.")
            if rep.holdout_size == 1 else
            QCoreApplication.translate(
                "ModelsPage", "These figures rest on {n} held-out decisions: too few to tell the versions apart "
                "(each one moves a figure by {p}).").format(n=count(rep.holdout_size),
                                                         p=percent(1 / rep.holdout_size, 0)))
    if rep.receipt is not None:
        lines += receipt_lines(rep.receipt)
    return lines, stopped


class ResultBox(QPlainTextEdit):
    """The last job's result, read-only, in a fixed-width font: the active and candidate
    figures stand in columns lined up with spaces."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setPlaceholderText(QCoreApplication.translate(
            "ModelsPage", "The result of the last retrain or activation appears here."))
        self.last_result: tuple[str, str] | None = None  # (time, text) of the last result shown

    def show_result(self, text: str) -> None:
        """A job's result, stamped with the time it came, so a later one never looks like it."""
        at = f"{datetime.now():%H:%M}"
        self.last_result = (at, text)
        self.setPlainText(f"{at}  {text}")

    def show_instead(self, text: str) -> None:
        """What stopped a job, in place of the last result (kept below, marked as earlier)."""
        lines = [text]
        if self.last_result is not None:
            lines += ["", QCoreApplication.translate("ModelsPage", "The earlier result, from {at}, for reference:").format(
                at=self.last_result[0]), self.last_result[1]]
        self.setPlainText("\n".join(lines))
