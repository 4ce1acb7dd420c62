"""The learning benchmark: variant listings, and the means over several shuffles."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from app.benchmarks import learning
from app.cli import main
from app.core.evaluation import LabelledItem

ITEMS = [LabelledItem("Cotton T-shirt crew neck short sleeve", "610910"),
         LabelledItem("Stainless steel kitchen knife 20 cm blade", "821191")]


def test_variant_listings_repeat_each_product_with_distinct_colour_and_size() -> None:
    out = learning.variant_listings(ITEMS, 3, random.Random(0))
    assert len(out) == 6
    for item in ITEMS:
        copies = [o for o in out if o.text.startswith(item.text + " (")]
        assert len(copies) == 3 and {o.code for o in copies} == {item.code}
        assert len({o.text for o in copies}) == 3
    assert learning.variant_listings(ITEMS, 1, random.Random(0)) == ITEMS


@pytest.mark.slow
def test_the_bench_reports_every_shuffle_and_their_means(tmp_path: Path, capsys) -> None:
    labelled = tmp_path / "labelled.csv"
    rows = ["title,hs_code"] + [f"{t},{c}" for t, c in
                                 [("Cotton T-shirt crew neck", "610910"), ("Ceramic coffee mug 350 ml", "691200"),
                                  ("Rattan storage basket with lid", "460219"), ("Stainless steel water bottle", "732393")]]
    labelled.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert main(["bench", "learning", str(labelled), "--batches", "2", "--repeats", "2", "--variants", "2"]) == 0
    out = capsys.readouterr().out
    assert "4 labelled items, 2 listing(s) each, in 2 batches; 2 shuffle(s) from seed 1" in out
    assert out.count("seed 1:") == 1 and out.count("seed 2:") == 1
    means = out.split("mean of 2 shuffles:", 1)[1].splitlines()
    assert [line.split()[0] for line in means[2:4]] == ["1", "2"]


@pytest.mark.slow
def test_a_long_description_is_imported_as_a_description_and_every_item_counts(tmp_path: Path, capsys) -> None:
    """The bench wrote title, material and description into the title column, which takes 1,000
    characters: items with long descriptions (about one in eight of the development set) were
    rejected at import and left out of every figure."""
    import csv

    labelled = tmp_path / "labelled.csv"
    with open(labelled, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["title", "material", "description", "hs_code"])
        w.writerow(["Cotton T-shirt crew neck", "cotton", "Soft combed cotton. " * 80, "610910"])
        w.writerow(["Ceramic coffee mug 350 ml", "", "", "691200"])
    from app.core.evaluation import read_labelled
    long_one = read_labelled(labelled)[0]
    assert (long_one.title, long_one.material) == ("Cotton T-shirt crew neck", "cotton")
    assert long_one.text == " ".join((long_one.title, long_one.material, long_one.description))
    assert main(["bench", "learning", str(labelled), "--batches", "1"]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if line.split()[:1] == ["1"])
    assert row.split()[1] == "2", row
