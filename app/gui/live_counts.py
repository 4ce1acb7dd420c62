"""Counts that keep up with a long job.

While a background job reports progress (classifying 60,000 items, flagging them again after a
new threshold), the item counts are read again about once every second and a half, on the
reader's worker so that neither the GUI thread nor the job waits for them. The window shows
what comes back in its tab titles and status counts; the job's own refresh at its end has the
final word.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from app.gui.operations import Operation, OperationRunner


class LiveCounts(QObject):
    sig_counts = Signal(dict)  # status -> number of items, read while a job runs

    INTERVAL_MS = 1500  # the least time between two reads

    def __init__(self, read: Callable[[], dict[str, int]], runner: OperationRunner, reader: OperationRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read, self.runner, self.reader = read, runner, reader
        self._since_last = QElapsedTimer()
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self._start_read)
        self._reading = False
        self._generation = 0
        runner.sig_started.connect(self._watch)

    def read_now(self) -> None:
        """Read the counts once on the reader (after decisions, when no job need be running)."""
        generation = self._generation
        self.reader.run(self.tr("Counting items"), lambda _p: self._read(),
                        lambda counts: self._read_done(generation, counts))

    def invalidate(self) -> None:
        """Counts were just read on the GUI thread: a read already under way is older, and dropped."""
        self._generation += 1

    def _watch(self, op: Operation) -> None:
        op.sig_progress.connect(self._progressed)

    def _progressed(self, _fraction: float, _message: str) -> None:
        if self._reading or self._later.isActive():
            return  # one read at a time; the next follows the interval
        wait = self.INTERVAL_MS - self._since_last.elapsed() if self._since_last.isValid() else 0
        if wait > 0:
            self._later.start(wait)
        else:
            self._start_read()

    def _start_read(self) -> None:
        if not self.runner.busy():
            return  # the job has ended, and its own refresh read the counts
        self._reading = True
        self._since_last.restart()
        generation = self._generation
        op = self.reader.run(self.tr("Counting items"), lambda _p: self._read(),
                             lambda counts: self._read_done(generation, counts))
        op.sig_finished.connect(self._finished)

    def _read_done(self, generation: int, counts: dict[str, int]) -> None:
        if generation == self._generation:
            self.sig_counts.emit(counts)

    def _finished(self) -> None:
        self._reading = False
