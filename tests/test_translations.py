"""Every user-visible string of the covered windows goes through tr(), and the shipped
Bahasa Indonesia translation is complete for them and compiled."""
from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GUI = ROOT / "app" / "gui"
TS = ROOT / "resources" / "translations" / "borderline_id.ts"
QM = TS.with_suffix(".qm")

# The one list of modules whose strings must be translated (add a module here to cover it).
TRANSLATED = ["main_window.py", "first_day.py", "job_bar.py", "first_run.py", "settings_dialog.py", "guide.py", "error_dialog.py",
              "window_state.py", "review_page.py", "items_page.py", "review_panes.py", "review_controller.py", "hs_picker.py",
              "bulk_confirm.py", "dashboard_page.py", "import_flow.py", "import_report.py", "mapping_dialog.py",
              "shipment_dialog.py", "shipment_parts.py", "party_box.py", "shipment_flow.py", "shipments_list.py", "pdf_preview.py",
              "lazy_model.py", "labels.py", "models_page.py", "rules_page.py", "backup_menu.py", "startup.py", "live_counts.py",
              "operations.py", "spin_boxes.py", "decisions_report.py", "export_jobs.py", "shipment_lines.py", "list_dialog.py", "close_guard.py",
              "line_editors.py", "bulk_decisions.py", "threshold_question.py", "shipment_words.py", "shipment_aside.py",
              "shipment_checks.py", "refused_items.py", "versions_table.py", "retrain_receipt.py",
              "review_queue.py"]
# Translated in the .ts today, but being reworked elsewhere: add them to TRANSLATED once merged.
NOT_YET_CHECKED: list[str] = []
# Calls whose string arguments reach the screen.
VISIBLE_CALLS = {"setText", "setWindowTitle", "addTab", "setTabText", "addMenu", "QAction", "QLabel", "QPushButton",
                 "QCheckBox", "QGroupBox", "setPlaceholderText", "setToolTip", "setStatusTip", "showMessage", "say",
                 "show_error", "addRow", "setTitle", "setSubTitle", "addItem", "addItems", "_action", "QMessageBox",
                 "ErrorDialog", "RuntimeError", "setWhatsThis", "add_section", "QListWidgetItem", "QTableWidgetItem",
                 "setHorizontalHeaderLabels"}
ALLOWED = {"Borderline"}  # the product's name is the same in every language
SHORTCUT = re.compile(r"^(Ctrl|Alt|Shift|Meta)\+")
WORDS = re.compile(r"[^\W\d_]{2,}")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _literals(node: ast.AST) -> list[tuple[int, str]]:
    """Text literals under `node` that can end up on screen: not inside tr(), not the
    arguments of other calls (setting keys, file names), not path parts (folder / "x.log")."""
    if isinstance(node, ast.Call):
        if _name(node.func) in ("format", "join") and isinstance(node.func, ast.Attribute):
            return _literals(node.func.value) + [x for a in node.args for x in _literals(a)]
        if _name(node.func) == "str" and node.args:
            return _literals(node.args[0]) if isinstance(node.args[0], (ast.Constant, ast.JoinedStr)) else []
        return []
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [(node.lineno, node.value)]
    if isinstance(node, ast.JoinedStr):  # only the fixed parts of an f-string are text
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        return [(node.lineno, text)]
    found: list[tuple[int, str]] = []
    for child in ast.iter_child_nodes(node):
        found += _literals(child)
    return found


def untranslated(source: str) -> list[tuple[int, str]]:
    """(line, text) of literals with words passed to a user-visible call outside tr()."""
    problems = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and _name(node.func) in VISIBLE_CALLS:
            for arg in [*node.args, *(k.value for k in node.keywords if k.arg != "shortcut")]:
                for line, text in _literals(arg):
                    if WORDS.search(re.sub(r"\{[^}]*\}", "", text)) and text not in ALLOWED and not SHORTCUT.match(text):
                        problems.append((line, text))
    return problems


def tr_calls(source: str) -> set[tuple[str, str]]:
    """(context, text) of every self.tr("...") call (its class is Qt's translation context) and
    of every QCoreApplication.translate("Context", "...") call that names its context."""
    found = set()
    tree = ast.parse(source)
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        for node in ast.walk(cls):
            if (isinstance(node, ast.Call) and _name(node.func) == "tr" and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.add((cls.name, node.args[0].value))
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and _name(node.func) == "translate" and len(node.args) >= 2
                and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2])):
            found.add((node.args[0].value, node.args[1].value))
    return found


def ts_messages() -> dict[tuple[str, str], tuple[str, str]]:
    """(context, source) -> (translation, its type attribute) from the .ts file."""
    out = {}
    for ctx in ET.parse(TS).getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            assert tr is not None
            out[(name, msg.findtext("source", ""))] = (tr.text or "", tr.get("type", ""))
    return out


@pytest.mark.parametrize("module", TRANSLATED)
def test_user_visible_strings_go_through_tr(module: str) -> None:
    assert untranslated((GUI / module).read_text(encoding="utf-8")) == []


