"""Counts the window writes follow the window's language, like the core's sentences: "1,500"
in English, "1.500" in Indonesian, so a window line never sits beside a core line with other marks."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.gui import i18n
from app.gui.labels import count, decimal, percent, read_number

GUI = Path(__file__).resolve().parents[1] / "app" / "gui"


def test_a_count_takes_the_marks_of_the_window_language(qapp: QApplication) -> None:
    assert count(1500) == "1,500" and count(12) == "12"
    translators = i18n.install_translators("id", qapp)
    try:
        assert count(1500) == "1.500" and count(1234567) == "1.234.567"
    finally:
        i18n.remove_translators(translators, qapp)
    assert count(1500) == "1,500"


def test_decimals_and_percentages_take_the_marks_of_the_window_language(qapp: QApplication) -> None:
    assert (decimal(1, 3), decimal(3000, 3), percent(0.002), percent(0.5, 0)) == ("1.000", "3,000.000", "0.2%", "50%")
    translators = i18n.install_translators("id", qapp)
    try:  # one kilogram to three places is "1,000" in Indonesian: "1.000" would be a thousand
        assert (decimal(1, 3), decimal(3000, 3), percent(0.002), percent(0.5, 0)) == ("1,000", "3.000,000", "0,2%",
                                                                                        "50%")
        assert decimal(0.7, trim=True) == "0,7" and str(read_number("12,50")) == "12.50"
        assert read_number("12.50") is None  # twelve and a half or 1.250: asked, not guessed
    finally:
        i18n.remove_translators(translators, qapp)


# Formats the window may write with Python's own marks, and why (file name -> the lines' text).
ALLOWED: dict[str, tuple[str, ...]] = {}


def test_the_window_writes_no_count_with_english_marks_of_its_own() -> None:
    """No grouped count ("{n:,}"), decimal ("{kg:.3f}", "{p:.1f}") or percentage ("{p:.0%}")
    formatted by Python in app/gui: those are English marks; labels.count, decimal and percent
    write the window language's."""
    grouped = re.compile(r"\{[^{}\"]*:[^{}\"]*(?:,|\.\d*[fFgG%]|[fFgG%])\}|:\.\d+[fFgG%]\}?\"")
    found = []
    for path in sorted(GUI.glob("*.py")):
        if path.name in ("core_messages.py", "store_messages.py"):  # templates, filled in by core_text with the window's marks
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if grouped.search(line) and not any(allowed in line for allowed in ALLOWED.get(path.name, ())):
                found.append(f"{path.name}:{number}: {line.strip()}")
    assert not found, "use labels.count(), decimal() or percent() for numbers shown in the window:\n" + "\n".join(found)


# "{n}" is a count in the window's sentences; these are not (a row, line, package or step number, an
# invoice number, digits typed, a key) or already go through count under another name
NOT_COUNTS = ("n=number, col=column", "n=saved.invoice_number", "An HS code has six digits", "of 6 digits",
              "Step {n} of", "n=r + 1", "lambda n=n", "n=count_text(")


def test_every_count_named_n_is_written_by_labels_count() -> None:
    """"Classified 50000: 41000 auto-accepted" sat beside core lines that said "50,000": a count
    filled into "{n}" goes through labels.count like every other number the window writes."""
    bare = re.compile(r"\bn=(?!count\()[^,)\s]+")
    found = []
    for path in sorted(GUI.glob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if bare.search(line) and "lambda n" not in line.split("n=")[0][-12:] and not any(a in line for a in NOT_COUNTS):
                found.append(f"{path.name}:{number}: {line.strip()}")
    assert not found, "fill {n} with labels.count():\n" + "\n".join(found)
