"""Column mappings remembered per header row, so a seller corrects a mapping only once.

A mapping is stored by the fingerprint of the folded header row and applied by column
position, so the next export from the same shop (same columns, perhaps recased) maps alike.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.fields import FIELDS, headers_key, map_columns
from app.core.tables import ColumnMapping

# Fields added after mappings were first remembered. A remembered mapping that does not name one
# at all was made before it existed: its column is matched by name, when no other field uses it.
# A seller who leaves it out in the dialog is remembered as such (the field named, with no column).
LATER_FIELDS = ("hs_code",)


def recall(session: Session, headers: list[str]) -> dict[str, str] | None:
    row = session.scalars(select(ColumnMapping).where(ColumnMapping.headers_key == headers_key(headers))).first()
    if row is None or len(row.headers) != len(headers):
        return None
    position = {h: i for i, h in enumerate(row.headers)}
    mapping = {}
    for fld, header in row.mapping.items():
        if fld in FIELDS and header in position:
            mapping[fld] = headers[position[header]]
    unnamed = [f for f in LATER_FIELDS if f not in row.mapping]
    if unnamed:
        by_name = map_columns(headers)
        for fld in unnamed:
            header = by_name.get(fld)
            if header and header not in mapping.values():
                mapping[fld] = header
    return mapping


def remember(session: Session, headers: list[str], mapping: dict[str, str]) -> None:
    key = headers_key(headers)
    clean = {f: h for f, h in mapping.items() if f in FIELDS and h in headers}
    by_name = map_columns(headers)
    for fld in LATER_FIELDS:
        if fld not in clean and fld in by_name:
            clean[fld] = ""  # left out on purpose: not matched by name next time
    row = session.scalars(select(ColumnMapping).where(ColumnMapping.headers_key == key)).first()
    if row is None:
        session.add(ColumnMapping(headers_key=key, headers=list(headers), mapping=clean))
    else:
        row.headers, row.mapping = list(headers), clean
