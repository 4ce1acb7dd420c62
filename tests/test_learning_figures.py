"""What the learning loop tells a user, in the core and on the command line: the share of items
that waited for review, recorded per import and after each retrain; the example counts a retrain
reports; and undecided items left with an older version's suggestions."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select, update

from app.cli import main
from app.core import classifying, deciding, item_views, model_versions, services
from app.core.dashboard import SharePoint, dashboard
from app.core.jobs import Cancelled
from app.core.tables import Catalogue, Item, Reclassification
from app.core.workspace import Workspace
from tests.conftest import SAMPLE, write_catalogue

NEW_ROW = ("SKU-2001", "Bamboo cutting board 30 cm", "Kitchen chopping board", "bamboo", "VN", "5.00", "USD", "0.600")


def _shares(ws: Workspace) -> tuple[list[SharePoint], list[SharePoint]]:
    with ws.db.session() as s:
        d = dashboard(s)
    return d.by_import, d.by_model


def _waiting_and_undecided(ws: Workspace) -> tuple[int, int]:
    counts = item_views.status_counts(ws)
    return counts["flagged"], counts["flagged"] + counts["auto"]


def _decide_waiting(ws: Workspace, limit: int | None = None) -> int:
    ids = item_views.queue_ids(ws)[:limit]
    for item_id in ids:
        deciding.decide(ws, item_id, item_views.item_detail(ws, item_id).suggestions[0].code, "Ana", "checked")
    return len(ids)


def test_each_import_keeps_the_share_that_waited_for_review_when_it_was_classified(ws, catalogue_file: Path,
                                                                                    tmp_path: Path) -> None:
    ws.set_setting("markets", ["SG", "MY"])
    services.import_catalogue(ws, catalogue_file)
    first = classifying.classify_pending(ws)
    assert first.flagged > 0
    [p] = _shares(ws)[0]
    assert (p.label, p.items, p.flagged, p.recorded, p.pending) == ("catalogue.csv", 8, first.flagged, True, 0)

    # every waiting item is decided; the same catalogue comes again with one new row
    _decide_waiting(ws)
    services.import_catalogue(ws, write_catalogue(tmp_path / "week2.csv", SAMPLE + [NEW_ROW]))
    second = classifying.classify_pending(ws)
    assert second.classified == 1
    one, two = _shares(ws)[0]
    # the first import keeps its point and its figures, though its items moved to the second
    assert (one.label, one.items, one.flagged) == ("catalogue.csv", 8, first.flagged)
    # the second brought 8 items again (decided or accepted: none waiting) and one classified now
    assert (two.label, two.items, two.flagged, two.recorded) == ("week2.csv", 9, second.flagged, True)
    assert two.share < one.share


def test_an_interrupted_classification_counts_what_was_classified_and_finishes_the_count(ws, tmp_path: Path) -> None:
    ws.set_setting("markets", ["SG", "MY"])
    services.import_catalogue(ws, write_catalogue(tmp_path / "cat.csv", SAMPLE))

    def stop_after_first_batch(fraction: float, message: str = "") -> None:
        if message.startswith("Classified 3 of"):
            raise Cancelled()

    with pytest.raises(Cancelled):
        classifying.classify_pending(ws, progress=stop_after_first_batch, batch_size=3)
    [p] = _shares(ws)[0]
    waiting_now = item_views.status_counts(ws)["flagged"]
    assert (p.items, p.flagged, p.pending) == (3, waiting_now, 5)  # the committed batch, no more
    classifying.classify_pending(ws, batch_size=3)
    [p] = _shares(ws)[0]
    assert (p.items, p.flagged, p.pending) == (8, item_views.status_counts(ws)["flagged"], 0)


def test_an_import_from_before_the_figures_were_kept_is_counted_now_and_marked(ws, catalogue_file: Path) -> None:
    services.import_catalogue(ws, catalogue_file)
    classifying.classify_pending(ws, ["SG", "MY"])
    with ws.db.session() as s:
        s.execute(update(Catalogue).values(classified=None, to_review=None))  # as migration 0008 leaves them
    [p] = _shares(ws)[0]
    assert (p.items, p.flagged, p.recorded) == (8, item_views.status_counts(ws)["flagged"], False)


def test_a_retrain_records_the_share_of_undecided_items_its_version_sent_to_review(ws, catalogue_file: Path) -> None:
    services.import_catalogue(ws, catalogue_file)
    classifying.classify_pending(ws, ["SG", "MY"])
    _decide_waiting(ws, 2)
    assert _shares(ws)[1] == []  # no retrain or activation yet
    rr = services.retrain(ws, force=True)
    assert rr.activated and rr.receipt is not None
    waiting, undecided = _waiting_and_undecided(ws)
    [v] = _shares(ws)[1]
    assert (v.label, v.items, v.flagged, v.reason) == (f"v{rr.candidate_id}", undecided, waiting, "retrain")
    assert (rr.receipt.undecided, rr.receipt.waiting) == (undecided, waiting)
    # an activation adds a point; a threshold change (the same version) does not
    services.activate_version(ws, rr.previous_id or 1)
    services.reflag_undecided(ws)
    assert [(p.label, p.reason) for p in _shares(ws)[1]] == [(f"v{rr.candidate_id}", "retrain"),
                                                            (f"v{rr.previous_id}", "activation")]


# the counts a retrain reports ----------------------------------------------------------------
def test_a_retrain_says_the_example_count_its_version_records(ws, catalogue_file: Path) -> None:
    """The held-out decisions are learned after the comparison: the training message counted
    the examples without them, the version with them."""
    services.import_catalogue(ws, catalogue_file)
    classifying.classify_pending(ws, ["SG", "MY"])
    truth = {"SKU-1001": "610910", "SKU-1002": "850760", "SKU-1003": "821191", "SKU-1004": "691200",
             "SKU-1005": "420231", "SKU-1006": "854340", "SKU-1007": "610443", "SKU-1008": "491110"}
    for row in item_views.list_items(ws):
        deciding.decide(ws, row.id, truth[row.sku], "Ana", "checked")
    messages: list[str] = []
    rr = services.retrain(ws, lambda f, m="": messages.append(m))
    assert rr.holdout_size == 5 and rr.n_decisions == 8
    [version] = [v for v in services.list_versions(ws) if v.id == rr.candidate_id]
    assert version.n_examples == rr.n_examples == rr.n_starter + 8
    # no message counts the examples another way than the version does
    for m in messages:
        assert {int(n.replace(",", "")) for n in re.findall(r"([\d,]+) examples", m)} <= {rr.n_examples}, m
    assert f"Training on {rr.n_starter:,} starter titles and 3 of your 8 decisions; the 5 newest are learned after " \
           "the comparison" in messages
    assert f"Learning the 5 held-out decisions too: {rr.n_examples:,} examples in all" in messages


# items left with an older version's suggestions ----------------------------------------------
class Killed(Exception):
    """The program stops here (the window closed by force): no cleanup runs."""


def _interrupted_retrain(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    """A retrain whose reclassification dies after its first batch of three; (old, new) version ids."""
    services.import_catalogue(ws, write_catalogue(ws.data_dir.parent / "cat.csv", SAMPLE))
    classifying.classify_pending(ws, ["SG", "MY"])
    old = ws.active_model_version().id
    _decide_waiting(ws, 1)
    real = model_versions.reclassify_undecided

    def dies_after_a_batch(ws_, progress, batch_size=500, reason=None):  # type: ignore[no-untyped-def]
        def report(fraction: float, message: str = "") -> None:
            if message.startswith("Classified 3 of"):
                raise Killed
            progress(fraction, message)
        return real(ws_, report, 3, reason)

    monkeypatch.setattr(model_versions, "reclassify_undecided", dies_after_a_batch)
    with pytest.raises(Killed):
        services.retrain(ws, force=True)
    monkeypatch.setattr(model_versions, "reclassify_undecided", real)
    new = ws.active_model_version().id
    assert new != old
    return old, new


def _versions_of_undecided(ws: Workspace) -> dict[int | None, int]:
    out: dict[int | None, int] = {}
    with ws.db.session() as s:
        for (v,) in s.execute(select(Item.model_version_id).where(Item.status.in_(("flagged", "auto")))):
            out[v] = out.get(v, 0) + 1
    return out


def test_items_left_by_an_interrupted_retrain_are_counted_and_classified_again(ws, monkeypatch) -> None:
    old, new = _interrupted_retrain(ws, monkeypatch)
    undecided = _versions_of_undecided(ws)
    assert undecided[new] == 3 and undecided[old] == 7 - 3
    assert services.count_older(ws) == model_versions.OlderSuggestions(4, new)

    # cancelled after one batch: that batch stays done, the rest is still counted
    def cancel_after_first_batch(fraction: float, message: str = "") -> None:
        if message.startswith("Classified 3 of"):
            raise Cancelled()

    with pytest.raises(Cancelled):
        model_versions.reclassify_older(ws, cancel_after_first_batch, batch_size=3)
    assert services.count_older(ws).items == 1
    receipt = services.reclassify_older(ws)
    assert receipt.reclassified == 1 and services.count_older(ws).items == 0
    assert _versions_of_undecided(ws) == {new: 7}
    assert item_views.status_counts(ws)["pending"] == 0
    with ws.db.session() as s:
        [rec] = s.scalars(select(Reclassification)).all()  # the interrupted retrain recorded nothing
    assert (rec.model_version_id, rec.reason, rec.items) == (new, "older-version", 7)


def test_the_command_line_lists_and_reclassifies_items_with_older_suggestions(ws, monkeypatch, capsys) -> None:
    old, new = _interrupted_retrain(ws, monkeypatch)
    data = ["--data-dir", str(ws.data_dir)]
    assert main([*data, "models"]) == 0
    assert (f"4 undecided items carry suggestions from an older version; 'borderline reclassify' classifies them "
            f"with version {new}") in capsys.readouterr().out
    assert main([*data, "reclassify"]) == 0
    out = capsys.readouterr().out
    assert f"4 undecided items classified again with version {new}" in out and "learning receipt" in out
    assert main([*data, "reclassify"]) == 0
    assert "no undecided item carries an older version's suggestions" in capsys.readouterr().out
    assert main([*data, "models"]) == 0
    assert "older version" not in capsys.readouterr().out
