"""Reclassifying the undecided items (after a retrain, an activation or a threshold change) works
in place: an interruption leaves each item as it was or as it is now, never pending without its
code or its flags."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from app.core import classifying, deciding, item_views, model_versions, services
from app.core.tables import Flag, Item
from app.core.workspace import Workspace
from tests.conftest import SAMPLE, write_catalogue

# the sample twice over (other SKUs), so the work takes several batches of three
ROWS = SAMPLE + [(f"X-{sku}", *rest) for sku, *rest in SAMPLE]


def _state(ws: Workspace) -> dict[str, tuple]:
    with ws.db.session() as s:
        out = {}
        for i in s.scalars(select(Item).order_by(Item.id)):
            flags = sorted((f.rule_id, f.market, f.severity, f.reason, f.trigger) for f in i.flags)
            out[i.sku] = (i.status, i.hs_code, i.top_code, i.top_p, i.suggestion_source, tuple(flags))
        return out


def _classified(ws: Workspace, tmp_path: Path, name: str) -> None:
    ws.set_setting("markets", ["SG", "MY"])
    services.import_catalogue(ws, write_catalogue(tmp_path / f"{name}.csv", ROWS))
    classifying.classify_pending(ws)
    first = item_views.queue_ids(ws)[0]
    deciding.decide(ws, first, item_views.item_detail(ws, first).suggestions[0].code, "Ana", "checked")
    # a later import waits unclassified: reclassifying must classify it too, as it always did
    services.import_catalogue(ws, write_catalogue(tmp_path / f"{name}-late.csv", [("LATE-1", *SAMPLE[3][1:])]))
    # the settings now accept everything: flagged items move to auto when classified again
    ws.set_setting("review_below", 0.0)


class Stop(Exception):
    pass


def test_an_interrupted_reclassification_leaves_every_item_as_before_or_after(ws, tmp_path: Path) -> None:
    _classified(ws, tmp_path, "cat")
    before = _state(ws)
    assert sum(1 for v in before.values() if v[0] == "flagged") >= 3
    reports: list[str] = []

    def stop_after_first_batch(fraction: float, message: str = "") -> None:
        reports.append(message)
        if message.startswith("Classified 3 of"):
            raise Stop  # the process dies here, after the first batch was committed

    with pytest.raises(Stop):
        model_versions.reclassify_undecided(ws, stop_after_first_batch, batch_size=3)
    halfway = _state(ws)
    # no undecided item lost its code or its flags to the interruption
    assert [sku for sku, v in halfway.items() if v[0] == "pending"] == ["LATE-1"]
    receipt = services.reflag_undecided(ws)
    after = _state(ws)
    assert receipt.reclassified == len(ROWS) - 1

    assert halfway["LATE-1"][0] == "pending"  # pending before, still pending
    for sku, state in halfway.items():
        if sku == "LATE-1":
            continue
        assert state in (before[sku], after[sku]), sku
        status, code, top, *_rest, flags = state
        assert status in ("flagged", "auto", "decided") and top is not None, sku
        assert code is not None or status == "flagged", sku
    moved = [sku for sku in before if sku != "LATE-1" and before[sku] != after[sku]]
    assert any(halfway[sku] == after[sku] for sku in moved)  # the first batch is kept
    assert any(halfway[sku] == before[sku] for sku in moved)  # the rest is untouched
    flagged_before = [sku for sku, v in before.items() if v[0] == "flagged"]
    assert all(halfway[sku][5] for sku in flagged_before if halfway[sku] == before[sku])  # flags kept


def test_reclassifying_in_place_gives_what_resetting_and_classifying_gave(tmp_path: Path) -> None:
    """The old way sent every undecided item back to pending and classified the pending ones;
    the same workspace reclassified in place ends the same."""
    a, b = Workspace(tmp_path / "a"), Workspace(tmp_path / "b")
    try:
        _classified(a, tmp_path, "a")
        _classified(b, tmp_path, "b")
        assert _state(a) == _state(b)
        receipt = services.reflag_undecided(a)
        with b.db.session() as s:  # the old reset, then classify_pending
            undecided = select(Item.id).where(Item.status.in_(("flagged", "auto")))
            s.execute(delete(Flag).where(Flag.item_id.in_(undecided)))
            s.execute(update(Item).where(Item.status.in_(("flagged", "auto"))).values(status="pending", hs_code=None))
        classifying.classify_pending(b)
        assert _state(a) == _state(b)
        assert receipt.left_queue >= 1 and _state(a)["LATE-1"][0] != "pending"
    finally:
        a.close()
        b.close()
