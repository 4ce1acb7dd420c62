"""Upgrading a database made with the first released schema keeps every row.

The rows are written with plain SQL against the 0001 tables (not through today's ORM), so
the test keeps describing a real old database however the schema moves on: every later
migration must carry each of these rows, and each of their old columns, to head.
"""
from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from app.core import backup
from app.core.db import MIGRATIONS_DIR, Database, alembic_config, head_revision, sqlite_url

T0 = "2026-01-05 09:30:00.000000"

FIRST_SCHEMA_ROWS: dict[str, list[dict[str, object]]] = {
    "catalogues": [{"id": 1, "name": "shopee.csv", "source_path": "/home/ana/shopee.csv", "imported_at": T0, "rows_read": 3,
                    "rows_imported": 2, "rows_rejected": 1, "column_map": json.dumps({"sku": "SKU", "title": "Product Name"})}],
    "import_rejections": [{"id": 1, "catalogue_id": 1, "row_number": 4, "column": "Price", "reason": "not a number: 'abc'",
                           "raw": json.dumps({"SKU": "X-3", "Price": "abc"})}],
    "model_versions": [{"id": 1, "created_at": T0, "file_name": "baseline.npz", "sha256": "a" * 64, "active": 1,
                        "n_examples": 2249, "n_decisions": 0, "metrics": "{}"}],
    "items": [
        {"id": 1, "catalogue_id": 1, "sku": "X-1", "title": "Batik cotton shirt", "description": "", "material": "cotton",
         "origin": "ID", "unit_value": "12.50", "currency": "USD", "net_weight_kg": 0.2, "quantity_unit": "pcs",
         "attributes": json.dumps({"Colour": "Blue"}), "norm_title": "batik cotton shirt", "status": "decided",
         "suggestions": json.dumps([["620520", 0.61], ["610510", 0.2]]), "top_code": "620520", "top_p": 0.61,
         "suggestion_source": "model", "model_version_id": 1, "hs_code": "620520", "created_at": T0, "updated_at": T0},
        {"id": 2, "catalogue_id": 1, "sku": "X-2", "title": "Kretek cigarettes 12 pack", "description": "", "material": "",
         "origin": "ID", "unit_value": "3.10", "currency": "USD", "net_weight_kg": None, "quantity_unit": "pcs",
         "attributes": "{}", "norm_title": "kretek cigarettes 12 pack", "status": "flagged",
         "suggestions": json.dumps([["240220", 0.9]]), "top_code": "240220", "top_p": 0.9, "suggestion_source": "model",
         "model_version_id": 1, "hs_code": None, "created_at": T0, "updated_at": T0},
    ],
    "flags": [{"id": 1, "item_id": 2, "market": "SG", "rule_id": "TOBACCO", "severity": "block",
               "reason": "Tobacco needs a licence", "trigger": "cigarette", "ruleset_version": "2026.1", "created_at": T0}],
    "decisions": [{"id": 1, "item_id": 1, "sku": "X-1", "norm_title": "batik cotton shirt", "title": "Batik cotton shirt",
                   "code": "620520", "replaced_code": "620520", "kind": "accept", "reviewer": "Ana", "note": "ok",
                   "flags_resolved": json.dumps(["LOWCONF"]), "decided_at": T0, "undone_at": None}],
    "audit_log": [{"id": 1, "at": T0, "actor": "Ana", "action": "decision", "subject": "X-1",
                   "payload": json.dumps({"code": "620520"}), "prev_hash": "0" * 64, "hash": "b" * 64}],
    "shipments": [{"id": 1, "invoice_number": "INV-7", "revision": 1, "data": json.dumps({"destination": "SG"}),
                   "created_at": T0}],
    "documents": [{"id": 1, "shipment_id": 1, "kind": "invoice", "path": "/docs/INV-7.pdf", "sha256": "c" * 64,
                   "created_at": T0}],
    "settings": [{"key": "markets", "value": json.dumps(["SG", "MY"])}, {"key": "reviewer", "value": json.dumps("Ana")}],
}


def build_first_schema_db(path: Path) -> None:
    engine = create_engine(sqlite_url(path))
    cfg = alembic_config(sqlite_url(path))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    with sqlite3.connect(path) as c:
        c.execute("PRAGMA foreign_keys=ON")
        for table, rows in FIRST_SCHEMA_ROWS.items():
            for row in rows:
                cols = ", ".join(f'"{k}"' for k in row)
                c.execute(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(row))})", list(row.values()))


