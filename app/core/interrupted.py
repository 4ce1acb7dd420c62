"""Work that a forced close cut short, said at the next start.

An import is one transaction: a program killed in the middle of it keeps nothing of it, which
is safe but silent. Before such work starts, a note naming it is stored in the settings (in a
commit of its own); the work's end (finished, failed or cancelled) takes the note away. A note
found at the next start is work that never ended: ``take_interrupted`` says what it was, once.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any

from app.core.workspace import Workspace

SETTING = "interrupted_work"


@contextmanager
def noted(ws: Workspace, kind: str, name: str) -> Iterator[None]:
    """Leave a note for the duration of the work: ("import", "catalogue.xlsx")."""
    notes = dict(ws.setting(SETTING) or {})
    notes[kind] = {"name": name, "started": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    ws.set_setting(SETTING, notes)
    try:
        yield
    finally:
        left = dict(ws.setting(SETTING) or {})
        left.pop(kind, None)
        ws.set_setting(SETTING, left or None)


def take_interrupted(ws: Workspace) -> list[dict[str, Any]]:
    """The notes of work that never ended ({"kind", "name", "started"}), removed as they are read."""
    notes = ws.setting(SETTING) or {}
    if not notes:
        return []
    ws.set_setting(SETTING, None)
    return [{"kind": kind, **note} for kind, note in sorted(notes.items()) if isinstance(note, dict)]
