"""The audit trail exported for an auditor: what happened besides decisions (a ban shipped on
purpose, a rule loosened, a setting changed), readable without JSON, chained by hash; and the
review log's flags with their markets and its days on the reviewer's clock."""
from __future__ import annotations

import time
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from app.cli import main
from app.core import classifying, deciding, item_views, rule_admin, services
from app.core.audit_export import AUDIT_HEADERS, AuditFilter, day_start_utc, describe, export_audit
from app.core.outputs import LogFilter, export_log
from app.core.shipment import parse_shipment
from app.core.shipment_documents import build_documents
from app.core.tables import AuditEntry, Decision
from tests.conftest import classified_vape, data_rows
from tests.test_documents import shipment


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig") as fh:
        return data_rows(fh)


def test_the_audit_trail_shows_a_ban_shipped_a_rule_changed_and_who_did_it(ready_ws, tmp_path: Path) -> None:
    ws = ready_ws
    ws.set_setting("reviewer", "Ana")
    vp = classified_vape(ws, tmp_path, ["SG"])
    deciding.decide(ws, vp, "854340", "Ana", "sold to Malaysia only")
    raw = shipment(lines=[{"sku": "VP-1", "quantity": 1, "package": 1}], invoice_number="INV-VP")
    build_documents(ws, parse_shipment(raw), raw, tmp_path / "out", ship_cleared=True, actor="Ana")
    rule_admin.set_override(ws, "LIB-100WH", battery_wh=160)

    out = tmp_path / "audit.csv"
    assert export_audit(ws, out) > 5
    rows = read_csv(out)
    assert list(rows[0]) == AUDIT_HEADERS
    printed = next(r for r in rows if r["action"] == "print" and r["details"].startswith("kind: invoice"))
    assert printed["actor"] == "Ana" and printed["subject"] == "INV-VP"
    assert "cleared_blocks: VP-1 VAPE-BAN SG" in printed["details"]
    assert "warnings: " in printed["details"]  # what the user was told to check, printed anyway
    assert printed["meaning"] == "shipment documents were printed"
    changed = next(r for r in rows if r["action"] == "rule-change")
    assert changed["subject"] == "LIB-100WH" and "battery_wh: (from: 100, to: 160)" in changed["details"]
    assert changed["actor"] == "Ana"
    decision = next(r for r in rows if r["action"] == "decision")
    assert decision["subject"] == "VP-1" and decision["actor"] == "Ana"
    # the export is itself the trail's last entry, and every row carries the hash that chains it
    assert rows[-1]["action"] == "export-audit" and rows[-1]["actor"] == "Ana"
    assert rows[-1]["details"] == f"file: {out}; filter: none"
    with ws.db.session() as s:
        last = s.query(AuditEntry).order_by(AuditEntry.id.desc()).first()
    assert rows[-1]["hash"] == last.hash and rows[-1]["entry"] == str(last.id)
    assert deciding.verify_log(ws).ok

    only = tmp_path / "prints.xlsx"
    assert export_audit(ws, only, AuditFilter(action="print")) == 2  # the invoice and the packing list
    sheet = load_workbook(only).active
    assert [c.value for c in sheet[1]] == AUDIT_HEADERS and sheet.max_row == 3


def test_details_read_without_json() -> None:
    assert describe({"kind": "invoice", "revision": 2, "cleared_blocks": [["A", "VAPE-BAN", "SG"], ["B", "KNIFE", "*"]],
                     "markets": ["SG", "MY"], "note": "", "to": {"from": 1, "to": 2}}) == (
        "kind: invoice; revision: 2; cleared_blocks: A VAPE-BAN SG | B KNIFE *; markets: SG, MY; to: (from: 1, to: 2)")
    assert describe({}) == ""
    # a model's metrics read as figures, its curve is counted rather than dumped
    assert describe({"metrics": {"ece": 0.1133541229014755, "curve": [[0.1, 0.5, 0.2]] * 20}}) == (
        "metrics: (ece: 0.1134, curve: (20 values))")


