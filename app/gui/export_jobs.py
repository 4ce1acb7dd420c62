"""What the window says when an export or a decisions import is cancelled.

The core writes an export to a hidden partial file and moves it into place only once every
row is in it, and applies a decisions file in one transaction: a cancel honoured on the way
leaves nothing behind, and the status bar says so.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.gui.operations import Operation


def tell_if_cancelled(op: Operation, say: Callable[[str], None], path: Path) -> Operation:
    """An export: a cancel leaves no file under `path` (and an older one there as it was)."""
    op.sig_cancelled.connect(lambda: say(QCoreApplication.translate(
        "ExportJobs", "Export cancelled; nothing was written to {path}.").format(path=path)))
    return op


def tell_if_decisions_cancelled(op: Operation, say: Callable[[str], None], path: Path) -> Operation:
    """A decisions import: a cancel before the commit records no decision."""
    op.sig_cancelled.connect(lambda: say(QCoreApplication.translate(
        "ExportJobs", "Import of decisions from {name} cancelled; no decision was recorded.").format(name=path.name)))
    return op
