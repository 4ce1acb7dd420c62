"""Long jobs read their rows as columns, a bounded chunk at a time, so that Python's cycle
collector, which holds every thread while it runs, never has tens of thousands of objects to
walk: the results are the same whatever the chunk, and a cancel between chunks keeps what was
committed and leaves the rest as it was."""
from __future__ import annotations

import gc
from pathlib import Path

import pytest
from sqlalchemy import select

from app.core import classifying, deciding, flagging, heap, item_views, model_versions, services
from app.core.jobs import Cancelled
from app.core.tables import Decision, Item
from app.core.workspace import Workspace
from tests.conftest import SAMPLE, write_catalogue
from tests.test_reclassify_in_place import _state

ROWS = SAMPLE + [(f"X-{sku}", *rest) for sku, *rest in SAMPLE]


def _decided(ws: Workspace, tmp_path: Path, name: str) -> None:
    """Classified items, two decided (one of them twice, one decision undone), and an item
    imported later with a decided item's title, so its suggestion comes from memory."""
    ws.set_setting("markets", ["SG", "MY"])
    services.import_catalogue(ws, write_catalogue(tmp_path / f"{name}.csv", ROWS))
    classifying.classify_pending(ws)
    queue = item_views.queue_ids(ws)
    for item_id, code in ((queue[0], "610910"), (queue[1], "850760"), (queue[0], "610990")):
        deciding.decide(ws, item_id, code, "Ana", "checked")
    deciding.decide(ws, queue[2], "392690", "Ana")
    deciding.undo_last_decision(ws, "Ana")
    with ws.db.session() as s:
        title = s.scalar(select(Item.title).where(Item.id == queue[1]))
    services.import_catalogue(ws, write_catalogue(tmp_path / f"{name}-late.csv", [("MEM-1", title, "", "", "CN",
                                                                                   "5.00", "USD", "0.1")]))
    classifying.classify_pending(ws)


def _pair(tmp_path: Path) -> tuple[Workspace, Workspace]:
    a, b = Workspace(tmp_path / "a"), Workspace(tmp_path / "b")
    _decided(a, tmp_path, "a")
    _decided(b, tmp_path, "b")
    assert _state(a) == _state(b)
    return a, b


def _new_settings(ws: Workspace) -> None:
    """A lower threshold and another market: most flags change, some items leave the queue."""
    ws.set_setting("review_below", 0.0)
    ws.set_setting("markets", ["SG", "MY", "VN"])
    flagging.settings_changed(ws)


def test_reflag_gives_the_same_items_flags_and_report_whatever_the_batch(tmp_path: Path) -> None:
    a, b = _pair(tmp_path)
    try:
        assert any(v[4] == "memory" for v in _state(a).values())
        _new_settings(a)
        _new_settings(b)
        whole = flagging.reflag(a)
        in_twos = flagging.reflag(b, batch_size=2)
        assert _state(a) == _state(b)
        assert (whole.checked, whole.changed, whole.to_queue, whole.released, whole.returned, whole.by_rule) == (
            in_twos.checked, in_twos.changed, in_twos.to_queue, in_twos.released, in_twos.returned, in_twos.by_rule)
        assert whole.changed and whole.released
        assert not flagging.needs_reflag(a) and not flagging.needs_reflag(b)
    finally:
        a.close()
        b.close()


def test_a_reflag_cancelled_between_batches_keeps_the_first_and_leaves_the_rest(tmp_path: Path) -> None:
    a, b = _pair(tmp_path)
    try:
        before = _state(a)
        _new_settings(a)
        _new_settings(b)
        calls: list[float] = []

        def cancel_after_first_batch(fraction: float, message: str = "") -> None:
            calls.append(fraction)
            if len(calls) == 2:  # the first batch of three is committed
                raise Cancelled()

        with pytest.raises(Cancelled):
            flagging.reflag(a, progress=cancel_after_first_batch, batch_size=3)
        flagging.reflag(b)
        halfway, after = _state(a), _state(b)
        with a.db.session() as s:
            first = set(s.scalars(select(Item.sku).where(Item.status != "pending").order_by(Item.id).limit(3)))
        for sku in halfway:
            assert halfway[sku] == (after[sku] if sku in first else before[sku]), sku
        assert flagging.needs_reflag(a)  # the rest follows at the next start
        flagging.reflag(a)
        assert _state(a) == after
    finally:
        a.close()
        b.close()


