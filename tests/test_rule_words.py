"""Compound keywords ("A + B": every part in the text), which the default rules' words use."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.core.rules import RuleFileError, load_rules


# compound keywords -------------------------------------------------------------------------
def _rules(tmp_path: Path, body: str):
    p = tmp_path / "r.toml"
    p.write_text(body, encoding="utf-8")
    return load_rules([p])


def test_a_compound_keyword_needs_every_part_in_any_order(tmp_path: Path) -> None:
    rules = _rules(tmp_path, """
[keywords]
worn = ["used", "preloved", "second hand"]
garment = ["jeans", "dress", "kemeja"]

[[rule]]
id = "U"
severity = "block"
reason = "{trigger}"
keywords = ["@worn + @garment", "ukay"]
exclude = ["used for"]
""")
    def trigger(text: str) -> str | None:
        flags = rules.evaluate(text, [], ["PH"])
        return flags[0].trigger if flags else None

    assert trigger("Used Jeans Levi's 501") == "Used; Jeans"
    assert trigger("Jeans Levi's 501, second hand") == "Jeans; second hand"
    assert trigger("Kemeja Preloved") == "Kemeja; Preloved"
    assert trigger("Ukay bale") == "Ukay"
    assert trigger("Levi's 501 jeans") is None and trigger("Second hand watch") is None
    assert trigger("Dress hanger, used for wardrobes") is None  # the exclusion takes the part back
    assert "used … + jeans …" in rules.get("U").trigger_summary()


def test_a_compound_exclusion_cancels_only_when_all_its_parts_are_there(tmp_path: Path) -> None:
    rules = _rules(tmp_path, """
[[rule]]
id = "C"
severity = "block"
reason = "{trigger}"
keywords = ["ganja"]
exclude = ["ganja leaf + print|sticker"]
""")
    assert not rules.evaluate("Ganja Leaf Print T-Shirt", [], ["SG"])
    assert rules.evaluate("Dried ganja leaf 10g", [], ["SG"])
    assert rules.evaluate("Ganja seeds, free sticker", [], ["SG"])  # 'ganja' without 'ganja leaf'


def test_a_compound_made_of_compounds_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match=r"rule R: field 'keywords': .*each part of a compound"):
        _rules(tmp_path, '[keywords]\ng = ["a + b"]\n[[rule]]\nid = "R"\nseverity = "review"\nreason = "x"\n'
                         'keywords = ["@g + c"]\n')
