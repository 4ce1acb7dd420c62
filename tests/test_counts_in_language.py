"""Counts the window writes follow the window's language, like the core's sentences: "1,500"
in English, "1.500" in Indonesian, so a window line never sits beside a core line with other marks."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.gui import i18n
from app.gui.labels import count

GUI = Path(__file__).resolve().parents[1] / "app" / "gui"


def test_a_count_takes_the_marks_of_the_window_language(qapp: QApplication) -> None:
    assert count(1500) == "1,500" and count(12) == "12"
    translators = i18n.install_translators("id", qapp)
    try:
        assert count(1500) == "1.500" and count(1234567) == "1.234.567"
    finally:
        i18n.remove_translators(translators, qapp)
    assert count(1500) == "1,500"


def test_the_window_writes_no_count_with_english_marks_of_its_own() -> None:
    grouped = re.compile(r"\{[^{}\"]*:,\}")
    found = []
    for path in sorted(GUI.glob("*.py")):
        if path.name == "core_messages.py":  # templates, filled in by core_text with the window's marks
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if grouped.search(line):
                found.append(f"{path.name}:{number}: {line.strip()}")
    assert not found, "use labels.count() for counts shown in the window:\n" + "\n".join(found)
