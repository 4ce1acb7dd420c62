"""Closing the window while decisions wait to be saved behind a long job.

A decision is saved on the single writer, so one taken while a retrain, an import, a re-flag
or an export holds the database waits behind it ("saving…" on its row). Closing the window
then must not drop it. The window says how many decisions wait and behind which job, and
offers to cancel that job so they are saved at once (when it can still stop), to wait for it,
or to stay open. After either of the first two the window closes by itself once every decision
is saved; if one is not (it failed, or a blocking flag asks for a note), it stays open and says
why.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from app.gui.operations import Operation
from app.gui.review_controller import ReviewController
from app.gui.labels import count


class CloseGuard(QObject):
    def __init__(self, window: QWidget, review: ReviewController, say: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window, self.review, self.say = window, review, say
        self.box: QMessageBox | None = None  # the question, while it is asked
        self.choices: dict[str, QAbstractButton] = {}  # "cancel", "wait", "keep": the question's buttons
        self.closing_when_saved = False  # the user chose to close once the decisions are saved
        self.not_saved = False  # a decision was not saved since the question was asked
        review.sig_saving_ended.connect(self._saving_ended)
        review.sig_not_saved.connect(self._not_saved)

    def may_close(self) -> bool:
        """True when the window may close now: no decision is on its way, or the ones on their
        way are next on the writer (the close waits for them). Else the user is asked, and the
        window closes later, by itself, if they choose so."""
        if not self.review.saving:
            return True
        ahead = self.review.jobs_ahead()
        if not ahead:
            return True
        self.ask(ahead[0])
        return False

    def ask(self, job: Operation) -> None:
        self.not_saved = False
        n = len(self.review.saving)
        text = (self.tr("1 decision is not saved yet: it waits for “{job}” to finish.") if n == 1 else
                self.tr("{n} decisions are not saved yet: they wait for “{job}” to finish.")).format(
            n=count(n), job=job.title)
        if job.committed:
            more = self.tr("“{job}” can no longer be cancelled: it is finishing. Wait, and the window closes once it "
                           "has finished and everything is saved.")
        elif job.cancel_requested:
            more = self.tr("“{job}” is being cancelled. Wait, and the window closes once it has stopped and "
                           "everything is saved.")
        else:
            more = self.tr("Cancel “{job}” to save at once, or wait for it to finish; either way the window closes "
                           "once everything is saved.")
        if self.box is not None:
            self.box.close()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Decisions not saved yet"), text,
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)  # job titles carry file names from outside
        box.setInformativeText(more.format(job=job.title))
        self.choices = {}
        if not job.committed and not job.cancel_requested:
            self.choices["cancel"] = box.addButton(self.tr("Cancel “{job}” and save").format(job=job.title),
                                                   QMessageBox.ButtonRole.AcceptRole)
        self.choices["wait"] = box.addButton(self.tr("Wait, then close"), QMessageBox.ButtonRole.AcceptRole)
        self.choices["keep"] = box.addButton(self.tr("Keep the window open"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.choices.get("cancel") or self.choices["wait"])  # type: ignore[arg-type]
        box.setEscapeButton(self.choices["keep"])
        box.buttonClicked.connect(lambda button: self._chosen(button, job))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda: self._forget(box))
        self.box = box
        box.open()

    def _forget(self, box: QMessageBox) -> None:
        if self.box is box:
            self.box = None

    def _chosen(self, button: QAbstractButton, job: Operation) -> None:
        choice = next((name for name, b in self.choices.items() if b is button), "keep")
        self.closing_when_saved = choice != "keep"
        if self.closing_when_saved and self.not_saved:  # one failed while the question was open
            self._not_saved()
            return
        if choice == "cancel":
            for op in self.review.jobs_ahead():  # every job they wait behind; one that cannot stop finishes
                op.cancel()
            self.say(self.tr("Cancelling “{job}”; the window closes once your decisions are saved.").format(job=job.title))
        elif choice == "wait":
            self.say(self.tr("The window closes once “{job}” has finished and your decisions are saved.").format(
                job=job.title))
        if self.closing_when_saved and not self.review.saving:  # saved while the question was open
            self._saving_ended()

    def _saving_ended(self) -> None:
        if self.closing_when_saved:
            self.closing_when_saved = False
            QTimer.singleShot(0, self.window.close)  # after the decision's own follow-up has run

    def _not_saved(self) -> None:
        self.not_saved = True
        if self.closing_when_saved:
            self.closing_when_saved = False
            self.say(self.tr("The window stays open: a decision was not saved."))
