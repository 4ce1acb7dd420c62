"""Columns chosen for fields by name, as the command line's `import --map FIELD=HEADER` chooses
them: what the window's mapping dialog does with its lists, for a file whose headers were not
all recognised. The choices go over the mapping found (remembered or matched by name), and an
import with them remembers the result for the next file with the same header row, as the
dialog's Import does."""
from __future__ import annotations

from collections.abc import Sequence

from app.core.fields import FIELD_LABELS, FIELDS, fold_header


class ChoiceError(ValueError):
    """A choice that names no field, or a column the file does not have."""


def field_named(text: str) -> str:
    """The field a person names: its key ("weight_kg") or its label ("Net weight"), any case."""
    wanted = fold_header(text)
    for fld in FIELDS:
        if wanted in (fold_header(fld), fold_header(FIELD_LABELS[fld])):
            return fld
    raise ChoiceError(f"'{text}' is not a field; the fields are {', '.join(FIELDS)}")


def parse_choice(text: str) -> tuple[str, str]:
    """"title=Nama Produk / Product Name" -> ("title", "Nama Produk / Product Name"); an empty
    header ("brand=") leaves the field out."""
    name, sep, header = text.partition("=")
    if not sep:
        raise ChoiceError(f"'{text}': write FIELD=HEADER, e.g. title=\"Product Name\"")
    return field_named(name), header.strip()


def column_named(text: str, headers: Sequence[str]) -> str:
    """The file's header a person names: as written, else alike but for case, spacing and
    punctuation (when only one is)."""
    if text in headers:
        return text
    alike = [h for h in headers if fold_header(h) == fold_header(text)]
    if len(alike) == 1:
        return alike[0]
    columns = ", ".join(f"'{h}'" for h in headers)
    raise ChoiceError(f"the file has no column '{text}' (its columns: {columns})")


def with_choices(mapping: dict[str, str], headers: Sequence[str], choices: Sequence[tuple[str, str]]) -> dict[str, str]:
    """`mapping` with each (field, header) chosen: a chosen column serves only the field it was
    chosen for (a field found by name that had it is left out), and one column chosen for two
    fields is refused, as the dialog refuses it."""
    chosen: dict[str, str] = {}
    for fld, text in choices:
        try:
            chosen[fld] = column_named(text, headers) if text else ""
        except ChoiceError as exc:
            raise ChoiceError(f"{fld}={text}: {exc}") from None
    by_column: dict[str, str] = {}
    for fld, header in chosen.items():
        if not header:
            continue
        if header in by_column:
            raise ChoiceError(f"'{header}' is chosen for both {by_column[header]} and {fld}")
        by_column[header] = fld
    out = {f: h for f, h in mapping.items() if f not in chosen and h not in by_column}
    out.update({f: h for f, h in chosen.items() if h})
    return {f: out[f] for f in FIELDS if f in out}
