"""The rules as the Rules page shows them, and the user's adjustments to them.

Adjustments (enable, disable, a new threshold) go into ``[override.RULE-ID]`` tables of the
user's ``rules.toml`` in the data dir. The file is edited in place, so rules and comments
a person wrote there stay as they were; the bundled rule file is never touched.
"""
from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import tomlkit
from tomlkit.exceptions import TOMLKitError

from app.core import audit, flagging
from app.core.messages import Message, message_of, replaced
from app.core.rule_language import ENGLISH, RuleWords, words_for
from app.core.rules import ALL_MARKETS, ASEAN, LOW_CONFIDENCE, Rule, RuleFileError, load_rules
from app.core.workspace import Workspace


@dataclass(frozen=True)
class ThresholdView:
    attribute: str          # the key an override uses (battery_wh, value, ... or confidence_below)
    label: str              # "Battery energy over" for people
    value: float
    unit: str


@dataclass(frozen=True)
class RuleView:
    id: str
    title: str
    severity: str
    markets: tuple[str, ...]     # empty: every market
    trigger: str
    reason: str
    source: str
    checked: str
    uncertain: bool
    enabled: bool
    thresholds: tuple[ThresholdView, ...]
    flagged_items: int
    overridden: bool
    all_markets: str = "all"     # what the list says for a rule of every market, in the rules' language
    unverified: str = "unverified"  # what marks an uncertain rule's title there

    @property
    def market_text(self) -> str:
        if not self.markets:
            return self.all_markets
        return "ASEAN" if set(self.markets) == set(ASEAN) else " ".join(self.markets)

    @property
    def listed_title(self) -> str:
        """The title as the list shows it: an uncertain rule's says so."""
        marked = self.uncertain and self.unverified.lower() not in self.title.lower()
        return self.title + (f" ({self.unverified})" if marked else "")

    def applies_to(self, market: str | None) -> bool:
        return not market or market == ALL_MARKETS or not self.markets or market in self.markets


def _thresholds(rule: Rule, words: RuleWords = ENGLISH) -> tuple[ThresholdView, ...]:
    out = []
    for t in rule.thresholds:
        label = t.label_in(words)
        out.append(ThresholdView(t.attribute, label[:1].upper() + label[1:], float(t.value), t.unit))
    if rule.confidence_below is not None:
        out.append(ThresholdView("confidence_below", words.model_confidence_under, rule.confidence_below, ""))
    return tuple(out)


def shown_reason(reason: str, words: RuleWords = ENGLISH) -> str:
    """A rule's reason for the Rules page: what each placeholder stands for, in words
    ('A battery of ‹the stated battery energy› is over 100 Wh')."""
    def word(m: re.Match[str]) -> str:
        name = m.group(1)
        what = words.placeholders.get(name) or (words.stated.format(measure=words.measures[name])
                                                if name in words.measures else name)
        return f"‹{what}›"
    return re.sub(r"\{(\w+)\}", word, reason)


def user_rule_file(ws: Workspace) -> Path:
    return ws.rule_files()[-1]


def list_rules(ws: Workspace) -> list[RuleView]:
    """Every rule of the current set with what it flags now (a short query), in the
    workspace's language (a rule's reason in the language it is written in)."""
    rules = ws.rules()
    words = rules.words
    counts = flagging.rule_counts(ws)
    overridden = set(_overrides(user_rule_file(ws)))
    if abs(rules.review_below - load_rules(ws.rule_files()).review_below) > 1e-9:
        overridden.add(LOW_CONFIDENCE)  # the review threshold chosen in Settings
    return [RuleView(r.id, r.title, r.severity, r.markets, r.trigger_summary(words),
                     shown_reason(r.reason, words_for(r.language)),
                     r.source, r.checked, r.uncertain, r.enabled, _thresholds(r, words), counts.get(r.id, 0),
                     r.id in overridden, words.all_short, words.unverified)
            for r in rules.rules]


def _overrides(path: Path) -> dict[str, object]:
    if not path.exists():
        return {}
    try:
        doc = tomlkit.parse(path.read_text(encoding="utf-8"))
    except (TOMLKitError, UnicodeDecodeError):
        return {}
    return dict(doc.get("override", {}))


