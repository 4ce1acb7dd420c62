"""Reading rule files: validation with errors that name the file, the rule and the field.

Files are read in order (the bundled set, then the user's rules.toml): keyword groups
(``[keywords]``), exchange rates for de minimis rules (``[exchange_rates]``), rules
(``[[rule]]``; a later rule replaces an earlier one with the same id) and adjustments
(``[override.RULE-ID]``: enabled, severity, confidence_below, threshold values). The
rule-set version names the files' versions and a hash of their bytes, so every flag
records exactly which rules produced it.

Read in another language than English, a file's rules take their titles and reasons from
the translation beside it, if there is one (``default.id.toml`` for ``default.toml``):
``[rule.RULE-ID]`` tables with ``title`` and ``reason``, naming exactly the placeholders the
English text names. The rest of a rule (its words, codes, thresholds, source) is not
translated, and a rule a later file adds or replaces keeps the words it was written in. The
language and the translation's bytes are part of the version, so flags are rendered again
once after the language changes.
See rule_translations for the translations' own checks.
"""
from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from app.core.messages import Message
from app.core.rule_language import words_for
from app.core.rule_translations import translate, translation_file
from app.core.rules import (ALTERNATIVE, ASEAN, COMPOUND, LOW_CONFIDENCE, OPERATORS, SEVERITIES, THRESHOLD_ATTRIBUTES,
                            VALUE, Rule, RuleFileError, RuleSet, Threshold)

MISSING_FIELDS = ("origin", "value", "currency", "description", "material")
TEXT_FIELDS = ("title", "material", "description")  # what a rule's keywords may be limited to (`read`)
_MARKET = re.compile(r"^[A-Z]{2}$")



# Part of every rule-set version: raised when the engine reads items differently, so that
# existing items are flagged again once (2: quantities are also read from the variation;
# 3: words an exclusion takes back also stop a code the model only suggests; 4: a code that is
# no HS 2022 subheading, such as 999999 stored before codes were checked, waits for review).
ENGINE_VERSION = 4

def with_limits(rule: Rule) -> Rule:
    """The rule with ``{limit}`` (its first threshold) and ``{limit_ATTRIBUTE}`` filled in its
    title and reason, so that a limit changed on the Rules page changes the words too."""
    if not rule.thresholds or "{limit" not in rule.title + rule.reason:
        return rule
    words = words_for(rule.language)  # the limit written as the rest of the reason is
    limits = {f"{{limit_{t.attribute}}}": t.limit_text(words) for t in rule.thresholds}
    limits["{limit}"] = rule.thresholds[0].limit_text(words)
    pattern = re.compile("|".join(re.escape(k) for k in limits))
    return replace(rule, title=pattern.sub(lambda m: limits[m.group(0)], rule.title),
                   reason=pattern.sub(lambda m: limits[m.group(0)], rule.reason))


def _err(file: Path, rule_id: str | None, problem: Message) -> RuleFileError:
    """The file, the rule (or keyword group, exchange rate) and what is wrong, readable in the window's language."""
    if rule_id:
        return RuleFileError(Message("{file}: rule {rule}: {problem}", file=file, rule=rule_id, problem=problem))
    return RuleFileError(Message("{file}: {problem}", file=file, problem=problem))