def snapshot(path: Path) -> dict[str, list[dict[str, object]]]:
    with sqlite3.connect(path) as c:
        c.row_factory = sqlite3.Row
        return {t: [dict(r) for r in c.execute(f"SELECT * FROM {t} ORDER BY rowid")] for t in FIRST_SCHEMA_ROWS}


def assert_nothing_lost(before: dict[str, list[dict[str, object]]], after: dict[str, list[dict[str, object]]]) -> None:
    for table, rows in before.items():
        assert len(after[table]) == len(rows), table
        for old, new in zip(rows, after[table]):
            for col, value in old.items():
                assert col in new and new[col] == value, (table, col, value, new.get(col))


def test_first_schema_database_upgrades_to_head_without_losing_rows(tmp_path: Path) -> None:
    db_file = tmp_path / "borderline.db"
    build_first_schema_db(db_file)
    before = snapshot(db_file)
    assert sum(map(len, before.values())) == sum(map(len, FIRST_SCHEMA_ROWS.values()))

    Database.open(sqlite_url(db_file)).dispose()

    with sqlite3.connect(db_file) as c:
        assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
    assert_nothing_lost(before, snapshot(db_file))
    # decisions from before 0004 know neither their markets nor their triggers; the review log
    # falls back to the item's flags for them
    with sqlite3.connect(db_file) as c:
        assert c.execute("SELECT markets, flags_seen FROM decisions").fetchall() == [(None, None)] * len(
            FIRST_SCHEMA_ROWS["decisions"])
    upgraded = Database.open(sqlite_url(db_file))
    try:
        from app.core.outputs import log_rows

        with upgraded.session() as s:
            assert len(log_rows(s)) == len(FIRST_SCHEMA_ROWS["decisions"])
    finally:
        upgraded.dispose()
    copies = backup.automatic_backups(tmp_path / "backups")
    if head_revision() != "0001":  # a migration ran: the first-schema database was copied first
        assert len(copies) == 1 and snapshot(copies[0]) == before


def test_each_migration_is_preceded_by_a_backup(tmp_path: Path) -> None:
    """A further migration (written here) runs on a head database: the copy holds the old state."""
    migrations = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "9000_test_note.py").write_text(
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        f"revision = '9000_test'\ndown_revision = {head_revision()!r}\nbranch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade() -> None:\n"
        "    with op.batch_alter_table('decisions') as b:\n"
        "        b.add_column(sa.Column('test_note', sa.Text(), nullable=True))\n\n\n"
        "def downgrade() -> None:\n"
        "    with op.batch_alter_table('decisions') as b:\n"
        "        b.drop_column('test_note')\n", encoding="utf-8")
    db_file = tmp_path / "data" / "borderline.db"
    db_file.parent.mkdir()
    build_first_schema_db(db_file)
    Database.open(sqlite_url(db_file)).dispose()
    at_head = snapshot(db_file)

    Database.open(sqlite_url(db_file), migrations_dir=migrations).dispose()

    with sqlite3.connect(db_file) as c:
        assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9000_test"
    assert_nothing_lost(at_head, snapshot(db_file))
    newest = backup.automatic_backups(db_file.parent / "backups")[-1]
    assert newest.name.endswith("before-9000_test.db")
    with sqlite3.connect(newest) as c:
        assert c.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    assert snapshot(newest) == at_head
    # Opening again at head migrates nothing and copies nothing.
    n = len(backup.automatic_backups(db_file.parent / "backups"))
    Database.open(sqlite_url(db_file), migrations_dir=migrations).dispose()
    assert len(backup.automatic_backups(db_file.parent / "backups")) == n


def test_flag_markets_revision_makes_older_versions_refuse_and_downgrades_to_what_they_read(tmp_path: Path) -> None:
    """Decisions now keep [rule, trigger, market] per flag; a version that reads two elements
    must refuse the database (revision 0005), and a downgrade gives it two elements back."""
    db_file = tmp_path / "borderline.db"
    build_first_schema_db(db_file)
    Database.open(sqlite_url(db_file)).dispose()
    assert head_revision() >= "0005_flag_markets"
    with sqlite3.connect(db_file) as c:
        c.execute("UPDATE decisions SET flags_seen = ?", (json.dumps([["VAPE-BAN", "vape", "SG", "block"], ["LOWCONF", "0.40", "*", "review"]]),))
    command.downgrade(alembic_config(sqlite_url(db_file)), "0004_decision_markets")
    with sqlite3.connect(db_file) as c:
        seen = {json.dumps(json.loads(v)) for (v,) in c.execute("SELECT flags_seen FROM decisions")}
    assert seen == {json.dumps([["VAPE-BAN", "vape"], ["LOWCONF", "0.40"]])}