def set_override(ws: Workspace, rule_id: str, **changes: object) -> str:
    """Write adjustments for one rule to the user's rules.toml; returns the new rule-set version.

    ``changes`` are ``enabled=``, ``severity=``, ``confidence_below=`` or a threshold attribute
    of the rule (``battery_wh=120``). The result is loaded before it is kept, so a bad value
    raises :class:`RuleFileError` and leaves the file as it was.
    """
    path = user_rule_file(ws)
    current = ws.rules()
    rule = current.get(rule_id)
    if rule is None:
        raise RuleFileError(Message("{file}: rule {rule}: {problem}", file=path, rule=rule_id,
                                    problem=Message("there is no such rule")))
    if rule_id == LOW_CONFIDENCE and "confidence_below" in changes:
        # The review threshold is a setting (Settings, the Models page); it overrides the rule
        # files, so an override written here would do nothing.
        threshold = float(changes.pop("confidence_below"))  # type: ignore[arg-type]
        if not 0 <= threshold <= 1:
            raise RuleFileError(Message("{file}: rule {rule}: {problem}", file=path, rule=rule_id,
                                        problem=Message("field '{field}' must be a number from 0 to 1",
                                                        field="confidence_below")))
        ws.set_setting("review_below", round(threshold, 4))
        if not changes:
            return ws.rules().version
    doc = _document(path)
    if "override" not in doc:
        doc.add(tomlkit.nl())
        doc.add("override", tomlkit.table(is_super_table=True))
    overrides = doc["override"]
    table = overrides.get(rule_id)  # type: ignore[union-attr]
    if table is None:
        table = tomlkit.table()
        overrides[rule_id] = table  # type: ignore[index]
    base = _unadjusted(ws, rule_id)
    for key, value in changes.items():
        if isinstance(value, Decimal):
            value = float(value)
        if base is not None and _same(_current(base, key), value):
            table.pop(key, None)  # back to what the rule file says: no adjustment left to show
        else:
            table[key] = value
    if not table:
        del overrides[rule_id]  # type: ignore[union-attr]
    _write_checked(ws, path, doc)
    _record(ws, "rule-change", rule_id, {k: {"from": _current(rule, k), "to": float(v) if isinstance(v, Decimal) else v}
                                         for k, v in changes.items()})
    return ws.rules().version


def _unadjusted(ws: Workspace, rule_id: str) -> Rule | None:
    """The rule as the bundled files define it (None for a rule of the user's own)."""
    return load_rules(ws.rule_files()[:-1]).get(rule_id)


def _same(a: object, b: object) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and not isinstance(b, bool):
        return abs(float(a) - float(b)) < 1e-9
    return a == b


def _current(rule: Rule, key: str) -> object:
    if key == "enabled":
        return rule.enabled
    if key == "severity":
        return rule.severity
    if key == "confidence_below":
        return rule.confidence_below
    return next((float(t.value) for t in rule.thresholds if t.attribute == key), None)


def _record(ws: Workspace, action: str, rule_id: str, payload: dict[str, object]) -> None:
    """Rule changes decide what waits for a person: each goes into the audit trail."""
    with ws.db.session() as s:
        audit.append(s, Workspace.actor(s), action, rule_id, {**payload, "file": str(user_rule_file(ws))})


def reset_override(ws: Workspace, rule_id: str) -> str:
    """Drop the user's adjustments to one rule, so the rule is as its file defines it again
    (for LOWCONF also the review threshold chosen in Settings); returns the new rule-set version."""
    path = user_rule_file(ws)
    if rule_id == LOW_CONFIDENCE:
        ws.delete_setting("review_below")
    doc = _document(path)
    overrides = doc.get("override")
    if overrides is not None and rule_id in overrides:
        removed = overrides[rule_id].unwrap()  # type: ignore[index,union-attr]
        del overrides[rule_id]  # type: ignore[union-attr]
        _write_checked(ws, path, doc)
        _record(ws, "rule-reset", rule_id, {"removed": removed})
    return ws.rules().version


def _document(path: Path) -> tomlkit.TOMLDocument:
    try:
        return tomlkit.parse(path.read_text(encoding="utf-8")) if path.exists() else tomlkit.document()
    except (TOMLKitError, UnicodeDecodeError) as exc:
        raise RuleFileError(Message("{file}: not valid TOML ({error})", file=path, error=str(exc))) from exc


def _write_checked(ws: Workspace, path: Path, doc: tomlkit.TOMLDocument) -> None:
    """Write ``doc`` over ``path`` only if the rule set still loads with it."""
    text = tomlkit.dumps(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".rules-", suffix=".toml")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        try:
            load_rules(ws.rule_files()[:-1] + [Path(tmp)])
        except RuleFileError as exc:
            raise RuleFileError(replaced(message_of(exc), tmp, str(path))) from None
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