def test_export_audit_on_the_command_line(ws, tmp_path: Path, capsys) -> None:
    ws.set_setting("markets", ["SG", "MY"])
    out = tmp_path / "trail.csv"
    assert main(["--data-dir", str(ws.data_dir), "export-audit", str(out), "--action", "setting"]) == 0
    assert "wrote 1 audit entries" in capsys.readouterr().out
    [row] = read_csv(out)
    assert (row["action"], row["subject"]) == ("setting", "markets") and "to: SG, MY" in row["details"]
    assert main(["--data-dir", str(ws.data_dir), "export-audit", str(out), "--from", "2026-02-02",
                 "--to", "2026-02-01"]) == 2
    assert "is after --to" in capsys.readouterr().err


@pytest.fixture
def bangkok(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Bangkok")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_days_are_the_reviewers_days_and_flags_keep_their_markets(ws, tmp_path: Path, bangkok) -> None:
    """A decision at 01:30 in Bangkok on 15 January (18:30 UTC on the 14th) belongs to the 15th."""
    assert day_start_utc(date(2026, 1, 15)) == datetime(2026, 1, 14, 17, 0)
    vp = classified_vape(ws, tmp_path, ["SG", "MY"])
    deciding.decide(ws, vp, "854340", "Ana", "sold to Malaysia only")
    with ws.db.session() as s:
        s.execute(update(Decision).values(decided_at=datetime(2026, 1, 14, 18, 30)))
    out = tmp_path / "log.csv"
    export_log(ws, out, LogFilter(date_from=date(2026, 1, 15), date_to=date(2026, 1, 15)))
    [row] = read_csv(out)
    seen = row["flags_seen"].split(" | ")
    assert "VAPE-BAN (SG, block): Disposable vape; HS 854340" in seen and any(f.startswith("VAPE-MY (MY, ") for f in seen)
    assert any(f.startswith("LOWCONF (all, review)") for f in seen)
    # what the reviewer was shown: the model's confidence in its suggestion, and which model
    assert 0 < float(row["suggested_confidence"]) < 1 and row["suggestion_source"] == "model"
    assert row["model_version"] == str(ws.active_model_version().id)
    export_log(ws, out, LogFilter(date_to=date(2026, 1, 14)))
    assert read_csv(out) == []


def test_imports_and_model_changes_name_the_reviewer_in_the_window(ws, catalogue_file: Path, tmp_path: Path) -> None:
    from app.core import model_versions

    ws.set_setting("reviewer", "Somchai P.")
    services.import_catalogue(ws, catalogue_file)
    classifying.classify_pending(ws, ["SG"])
    first = ws.active_model_version().id
    item = item_views.queue_ids(ws)[0]
    deciding.decide(ws, item, item_views.item_detail(ws, item).suggestions[0].code, "Somchai P.", "checked")
    model_versions.retrain(ws, force=True)
    model_versions.activate_version(ws, first)
    out = tmp_path / "audit.csv"
    export_audit(ws, out)
    actors = {r["action"]: r["actor"] for r in read_csv(out)}
    assert actors["import"] == actors["model"] == actors["activate-model"] == "Somchai P."


def test_both_exports_are_recorded_under_the_reviewer_named_in_the_window(ws, tmp_path: Path) -> None:
    """The review log's export was recorded as "borderline", the audit export under the reviewer."""
    ws.set_setting("reviewer", "Nguyễn Thị Hương")
    export_log(ws, tmp_path / "log.csv")
    export_audit(ws, tmp_path / "audit.csv")
    with ws.db.session() as s:
        actors = {e.action: e.actor for e in s.query(AuditEntry).filter(AuditEntry.action.like("export-%"))}
    assert actors == {"export-log": "Nguyễn Thị Hương", "export-audit": "Nguyễn Thị Hương"}
