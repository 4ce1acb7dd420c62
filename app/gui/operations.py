"""One way to run long work: a core function in a worker thread, with progress and cancel.

``OperationRunner.run(title, fn, on_done)`` calls ``fn(progress)`` on a single worker
thread (SQLite has one writer, so write jobs queue rather than race). ``progress`` is a
callback for the core function; it raises :class:`Cancelled` once the user pressed
Cancel. Results and errors come back to the GUI thread through signals.
"""
from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.core.jobs import Cancelled, Progress

log = logging.getLogger(__name__)


class _Signals(QObject):
    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(str, str)
    cancelled = Signal()


class _Task(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.cancel_requested = False
        self.setAutoDelete(True)

    def _progress(self, fraction: float, message: str = "") -> None:
        # reported first: work past its point of no return goes on after a cancel (jobs.uncancellable),
        # and its progress must keep showing
        self.signals.progressed.emit(float(fraction), message)
        if self.cancel_requested:
            raise Cancelled()

    def run(self) -> None:
        try:
            result = self.fn(self._progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # reported to the user, and logged with the traceback
            log.exception("operation failed")
            self.signals.failed.emit(str(exc) or exc.__class__.__name__, traceback.format_exc())
        else:
            self.signals.succeeded.emit(result)


class Operation(QObject):
    """A running job as the GUI sees it."""

    sig_progress = Signal(float, str)
    sig_succeeded = Signal(object)
    sig_failed = Signal(str, str)
    sig_cancelled = Signal()
    sig_finished = Signal()

    def __init__(self, title: str, fn: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self._signals = _Signals()
        self._task = _Task(fn, self._signals)
        self._signals.progressed.connect(self.sig_progress)
        self._signals.succeeded.connect(self._on_success)
        self._signals.failed.connect(self._on_failure)
        self._signals.cancelled.connect(self._on_cancel)

    def cancel(self) -> None:
        self._task.cancel_requested = True

    def _on_success(self, result: object) -> None:
        self.sig_succeeded.emit(result)
        self.sig_finished.emit()

    def _on_failure(self, message: str, details: str) -> None:
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

    def run(self, title: str, fn: Callable[[Progress], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[str, str], None] | None = None) -> Operation:
        op = Operation(title, fn, self)
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