def test_classification_in_batches_gives_what_one_batch_gave_memory_included(tmp_path: Path) -> None:
    a, b = Workspace(tmp_path / "a"), Workspace(tmp_path / "b")
    try:
        for ws, batch in ((a, 500), (b, 2)):
            ws.set_setting("markets", ["SG", "MY"])
            services.import_catalogue(ws, write_catalogue(tmp_path / "cat.csv", ROWS))
            classifying.classify_pending(ws, batch_size=batch)
            first = item_views.queue_ids(ws)[0]
            deciding.decide(ws, first, "610910", "Ana", "checked")
            with ws.db.session() as s:
                title = s.scalar(select(Item.title).where(Item.id == first))
            services.import_catalogue(ws, write_catalogue(tmp_path / "late.csv", [
                ("MEM-1", title, "", "", "CN", "5.00", "USD", "0.1"), ("NEW-1", *SAMPLE[2][1:])]))
            report = classifying.classify_pending(ws, batch_size=batch)
            assert (report.classified, report.from_memory) == (2, 1)
        assert _state(a) == _state(b)
        assert _state(a)["MEM-1"][2] == "610910" and _state(a)["MEM-1"][4] == "memory"
    finally:
        a.close()
        b.close()


def test_decision_examples_are_read_in_chunks_as_they_were_read_whole(ws: Workspace, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _decided(ws, tmp_path, "cat")
    whole = model_versions.decision_examples(ws)
    monkeypatch.setattr(model_versions, "READ_CHUNK", 1)
    assert model_versions.decision_examples(ws) == whole
    with ws.db.session() as s:  # each item's newest live decision, oldest first, on the item's own text
        live = {d.item_id: d for d in s.scalars(select(Decision).where(Decision.undone_at.is_(None))
                                                .order_by(Decision.id))}
        expected = [(d.id, classifying.classifier_text(s.get(Item, d.item_id)), d.code)
                    for d in sorted(live.values(), key=lambda d: d.id)]
    assert [(i, e.text, e.code) for i, e in whole] == expected
    assert [e.code for _, e in whole] == ["850760", "610990"]


def test_the_receipt_of_a_reclassification_read_in_chunks_is_the_same(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = _pair(tmp_path)
    try:
        a.set_setting("review_below", 0.0)
        b.set_setting("review_below", 0.0)
        whole = model_versions.reclassify_undecided(a)
        monkeypatch.setattr(model_versions, "READ_CHUNK", 2)
        chunked = model_versions.reclassify_undecided(b)
        assert whole == chunked
        assert whole.reclassified == len(ROWS) + 1 - 2 and whole.left_queue >= 1 and whole.largest  # MEM-1 in, two decided
        assert _state(a) == _state(b)
    finally:
        a.close()
        b.close()


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_settle_collects_first_then_keeps_what_lives_out_of_later_collections() -> None:
    import weakref

    garbage = _Cycle()
    gone = weakref.ref(garbage)
    del garbage  # a reference cycle: only the collector frees it
    kept = _Cycle()
    try:
        assert heap.settle() > 0
        assert gone() is None  # collected, not frozen with the rest
        assert not any(o is kept for o in gc.get_objects())  # set aside: later collections do not walk it
        assert gc.collect() == 0
    finally:
        gc.unfreeze()
    assert any(o is kept for o in gc.get_objects())
