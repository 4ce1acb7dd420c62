"""The note that work is under way: left by a forced close, taken away by any other end."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.core import interrupted, services
from app.core.catalogue import CatalogueError
from app.core.jobs import Cancelled
from tests.conftest import write_catalogue


def test_an_import_that_ends_in_any_way_leaves_no_note(ws, tmp_path: Path) -> None:
    seen: list[object] = []

    def watch(fraction: float, message: str = "") -> None:
        seen.append(ws.setting(interrupted.SETTING))

    services.import_catalogue(ws, write_catalogue(tmp_path / "ok.csv"), watch)
    assert seen and all(s and s["import"]["name"] == "ok.csv" for s in seen)  # there while it runs
    assert interrupted.take_interrupted(ws) == []

    def cancel(fraction: float, message: str = "") -> None:
        raise Cancelled()

    with pytest.raises(Cancelled):
        services.import_catalogue(ws, write_catalogue(tmp_path / "again.csv"), cancel)
    assert interrupted.take_interrupted(ws) == []
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\x00\x01 not a table")
    with pytest.raises(CatalogueError):
        services.import_catalogue(ws, bad)
    assert interrupted.take_interrupted(ws) == []


def test_a_note_left_behind_is_read_once(ws) -> None:
    ws.set_setting(interrupted.SETTING, {"import": {"name": "big.xlsx", "started": "2026-11-25T02:00:00+00:00"}})
    assert interrupted.take_interrupted(ws) == [{"kind": "import", "name": "big.xlsx",
                                                  "started": "2026-11-25T02:00:00+00:00"}]
    assert interrupted.take_interrupted(ws) == []
