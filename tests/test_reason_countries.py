"""A flag's reason fits the market it is raised for: a rule for several markets gives each the
same reason, so it names none of their countries (it says {market}); a rule for one market names
only that one. Rules for every market may give examples from any."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.core.rules import ASEAN, load_rules

ROOT = Path(__file__).resolve().parents[1]
RULES = load_rules([ROOT / "resources" / "rules" / "default.toml"])
NAMES = {
    "SG": ["Singapore", "Singaporean", "SG"], "MY": ["Malaysia", "Malaysian", "MY"],
    "TH": ["Thailand", "Thai", "TH"], "ID": ["Indonesia", "Indonesian", "ID"],
    "PH": ["Philippines", "Philippine", "Filipino", "PH"], "VN": ["Vietnam", "Vietnamese", "Viet Nam", "VN"],
    "BN": ["Brunei", "BN"], "KH": ["Cambodia", "Cambodian", "KH"], "LA": ["Laos", "Lao", "LA"],
    "MM": ["Myanmar", "MM"],
}


def countries_named(text: str) -> set[str]:
    return {code for code, names in NAMES.items()
            if any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text) for n in names)}


def test_the_names_are_found_as_words() -> None:
    assert countries_named("The Philippines prohibits toy guns") == {"PH"}
    assert countries_named("Thailand's ban names hookahs") == {"TH"}
    assert countries_named("(ID Permendag 18/2021; PH RA 4653; VN Decree 69/2018)") == {"ID", "PH", "VN"}
    assert countries_named("{market} bans e-vaporisers; a LAN cable, a MYR amount") == set()


@pytest.mark.parametrize("rule", [r for r in RULES.rules if r.markets and set(r.markets) != set(ASEAN)],
                         ids=lambda r: r.id)
def test_a_reason_names_only_the_country_it_is_raised_for(rule) -> None:
    named = countries_named(rule.reason)
    allowed = set(rule.markets) if len(rule.markets) == 1 else set()
    assert named <= allowed, f"{rule.id} ({', '.join(rule.markets)}) names {sorted(named - allowed)}: {rule.reason}"
