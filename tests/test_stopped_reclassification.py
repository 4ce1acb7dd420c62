"""A retrain (or an activation) can be cancelled while it classifies the undecided items with
its new version: the version stays active, the work stops between batches, every item is left
as it was or as it is now, and what is left is counted for the next start (or
`borderline reclassify`) to finish. The receipt says where it stopped."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.core import classifying, deciding, item_views, model_versions, services
from app.core.jobs import (
    CANCELLABLE_AGAIN,
    POINT_OF_NO_RETURN,
    STOPPED_BY_CANCEL,
    Cancelled,
    cancellable_again,
    stopped_by_cancel,
    sub_progress,
    uncancellable,
)
from app.core.tables import Item, Reclassification
from app.core.workspace import Workspace
from tests.conftest import SAMPLE, write_catalogue

ROWS = SAMPLE + [(f"X-{sku}", *rest) for sku, *rest in SAMPLE]  # sixteen items: several batches of three


def _state(ws: Workspace) -> dict[str, tuple]:
    with ws.db.session() as s:
        out = {}
        for i in s.scalars(select(Item).order_by(Item.id)):
            flags = sorted((f.rule_id, f.market, f.severity, f.reason, f.trigger) for f in i.flags)
            out[i.sku] = (i.status, i.hs_code, i.top_code, i.top_p, i.suggestion_source, i.model_version_id, tuple(flags))
        return out


def _classified(ws: Workspace, tmp_path: Path) -> None:
    ws.set_setting("markets", ["SG", "MY"])
    services.import_catalogue(ws, write_catalogue(tmp_path / "cat.csv", ROWS))
    classifying.classify_pending(ws)
    first = item_views.queue_ids(ws)[0]
    deciding.decide(ws, first, item_views.item_detail(ws, first).suggestions[0].code, "Ana", "checked")


def _in_batches_of_three(monkeypatch: pytest.MonkeyPatch) -> None:
    real = model_versions.reclassify_undecided

    def in_threes(ws_, progress, batch_size=500, reason=None):  # type: ignore[no-untyped-def]
        return real(ws_, progress, 3, reason)

    monkeypatch.setattr(model_versions, "reclassify_undecided", in_threes)


class Caller:
    """A progress callback as the window gives it: it raises at checkpoints once Cancel is
    pressed, and notes what the job tells it."""

    def __init__(self, press_at: str) -> None:
        self.press_at, self.pressed = press_at, False
        self.told: list[str] = []
        self.messages: list[str] = []
        for mark in (POINT_OF_NO_RETURN, CANCELLABLE_AGAIN, STOPPED_BY_CANCEL):
            setattr(self, mark, lambda mark=mark: self.told.append(mark))

    def __call__(self, fraction: float, message: str = "") -> None:
        self.messages.append(message)
        self.pressed = self.pressed or message.startswith(self.press_at)
        if self.pressed:
            raise Cancelled()


def test_the_new_marks_reach_the_caller_through_wrappers() -> None:
    caller = Caller("never")
    stage = sub_progress(uncancellable(sub_progress(caller, 0.5, 1.0)), 0.0, 0.5)
    assert caller.told == [POINT_OF_NO_RETURN]
    assert cancellable_again(stage) is stage
    stopped_by_cancel(sub_progress(stage, 0.2, 0.4))
    assert caller.told == [POINT_OF_NO_RETURN, CANCELLABLE_AGAIN, STOPPED_BY_CANCEL]
    stopped_by_cancel(lambda f, m="": None)  # a plain callback is told nothing
    cancellable_again(lambda f, m="": None)


def test_a_retrain_cancelled_while_classifying_again_keeps_its_version_and_leaves_the_rest_for_later(
        ws, tmp_path: Path, monkeypatch, capsys) -> None:
    _classified(ws, tmp_path)
    old = ws.active_model_version().id
    before = _state(ws)
    undecided = sum(1 for v in before.values() if v[0] in ("flagged", "auto"))
    assert undecided == len(ROWS) - 1
    _in_batches_of_three(monkeypatch)
    caller = Caller("Classified 6 of")  # Cancel pressed after the second batch of three

    rr = services.retrain(ws, caller, force=True)

    # the version is recorded and active; the cancel was honoured between batches, and said so
    new = ws.active_model_version().id
    assert rr.activated and rr.candidate_id == new != old
    assert caller.told == [POINT_OF_NO_RETURN, CANCELLABLE_AGAIN, STOPPED_BY_CANCEL]
    assert rr.receipt is not None and rr.receipt.stopped_at == (6, undecided)
    assert rr.receipt.reclassified == 6 and rr.receipt.undecided == 0  # no figures of a run half done
    assert f"  cancelled at 6 of {undecided} items: the version stays active, and the other {undecided - 6} are " \
           "classified with it at the next start (or by 'borderline reclassify')" in model_versions.format_receipt(rr.receipt)
    assert caller.messages[-1] == "Stopped"

    # each item is as it was or carries the new version whole; none lost its code or its flags
    halfway = _state(ws)
    versions = [v[5] for v in halfway.values() if v[0] in ("flagged", "auto")]
    assert versions.count(new) == 6 and versions.count(old) == undecided - 6
    for sku, (status, code, top, _p, _source, version, flags) in halfway.items():
        assert status in ("flagged", "auto", "decided") and top is not None, sku
        assert (code is None) == (status == "flagged"), sku
        if version == old:
            assert halfway[sku] == before[sku], sku
    # what is left is what the next start counts and finishes; the dashboard has no point for the cut-short run
    assert services.count_older(ws) == model_versions.OlderSuggestions(undecided - 6, new)
    with ws.db.session() as s:
        assert s.scalars(select(Reclassification.reason)).all() == []

    # `borderline reclassify` finishes it (as the window's next start does), and says so
    assert main(["--data-dir", str(ws.data_dir), "reclassify"]) == 0
    out = capsys.readouterr().out
    assert f"{undecided - 6} undecided items classified again with version {new}" in out
    assert services.count_older(ws).items == 0
    finished = _state(ws)
    # and the items end as a retrain left alone would have left them
    services.reflag_undecided(ws)
    assert _state(ws) == finished


def test_a_cancel_during_the_save_is_honoured_at_the_first_batch(ws, tmp_path: Path, monkeypatch) -> None:
    """Cancel pressed while the version is being saved: the save finishes, then the
    classifying stops before its first batch."""
    _classified(ws, tmp_path)
    before = _state(ws)
    _in_batches_of_three(monkeypatch)
    caller = Caller("Activating the new model")  # inside save_version, past the point of no return
    rr = services.retrain(ws, caller, force=True)
    assert rr.activated and rr.receipt is not None and rr.receipt.stopped_at == (0, len(ROWS) - 1)
    assert _state(ws) == before  # every suggestion as it was, the new version active
    assert services.count_older(ws).items == len(ROWS) - 1


def test_an_activation_can_be_cancelled_while_classifying_again(ws, tmp_path: Path, monkeypatch) -> None:
    _classified(ws, tmp_path)
    first = ws.active_model_version().id
    services.retrain(ws, force=True)  # another version active, every item classified with it
    _in_batches_of_three(monkeypatch)
    caller = Caller("Classified 3 of")
    receipt = services.activate_version(ws, first, progress=caller)
    assert ws.active_model_version().id == first
    assert receipt.stopped_at == (3, len(ROWS) - 1) and caller.told == [STOPPED_BY_CANCEL]
    assert services.count_older(ws) == model_versions.OlderSuggestions(len(ROWS) - 1 - 3, first)


def test_an_activation_cancelled_before_it_starts_changes_nothing(ws, tmp_path: Path) -> None:
    _classified(ws, tmp_path)
    first = ws.active_model_version().id
    services.retrain(ws, force=True)
    second = ws.active_model_version().id
    before = _state(ws)
    with pytest.raises(Cancelled):
        services.activate_version(ws, first, progress=Caller("Activating version"))
    assert ws.active_model_version().id == second and _state(ws) == before
