"""The core's sentences read in the window's language: app.core.messages, and the window's
list of their templates (app/gui/core_messages.py) kept equal to what app/core writes."""
from __future__ import annotations

import ast
import pickle
import re
from decimal import Decimal

from app.core.attributes import ENGLISH_NUMBERS
from app.core.messages import Joined, Label, Message, message_of, render
from app.core.rule_language import INDONESIAN_NUMBERS
from tests.test_translations import ROOT

CORE = ROOT / "app" / "core"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _message_calls(tree: ast.AST) -> list[ast.Call]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call)
            and ((isinstance(n.func, ast.Name) and n.func.id == "Message")
                 or (isinstance(n.func, ast.Attribute) and n.func.attr == "Message"))]


def core_templates() -> dict[str, str]:
    """Template -> where it is written, for every Message(...) in app/core; fails on a template
    that is no string literal (the list below could not name it)."""
    found: dict[str, str] = {}
    for path in sorted(CORE.rglob("*.py")):
        if path.name == "messages.py":  # the class itself
            continue
        for call in _message_calls(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            first = call.args[0] if call.args else None
            assert isinstance(first, ast.Constant) and isinstance(first.value, str), \
                f"{where}: a Message's template is a string literal"
            found.setdefault(first.value, where)
    return found


def test_the_window_lists_every_template_the_core_writes() -> None:
    from app.gui.core_messages import TEMPLATES

    core = core_templates()
    assert len(core) > 150
    missing = sorted(set(core) - set(TEMPLATES), key=core.get)
    assert not missing, "add to TEMPLATES in app/gui/core_messages.py, then run make translations:\n" + "\n".join(
        f"    QT_TRANSLATE_NOOP(\"CoreMessages\", {t!r}),  # {core[t]}" for t in missing)
    assert sorted(set(TEMPLATES) - set(core)) == [], "no longer written in app/core: remove from TEMPLATES"
    assert len(TEMPLATES) == len(set(TEMPLATES))


def test_the_checker_finds_a_template_that_is_no_literal() -> None:
    calls = _message_calls(ast.parse('Message("row {row}", row=1)\nmessages.Message(text)\nLabel(x)\n'))
    assert [isinstance(c.args[0], ast.Constant) for c in calls] == [True, False]


def test_every_template_has_plain_named_fields() -> None:
    for template in core_templates():
        for name in re.findall(r"\{([^{}:!]*)[^{}]*\}", template):
            assert name.isidentifier(), f"{template!r}: {{{name}}}"
        assert "!" not in "".join(PLACEHOLDER.findall(template)), template


# the messages themselves -------------------------------------------------------------------
def _indonesian(message: str, words: dict[str, str]) -> str:
    return render(message, lambda m: words.get(m.template, m.template), INDONESIAN_NUMBERS)


def test_a_message_is_its_english_sentence() -> None:
    m = Message("{n:,} rows ({rows}) at {price:,f} {currency}", n=1500, rows="3, 4", price=Decimal("1234.50"),
                currency="USD")
    assert m == "1,500 rows (3, 4) at 1,234.50 USD" and isinstance(m, str)
    assert str(m) == m and f"{m}" == m and repr(str(m)) == "'1,500 rows (3, 4) at 1,234.50 USD'"
    exc = ValueError(m)
    assert str(exc) == m and message_of(exc) is m and message_of(ValueError("plain")) == "plain"
    assert pickle.loads(pickle.dumps(m)) == m and pickle.loads(pickle.dumps(m)).fields == m.fields


def test_a_message_reads_in_another_language_with_its_number_marks() -> None:
    words = {"{n:,} rows ({rows}) at {price:,f} {currency}": "{n:,} baris ({rows}) seharga {price:,f} {currency}",
             "row {row}": "baris {row}", "{where}: {why}": "{where}: {why}", "missing title": "judul kosong"}
    m = Message("{n:,} rows ({rows}) at {price:,f} {currency}", n=1500, rows="3, 4", price=Decimal("1234.50"),
                currency="USD")
    assert _indonesian(m, words) == "1.500 baris (3, 4) seharga 1.234,50 USD"
    # a row number is written as the spreadsheet shows it; an amount without grouping is grouped in Indonesian
    assert _indonesian(Message("row {row}", row=12345), words) == "baris 12345"
    assert _indonesian(Message("{value} and {p:.1%}", value=Decimal("17387.10"), p=0.255), {}) == "17.387,10 and 25,5%"
    nested = Message("{where}: {why}", where="w.csv", why=Joined([Message("missing title"), Message("row {row}", row=3)]))
    assert nested == "w.csv: missing title; row 3"
    assert _indonesian(nested, words) == "w.csv: judul kosong; baris 3"
    assert _indonesian("not a message", words) == "not a message"


def test_a_translation_that_does_not_fit_the_fields_falls_back_to_english() -> None:
    m = Message("row {row}", row=3)
    assert render(m, lambda _: "baris {baris}", ENGLISH_NUMBERS) == "row 3"


def test_a_label_is_looked_up_as_a_label() -> None:
    asked = []

    def lookup(m: Message) -> str:
        asked.append((type(m).__name__, m.template))
        return {"Unit price": "Harga satuan"}.get(m.template, m.template)

    m = Message("column {letter} is read as {field}", letter="C", field=Label("Unit price"))
    assert m == "column C is read as Unit price"
    assert render(m, lookup, INDONESIAN_NUMBERS) == "column C is read as Harga satuan"
    assert ("Label", "Unit price") in asked


def test_the_consignment_amounts_follow_the_language() -> None:
    from app.core.consignment_value import Amount

    assert [str(Amount(Decimal("10000.5"), "PHP")), str(Amount(Decimal("733.4"), "SGD", whole=True))] == [
        "PHP 10,000.50", "S$733"]
    assert Amount(Decimal("10000.5"), "PHP").localized(INDONESIAN_NUMBERS) == "PHP 10.000,50"
    assert Amount(Decimal("1500"), "THB", whole=True).localized(INDONESIAN_NUMBERS) == "THB 1.500"


def test_core_modules_raise_again_with_the_message() -> None:
    """An exception raised with a Message and raised again as another keeps its Message
    (message_of), so the window can still read it in its language."""
    for path in CORE.glob("*.py"):
        assert not re.search(r"raise \w+Error\(str\(exc\)\)", path.read_text(encoding="utf-8")), path.name


def test_the_window_reads_a_message_in_the_installed_language(qapp) -> None:
    from app.gui.core_messages import core_text, error_text
    from app.gui.i18n import install_translators, interface_language, remove_translators

    m = Message("{n:,} rows ({rows})", n=1500, rows="3, 4")
    assert interface_language() == "en" and core_text(m) == "1,500 rows (3, 4)"
    translators = install_translators("id", qapp)
    try:
        assert interface_language() == "id" and core_text(m) == "1.500 baris (3, 4)"
        assert error_text(ValueError(Message("missing title"))) == "judul kosong"
        assert error_text(OSError("disk on fire")) == "disk on fire"
    finally:
        remove_translators(translators, qapp)
    assert interface_language() == "en" and core_text(m) == "1,500 rows (3, 4)"
