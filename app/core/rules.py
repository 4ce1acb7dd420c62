"""The flagging engine and its rule-file format.

Rules are data (TOML under resources/rules/, plus an optional user file in the data dir
that adds rules or replaces bundled ones by id). A rule fires on keywords in the item's
text or on the prefix of its suggested code, for the markets it names.
"""
from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.core.nomenclature import fold

SEVERITIES = ("block", "review", "info")
SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}
ALL_MARKETS = "*"
LOW_CONFIDENCE = "LOWCONF"


class RuleFileError(Exception):
    """A rule file is not valid; the message names the file, the rule and the field."""


@dataclass(frozen=True, slots=True)
class FlagResult:
    rule_id: str
    market: str
    severity: str
    reason: str
    trigger: str = ""


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    severity: str
    reason: str
    markets: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    hs_prefixes: tuple[str, ...] = ()
    source: str = ""
    checked: str = ""
    enabled: bool = True
    _pattern: re.Pattern[str] | None = field(default=None, compare=False, repr=False)
    _exclude: re.Pattern[str] | None = field(default=None, compare=False, repr=False)

    def match(self, folded_text: str, code: str | None) -> str | None:
        """The text or code that triggers the rule, or None."""
        if self._pattern is not None:
            m = self._pattern.search(folded_text)
            if m and not (self._exclude and self._exclude.search(folded_text)):
                return m.group(0)
        if code and self.hs_prefixes:
            for prefix in self.hs_prefixes:
                if code.startswith(prefix):
                    return f"HS {code}"
        return None


def _keyword_pattern(words: Sequence[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = sorted({re.escape(fold(w)).replace(r"\ ", r"[\s\-]*") for w in words}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


@dataclass
class RuleSet:
    rules: list[Rule]
    review_below: float
    version: str

    def evaluate(self, text: str, suggestions: Sequence[tuple[str, float]], markets: Iterable[str]) -> list[FlagResult]:
        """Every flag for one item against the given destination markets."""
        folded = fold(text)
        top_code, top_p = (suggestions[0][0], suggestions[0][1]) if suggestions else (None, 0.0)
        markets = list(markets)
        flags: list[FlagResult] = []
        if top_p < self.review_below:
            flags.append(
                FlagResult(
                    LOW_CONFIDENCE, ALL_MARKETS, "review",
                    f"The model is not sure: its best guess has confidence {top_p:.0%}, "
                    f"below the {self.review_below:.0%} threshold.",
                    f"{top_p:.2f}",
                )
            )
        for rule in self.rules:
            if not rule.enabled:
                continue
            trigger = rule.match(folded, top_code)
            if trigger is None:
                continue
            if not rule.markets:
                flags.append(FlagResult(rule.id, ALL_MARKETS, rule.severity, rule.reason, trigger))
            else:
                for market in markets:
                    if market in rule.markets:
                        flags.append(FlagResult(rule.id, market, rule.severity, rule.reason, trigger))
        return flags


def _as_tuple(value: object, file: Path, rule_id: str, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleFileError(f"{file}: rule {rule_id}: field '{name}' must be a list of strings")
    return tuple(value)


def parse_rule(data: dict[str, object], file: Path) -> Rule:
    rule_id = data.get("id")
    if not isinstance(rule_id, str) or not rule_id:
        raise RuleFileError(f"{file}: a rule has no 'id'")
    for required in ("severity", "reason"):
        if not isinstance(data.get(required), str) or not data.get(required):
            raise RuleFileError(f"{file}: rule {rule_id}: field '{required}' is missing")
    severity = str(data["severity"])
    if severity not in SEVERITIES:
        raise RuleFileError(f"{file}: rule {rule_id}: field 'severity' must be one of {', '.join(SEVERITIES)}")
    keywords = _as_tuple(data.get("keywords"), file, rule_id, "keywords")
    exclude = _as_tuple(data.get("exclude"), file, rule_id, "exclude")
    for name, words in (("keywords", keywords), ("exclude", exclude)):
        if any(not fold(w).strip() for w in words):  # an empty word would match every item
            raise RuleFileError(f"{file}: rule {rule_id}: field '{name}' has an empty word")
    prefixes = _as_tuple(data.get("hs_prefixes"), file, rule_id, "hs_prefixes")
    for p in prefixes:
        if not p.isdigit() or len(p) not in (2, 4, 5, 6):
            raise RuleFileError(f"{file}: rule {rule_id}: field 'hs_prefixes': '{p}' is not a chapter, heading or subheading")
    markets = tuple(m.upper() for m in _as_tuple(data.get("markets"), file, rule_id, "markets"))
    if not keywords and not prefixes:
        raise RuleFileError(f"{file}: rule {rule_id}: needs 'keywords' or 'hs_prefixes'")
    return Rule(
        id=rule_id, title=str(data.get("title", rule_id)), severity=severity, reason=str(data["reason"]),
        markets=markets, keywords=keywords, exclude=exclude, hs_prefixes=prefixes,
        source=str(data.get("source", "")), checked=str(data.get("checked", "")),
        enabled=bool(data.get("enabled", True)),
        _pattern=_keyword_pattern(keywords), _exclude=_keyword_pattern(exclude),
    )


def load_rules(files: Sequence[Path]) -> RuleSet:
    """Read rule files in order; a later file's rule replaces an earlier one with the same id."""
    rules: dict[str, Rule] = {}
    review_below = 0.5
    digest = hashlib.sha256()
    versions = []
    for file in files:
        if not file.exists():
            continue
        raw = file.read_bytes()
        digest.update(raw)
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise RuleFileError(f"{file}: not valid TOML ({exc})") from exc
        versions.append(str(data.get("version", file.stem)))
        conf = data.get("confidence", {})
        if not isinstance(conf, dict):
            raise RuleFileError(f"{file}: 'confidence' must be a table ([confidence])")
        if "review_below" in conf:
            value = conf["review_below"]
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
                raise RuleFileError(f"{file}: confidence: field 'review_below' must be a number from 0 to 1")
            review_below = float(value)
        entries = data.get("rule", [])
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise RuleFileError(f"{file}: rules must be tables, each under its own [[rule]] header")
        for entry in entries:
            rule = parse_rule(entry, file)
            rules[rule.id] = rule
    version = "+".join(versions) + ":" + digest.hexdigest()[:8]
    return RuleSet(list(rules.values()), review_below, version)


def worst_severity(severities: Iterable[str]) -> str | None:
    ranked = sorted(severities, key=lambda s: SEVERITY_RANK.get(s, 99))
    return ranked[0] if ranked else None