def _strings(value: object, file: Path, rule_id: str, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _err(file, rule_id, Message("field '{field}' must be a list of strings", field=name))
    return tuple(value)


def _decimal(value: object, file: Path, rule_id: str, name: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise _err(file, rule_id, Message("field '{field}' must be a number", field=name))
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise _err(file, rule_id, Message("field '{field}': '{value}' is not a number", field=name, value=str(value))) from None
    if not number.is_finite() or number < 0:
        raise _err(file, rule_id, Message("field '{field}': {value} is not a limit (a number from 0 up)", field=name,
                                          value=str(value)))
    return number


# what a reason may name besides the rule's own threshold attributes (see rules.py)
PLACEHOLDERS = {"trigger", "market", "code", "confidence", "value", "missing", "limit"}


def _check_placeholders(text: str, thresholds: Sequence[Threshold], file: Path, rule_id: str, name: str) -> None:
    known = PLACEHOLDERS | set(THRESHOLD_ATTRIBUTES) | {f"limit_{t.attribute}" for t in thresholds}
    for found in re.findall(r"\{(\w+)\}", text):
        if found not in known:
            raise _err(file, rule_id, Message("field '{field}': {placeholder} is not something a flag can fill in "
                                              "({known} or a threshold attribute)", field=name,
                                              placeholder="{" + found + "}",
                                              known=", ".join("{" + k + "}" for k in sorted(PLACEHOLDERS))))


def _fraction(value: object, file: Path, rule_id: str, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise _err(file, rule_id, Message("field '{field}' must be a number from 0 to 1", field=name))
    return float(value)


def _markets(value: object, file: Path, rule_id: str) -> tuple[str, ...]:
    out: list[str] = []
    for m in _strings(value, file, rule_id, "markets"):
        m = m.strip().upper()
        if m == "ALL":
            return ()
        if m == "ASEAN":
            out += ASEAN
        elif _MARKET.match(m):
            out.append(m)
        else:
            raise _err(file, rule_id, Message("field 'markets': '{market}' is not a two-letter country code, ALL or ASEAN",
                                              market=m))
    return tuple(dict.fromkeys(out))


def _threshold(data: object, file: Path, rule_id: str) -> Threshold:
    if not isinstance(data, dict):
        raise _err(file, rule_id, Message("field 'thresholds' must be a list of tables"))
    attribute = data.get("attribute")
    if attribute not in THRESHOLD_ATTRIBUTES:
        raise _err(file, rule_id, Message("field 'thresholds': attribute '{attribute}' is not one of {known}",
                                          attribute=str(attribute), known=", ".join(THRESHOLD_ATTRIBUTES)))
    op = data.get("op")
    if op not in OPERATORS:
        raise _err(file, rule_id, Message("field 'thresholds': op '{op}' is not one of {known}", op=str(op),
                                          known=", ".join(OPERATORS)))
    currency = str(data.get("currency", "")).upper()
    if currency and attribute != VALUE:
        raise _err(file, rule_id, Message("field 'thresholds': only a 'value' threshold has a currency"))
    return Threshold(str(attribute), str(op), _decimal(data.get("value"), file, rule_id, "thresholds.value"), currency)


RULE_FIELDS = {"id", "title", "severity", "reason", "markets", "keywords", "exclude", "hs_prefixes", "match",
               "thresholds", "confidence_below", "confidence_by_market", "missing", "source", "checked",
               "uncertain", "enabled", "read", "unless", "consignment"}
CONSIGNMENT_BASES = ("goods", "FOB", "CIF")


def _consignment(data: object, thresholds: Sequence[Threshold], file: Path, rule_id: str) -> tuple[str, str]:
    """(basis, what follows above the limit) of a rule that the whole shipment is checked against."""
    if data is None:
        return "", ""
    if not isinstance(data, dict) or set(data) - {"basis", "above"}:
        raise _err(file, rule_id, Message("field 'consignment' must be a table with 'basis' and 'above'"))
    basis, above = data.get("basis"), data.get("above")
    if basis not in CONSIGNMENT_BASES:
        raise _err(file, rule_id, Message("field 'consignment.basis' must be one of {known}",
                                          known=", ".join(CONSIGNMENT_BASES)))
    if not isinstance(above, str) or not above.strip():
        raise _err(file, rule_id, Message("field 'consignment.above' must say what follows above the limit"))
    if not any(t.attribute == VALUE and t.currency for t in thresholds):
        raise _err(file, rule_id, Message("field 'consignment' needs a 'value' threshold with a currency"))
    return str(basis), above.strip()


def _expand(words: Sequence[str], groups: Mapping[str, tuple[str, ...]], file: Path, where: str | None,
            field: str, used: list[str]) -> list[str]:
    """The words with each "@name" replaced by that keyword group's words (named in `used`).

    A word "A + B" (a compound: every part must be in the text) stays one word, each part
    with its groups expanded into alternatives: "@worn + jeans|dress" becomes
    "used|preloved + jeans|dress" (rules.COMPOUND, rules.ALTERNATIVE).
    """
    out: list[str] = []
    for word in words:
        if COMPOUND in word:
            parts = []
            for part in word.split(COMPOUND):
                alternatives = _expand([a.strip() for a in part.split(ALTERNATIVE)], groups, file, where, field, used)
                if any(not a.strip() or COMPOUND in a or ALTERNATIVE in a for a in alternatives):
                    raise _err(file, where, Message("field '{field}': '{word}': each part of a compound (A + B) is "
                                                    "a word, a phrase or a group of plain words", field=field,
                                                    word=word))
                parts.append(ALTERNATIVE.join(a.strip() for a in alternatives))
            out.append(COMPOUND.join(parts))
        elif word.startswith("@"):
            if word[1:] not in groups:
                raise _err(file, where, Message("field '{field}': no keyword group '{group}'", field=field, group=word[1:]))
            used.append(word[1:])
            out += groups[word[1:]]
        else:
            out.append(word)
    return out


def parse_rule(data: dict[str, Any], file: Path, groups: Mapping[str, tuple[str, ...]] | None = None) -> Rule:
    rule_id = data.get("id")
    if not isinstance(rule_id, str) or not rule_id:
        raise _err(file, None, Message("a rule has no 'id'"))
    unknown = set(data) - RULE_FIELDS
    if unknown:
        raise _err(file, rule_id, Message("field '{field}' is not a rule field", field=sorted(unknown)[0]))
    for required in ("severity", "reason"):
        if not isinstance(data.get(required), str) or not data.get(required):
            raise _err(file, rule_id, Message("field '{field}' is missing", field=required))
    severity = str(data["severity"])
    if severity not in SEVERITIES:
        raise _err(file, rule_id, Message("field 'severity' must be one of {known}", known=", ".join(SEVERITIES)))
    used_groups: list[str] = []
    keywords = _expand(_strings(data.get("keywords"), file, rule_id, "keywords"), groups or {}, file, rule_id,
                       "keywords", used_groups)
    exclude = tuple(_expand(_strings(data.get("exclude"), file, rule_id, "exclude"), groups or {}, file, rule_id,
                            "exclude", []))
    prefixes = tuple(p.replace(".", "") for p in _strings(data.get("hs_prefixes"), file, rule_id, "hs_prefixes"))
    for p in prefixes:
        if not p.isdigit() or len(p) not in (2, 4, 5, 6):
            raise _err(file, rule_id, Message("field 'hs_prefixes': '{prefix}' is not a chapter, heading or subheading",
                                              prefix=p))
    match = data.get("match", "any")
    if match not in ("any", "all"):
        raise _err(file, rule_id, Message("field 'match' must be 'any' or 'all'"))
    raw_thresholds = data.get("thresholds", [])
    if not isinstance(raw_thresholds, list):
        raise _err(file, rule_id, Message("field 'thresholds' must be a list of tables"))
    thresholds = tuple(_threshold(t, file, rule_id) for t in raw_thresholds)
    conf = data.get("confidence_below")
    confidence = None if conf is None else _fraction(conf, file, rule_id, "confidence_below")
    by_market_raw = data.get("confidence_by_market", {})
    if not isinstance(by_market_raw, dict):
        raise _err(file, rule_id, Message("field 'confidence_by_market' must be a table of market = number"))
    by_market = {str(k).upper(): _fraction(v, file, rule_id, f"confidence_by_market.{k}") for k, v in by_market_raw.items()}
    missing = _strings(data.get("missing"), file, rule_id, "missing")
    for f in missing:
        if f not in MISSING_FIELDS:
            raise _err(file, rule_id, Message("field '{field}': '{value}' is not one of {known}", field="missing", value=f,
                                              known=", ".join(MISSING_FIELDS)))
    read = _strings(data.get("read"), file, rule_id, "read")
    for f in read:
        if f not in TEXT_FIELDS:
            raise _err(file, rule_id, Message("field '{field}': '{value}' is not one of {known}", field="read", value=f,
                                              known=", ".join(TEXT_FIELDS)))
    unless = _strings(data.get("unless"), file, rule_id, "unless")
    if rule_id in unless:
        raise _err(file, rule_id, Message("field 'unless' names the rule itself"))
    if not (keywords or prefixes or thresholds or confidence is not None or missing):
        raise _err(file, rule_id, Message("needs a trigger: 'keywords', 'hs_prefixes', 'thresholds', 'confidence_below' "
                                          "or 'missing'"))
    for name in ("title", "source", "checked"):
        if name in data and not isinstance(data[name], str):
            raise _err(file, rule_id, Message("field '{field}' must be text", field=name))
    _check_placeholders(str(data["reason"]), thresholds, file, rule_id, "reason")
    _check_placeholders(str(data.get("title", "")), thresholds, file, rule_id, "title")
    for name in ("uncertain", "enabled"):
        if name in data and not isinstance(data[name], bool):
            raise _err(file, rule_id, Message("field '{field}' must be true or false", field=name))
    basis, above = _consignment(data.get("consignment"), thresholds, file, rule_id)
    return Rule(id=rule_id, title=str(data.get("title", rule_id)), severity=severity, reason=str(data["reason"]),
                markets=_markets(data.get("markets"), file, rule_id), keywords=tuple(dict.fromkeys(keywords)),
                exclude=exclude, hs_prefixes=prefixes, match=str(match), thresholds=thresholds,
                confidence_below=confidence, confidence_by_market=by_market, missing=missing,
                source=str(data.get("source", "")), checked=str(data.get("checked", "")),
                uncertain=bool(data.get("uncertain", False)), enabled=bool(data.get("enabled", True)),
                groups=tuple(used_groups), file=str(file), read=read, unless=unless,
                consignment_basis=basis, consignment_above=above)


def apply_override(rule: Rule, data: object, file: Path) -> Rule:
    """A rule with a user's adjustments: enabled, severity, confidence_below, threshold values."""
    if not isinstance(data, dict):
        raise _err(file, rule.id, Message("an override must be a table"))
    changes: dict[str, Any] = {}
    thresholds = list(rule.thresholds)
    for key, value in data.items():
        if key == "enabled":
            if not isinstance(value, bool):
                raise _err(file, rule.id, Message("field '{field}' must be true or false", field="enabled"))
            changes["enabled"] = value
        elif key == "severity":
            if value not in SEVERITIES:
                raise _err(file, rule.id, Message("field 'severity' must be one of {known}", known=", ".join(SEVERITIES)))
            changes["severity"] = value
        elif key == "confidence_below":
            changes["confidence_below"] = _fraction(value, file, rule.id, key)
        elif any(t.attribute == key for t in thresholds):
            number = _decimal(value, file, rule.id, key)
            thresholds = [replace(t, value=number) if t.attribute == key else t for t in thresholds]
        else:
            raise _err(file, rule.id, Message("field '{field}' cannot be overridden (enabled, severity, "
                                              "confidence_below, or a threshold attribute of this rule)", field=key))
    return replace(rule, thresholds=tuple(thresholds), **changes)


# the rule a file's [confidence] review_below gives, unless the file defines LOWCONF itself
LOW_CONFIDENCE_TITLE = "Low model confidence"
LOW_CONFIDENCE_REASON = "The model is not sure: its best guess has confidence {confidence}."
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


def _read_toml(file: Path, digest: Any) -> dict[str, Any]:
    """A rule file's (or translation's) tables; its bytes go into the rule-set version's hash."""
    raw = file.read_bytes()
    digest.update(raw)
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RuleFileError(Message("{file}: not valid TOML ({error})", file=file, error=str(exc))) from exc


def load_rules(files: Sequence[Path], language: str = "en") -> RuleSet:
    """Read rule files in order; a later file's rule replaces an earlier one with the same id.

    In a ``language`` other than English each file's rules take their titles and reasons from
    its translation (:func:`translation_file`) where there is one; without one they stay English.
    """
    if not _LANGUAGE.match(language):
        raise ValueError(f"'{language}' is not a language code (two or three letters, e.g. id)")
    rules: dict[str, Rule] = {}
    groups: dict[str, tuple[str, ...]] = {}
    rates: dict[str, Decimal] = {}
    overrides: list[tuple[Path, str, object]] = []
    warnings: list[str] = []
    digest = hashlib.sha256()
    versions = []
    for file in files:
        file = Path(file)
        if not file.exists():
            continue
        data = _read_toml(file, digest)
        versions.append(str(data.get("version", file.stem))[:24])  # short, to read in a flag
        for name, words in dict(data.get("keywords", {})).items():  # a group may name a group written above it
            group = Message("(keyword group {name})", name=name)
            groups[name] = tuple(_expand(_strings(words, file, group, "keywords"), groups, file, group, "keywords", []))
        for cur, rate in dict(data.get("exchange_rates", {})).items():
            if cur in ("checked", "note"):
                continue
            rates[str(cur).upper()] = _decimal(rate, file, Message("(exchange rate {currency})", currency=str(cur)),
                                               "exchange_rates")
        conf = data.get("confidence", {})
        if isinstance(conf, dict) and "review_below" in conf:
            threshold = conf["review_below"]
            if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
                raise _err(file, None, Message("confidence: field 'review_below' must be a number from 0 to 1"))
            rules[LOW_CONFIDENCE] = Rule(LOW_CONFIDENCE, LOW_CONFIDENCE_TITLE, "review", LOW_CONFIDENCE_REASON,
                                         confidence_below=float(threshold), file=str(file))
        own: dict[str, Rule] = {}  # the rules this file defines
        if isinstance(conf, dict) and "review_below" in conf:
            own[LOW_CONFIDENCE] = rules[LOW_CONFIDENCE]
        entries = data.get("rule", [])
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise _err(file, None, Message("'rule' must be an array of tables, each under its own [[rule]] header"))
        for entry in entries:
            rule = parse_rule(entry, file, groups)
            own[rule.id] = rule
        translation = translation_file(file, language)
        if language != "en" and translation.exists():
            own = translate(own, _read_toml(translation, digest), translation, file, language)
        rules.update(own)
        table = data.get("override", {})
        if not isinstance(table, dict) or not all(isinstance(v, dict) for v in table.values()):
            raise _err(file, None, Message("'override' must hold tables such as [override.KNIFE]"))
        for rule_id, change in table.items():
            overrides.append((file, rule_id, change))
    for file, rule_id, change in overrides:
        if rule_id not in rules:
            warnings.append(Message("{file}: override for unknown rule {rule} ignored", file=file, rule=rule_id))
            continue
        rules[rule_id] = apply_override(rules[rule_id], change, file)
    rules = {rule_id: with_limits(rule) for rule_id, rule in rules.items()}
    for rule in rules.values():
        for other in rule.unless:
            if other not in rules:
                raise _err(Path(rule.file), rule.id, Message("field 'unless': there is no rule {other}", other=other))
    version = "+".join(versions) + ":" + digest.hexdigest()[:8] + f";engine={ENGINE_VERSION}"
    if language != "en":  # English keeps the version it had before rules could be read in another language
        version += f";lang={language}"
    return RuleSet(list(rules.values()), version, rates, warnings, language)
