"""Progress reporting and cancellation for long jobs.

A long job is a plain function that takes ``progress(fraction, message)``. The caller's
callback may raise :class:`Cancelled` to stop the job at its next checkpoint; the job lets
it propagate after undoing anything uncommitted. The GUI and the CLI pass different
callbacks to the same function.

A caller that wants to know when a job passes its point of no return (to stop offering
Cancel) gives its callback a ``point_of_no_return`` attribute: a function of no arguments,
called once by :func:`uncancellable`. The wrappers here pass it on.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


class Cancelled(Exception):
    """Raised at a checkpoint when the user asked to stop the job."""


class Progress(Protocol):
    def __call__(self, fraction: float, message: str = "") -> None: ...


def no_progress(fraction: float, message: str = "") -> None:
    """A progress callback that ignores everything and never cancels."""


POINT_OF_NO_RETURN = "point_of_no_return"


def _pass_on(parent: Progress, child: Callable[..., None]) -> Progress:
    """The wrapper `child` tells the caller of `parent` what `parent` would."""
    mark = getattr(parent, POINT_OF_NO_RETURN, None)
    if mark is not None:
        setattr(child, POINT_OF_NO_RETURN, mark)
    return child  # type: ignore[return-value]


def sub_progress(progress: Progress, start: float, end: float) -> Progress:
    """Map a stage's own 0..1 onto the slice ``start..end`` of the parent's bar."""
    span = end - start

    def report(fraction: float, message: str = "") -> None:
        progress(start + span * min(max(fraction, 0.0), 1.0), message)

    return _pass_on(progress, report)


def uncancellable(progress: Progress) -> Progress:
    """The same reports for work past its point of no return: a cancel asked for now is not
    honoured, so the job finishes what it committed to instead of stopping half way. The
    caller is told (``point_of_no_return``), so it can stop offering Cancel."""
    mark = getattr(progress, POINT_OF_NO_RETURN, None)
    if callable(mark):
        mark()

    def report(fraction: float, message: str = "") -> None:
        try:
            progress(fraction, message)
        except Cancelled:
            pass

    return _pass_on(progress, report)


def every(n: int, total: int) -> Callable[[int], bool]:
    """A predicate telling when a loop at index i should report (every n items and at the end)."""
    return lambda i: i % n == 0 or i == total - 1
