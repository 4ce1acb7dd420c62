"""The Qt binding itself: a fault in it would end a long reviewing session, whatever the code does."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_that_return_nothing_keep_pythons_none_alive(qtbot) -> None:
    """Some PySide6 builds (6.12.0) take a reference off None on every such call; after enough of
    them the interpreter aborts with "none_dealloc". pyproject.toml keeps those builds out."""
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
        label.setEnabled(True)
    assert sys.getrefcount(None) >= before - 10  # a few may come and go; 400 lost would be the fault
