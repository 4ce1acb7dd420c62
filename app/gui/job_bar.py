"""Progress bar and Cancel button for the running operation, shown in the status bar."""
from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QSizePolicy, QWidget

from app.gui.fitted_text import FittedButton, FittedText
from app.gui.operations import Operation

BAR_WIDTH, BAR_LEAST = 220, 100  # the progress bar's width when there is room, and when there is not


class JobBar(QWidget):
    """Cancel is offered until the job passes its point of no return (jobs.uncancellable):
    then the button says it can no longer be cancelled, and a cancel pressed too late is
    said when the job ends (sig_note). Work after that point that can stop again
    (jobs.cancellable_again) is offered Cancel again; a cancel pressed meanwhile stops it."""

    sig_note = Signal(str)  # for the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = FittedText()  # plain text (titles carry file names); "…" when short of room, whole in its tooltip
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setMinimumWidth(BAR_LEAST)
        self.bar.setMaximumWidth(BAR_WIDTH)
        self.bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # "Finishing — can no longer be cancelled" is cut with "…" where the bar has no room for it:
        # the bar can be as narrow with it as with Cancel
        self.cancel_button = FittedButton(self.tr("Cancel"), self.tr("Cancel"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._op: Operation | None = None  # the one shown: the oldest still running, the one at work
        self._running: list[Operation] = []
        self.cancel_button.clicked.connect(self._cancel)
        self.hide()

    def sizeHint(self) -> QSize:
        """With the progress bar at its full width (its own hint is narrower)."""
        hint = super().sizeHint()
        bar = self.bar.sizeHint().expandedTo(self.bar.minimumSize()).width()
        return QSize(hint.width() + max(0, BAR_WIDTH - bar), hint.height())

    def track(self, op: Operation) -> None:
        self._running.append(op)
        op.sig_progress.connect(lambda f, m, op=op: self._progress(op, f, m))
        op.sig_finished.connect(lambda op=op: self._finished(op))
        op.sig_committed.connect(lambda op=op: self._cancel_changed(op))
        op.sig_reopened.connect(lambda op=op: self._cancel_changed(op))
        if self._op is None:
            self._show(op)  # jobs run one after another: a later one waits its turn unseen

    def _show(self, op: Operation) -> None:
        self._op = op
        self.label.setText(op.title)
        self.bar.setRange(0, 1000)
        self.bar.setValue(0)
        self._offer_cancel(op)
        self.show()

    def _offer_cancel(self, op: Operation) -> None:
        if op.committed:
            self.cancel_button.setText(self.tr("Finishing — can no longer be cancelled"))
            self.cancel_button.setEnabled(False)
        else:
            self.cancel_button.setText(self.tr("Cancel"))
            self.cancel_button.setEnabled(not op.cancel_requested)

    def _cancel_changed(self, op: Operation) -> None:
        if op is self._op:
            self._offer_cancel(op)

    def _progress(self, op: Operation, fraction: float, message: str) -> None:
        if op is not self._op:
            return
        if fraction < 0:  # not known yet (jobs.UNKNOWN): the bar shows activity
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(fraction * 1000))
        if op.cancel_requested and not op.committed:
            self.label.setText(self.tr("Cancelling…"))  # the job stops at its next checkpoint
        elif op.cancel_requested:
            self.label.setText(self.tr("Too late to cancel: {title} is finishing").format(title=op.title))
        elif message:
            self.label.setText(f"{op.title}: {message}")

    def _cancel(self) -> None:
        if self._op is not None:
            self._op.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    def _finished(self, op: Operation) -> None:
        """An operation ended: show the next one, if any (a job queued behind the one at work
        must not hide it or take its Cancel)."""
        if op in self._running:
            self._running.remove(op)
        if op.cancel_refused:
            self.sig_note.emit(self.tr("{title}: Cancel came too late; the job had passed the point where it "
                                       "can stop, and finished.").format(title=op.title))
        if op is not self._op:
            return
        self._op = None
        if self._running:
            self._show(self._running[0])
        else:
            self.hide()
