"""The Flags column of the item lists names the worst flags first: a column cut at its end
("LOWCONF, …") hid a vape ban behind the low-confidence flag."""
from __future__ import annotations

from pathlib import Path

from app.core import item_views
from app.core.rules import SEVERITY_RANK
from tests.conftest import classified_vape


def test_an_items_blocking_flags_come_before_its_other_flags(ws, tmp_path: Path) -> None:
    vape = classified_vape(ws, tmp_path, ["SG", "TH"])
    row = next(r for r in item_views.list_items(ws) if r.id == vape)
    named = row.rules.split(", ")
    detail = item_views.item_detail(ws, vape)
    worst = {}
    for flag in detail.flags:
        worst[flag.rule_id] = min(SEVERITY_RANK[flag.severity], worst.get(flag.rule_id, 9))
    assert len(set(worst.values())) > 1, worst  # a block and something milder, or the order proves nothing
    assert named == sorted(worst, key=lambda r: (worst[r], r))
    assert worst[named[0]] == SEVERITY_RANK["block"]
