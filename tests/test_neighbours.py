"""The seller's decisions as neighbours: a near-duplicate of a decided item gets its code, confidently."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from app.core import classifier, classifying, deciding, item_views, services
from app.core.neighbours import DecisionNeighbours, prune_rows
from app.core.workspace import starter_examples

MAT = "Sinar Jaya anyaman pandan tikar lipat motif bunga 180x90"
MAT_VARIANT = "Sinar Jaya anyaman pandan tikar lipat motif daun 200x100"
SAMBAL = "Kedai Ummi sambal bawang pedas botol kaca 200g"


@pytest.fixture(scope="module")
def starter() -> list[classifier.Example]:
    return starter_examples()


def test_a_near_duplicate_of_a_decided_item_gets_its_code_above_the_threshold(starter, ws, tmp_path: Path) -> None:
    threshold = ws.rules().review_below
    before = classifier.train(starter).predict([MAT_VARIANT], 1)[0][0]
    assert before[0] != "460129" and before[1] < threshold  # the starter data alone does not know it
    model = classifier.train(starter + [classifier.Example(MAT, "460129", 1.0, "decision")])
    assert len(model.neighbours) == 1
    code, p = model.predict([MAT_VARIANT], 1)[0][0]
    assert code == "460129" and p >= threshold
    # the memory survives the model file
    path = tmp_path / "m.npz"
    loaded = classifier.load(path, classifier.save(model, path))
    assert len(loaded.neighbours) == 1 and loaded.predict([MAT_VARIANT], 1)[0][0][0] == "460129"


def test_without_its_neighbour_the_same_model_is_not_sure(starter) -> None:
    model = classifier.train(starter + [classifier.Example(MAT, "460129", 1.0, "decision")])
    p_with = model.predict([MAT_VARIANT], 1)[0][0][1]
    model.neighbours = DecisionNeighbours.empty(model.centroids.shape[1])
    assert model.predict([MAT_VARIANT], 1)[0][0][1] < p_with


def test_loose_resemblance_adds_nothing() -> None:
    assert classifier.neighbour_boost(np.array([0.0, 0.3, classifier.NEAR_FROM]), 1.0).tolist() == [0.0, 0.0, 0.0]
    assert classifier.neighbour_boost(np.array([1.0]), 1.0).tolist() == [1.0]


def test_class_similarity_is_the_closest_decided_item_per_code() -> None:
    from scipy import sparse

    rows = prune_rows(sparse.csr_matrix(np.array([[1.0, 0, 0], [0, 1.0, 0], [0.6, 0.8, 0]])))
    memory = DecisionNeighbours(rows, np.array([2, 0, 2]))
    sims = memory.class_similarity(sparse.csr_matrix(np.array([[0.0, 1.0, 0.0]])), 4)
    assert np.allclose(sims, [[1.0, 0.0, 0.8, 0.0]])
    assert DecisionNeighbours.empty(3).class_similarity(sparse.csr_matrix(np.ones((2, 3))), 4).shape == (2, 4)


def test_absorb_learns_held_out_decisions_without_training_again(starter) -> None:
    model = classifier.train(starter)
    more = model.absorb([classifier.Example(MAT, "460129", 1.0, "decision"), classifier.Example(SAMBAL, "999999", 1.0, "decision")])
    assert "999999" in more.classes and len(more.neighbours) == 2
    assert more.predict([MAT_VARIANT], 1)[0][0][0] == "460129"
    assert len(model.neighbours) == 0  # the original is untouched


def test_after_a_decision_and_a_retrain_a_variant_is_settled_without_review(ws, tmp_path: Path) -> None:
    first = tmp_path / "a.csv"
    first.write_text(f"SKU,Product Name,Country of Origin,Price,Currency\nM-1,{MAT},ID,4.00,USD\n", encoding="utf-8")
    services.import_catalogue(ws, first)
    classifying.classify_pending(ws, ["SG"])
    row = next(r for r in item_views.list_items(ws) if r.sku == "M-1")
    assert row.status == "flagged"
    deciding.decide(ws, row.id, "460129", "Ana")
    assert services.retrain(ws).activated
    second = tmp_path / "b.csv"
    second.write_text(f"SKU,Product Name,Country of Origin,Price,Currency\nM-2,{MAT_VARIANT},ID,5.00,USD\n", encoding="utf-8")
    services.import_catalogue(ws, second)
    classifying.classify_pending(ws, ["SG"])
    variant = next(r for r in item_views.list_items(ws) if r.sku == "M-2")
    assert variant.top_code == "460129" and variant.status == "auto"


def test_a_decision_also_carries_to_variants_of_a_code_with_many_starter_titles(ws, tmp_path: Path) -> None:
    # 610910 has several starter titles; a calibrator that counted them against the code kept
    # this variant near 0.03 after the decision.
    assert sum(1 for e in starter_examples() if e.code == "610910") >= 5
    first = tmp_path / "a.csv"
    first.write_text("SKU,Product Name\nT-1,Oversize Cotton Tee Unisex Korean Style Sage Green M\n", encoding="utf-8")
    services.import_catalogue(ws, first)
    classifying.classify_pending(ws, ["SG"])
    deciding.decide(ws, item_views.item_id_for_sku(ws, "T-1"), "610910", "Ana")
    services.retrain(ws)
    second = tmp_path / "b.csv"
    second.write_text("SKU,Product Name\nT-2,Oversize Cotton Tee Unisex Korean Style Black XL\n", encoding="utf-8")
    services.import_catalogue(ws, second)
    classifying.classify_pending(ws, ["SG"])
    variant = next(r for r in item_views.list_items(ws) if r.sku == "T-2")
    assert variant.top_code == "610910" and (variant.top_p or 0) > 0.85
