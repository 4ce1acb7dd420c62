"""Closing the window while decisions (or undos) wait to be saved behind a long job.

A decision is saved on the single writer, so one taken while a retrain, an import, a re-flag
or an export holds the database waits behind it ("saving…" on its row); so does an undo
(Ctrl+Z). Closing the window then must not drop either. The window says how many decisions
and undos wait and behind which job, and offers to cancel that job so they are saved at once
(when it can still stop), to wait for it, or to stay open. After either of the first two a
banner beside the job bar says the window will close, with "Don't close" to change one's mind,
and the window closes by itself once every decision and undo is saved. It stays open instead,
and the banner says why, when one is not saved (it failed, or a blocking flag asks for a note),
when the job waited for fails (logged too), or when work begun meanwhile would be lost: a
shipment with changes not saved, or a note being typed.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton, QFrame, QHBoxLayout, QMessageBox, QPushButton, QWidget

from app.gui.fitted_text import FittedText
from app.gui.operations import Operation
from app.gui.review_controller import ReviewController
from app.gui.labels import count

log = logging.getLogger(__name__)
BANNER_LINES = 3  # a failure's words with a file name: wrapped over the window's width, "…" past that


class ClosingBanner(QFrame):
    """A lasting line above the status message and the job bar, as wide as the window: the
    window will close (with a way to change one's mind), or it stayed open and why (with a way
    to dismiss the line). Its text wraps rather than squeeze the message beside it."""

    sig_told = Signal(str)  # what the line now says (it is not said again in the status bar)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = FittedText(BANNER_LINES, 16)  # plain text: job titles carry file names from outside
        self.button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self.hide)
        self.hide()

    def tell(self, text: str, button: str) -> None:
        self.label.setText(text)
        self.button.setText(button)
        self.show()
        self.sig_told.emit(text)


class CloseGuard(QObject):
    def __init__(self, window: QWidget, review: ReviewController, say: Callable[[str], None],
                 shipment: Callable[[], QWidget | None] = lambda: None) -> None:
        super().__init__(window)
        self.window, self.review, self.say = window, review, say
        self.shipment = shipment  # the shipment dialog, if one was opened
        self.banner = ClosingBanner()
        self.banner.button.clicked.connect(self._dont_close)
        self._watched: set[Operation] = set()  # the jobs whose failure keeps the window open
        self.box: QMessageBox | None = None  # the question, while it is asked
        self.choices: dict[str, QAbstractButton] = {}  # "cancel", "wait", "keep": the question's buttons
        self.closing_when_saved = False  # the user chose to close once the decisions are saved
        self.not_saved = ""  # what was not saved since the question was asked, as the window says it
        review.sig_saving_ended.connect(self._saving_ended)
        review.sig_not_saved.connect(self._not_saved)
        review.sig_undo_not_saved.connect(self._undo_not_saved)

    def may_close(self) -> bool:
        """True when the window may close now: no decision or undo is on its way, or the ones on
        their way are next on the writer (the close waits for them). Else the user is asked, and
        the window closes later, by itself, if they choose so."""
        if not self.review.waiting():
            return True
        ahead = self.review.jobs_ahead()
        if not ahead:
            return True
        self.ask(ahead[0])
        return False

    def _waiting_text(self, job: Operation) -> str:
        """What waits, and behind which job: decisions, undos, or both."""
        n, undos = len(self.review.saving), self.review.undos_waiting
        if not undos:
            text = (self.tr("1 decision is not saved yet: it waits for “{job}” to finish.") if n == 1 else
                    self.tr("{n} decisions are not saved yet: they wait for “{job}” to finish."))
        elif not n:
            text = (self.tr("The undo of your last decision is not saved yet: it waits for “{job}” to finish.")
                    if undos == 1 else
                    self.tr("{u} undos of decisions are not saved yet: they wait for “{job}” to finish."))
        else:
            text = self.tr("Decisions ({n}) and undos ({u}) are not saved yet: they wait for “{job}” to finish.")
        return text.format(n=count(n), u=count(undos), job=job.title)

    def ask(self, job: Operation) -> None:
        self.not_saved = ""
        text = self._waiting_text(job)
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
        title = self.tr("Decisions not saved yet") if self.review.saving else self.tr("Undo not saved yet")
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, self.window)
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
            self._stay_open(self.not_saved)
            return
        if not self.closing_when_saved:
            self.banner.hide()  # kept open: no word of a close stays
            return
        for op in self.review.jobs_ahead():
            self._watch(op)
        undos = self.review.undos_waiting > 0  # then "your changes": decisions, undos or both
        if choice == "cancel":
            for op in self.review.jobs_ahead():  # every job they wait behind; one that cannot stop finishes
                op.cancel()
            self.say((self.tr("Cancelling “{job}”; the window closes once your changes are saved.") if undos else
                      self.tr("Cancelling “{job}”; the window closes once your decisions are saved.")).format(
                job=job.title))
            self.banner.tell((self.tr("The window closes once “{job}” has stopped and your changes are saved.") if undos
                              else self.tr("The window closes once “{job}” has stopped and your decisions are saved."))
                             .format(job=job.title), self.tr("Don't close"))
        else:
            text = (self.tr("The window closes once “{job}” has finished and your changes are saved.") if undos else
                    self.tr("The window closes once “{job}” has finished and your decisions are saved.")).format(
                job=job.title)
            self.banner.tell(text, self.tr("Don't close"))
        if not self.review.waiting():  # saved while the question was open
            self._saving_ended()

    def _watch(self, op: Operation) -> None:
        if op not in self._watched:
            self._watched.add(op)
            op.sig_failed.connect(lambda message, _details, title=op.title: self._job_failed(title, message))
            op.destroyed.connect(lambda: self._watched.discard(op))

    def _dont_close(self) -> None:
        if self.closing_when_saved:
            self.closing_when_saved = False
            self.say(self.tr("The window stays open."))

    def _stay_open(self, text: str) -> None:
        """The window does not close after all: said on the banner, which stays until dismissed."""
        self.closing_when_saved = False
        self.banner.tell(text, self.tr("OK"))

    def _job_failed(self, title: str, message: str) -> None:
        if self.closing_when_saved:
            log.warning("the window stays open: %s failed while it waited to close: %s", title, message)
            self._stay_open(self.tr("The window stays open: “{job}” failed: {why}").format(job=title, why=message))

    def unfinished(self) -> str:
        """Why the window stays open: work begun since the close was chosen that closing would lose
        ("" when there is none)."""
        dialog = self.shipment()
        shown = dialog is not None and (dialog.isVisible() or getattr(dialog, "set_aside", False))
        if shown and getattr(dialog, "has_changes", lambda: False)():
            return self.tr("The window stays open: the shipment has changes that are not saved.")
        if self.review.page.note.text().strip():
            return self.tr("The window stays open: a note is typed in the review pane and not used yet.")
        return ""

    def _saving_ended(self) -> None:
        if not self.closing_when_saved:
            return
        why = self.unfinished()
        if why:
            log.info("%s", why)
            self._stay_open(why)
            return
        self.closing_when_saved = False
        self.banner.hide()
        dialog = self.shipment()
        if dialog is not None and dialog.isVisible():  # open, with nothing to lose: it closes with the window
            dialog.close()
        QTimer.singleShot(0, self.window.close)  # after the decision's own follow-up has run

    def _not_saved(self) -> None:
        self._lost(self.tr("The window stays open: a decision was not saved."))

    def _undo_not_saved(self) -> None:
        self._lost(self.tr("The window stays open: an undo was not saved."))

    def _lost(self, text: str) -> None:
        self.not_saved = text
        if self.closing_when_saved:
            self._stay_open(text)
