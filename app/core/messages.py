"""Sentences the core says to a person, readable in the window's language.

The core writes English. A sentence that reaches the window (an import row's reason, a refused
print, a document warning, an error) is made as a :class:`Message`: an English template with
named fields, and their values. A Message *is* its English sentence (a ``str``), so the command
line, the log, the audit trail, the stored import rejections and the tests read it as before.
The window looks its template up in its own language (app/gui/core_messages.py, one
translation context for every template) and fills in the same fields.

Fields are filled as ``str.format`` would, with the language's number marks: a number is
written with its format spec ("{n:,}" is "1,500" in English and "1.500" in Indonesian); an
``int`` without grouping ("row {row}") is a row, line or version number and is written as
is; a field with a ``localized(numbers)`` method (an amount of money) writes itself; a field
that is a Message is read in the same language, a :class:`Joined` one part by part, a
:class:`Label` (a field's name) as the window reads its labels. Anything else is written as it
is: SKUs, file names, column headers, HS codes, a flag's reason already in the rules' language.

A template is a string literal at the call (``Message("row {row}: ...", row=n)``), so that
tests/test_core_messages.py finds every one in app/core and checks the window lists it.

A Message stays one only as long as it is passed on whole: a sentence built from it with an
f-string, ``+`` or ``join`` is plain English text again. Put it in a field of the larger
sentence instead, and raise an exception again with :func:`message_of`, not ``str(exc)``.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from functools import lru_cache
from pathlib import PurePath
from string import Formatter
from typing import Any, Protocol, runtime_checkable

from app.core.attributes import ENGLISH_NUMBERS, NumberWords

Lookup = Callable[["Message"], str]  # a message -> its template in the reader's language


@runtime_checkable
class Figure(Protocol):
    """A field value that writes itself in a language's number marks (an amount with its currency);
    its ``str()`` is the English."""

    def localized(self, numbers: NumberWords) -> str: ...


class Message(str):
    """An English sentence that remembers its template and fields, to be read in another language."""

    template: str
    fields: Mapping[str, Any]

    def __new__(cls, template: str, **fields: Any) -> Message:
        # the English sentence is str.format's: a nested Message or a Figure writes itself in English
        self = super().__new__(cls, template.format(**fields))
        self.template = template
        self.fields = fields
        return self

    def render(self, lookup: Lookup, numbers: NumberWords) -> str:
        """The sentence in the words ``lookup`` gives for its template, numbers in ``numbers``'
        marks; in English when the looked-up template does not fit the fields."""
        try:
            return fill(lookup(self), self.fields, lookup, numbers)
        except (KeyError, IndexError, ValueError):
            return fill(self.template, self.fields, lookup, numbers)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_remake, (self.template, dict(self.fields)))


class Refusal(Exception):
    """What the user gave is refused, and the message (a Message) says which field and why:
    an expected answer to a mistake, not a fault. The window shows it plainly (no details, no
    log folder) and the log records it in one line, without a traceback."""


def _remake(template: str, fields: dict[str, Any]) -> Message:
    return Message(template, **fields)


class Label(Message):
    """One of the core's labels inside a sentence (a field's name: "Unit price"), read in the
    window as its other labels are (app/gui/labels.py), not looked up as a sentence."""

    def __new__(cls, label: str) -> Label:  # type: ignore[misc]
        self = str.__new__(cls, label)
        self.template, self.fields = label, {}
        return self

    def render(self, lookup: Lookup, numbers: NumberWords) -> str:
        return lookup(self)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Label, (self.template,))


class Joined(Message):
    """Sentences read one after the other ("...; ..."): each part in the reader's language."""

    parts: list[str]
    separator: str

    def __new__(cls, parts: Iterable[str], separator: str = "; ") -> Joined:  # type: ignore[misc]
        parts = list(parts)
        self = str.__new__(cls, separator.join(parts))
        self.template, self.fields = "", {}
        self.parts, self.separator = parts, separator
        return self

    def render(self, lookup: Lookup, numbers: NumberWords) -> str:
        return self.separator.join(render(p, lookup, numbers) for p in self.parts)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Joined, (self.parts, self.separator))


def render(text: str, lookup: Lookup, numbers: NumberWords) -> str:
    """A Message in another language; any other text as it is."""
    return text.render(lookup, numbers) if isinstance(text, Message) else text


def message_of(exc: BaseException) -> str:
    """What an exception says, as the Message it was raised with when it was (``str(exc)`` is
    its English text either way)."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Message):
        return exc.args[0]
    return str(exc)


def replaced(text: str, old: str, new: str) -> str:
    """``text`` with ``old`` written as ``new`` (a file checked under a temporary name, named as
    the file it becomes): in a Message's English and in each of its fields, so that it is still a Message."""
    if isinstance(text, Joined):
        return Joined([replaced(p, old, new) for p in text.parts], text.separator)
    if isinstance(text, Label) or not isinstance(text, Message):
        return text if isinstance(text, Label) else text.replace(old, new)
    return Message(text.template, **{k: _replaced_field(v, old, new) for k, v in text.fields.items()})


def _replaced_field(value: Any, old: str, new: str) -> Any:
    if isinstance(value, str):
        return replaced(value, old, new)
    if isinstance(value, PurePath) and old in str(value):
        return type(value)(str(value).replace(old, new))
    return value


@lru_cache(maxsize=1024)
def _parsed(template: str) -> tuple[tuple[str, str | None, str | None, str | None], ...]:
    return tuple(Formatter().parse(template))


def fill(template: str, fields: Mapping[str, Any], lookup: Lookup, numbers: NumberWords) -> str:
    """``template.format(**fields)``, each field written as the module docstring says."""
    out = []
    for literal, name, spec, conversion in _parsed(template):
        out.append(literal)
        if name is None:
            continue
        if conversion or not name.isidentifier():
            raise ValueError(f"a message field is a plain name: {{{name}}}")
        out.append(_field(fields[name], spec or "", lookup, numbers))
    return "".join(out)


_PLAIN_SPEC = re.compile(r"(\.\d+)?[f%]?")


def _field(value: Any, spec: str, lookup: Lookup, numbers: NumberWords) -> str:
    if isinstance(value, Message):
        return format(render(value, lookup, numbers), spec)
    if isinstance(value, str) or isinstance(value, bool):
        return format(str(value), spec)
    if isinstance(value, (int, float, Decimal)):
        return _number(value, spec, numbers)
    if isinstance(value, Figure):
        return format(value.localized(numbers), spec)
    return format(value, spec)


def _number(value: int | float | Decimal, spec: str, numbers: NumberWords) -> str:
    if numbers == ENGLISH_NUMBERS or (isinstance(value, int) and "," not in spec):
        return format(value, spec)  # an int without grouping is a row, line or version number
    if numbers.group_always and "," not in spec and _PLAIN_SPEC.fullmatch(spec) and not spec.endswith("%"):
        spec = "," + spec
    return format(value, spec).translate({ord(","): numbers.group, ord("."): numbers.decimal})
