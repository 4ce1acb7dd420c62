"""Every default rule: a title that must trigger it and one that must not (tests/data)."""
from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from app.core.rules import ALL_MARKETS, RuleSet, load_rules

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "resources" / "rules" / "default.toml"
CASES = tomllib.loads((ROOT / "tests" / "data" / "default_rule_cases.toml").read_text(encoding="utf-8"))


def _all_enabled() -> RuleSet:
    rules = load_rules([DEFAULT])
    return RuleSet([replace(r, enabled=True) for r in rules.rules], rules.version, rules.rates)


RULES = _all_enabled()


def _fires(rule_id: str, case: dict, kind: str) -> bool:
    rule = RULES.get(rule_id)
    assert rule is not None
    market = case.get("market") or (rule.markets[0] if rule.markets else "SG")
    flags = RULES.evaluate(case[kind], [(case.get(f"{kind}_code", "490900"), float(case.get(f"{kind}_confidence", 0.99)))],
                           [market], value=Decimal(case.get(f"{kind}_value", "10")), currency=case.get("currency", "USD"),
                           fields={"origin": case.get(f"{kind}_origin", "TH")})
    return any(f.rule_id == rule_id and f.market in (market, ALL_MARKETS) for f in flags)


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_default_rule_triggers_on_its_example(rule_id: str) -> None:
    assert _fires(rule_id, CASES[rule_id], "hit"), f"{rule_id} did not fire on {CASES[rule_id]['hit']!r}"


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_default_rule_stays_quiet_on_its_counter_example(rule_id: str) -> None:
    assert not _fires(rule_id, CASES[rule_id], "miss"), f"{rule_id} fired on {CASES[rule_id]['miss']!r}"


def test_every_default_rule_has_cases_source_and_date() -> None:
    rules = load_rules([DEFAULT]).rules
    assert len(rules) >= 40
    assert sorted(r.id for r in rules) == sorted(CASES)
    for r in rules:
        assert r.source and re.fullmatch(r"\d{4}-\d{2}-\d{2}", r.checked), r.id
        assert r.title and r.reason


def test_uncertain_rules_never_block_and_say_so_first() -> None:
    uncertain = [r for r in load_rules([DEFAULT]).rules if r.uncertain]
    assert len(uncertain) >= 8 and "PH-DEMINIMIS" in {r.id for r in uncertain}
    for r in uncertain:
        assert r.severity != "block", r.id
        assert r.reason.startswith("Uncertain: "), r.id


def test_an_item_can_be_fine_for_one_market_and_blocked_for_another() -> None:
    flags = RULES.evaluate("Disposable vape pen", [("854340", 0.99)], ["MY", "SG"])
    by_market = {(f.market, f.severity) for f in flags if f.rule_id.startswith("VAPE")}
    assert by_market == {("SG", "block"), ("MY", "review")}


def test_every_reason_reads_as_a_sentence_once_filled(ws) -> None:
    """A placeholder a rule never fills stays as braces; one that names a field must read right
    ("The country of origin is origin" did not)."""
    import re

    for rule in ws.rules().rules:
        for name in re.findall(r"\{(\w+)\}", rule.reason):
            assert name in {"trigger", "market", "code", "confidence", "value", "missing"} | {
                t.attribute for t in rule.thresholds}, (rule.id, name)
        assert "is {missing}" not in rule.reason, rule.id
