"""One way to run long work: a core function in a worker thread, with progress and cancel.

``OperationRunner.run(title, fn, on_done)`` calls ``fn(progress)`` on a single worker
thread (SQLite has one writer, so write jobs queue rather than race). ``progress`` is a
callback for the core function; it raises :class:`Cancelled` once the user pressed
Cancel. Results and errors come back to the GUI thread through signals, and so does what the
job says about Cancel (app.core.jobs): past its point of no return, cancellable again, or
stopped at a cancel with a result.

A failure of the computer rather than of the work (a full disk, a database another program
is writing to or a damaged one, a read-only folder: :mod:`app.core.failures`) comes back as one plain
sentence naming the folder; the traceback stays in the details. A job may give its own
sentence for a kind (``failure_words``): "your decision was not saved". Any other error says
what the core raised it with, in the window's language (app.gui.core_messages). A refusal of
what the user gave (app.core.messages.Refusal: a shipment without a consignee's tax ID, say) is
no failure: its words come without details and the log gets one line at INFO, no traceback; a
job may word it its own way (``refusal_words``: the shipment dialog names its own fields).
"""
from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from app.core import failures
from app.core.jobs import CANCELLABLE_AGAIN, POINT_OF_NO_RETURN, STOPPED_BY_CANCEL, Cancelled, Progress
from app.core.messages import Refusal
from app.gui.core_messages import core_text, error_text

log = logging.getLogger(__name__)
RefusalWords = Callable[[BaseException], str]  # a refusal's words as a job wants them said

FAILURE_WORDS = {
    failures.DISK_FULL: QT_TRANSLATE_NOOP("Operations", "The disk holding {path} is full; nothing was saved. "
                                                         "Free some space and try again."),
    failures.LOCKED: QT_TRANSLATE_NOOP("Operations", "Another program is writing to the database in {path}; "
                                                      "nothing was saved. Try again when it has finished."),
    failures.READ_ONLY: QT_TRANSLATE_NOOP("Operations", "{path} is on a read-only disk or folder; Borderline "
                                                         "cannot write there."),
    failures.NOT_ALLOWED: QT_TRANSLATE_NOOP("Operations", "Borderline is not allowed to write {path}; check the "
                                                           "folder's permissions."),
    failures.DAMAGED: QT_TRANSLATE_NOOP("Operations", "The database in {path} is damaged and cannot be read; nothing "
                                                       "was saved. Restore a backup (File > Restore from a backup…)."),
}


def failure_text(exc: BaseException, where: Path | None = None, words: Mapping[str, str] | None = None) -> str | None:
    """The plain sentence for a failure of the computer (app.core.failures), in the interface
    language; None for any other exception. `words` are a job's own sentences by kind
    (already translated; they may name {path})."""
    found = failures.explain(exc, where)
    if found is None:
        return None
    path = str(found.path) if found.path is not None else QCoreApplication.translate("Operations", "the data folder")
    text = (words or {}).get(found.kind) or QCoreApplication.translate("Operations", FAILURE_WORDS[found.kind])
    return text.format(path=path)


class _Signals(QObject):
    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(str, str)
    cancelled = Signal()
    committed = Signal()  # past the point of no return: a cancel is no longer honoured
    reopened = Signal()  # the work after it can stop again


