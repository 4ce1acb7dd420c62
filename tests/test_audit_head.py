"""The audit trail's head kept outside the database (app/core/audit_head.py): entries cut off
the end of the trail are found by verify-log, a crash between a commit and its record is not,
a missing record is said plainly, a restore starts a new one, exports end with the head and
`verify-log --head` checks a head an auditor was given."""
from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import event, func, select

from app.cli import main
from app.core import audit_head, backup, deciding, services
from app.core.tables import AuditEntry, Item
from app.core.workspace import Workspace
from tests.conftest import write_catalogue
from tests.test_documents import CODES, ROWS


def decided(ws: Workspace, tmp_path: Path) -> Workspace:
    """Test_documents' catalogue imported, every item waiting, then decided one by one."""
    services.import_catalogue(ws, write_catalogue(tmp_path / "cat.csv", ROWS))
    with ws.db.session() as s:
        ids = {item.sku: item.id for item in s.scalars(select(Item))}
        for item in s.scalars(select(Item)):
            item.status, item.top_code, item.top_p = "flagged", CODES[item.sku], 0.4
    for sku, item_id in ids.items():
        deciding.decide(ws, item_id, CODES[sku], "Ana")
    return ws


def cut_the_newest_decision(db: Path) -> None:
    """What the walkthrough did with sqlite3: the newest entry and its decision removed, the
    item put back in the queue. The chain that is left is still a chain."""
    con = sqlite3.connect(db)
    with con:
        (sku,) = con.execute("select subject from audit_log order by id desc limit 1").fetchone()
        con.execute("delete from audit_log where id = (select max(id) from audit_log)")
        con.execute("delete from decisions where sku = ?", (sku,))
        con.execute("update items set status = 'flagged', hs_code = NULL where sku = ?", (sku,))
    con.close()


def test_entries_cut_from_the_end_are_found(ws: Workspace, tmp_path: Path, capsys) -> None:
    decided(ws, tmp_path)
    entries = deciding.verify_log(ws).entries
    ws.close()
    cut_the_newest_decision(tmp_path / "data" / "borderline.db")
    assert main(["--data-dir", str(tmp_path / "data"), "verify-log"]) == 1
    err = capsys.readouterr().err
    assert f"holds {entries - 1} entries, but audit-head.log recorded {entries} on " in err
    assert "its newest 1 entries were removed" in err
    reopened = Workspace(tmp_path / "data")
    try:
        rep = deciding.verify_log(reopened)
        assert not rep.ok and rep.lost
    finally:
        reopened.close()


def test_entries_replaced_at_the_end_are_found(ws: Workspace, tmp_path: Path) -> None:
    """The newest entry removed and a new one chained in its place: as long, but not the same."""
    decided(ws, tmp_path)
    cut_the_newest_decision(tmp_path / "data" / "borderline.db")
    ws.set_setting("markets", ["SG"])  # a change the trail records, after the cut
    rep = deciding.verify_log(ws)
    assert not rep.ok and rep.lost and "is not the one audit-head.log recorded on" in rep.problem


def test_a_crash_between_the_commit_and_its_record_is_no_loss(ws: Workspace, tmp_path: Path, monkeypatch) -> None:
    decided(ws, tmp_path)
    lines = (tmp_path / "data" / audit_head.FILE).read_text().splitlines()
    monkeypatch.setattr(audit_head.Witness, "record", lambda self, head, committed=False: None)  # the program stops after the commit
    ws.set_setting("markets", ["SG"])
    ws.set_setting("markets", ["SG", "MY"])
    assert (tmp_path / "data" / audit_head.FILE).read_text().splitlines() == lines
    rep = deciding.verify_log(ws)
    assert rep.ok and not rep.note, rep.problem
    # ...but the database may not fall behind what was recorded
    monkeypatch.undo()
    cut_the_newest_decision(tmp_path / "data" / "borderline.db")  # the newest is the markets change
    cut_the_newest_decision(tmp_path / "data" / "borderline.db")
    cut_the_newest_decision(tmp_path / "data" / "borderline.db")
    assert deciding.verify_log(ws).lost


def test_a_half_written_record_is_ignored(ws: Workspace, tmp_path: Path) -> None:
    decided(ws, tmp_path)
    with open(tmp_path / "data" / audit_head.FILE, "a") as f:
        f.write("2026-11-25T10:00:00+00:00 99 5f2c")  # the program stopped in the middle of the line
    assert deciding.verify_log(ws).ok


def test_no_record_outside_the_database_is_said_plainly(ws: Workspace, tmp_path: Path, capsys) -> None:
    decided(ws, tmp_path)
    ws.close()
    (tmp_path / "data" / audit_head.FILE).unlink()
    assert main(["--data-dir", str(tmp_path / "data"), "verify-log"]) == 0
    out, err = capsys.readouterr()
    assert "audit trail intact" in out
    assert "no record outside the database to check the newest entries against (audit-head.log is missing" in err
    reopened = Workspace(tmp_path / "data")
    try:
        reopened.set_setting("markets", ["SG"])  # the next change starts a new record
        assert (tmp_path / "data" / audit_head.FILE).exists()
        assert not deciding.verify_log(reopened).note
    finally:
        reopened.close()


