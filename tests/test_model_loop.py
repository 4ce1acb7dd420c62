"""The classifier's calibration, the evaluation metrics, and the retrain loop with its gate."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from app.cli import main
from app.core import classifier, classifying, deciding, evaluation, item_views, model_versions, services
from app.core.workspace import starter_examples

# ../shared/eval/dev.csv beside the project (looked for above the checkout, which may be nested)
DEV = next((p / "shared" / "eval" / "dev.csv" for p in Path(__file__).resolve().parents[1:]
            if (p / "shared" / "eval" / "dev.csv").exists()), Path("absent"))


# metrics -----------------------------------------------------------------------------------
def test_topk_accuracy_at_each_level() -> None:
    preds = [[("610910", 0.6), ("610990", 0.3)], [("850760", 0.9), ("850650", 0.05)], [("420222", 0.4), ("610910", 0.2)]]
    truth = ["610990", "850760", "950300"]
    assert evaluation.topk_accuracy(preds, truth, 1, 6) == pytest.approx(1 / 3)
    assert evaluation.topk_accuracy(preds, truth, 2, 6) == pytest.approx(2 / 3)
    assert evaluation.topk_accuracy(preds, truth, 1, 4) == pytest.approx(2 / 3)  # 6109 == 6109
    assert evaluation.topk_accuracy(preds, truth, 1, 2) == pytest.approx(2 / 3)


def test_calibration_error_and_selective_curve() -> None:
    conf = [0.95, 0.95, 0.55, 0.55, 0.15]
    correct = [True, True, True, False, False]
    # bins: 0.9-1.0 conf .95 acc 1 (gap .05, 2 items); 0.5-0.6 conf .55 acc .5 (gap .05); 0.1-0.2 conf .15 acc 0 (.15)
    assert evaluation.expected_calibration_error(conf, correct) == pytest.approx((2 * 0.05 + 2 * 0.05 + 0.15) / 5)
    curve = {p.threshold: p for p in evaluation.selective_curve(conf, correct)}
    assert curve[0.0].coverage == 1.0 and curve[0.0].error_rate == pytest.approx(0.4)
    assert curve[0.5].coverage == pytest.approx(0.8) and curve[0.5].error_rate == pytest.approx(0.25)
    assert curve[0.9].coverage == pytest.approx(0.4) and curve[0.9].error_rate == 0.0
    assert evaluation.choose_threshold(list(curve.values())) == pytest.approx(0.56)
    assert evaluation.choose_threshold([evaluation.CurvePoint(0.5, 0.5, 10, 0.3)]) is None


# classifier --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def starter_model() -> classifier.HSModel:
    return classifier.train(starter_examples())


def test_probabilities_are_calibrated_ranked_and_consistent(starter_model: classifier.HSModel) -> None:
    cal = starter_model.calibration
    assert cal["folds"] == 5 and len(cal["confidence_coef"]) == classifier.N_FEATURES + 1
    assert 0.01 <= starter_model.temperature <= 0.3
    for sugg in starter_model.predict(["Baju kurung moden cotton", "áo thun nam cotton", "20000mAh power bank"], 5):
        ps = [p for _, p in sugg]
        assert len(sugg) == 5 and ps == sorted(ps, reverse=True) and 0 < sum(ps) <= 1 + 1e-9
        assert all(len(c) == 6 and c.isdigit() for c, _ in sugg)
    headings = dict(starter_model.level_probabilities("20000mAh power bank", 4))
    sub = dict(starter_model.level_probabilities("20000mAh power bank", 6))
    assert all(headings[c[:4]] >= p for c, p in sub.items())
    assert sum(headings.values()) == pytest.approx(1.0)


def test_calibration_lowers_held_out_calibration_error() -> None:
    examples = starter_examples()
    _, plain = classifier.train_with_holdout(examples, calibrate=False)
    _, calibrated = classifier.train_with_holdout(examples)
    ece = [evaluation.summarise(h.suggestions, h.codes).ece for h in (plain, calibrated)]
    assert ece[1] < ece[0]


def test_saved_model_predicts_the_same(tmp_path: Path, starter_model: classifier.HSModel) -> None:
    sha = classifier.save(starter_model, tmp_path / "m.npz")
    loaded = classifier.load(tmp_path / "m.npz", sha)
    texts = ["Kemeja batik lengan panjang", "Stainless steel chef knife"]
    a, b = loaded.predict(texts, 5), starter_model.predict(texts, 5)
    assert [[c for c, _ in s] for s in a] == [[c for c, _ in s] for s in b]
    assert np.allclose([[p for _, p in s] for s in a], [[p for _, p in s] for s in b])
    assert loaded.calibration == starter_model.calibration
    assert np.allclose(loaded.support, starter_model.support)


def test_seller_boilerplate_does_not_pull_items_to_decided_codes() -> None:
    """Decisions on long attribute-laden descriptions must not capture unrelated items."""
    boiler = "Origin: Mainland China; Brand Name: NONE; Sold in: sell_by_piece; each pack: 1; Model Number: X"
    kinds = ["ring", "necklace", "earrings", "bracelet", "anklet", "brooch", "pendant", "charm", "hairpin", "choker"]
    decided = [classifier.Example(f"Fashion {kinds[i % 10]} zircon {boiler}", "711719", 1.0, "decision") for i in range(20)]
    model = classifier.train(starter_examples() + decided)
    top = model.predict([f"Stainless steel kitchen knife 8 inch {boiler}"], 1)[0][0][0]
    assert top != "711719"


# retrain loop ------------------------------------------------------------------------------
def _decide_all(ws, reviewer: str = "Ana") -> int:  # type: ignore[no-untyped-def]
    truth = {"SKU-1001": "610910", "SKU-1002": "850760", "SKU-1003": "821191", "SKU-1004": "691200",
             "SKU-1005": "420231", "SKU-1006": "854340", "SKU-1007": "610443", "SKU-1008": "491110"}
    n = 0
    for row in item_views.list_items(ws):
        if row.status == "flagged" or row.status == "auto":
            deciding.decide(ws, row.id, truth[row.sku], reviewer, "checked against the product sheet")
            n += 1
    return n


def test_retrain_gate_keeps_a_worse_candidate_listed_and_activatable(ws, catalogue_file: Path, monkeypatch) -> None:
    services.import_catalogue(ws, catalogue_file)
    classifying.classify_pending(ws)
    assert _decide_all(ws) == 8
    baseline = ws.active_model_version()
    assert baseline is not None

    real_train = classifier.train_with_holdout
    junk = [classifier.Example("plain cardboard box", "481910"), classifier.Example("wooden pallet", "441520")]
    monkeypatch.setattr(model_versions.classifier, "train_with_holdout", lambda examples, *a, **k: real_train(junk, *a, **k))
    rep = services.retrain(ws)
    assert rep.holdout_size >= 5 and rep.before is not None and rep.after is not None
    assert rep.after["top1"] < rep.before["top1"]
    assert not rep.activated and rep.receipt is None and "stays" in rep.reason
    assert ws.active_model_version().id == baseline.id
    versions = services.list_versions(ws)
    assert [v.id for v in versions] == [rep.candidate_id, baseline.id]
    assert versions[0].metrics["after"]["top1"] == rep.after["top1"] and not versions[0].active

    receipt = services.activate_version(ws, rep.candidate_id, "Ana")
    assert ws.active_model_version().id == rep.candidate_id
    assert receipt.reclassified == 0  # every item was decided

    forced = services.retrain(ws, force=True)
    assert forced.activated and ws.active_model_version().id == forced.candidate_id


def test_retrain_receipt_counts_items_that_changed(ws, catalogue_file: Path) -> None:
    services.import_catalogue(ws, catalogue_file)
    classifying.classify_pending(ws)
    ws.set_setting("review_below", 0.0)  # the settings trade coverage for risk: accept everything
    receipt = services.reflag_undecided(ws)
    assert receipt.reclassified == 8
    assert receipt.left_queue >= 1  # items flagged only for low confidence are accepted now
    counts = item_views.status_counts(ws)
    assert counts["auto"] >= receipt.left_queue
    # the receipt names the items that left the queue, though their suggestion stayed the same
    moved = [c for c in receipt.largest if (c.old_status, c.new_status) == ("flagged", "auto")]
    assert len(moved) == min(receipt.left_queue, len(receipt.largest)) and moved == receipt.largest[:len(moved)]


def test_a_cancelled_retrain_stops_before_its_point_of_no_return_and_finishes_after_it(ws, catalogue_file: Path) -> None:
    """Cancelled while training: nothing is recorded. Cancelled while the new version's items
    are reclassified: the job finishes, so no item is left pending half way."""
    from app.core.jobs import Cancelled

    from app.core.model_versions import NothingToLearn

    services.import_catalogue(ws, catalogue_file)
    classifying.classify_pending(ws)
    # nothing decided since the active version was trained: nothing to retrain on
    with pytest.raises(NothingToLearn, match="no decision was taken or undone since version 1"):
        services.retrain(ws)
    item_id = item_views.queue_ids(ws)[0]
    deciding.decide(ws, item_id, item_views.item_detail(ws, item_id).suggestions[0].code, "Ana", "checked")
    before = (item_views.status_counts(ws), [v.id for v in services.list_versions(ws)])

    def cancel_from(point: float):  # type: ignore[no-untyped-def]
        def progress(fraction: float, message: str = "") -> None:
            if fraction >= point:
                raise Cancelled()
        return progress

    with pytest.raises(Cancelled):
        services.retrain(ws, cancel_from(0.3))
    assert (item_views.status_counts(ws), [v.id for v in services.list_versions(ws)]) == before

    report = services.retrain(ws, cancel_from(0.86))
    assert report.activated and ws.active_model_version().id == report.candidate_id
    counts = item_views.status_counts(ws)
    assert counts["pending"] == 0 and sum(counts.values()) == sum(before[0].values())


# command line ------------------------------------------------------------------------------
def test_evaluate_prints_and_writes_json_and_charts(tmp_path: Path, capsys) -> None:
    labelled = tmp_path / "labelled.csv"
    labelled.write_text("title,description,hs_code\nMen's cotton t-shirt,knitted,610910\n"
                        "Power bank 20000mAh,lithium,850760\nCeramic coffee mug,,691200\n", encoding="utf-8")
    out = tmp_path / "out" / "ev.json"
    code = main(["--data-dir", str(tmp_path / "data"), "evaluate", str(labelled), "-o", str(out)])
    printed = capsys.readouterr().out
    assert code == 0 and "subheading" in printed and "expected calibration error" in printed
    report = json.loads(out.read_text())
    assert report["n"] == 3 and set(report["accuracy"]) >= {"top1@2", "top3@4", "top5@6"}
    assert len(report["curve"]) == 100 and report["max_auto_error"] == 0.02
    for png in ("ev-curve.png", "ev-reliability.png"):
        assert (out.parent / png).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_evaluate_rejects_a_bad_code_naming_the_row(tmp_path: Path, capsys) -> None:
    labelled = tmp_path / "l.csv"
    labelled.write_text("title,hs_code\nMug,691200\nShirt,6109\n", encoding="utf-8")
    code = main(["--data-dir", str(tmp_path / "data"), "evaluate", str(labelled)])
    err = capsys.readouterr().err
    assert code == 2 and "row 3" in err and "'6109'" in err


@pytest.mark.skipif(not DEV.exists(), reason="the development set is not present")
def test_dev_set_figures_hold() -> None:
    model = classifier.load(*__import__("app.core.workspace", fromlist=["bundled_model"]).bundled_model()[:2])
    ev = evaluation.evaluate(model, evaluation.read_labelled(DEV))
    assert ev.accuracy["top1@6"] >= 0.30 and ev.accuracy["top5@2"] >= 0.75


def test_the_error_bound_says_how_little_a_few_accepted_items_prove() -> None:
    from app.core.evaluation import CurvePoint, error_upper_bound

    assert error_upper_bound(CurvePoint(0.97, 0.002, 10, 0.0)) == pytest.approx(0.278, abs=0.001)
    assert error_upper_bound(CurvePoint(0.5, 0.5, 1000, 0.02)) == pytest.approx(0.0307, abs=0.001)
    assert error_upper_bound(CurvePoint(0.99, 0.0, 0, 0.0)) == 1.0


def test_codes_written_with_dots_are_read_as_their_digits(ws) -> None:
    """Tariffs print 9602.00 or 96.02.00; a typed or imported code in that form is the same code."""
    from app.core.evaluation import read_labelled
    from app.core.nomenclature import nomenclature

    nom = nomenclature()
    assert [nom.validate(c) for c in ("960200", "9602.00", "96.02.00", "9602 00")] == ["960200"] * 4
    for bad in ("9602.0", "96.02", "85076020"):
        with pytest.raises(ValueError, match="not a six-digit HS code"):
            nom.validate(bad)
    labelled = ws.data_dir / "l.csv"
    labelled.parent.mkdir(parents=True, exist_ok=True)
    labelled.write_text("title,hs_code\nCeramic mug,6912.00\nGlass jar,70.13.37\n", encoding="utf-8")
    assert [i.code for i in read_labelled(labelled)] == ["691200", "701337"]