class _Task(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals, where: Path | None = None,
                 failure_words: Mapping[str, str] | None = None, refusal_words: RefusalWords | None = None) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.where, self.failure_words, self.refusal_words = where, failure_words, refusal_words
        self.cancel_requested = False
        self.stopped_by_cancel = False  # the job stopped at a cancel and returned what it had done
        self.setAutoDelete(True)

    def _progress(self, fraction: float, message: str = "") -> None:
        # reported first: work past its point of no return goes on after a cancel (jobs.uncancellable),
        # and its progress must keep showing; in the window's language (a Message is a str, but a
        # signal's str argument carries the text alone)
        self.signals.progressed.emit(float(fraction), core_text(message))
        if self.cancel_requested:
            raise Cancelled()

    def _committed(self) -> None:
        self.signals.committed.emit()

    def _reopened(self) -> None:
        self.signals.reopened.emit()

    def _stopped(self) -> None:
        self.stopped_by_cancel = True  # read on the GUI thread once the result has come

    def run(self) -> None:
        def progress(fraction: float, message: str = "") -> None:
            self._progress(fraction, message)

        setattr(progress, POINT_OF_NO_RETURN, self._committed)  # jobs.uncancellable tells it
        setattr(progress, CANCELLABLE_AGAIN, self._reopened)  # jobs.cancellable_again
        setattr(progress, STOPPED_BY_CANCEL, self._stopped)  # jobs.stopped_by_cancel
        try:
            result = self.fn(progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Refusal as exc:  # the user's mistake, not the program's: no traceback to keep or show
            log.info("refused: %s", exc)
            self.signals.failed.emit((self.refusal_words or error_text)(exc), "")
        except Exception as exc:  # reported to the user, and logged with the traceback
            log.exception("operation failed")
            text = failure_text(exc, self.where, self.failure_words)  # not SQL and its parameters
            self.signals.failed.emit(text or error_text(exc) or exc.__class__.__name__, traceback.format_exc())
        else:
            self.signals.succeeded.emit(result)


class Operation(QObject):
    """A running job as the GUI sees it."""

    sig_progress = Signal(float, str)
    sig_succeeded = Signal(object)
    sig_failed = Signal(str, str)
    sig_cancelled = Signal()
    sig_committed = Signal()  # the job passed its point of no return: Cancel no longer stops it
    sig_reopened = Signal()  # the work after that point can stop again: Cancel works again
    sig_finished = Signal()

    def __init__(self, title: str, fn: Callable[[Progress], Any], parent: QObject | None = None,
                 where: Path | None = None, failure_words: Mapping[str, str] | None = None,
                 refusal_words: RefusalWords | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self._signals = _Signals()
        self._task = _Task(fn, self._signals, where, failure_words, refusal_words)
        self._signals.progressed.connect(self.sig_progress)
        self._signals.succeeded.connect(self._on_success)
        self._signals.failed.connect(self._on_failure)
        self._signals.cancelled.connect(self._on_cancel)
        self._signals.committed.connect(self._on_committed)
        self._signals.reopened.connect(self._on_reopened)
        self.committed = False  # past the point of no return (and not cancellable again since)
        self.cancel_refused = False  # Cancel was pressed, and the job finished anyway
        self.stopped_by_cancel = False  # Cancel was pressed, and the job stopped with what it had done

    @property
    def cancel_requested(self) -> bool:
        return self._task.cancel_requested

    def cancel(self) -> None:
        self._task.cancel_requested = True

    def _on_committed(self) -> None:
        self.committed = True
        self.sig_committed.emit()

    def _on_reopened(self) -> None:
        self.committed = False
        self.sig_reopened.emit()

    def _on_success(self, result: object) -> None:
        self.stopped_by_cancel = self.cancel_requested and self._task.stopped_by_cancel
        self.cancel_refused = self.cancel_requested and not self.stopped_by_cancel
        self.sig_succeeded.emit(result)
        self.sig_finished.emit()

    def _on_failure(self, message: str, details: str) -> None:
        self.cancel_refused = self.cancel_requested and self.committed
        self.sig_failed.emit(message, details)
        self.sig_finished.emit()

    def _on_cancel(self) -> None:
        self.sig_cancelled.emit()
        self.sig_finished.emit()


class OperationRunner(QObject):
    """Starts operations on one worker thread and keeps them alive until they finish."""

    sig_started = Signal(object)
    sig_idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.running: list[Operation] = []
        self.where: Path | None = None  # the data folder, named when SQLite's errors name none

    def run(self, title: str, fn: Callable[[Progress], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[str, str], None] | None = None,
            failure_words: Mapping[str, str] | None = None, refusal_words: RefusalWords | None = None) -> Operation:
        op = Operation(title, fn, self, self.where, failure_words, refusal_words)
        if on_done is not None:
            op.sig_succeeded.connect(on_done)
        if on_error is not None:
            op.sig_failed.connect(on_error)
        op.sig_finished.connect(lambda: self._finished(op))
        self.running.append(op)
        self.sig_started.emit(op)
        self.pool.start(op._task)
        return op

    def busy(self) -> bool:
        return bool(self.running)

    def cancel_all(self) -> None:
        for op in self.running:
            op.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)

    def _finished(self, op: Operation) -> None:
        if op in self.running:
            self.running.remove(op)
        op.deleteLater()
        if not self.running:
            self.sig_idle.emit()