def test_a_restore_starts_a_new_record_and_says_so(ws: Workspace, tmp_path: Path, capsys) -> None:
    decided(ws, tmp_path)
    info = backup.backup_database(ws.db, tmp_path / "copy.db")
    assert info.audit_head == deciding.verify_log(ws).head
    ws.set_setting("markets", ["SG"])  # the folder's record moves on past the backup
    backup.restore_database(ws.db, tmp_path / "copy.db", ws.models_dir)
    rep = deciding.verify_log(ws)
    assert rep.ok and not rep.note, rep.problem
    assert rep.entries == info.audit_entries + 1
    with ws.db.session() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
        assert (entry.action, entry.subject) == ("restore", "copy.db")
        assert entry.payload["earlier head record"].startswith("audit-head.log.before-restore-")
    assert len(list((tmp_path / "data").glob("audit-head.log.before-restore-*"))) == 1
    # on the command line too
    ws.close()
    assert main(["--data-dir", str(tmp_path / "data"), "restore", str(tmp_path / "copy.db")]) == 0
    assert "its head is recorded afresh in audit-head.log" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path / "data"), "verify-log"]) == 0


def test_verify_log_checks_a_head_it_is_given(ws: Workspace, tmp_path: Path, capsys) -> None:
    decided(ws, tmp_path)
    given = deciding.verify_log(ws).head
    ws.set_setting("markets", ["SG"])
    ws.close()
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "verify-log", "--head", given]) == 0
    assert f"holding the head {given}" in capsys.readouterr().out
    count, digest = given.split(":")
    assert main(["--data-dir", data, "verify-log", "--head", f"{count}:{digest[:12]}"]) == 0  # shortened, as read aloud
    (tmp_path / "data" / audit_head.FILE).unlink()  # the folder's own record gone too: the given head still tells
    cut_the_newest_decision(tmp_path / "data" / "borderline.db")
    cut_the_newest_decision(tmp_path / "data" / "borderline.db")
    capsys.readouterr()
    assert main(["--data-dir", data, "verify-log", "--head", given]) == 1
    assert f"fewer than the {count} of the head {given} you gave" in capsys.readouterr().err
    assert main(["--data-dir", data, "verify-log", "--head", f"{int(count) - 1}:{'0' * 64}"]) == 1
    assert "is not the one of the head" in capsys.readouterr().err
    try:
        main(["--data-dir", data, "verify-log", "--head", "forty"])
    except SystemExit as exc:
        assert exc.code == 2
    assert "is not an audit trail head" in capsys.readouterr().err


def test_exports_end_with_the_head_they_were_made_at(ws: Workspace, tmp_path: Path, capsys) -> None:
    decided(ws, tmp_path)
    ws.close()
    data = str(tmp_path / "data")
    for command, name in (("export-log", "log.csv"), ("export-audit", "audit.csv")):
        assert main(["--data-dir", data, command, str(tmp_path / name)]) == 0
        head = capsys.readouterr().out.split("audit trail head: ")[1].split()[0]
        with open(tmp_path / name, encoding="utf-8-sig", newline="") as f:
            lines = list(csv.reader(f))
        assert all(line and not line[0].startswith("#") for line in lines)  # every line a data row
        about = (tmp_path / f"{name}.about.txt").read_text(encoding="utf-8").splitlines()
        assert about == [f"# audit trail head (entries:hash of the newest)\t{head}",
                         f"# check a later database with\tborderline verify-log --head {head}"]
        assert main(["--data-dir", data, "verify-log", "--head", head]) == 0  # the export's own entry included
        capsys.readouterr()
    assert main(["--data-dir", data, "export-log", str(tmp_path / "log.xlsx")]) == 0
    head = capsys.readouterr().out.split("audit trail head: ")[1].split()[0]
    book = load_workbook(tmp_path / "log.xlsx")
    assert book.active.title == "Sheet1" and book.active.max_row == len(ROWS) + 1
    assert [list(r) for r in book["About this file"].iter_rows(values_only=True)][0] == [
        "# audit trail head (entries:hash of the newest)", head]
    assert main(["--data-dir", data, "backup", str(tmp_path / "b.db")]) == 0
    assert f"audit trail head: {head}" in capsys.readouterr().out


def test_each_head_counts_from_the_last_one_recorded(ws: Workspace, tmp_path: Path) -> None:
    """A head counts only the entries after the last one recorded (counting the whole trail took
    ~20 ms a decision at 200,000 entries), and still equals the whole trail's count."""
    decided(ws, tmp_path)
    for markets in (["SG"], ["SG", "MY"], ["MY"]):
        ws.set_setting("markets", markets)
    heads = ws.db.witness.heads()
    with ws.db.session() as s:
        whole = s.scalar(select(func.count()).select_from(AuditEntry))
    assert heads[-1].count == whole and [h.count for h in heads] == sorted({h.count for h in heads})
    assert deciding.verify_log(ws).ok

    counts: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if "count(" in statement.lower() and "audit_log" in statement:
            counts.append(" ".join(statement.split()))

    event.listen(ws.db.engine, "before_cursor_execute", seen)
    try:
        ws.set_setting("markets", ["SG", "TH"])
    finally:
        event.remove(ws.db.engine, "before_cursor_execute", seen)
    assert counts and all("WHERE audit_log.id >" in c for c in counts), counts
