"""The code picker's status line reads right for no, one and many subheadings matching the
words, beside one or several of the model's readings; a reading shown when no subheading
matches is not highlighted, so Enter does not record a guess ("kopi" read in "kopiah")."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt

from app.gui.hs_picker import CODE_ROLE, MODEL_ROLE, HsPicker


def _picker(qtbot, readings: list[tuple[str, float]]) -> tuple[HsPicker, list[str]]:  # type: ignore[no-untyped-def]
    def suggest(words: str, answer: Callable[[list[tuple[str, float]]], None]) -> None:
        answer(readings)

    picker = HsPicker(suggest=suggest)
    qtbot.addWidget(picker)
    chosen: list[str] = []
    picker.sig_code_chosen.connect(chosen.append)
    picker.show()
    return picker, chosen


def _type(qtbot, picker: HsPicker, words: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(picker.query, words)
    qtbot.waitUntil(lambda: picker.results.count() > 0 and picker.results.item(0).data(MODEL_ROLE) is True, timeout=5000)


@pytest.mark.parametrize("words,readings,said", [
    ("songkok kopiah", [("090121", 0.3)],
     "No subheading matches these words in English. The first line is the model's reading of the words. Nothing is "
     "highlighted: pick a line (Down, then Enter) to use it."),
    ("songkok kopiah", [("090121", 0.3), ("650500", 0.2)],
     "No subheading matches these words in English. The first 2 lines are the model's reading of the words. Nothing "
     "is highlighted: pick a line (Down, then Enter) to use it."),
    ("crocheted hats", [("650500", 0.6)],
     "1 subheading matches these words in English. The first line is the model's reading of the words."),
    ("roasted coffee", [("090121", 0.6), ("090122", 0.2)],
     "9 subheadings match these words in English. The first 2 lines are the model's reading of the words."),
])
def test_the_status_line_reads_right(qtbot, words: str, readings: list[tuple[str, float]], said: str) -> None:
    picker, _ = _picker(qtbot, readings)
    _type(qtbot, picker, words)
    assert picker.status.text() == said


def test_a_guess_alone_needs_a_pick_and_a_word_match_is_highlighted(qtbot) -> None:
    picker, chosen = _picker(qtbot, [("090121", 0.3)])
    _type(qtbot, picker, "songkok kopiah")
    assert picker.results.count() == 1 and picker.results.currentItem() is None
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    assert chosen == [] and picker.isVisible()  # Enter recorded nothing
    assert picker.status.text() == "Type a code or pick one from the list"
    qtbot.keyClick(picker.query, Qt.Key.Key_Down)
    assert picker.results.currentItem().data(CODE_ROLE) == "090121"
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    assert chosen == ["090121"]


def test_a_word_match_stays_highlighted_below_the_readings(qtbot) -> None:
    picker, chosen = _picker(qtbot, [("650500", 0.6)])
    _type(qtbot, picker, "crocheted hats")
    current = picker.results.currentItem()
    assert current is not None and not current.data(MODEL_ROLE) and current.data(CODE_ROLE) == "650500"
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    assert chosen == ["650500"]


@pytest.mark.parametrize("words,said", [
    ("songkok", "No subheading matches (the descriptions are in English: 'coffee', not 'kopi' or 'cà phê')"),
    ("crocheted hats", "1 subheading matches (the descriptions are in English: 'coffee', not 'kopi' or 'cà phê')"),
    ("roasted coffee", "9 subheadings match (the descriptions are in English: 'coffee', not 'kopi' or 'cà phê')"),
])
def test_before_the_model_answers_the_count_reads_right(qtbot, words: str, said: str) -> None:
    picker = HsPicker()
    qtbot.addWidget(picker)
    picker.query.setText(words)
    assert picker.status.text() == said
