"""Qt's own buttons and dialogs speak the interface language: Qt ships no Indonesian
translation of its own, so app/gui/qt_strings.py marks Qt's texts for our .ts file."""
from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QProgressDialog, QPushButton, QWizard, QWizardPage

from app.gui.i18n import install_translators, remove_translators
from tests.test_translations import GUI, ts_messages

Button = QMessageBox.StandardButton
Box = QDialogButtonBox.StandardButton


def marked() -> set[tuple[str, str]]:
    """(context, text) of every QT_TRANSLATE_NOOP in qt_strings.py."""
    tree = ast.parse((GUI / "qt_strings.py").read_text(encoding="utf-8"))
    return {(n.args[0].value, n.args[1].value) for n in ast.walk(tree)
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "QT_TRANSLATE_NOOP"}


@contextmanager
def language(code: str) -> Iterator[None]:
    translators = install_translators(code)
    try:
        yield
    finally:
        remove_translators(translators)


class Recorder(QTranslator):
    """Notes what Qt asks its translators for, and answers nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        self.asked.add((context, source))
        return ""

    def isEmpty(self) -> bool:
        return False


def test_every_marked_qt_text_is_translated() -> None:
    messages = ts_messages()
    assert len(marked()) > 60
    for context, text in sorted(marked()):
        assert (context, text) in messages, f"{context}: {text!r} is not in the .ts: run make translations"
        translation, kind = messages[(context, text)]
        assert translation and kind not in ("unfinished", "obsolete", "vanished"), f"{context}: {text!r}"
        assert ("&" in translation) == ("&" in text), f"{context}: {text!r}: keep one keyboard accelerator"


def test_the_marks_cover_what_qt_asks_for(qapp) -> None:
    """Every text this Qt looks up for the standard buttons, the message box, the progress
    dialog and the wizard is marked (a Qt upgrade that rewords one fails here)."""
    recorder = Recorder()
    qapp.installTranslator(recorder)
    try:
        widgets = [QDialogButtonBox(Box(sum(b.value for b in Box if 0 < b.value < 0x8000000))), QProgressDialog()]
        box = QMessageBox(QMessageBox.Icon.Question, "t", "x", Button.Yes | Button.No | Button.Cancel)
        box.setDetailedText("details")
        wizard = QWizard()
        wizard.addPage(QWizardPage())
        wizard.addPage(QWizardPage())
        for w in (*widgets, box, wizard):
            w.show()
            w.hide()
    finally:
        qapp.removeTranslator(recorder)
    asked = {(c, s) for c, s in recorder.asked
             if c in ("QPlatformTheme", "QMessageBox", "QProgressDialog", "QWizard") and re.search(r"[A-Za-z]", s)}
    assert ("QPlatformTheme", "Cancel") in asked and ("QProgressDialog", "Cancel") in asked
    assert asked - marked() == set()


def test_standard_buttons_speak_bahasa_indonesia(qtbot) -> None:
    with language("id"):
        box = QMessageBox(QMessageBox.Icon.Question, "Borderline", "?", Button.Yes | Button.No | Button.Cancel)
        qtbot.addWidget(box)
        assert [box.button(b).text() for b in (Button.Yes, Button.No, Button.Cancel)] == ["&Ya", "&Tidak", "Batal"]
        buttons = QDialogButtonBox(Box.Ok | Box.Cancel | Box.Save | Box.Close | Box.Apply | Box.RestoreDefaults)
        qtbot.addWidget(buttons)
        assert buttons.button(Box.Cancel).text() == "Batal"
        assert [buttons.button(b).text() for b in (Box.Ok, Box.Save, Box.Close, Box.Apply, Box.RestoreDefaults)] == [
            "OK", "Simpan", "Tutup", "Terapkan", "Pulihkan bawaan"]
        progress = QProgressDialog()
        qtbot.addWidget(progress)
        assert [b.text() for b in progress.findChildren(QPushButton)] == ["Batal"]


def test_standard_buttons_stay_english_in_english(qtbot) -> None:
    with language("en"):
        box = QMessageBox(QMessageBox.Icon.Question, "Borderline", "?", Button.Yes | Button.No | Button.Cancel)
        qtbot.addWidget(box)
        assert [box.button(b).text() for b in (Button.Yes, Button.No, Button.Cancel)] == ["&Yes", "&No", "Cancel"]
        buttons = QDialogButtonBox(Box.Cancel)
        qtbot.addWidget(buttons)
        assert buttons.button(Box.Cancel).text() == "Cancel"
