"""`decide FILE` with some rows rejected: the decisions of the other rows are saved, and the
command says so and exits 5 (applied in part), not 2 (unusable input, nothing changed). The same
file, corrected, can be given again. A file whose every row is rejected exits 2."""
from __future__ import annotations

from pathlib import Path

from app.cli import main
from app.core import item_views
from app.core.workspace import Workspace
from tests.test_decisions_file import _decisions
from tests.test_export_streaming import _flagged


def test_a_file_applied_in_part_says_what_was_saved_and_exits_5(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    ws = Workspace(data)
    try:
        skus = _flagged(ws, 4, ())
    finally:
        ws.close()
    rows = [(sku, "610910") for sku in skus] + [("NOPE-1", "610910"), (skus[0] + "X", "999999")]
    path = _decisions(tmp_path / "d.csv", rows)
    assert main(["--data-dir", str(data), "decide", str(path)]) == 5
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == f"{path}: 4 decisions applied, 2 rows rejected"
    assert "  row 6, column sku: no item with SKU 'NOPE-1'" in out
    assert ("d.csv: applied in part: 4 of 6 rows taken, and the 4 decisions they gave saved; 2 rows rejected. Correct "
            "the rejected rows and give the file again: the rows already applied change nothing.") in err
    ws = Workspace(data)
    try:
        assert item_views.status_counts(ws)["decided"] == 4  # committed
    finally:
        ws.close()

    # the file again, its rejected rows corrected (here: left out): nothing new, exit 0
    again = _decisions(tmp_path / "again.csv", rows[:4])
    assert main(["--data-dir", str(data), "decide", str(again)]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == f"{again}: 0 decisions applied, 0 rows rejected, 4 items already decided so" and err == ""

    # every row rejected: nothing changed, exit 2
    bad = _decisions(tmp_path / "bad.csv", rows[4:])
    assert main(["--data-dir", str(data), "decide", str(bad)]) == 2
    out, err = capsys.readouterr()
    assert "bad.csv: nothing applied, every row was rejected" in err


def test_one_decision_is_counted_as_one(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    ws = Workspace(data)
    try:
        skus = _flagged(ws, 1, ())
    finally:
        ws.close()
    assert main(["--data-dir", str(data), "decide", str(_decisions(tmp_path / "d.csv", [(skus[0], "610910")]))]) == 0
    assert capsys.readouterr().out.splitlines()[0].endswith("d.csv: 1 decision applied, 0 rows rejected")