def test_decision_actions_revision_adds_the_action_id_and_downgrades_without_losing_decisions(tmp_path: Path) -> None:
    db_file = tmp_path / "borderline.db"
    build_first_schema_db(db_file)
    Database.open(sqlite_url(db_file)).dispose()
    with sqlite3.connect(db_file) as c:
        before = c.execute("SELECT count(*) FROM decisions").fetchone()[0]
        assert before and "action_id" in {row[1] for row in c.execute("PRAGMA table_info(decisions)")}
        assert c.execute("SELECT count(*) FROM decisions WHERE action_id IS NOT NULL").fetchone()[0] == 0
    command.downgrade(alembic_config(sqlite_url(db_file)), "0005_flag_markets")
    with sqlite3.connect(db_file) as c:
        assert "action_id" not in {row[1] for row in c.execute("PRAGMA table_info(decisions)")}
        assert c.execute("SELECT count(*) FROM decisions").fetchone()[0] == before


def test_title_keys_are_computed_again_with_thai_marks_kept(tmp_path: Path) -> None:
    """Keys written before 0007 dropped Thai vowel and tone marks: shirt doll and tiger doll met."""
    db_file = tmp_path / "borderline.db"
    build_first_schema_db(db_file)
    old_key = "ต กตาเส อ ผ าฝ าย"  # what the old normalisation made of both titles
    with sqlite3.connect(db_file) as c:
        c.execute("UPDATE items SET title = ?, norm_title = ? WHERE id = 1", ("ตุ๊กตาเสื้อ ผ้าฝ้าย", old_key))
        c.execute("UPDATE decisions SET title = ?, norm_title = ? WHERE id = 1", ("ตุ๊กตาเสื้อ ผ้าฝ้าย", old_key))
    Database.open(sqlite_url(db_file)).dispose()
    with sqlite3.connect(db_file) as c:
        keys = [c.execute(f"SELECT norm_title FROM {t} WHERE id = 1").fetchone()[0] for t in ("items", "decisions")]
        assert keys == ["ตุ๊กตาเสื้อ ผ้าฝ้าย"] * 2
        assert c.execute("SELECT norm_title FROM items WHERE id = 2").fetchone()[0] == "kretek cigarettes 12 pack"


def test_classification_figures_revision_leaves_older_imports_counted_now_and_downgrades(tmp_path: Path) -> None:
    """Imports from before 0008 have no recorded share: the dashboard counts them from their items
    as they are now and marks them so; a downgrade drops the figures and keeps every import."""
    from app.core.dashboard import dashboard

    db_file = tmp_path / "borderline.db"
    build_first_schema_db(db_file)
    Database.open(sqlite_url(db_file)).dispose()
    with sqlite3.connect(db_file) as c:
        assert c.execute("SELECT classified, to_review FROM catalogues").fetchall() == [(None, None)]
        assert c.execute("SELECT count(*) FROM reclassifications").fetchone()[0] == 0
    upgraded = Database.open(sqlite_url(db_file))
    try:
        with upgraded.session() as s:
            d = dashboard(s)
    finally:
        upgraded.dispose()
    # the shirt is decided, the cigarettes wait for review
    assert [(p.label, p.items, p.flagged, p.recorded) for p in d.by_import] == [("shopee.csv", 2, 1, False)]
    assert d.by_model == []
    command.downgrade(alembic_config(sqlite_url(db_file)), "0007_title_keys_keep_marks")
    with sqlite3.connect(db_file) as c:
        assert not {"classified", "to_review"} & {row[1] for row in c.execute("PRAGMA table_info(catalogues)")}
        assert c.execute("SELECT name FROM sqlite_master WHERE name = 'reclassifications'").fetchall() == []
        assert c.execute("SELECT count(*) FROM catalogues").fetchone()[0] == 1
