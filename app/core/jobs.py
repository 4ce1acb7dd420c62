"""Progress reporting and cancellation for long jobs.

A long job is a plain function that takes ``progress(fraction, message)``. The caller's
callback may raise :class:`Cancelled` to stop the job at its next checkpoint; the job lets
it propagate after undoing anything uncommitted. The GUI and the CLI pass different
callbacks to the same function.

A caller that wants to know when a job passes its point of no return (to stop offering
Cancel) gives its callback a ``point_of_no_return`` attribute: a function of no arguments,
called once by :func:`uncancellable`. Work after that point that can stop again (a retrain's
new version is recorded and active; classifying the items with it can stop between batches)
says so through ``cancellable_again`` (:func:`cancellable_again`), and a job that stops at a
cancel but returns what it did, rather than raising, says so through ``stopped_by_cancel``
(:func:`stopped_by_cancel`): else its caller would take the result for a cancel that came too
late. The wrappers here pass all three on.

A job that cannot yet tell how far it is (a workbook being opened) reports the fraction
:data:`UNKNOWN`: the window shows activity rather than a share, and a cancel is honoured there
as at any other report.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


UNKNOWN = -1.0  # a fraction not known yet: the bar shows activity, not a share


class Cancelled(Exception):
    """Raised at a checkpoint when the user asked to stop the job."""


class Progress(Protocol):
    def __call__(self, fraction: float, message: str = "") -> None: ...


def no_progress(fraction: float, message: str = "") -> None:
    """A progress callback that ignores everything and never cancels."""


POINT_OF_NO_RETURN = "point_of_no_return"
CANCELLABLE_AGAIN = "cancellable_again"
STOPPED_BY_CANCEL = "stopped_by_cancel"
_MARKS = (POINT_OF_NO_RETURN, CANCELLABLE_AGAIN, STOPPED_BY_CANCEL)


def _pass_on(parent: Progress, child: Callable[..., None]) -> Progress:
    """The wrapper `child` tells the caller of `parent` what `parent` would."""
    for name in _MARKS:
        mark = getattr(parent, name, None)
        if mark is not None:
            setattr(child, name, mark)
    return child  # type: ignore[return-value]


def _tell(progress: Progress, name: str) -> None:
    mark = getattr(progress, name, None)
    if callable(mark):
        mark()


def sub_progress(progress: Progress, start: float, end: float) -> Progress:
    """Map a stage's own 0..1 onto the slice ``start..end`` of the parent's bar."""
    span = end - start

    def report(fraction: float, message: str = "") -> None:
        progress(UNKNOWN if fraction < 0 else start + span * min(fraction, 1.0), message)

    return _pass_on(progress, report)


def uncancellable(progress: Progress) -> Progress:
    """The same reports for work past its point of no return: a cancel asked for now is not
    honoured, so the job finishes what it committed to instead of stopping half way. The
    caller is told (``point_of_no_return``), so it can stop offering Cancel."""
    _tell(progress, POINT_OF_NO_RETURN)

    def report(fraction: float, message: str = "") -> None:
        try:
            progress(fraction, message)
        except Cancelled:
            pass

    return _pass_on(progress, report)


def cancellable_again(progress: Progress) -> Progress:
    """`progress` itself (the callback from before :func:`uncancellable`, which raises at a
    cancel), for work after the point of no return that can stop again between its steps and
    keeps what it did. The caller is told (``cancellable_again``), so it can offer Cancel again;
    a cancel asked for meanwhile stops the work at its first checkpoint."""
    _tell(progress, CANCELLABLE_AGAIN)
    return progress


def stopped_by_cancel(progress: Progress) -> None:
    """Said by a job that caught :class:`Cancelled` at a checkpoint and returns what it did so
    far instead of raising: the cancel was honoured, though the job ends with a result."""
    _tell(progress, STOPPED_BY_CANCEL)


def every(n: int, total: int) -> Callable[[int], bool]:
    """A predicate telling when a loop at index i should report (every n items and at the end)."""
    return lambda i: i % n == 0 or i == total - 1


def repeating(progress: Progress, fraction: float = UNKNOWN, message: str = "") -> tuple[Progress, Callable[[], None]]:
    """`progress` remembering its last report, and a checkpoint that says that report again: where
    a job has nothing new to say for a while (a workbook's text, the items already stored), a
    cancel still stops it there. `fraction` and `message` are what the checkpoint says before
    any report."""
    last: list = [fraction, message]

    def report(fraction: float, message: str = "") -> None:
        last[:] = [fraction, message]
        progress(fraction, message)

    def checkpoint() -> None:
        progress(*last)

    return _pass_on(progress, report), checkpoint