def test_the_checker_finds_a_bare_string() -> None:
    source = ('class W:\n    def f(self):\n        self.label.setText("Hello there")\n'
              '        self.b = QPushButton(self.tr("Fine"))\n        self.say(f"{n} items saved")\n'
              '        self.setWindowTitle("Borderline")\n        self.x.setText(f"{a} — {b}")\n'
              '        self.y.setText(str(ws.setting("reviewer")))\n        self.z.setText("Plain {n}".format(n=1))\n'
              '        self.q.setText(QCoreApplication.translate("Page", "Kept"))\n')
    assert untranslated(source) == [(3, "Hello there"), (5, " items saved"), (9, "Plain {n}")]
    assert tr_calls(source) == {("W", "Fine"), ("Page", "Kept")}


@pytest.mark.parametrize("module", TRANSLATED + NOT_YET_CHECKED)
def test_indonesian_is_complete(module: str) -> None:
    messages = ts_messages()
    for context, text in sorted(tr_calls((GUI / module).read_text(encoding="utf-8"))):
        assert (context, text) in messages, f"{module}: {context}: {text!r} is not in {TS.name}: run make translations"
        translation, kind = messages[(context, text)]
        assert translation and kind not in ("unfinished", "obsolete", "vanished"), f"{context}: {text!r} is not translated"
        assert set(re.findall(r"\{[^}]*\}", translation)) == set(re.findall(r"\{[^}]*\}", text)), text
        assert ("&" in translation) == ("&" in text), f"{text!r}: keep one keyboard accelerator"


def test_the_core_labels_shown_in_the_window_are_marked_and_translated() -> None:
    from app.core.fields import FIELD_LABELS
    from app.core.queue import BAND_LABELS
    from app.core.review import STATUS_LABELS
    from app.core.rules import SEVERITIES
    from app.core.shipment import DEFAULT_PACKAGE_TYPE, EXPORT_TYPES, PAPER_SIZES, REASONS
    from app.gui.labels import CONTEXT, MARKED

    shown = {*STATUS_LABELS.values(), *BAND_LABELS.values(), *SEVERITIES, *FIELD_LABELS.values(), *REASONS,
             *EXPORT_TYPES, *PAPER_SIZES, DEFAULT_PACKAGE_TYPE} - {"A4"}
    assert shown == set(MARKED)
    messages = ts_messages()
    for text in MARKED:
        translation, kind = messages.get((CONTEXT, text), ("", "missing"))
        assert translation and kind not in ("unfinished", "obsolete", "vanished", "missing"), f"{text!r} is not translated"


def test_the_deciding_questions_are_marked_and_translated() -> None:
    """app/gui/confusion_words.py lists every fact, question and answer of the confusion-pairs file."""
    from app.core.confusion import default_pairs
    from app.gui.confusion_words import CONTEXT, MARKED

    assert {t for p in default_pairs() for t in (p.fact, p.question, *p.answers)} == set(MARKED)
    messages = ts_messages()
    for text in MARKED:
        translation, kind = messages.get((CONTEXT, text), ("", "missing"))
        assert translation and kind not in ("unfinished", "obsolete", "vanished", "missing"), f"{text!r} is not translated"


def test_the_shipment_dialogs_own_words_are_translated_with_the_same_fields() -> None:
    """app/gui/shipment_words.py words some core sentences its own way: each is a core template,
    and each of its words is translated with the same fields."""
    from app.gui.core_messages import TEMPLATES
    from app.gui.shipment_words import CONTEXT, MARKED, WINDOW_TEMPLATES

    for core, window in WINDOW_TEMPLATES.items():
        assert core in TEMPLATES, core
        assert sorted(_PLACEHOLDER.findall(core)) == sorted(_PLACEHOLDER.findall(window)), window
    messages = ts_messages()
    for text in MARKED:
        translation, kind = messages.get((CONTEXT, text), ("", "missing"))
        assert translation and kind not in ("unfinished", "obsolete", "vanished", "missing"), f"{text!r} is not translated"
        assert sorted(_PLACEHOLDER.findall(translation)) == sorted(_PLACEHOLDER.findall(text)), text


def test_the_core_sentences_are_translated_with_the_same_fields() -> None:
    """app/gui/core_messages.py lists every template app/core writes (tests/test_core_messages.py)."""
    from app.gui.core_messages import CONTEXT, TEMPLATES

    messages = ts_messages()
    for template in TEMPLATES:
        assert (CONTEXT, template) in messages, f"{template!r} is not in the .ts: run make translations"
        translation, kind = messages[(CONTEXT, template)]
        assert translation and kind not in ("unfinished", "obsolete", "vanished"), f"{template!r} is not translated"
        assert sorted(_PLACEHOLDER.findall(translation)) == sorted(_PLACEHOLDER.findall(template)), template
        # numbers come in the fields, in the language's marks; an English figure is not written by hand
        # (but for how a shipment file writes an amount: "e.g. 10.00")
        assert not re.search(r"\d,\d{3}\b|\d\.\d", _PLACEHOLDER.sub("", translation)) or "10.00" in template, translation


def test_the_compiled_translation_is_up_to_date(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    out = tmp_path / "check.qm"
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == QM.read_bytes(), "run make translations and commit the .qm"
