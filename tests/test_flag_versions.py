"""A flag records the rule-set version that raised it in a 64-character column: a longer
version (a user's rule file with a long version, read in Indonesian, with the threshold from
Settings) is stored as a readable prefix and a hash, and re-flagging compares the stored form."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import event, select

from app.core import classifying, flagging, services
from app.core.rules import RuleSet
from app.core.tables import Flag
from tests.conftest import write_catalogue

COLUMN = Flag.__table__.c.ruleset_version.type.length


def _long(ws, tail: str) -> RuleSet:
    base = ws.rules()
    return RuleSet(base.rules, "2026.11-asean+" + "my-shop-rules-" * 13 + tail, base.rates, base.warnings, base.language)


def _versions(ws) -> set[str]:
    with ws.db.session() as s:
        return set(s.scalars(select(Flag.ruleset_version)))


def test_a_200_character_rule_set_version_fits_the_flag_column_and_still_compares(ws, tmp_path: Path,
                                                                                   monkeypatch) -> None:
    first = _long(ws, ":018ff2db;engine=3;lang=id")
    assert len(first.version) >= 200 and COLUMN == 64
    monkeypatch.setattr(ws, "rules", lambda: first)
    ws.set_setting("markets", ["SG", "MY"])
    services.import_catalogue(ws, write_catalogue(tmp_path / "c.csv"))
    classifying.classify_pending(ws, ["SG", "MY"])
    stored = _versions(ws)
    assert len(stored) == 1
    [kept] = stored
    assert len(kept) <= COLUMN and kept.startswith("2026.11-asean+my-shop-rules-")
    assert kept == flagging.stored_version(first.version)

    # the same rules again: every flag is already stamped with them, nothing is written
    updates: list[str] = []

    def count(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("UPDATE FLAGS"):
            updates.append(statement)

    event.listen(ws.db.engine, "before_cursor_execute", count)
    try:
        report = flagging.reflag(ws)
    finally:
        event.remove(ws.db.engine, "before_cursor_execute", count)
    assert report.changed == 0 and updates == [] and _versions(ws) == {kept}
    assert not flagging.needs_reflag(ws)

    # another version with the same first 200 characters: told apart by the hash, and restamped
    second = _long(ws, ":018ff2db;engine=3;lang=en")
    monkeypatch.setattr(ws, "rules", lambda: second)
    assert flagging.needs_reflag(ws)
    flagging.reflag(ws)
    [restamped] = _versions(ws)
    assert restamped != kept and len(restamped) <= COLUMN and restamped == flagging.stored_version(second.version)
    assert flagging.stored_version("2026.11-asean:0a1b2c3d;engine=3") == "2026.11-asean:0a1b2c3d;engine=3"


def test_a_long_user_rule_file_version_read_in_indonesian_fits(ws, tmp_path: Path) -> None:
    (ws.data_dir / "rules.toml").write_text(f'version = "{"my-shop-rules-" * 15}"\n', encoding="utf-8")
    ws.language = "id"
    ws.set_setting("review_below", 0.8)
    assert len(ws.rules().version) > COLUMN
    ws.set_setting("markets", ["SG", "MY"])
    services.import_catalogue(ws, write_catalogue(tmp_path / "c.csv"))
    classifying.classify_pending(ws, ["SG", "MY"])
    assert _versions(ws) and all(len(v) <= COLUMN for v in _versions(ws))
    assert flagging.reflag(ws).changed == 0 and not flagging.needs_reflag(ws)
