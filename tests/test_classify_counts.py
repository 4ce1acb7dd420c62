"""`classify` counts the items each rule flags, not one per market: four cosmetics flagged for
four markets are four items, not sixteen."""
from __future__ import annotations

from pathlib import Path

from app.cli import main
from app.core import classifying, services
from tests.conftest import write_catalogue

SERUMS = [(f"SK-{n}", f"Skincare serum vitamin C 30ml no {n}", "Brightening face serum", "aqua", "MY", "55.00", "MYR",
           "0.08") for n in range(4)]


def test_a_rule_counts_each_item_once_whatever_the_markets(ws, tmp_path: Path) -> None:
    services.import_catalogue(ws, write_catalogue(tmp_path / "c.csv", SERUMS))
    report = classifying.classify_pending(ws, ["SG", "TH", "ID", "VN"])
    assert report.classified == 4
    assert report.flags_by_rule and max(report.flags_by_rule.values()) <= 4
    with ws.db.session() as s:
        from sqlalchemy import func, select

        from app.core.tables import Flag
        per_rule = {rule: n for rule, n in s.execute(select(Flag.rule_id, func.count(func.distinct(Flag.item_id)))
                                                      .group_by(Flag.rule_id))}
    assert report.flags_by_rule == per_rule


def test_the_command_line_says_it_counts_items(tmp_path: Path, capsys) -> None:
    d = ["--data-dir", str(tmp_path / "data")]
    main([*d, "import", str(write_catalogue(tmp_path / "c.csv", SERUMS))])
    capsys.readouterr()
    assert main([*d, "classify", "--markets", "SG,TH,ID,VN"]) == 0
    out = capsys.readouterr().out
    assert "items flagged, by rule (an item flagged for several markets counts once):" in out
    counts = [line.split(": ")[1] for line in out.splitlines() if line.startswith("  ")]
    assert counts and all(c in ("1 item", "2 items", "3 items", "4 items") for c in counts), out
