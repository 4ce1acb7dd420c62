"""The flagging engine (the rule-file format is read by rule_files.py).

Rules are data: TOML files under resources/rules/, then an optional ``rules.toml`` in the
data dir that adds rules, replaces bundled ones by id, or adjusts them with
``[override.RULE-ID]`` tables (``enabled``, ``severity``, ``confidence_below`` and new
threshold values keyed by attribute name). Errors name the file, the rule and the field.

A rule fires for an item when all of its parts hold:
- the match: its keywords are in the item's text, or the suggested (or decided) code
  starts with one of its HS prefixes (``match = "all"`` needs both). A compound keyword
  "A + B" counts only when each of its parts is in the text ("preloved" and "dress", in any
  order); in ``exclude`` a compound cancels the hits its parts cover when all are there.
  When the exclusions cancel every keyword hit ("knife sharpener"), the text has said what
  the item is not, and a code the model only suggests does not fire the rule either; a code
  a person decided (passed with probability 1.0) always does;
- every threshold on a quantity read from the item (``battery_wh > 100``), or on its
  declared value against an amount in a given currency (a de minimis);
- the model's confidence is below ``confidence_below`` (optionally per market);
- one of the fields in ``missing`` is empty.
A rule names the markets it applies to (none, "ALL": every market; "ASEAN": the ten
members) and gives one flag per market it applies to, or one flag for every market ("*").
``{limit}`` in a rule's title or reason is its first threshold as set now ("100 Wh").
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import TYPE_CHECKING

from app.core.attributes import ATTRIBUTES, Quantity, quantities as read_quantities
from app.core.rule_language import ENGLISH, RuleWords, words_for
from app.core.rule_text import Hit, KeywordIndex, normalise, original_span, trigger_spans  # noqa: F401 (for the review pane)

SEVERITIES = ("block", "review", "info")
SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}
ALL_MARKETS = "*"
LOW_CONFIDENCE = "LOWCONF"
ASEAN = ("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN")
OPERATORS = {">": Decimal.__gt__, ">=": Decimal.__ge__, "<": Decimal.__lt__, "<=": Decimal.__le__}
VALUE = "value"
THRESHOLD_ATTRIBUTES = ATTRIBUTES + (VALUE,)
UNITS = {"capacity_mah": "mAh", "voltage_v": "V", "battery_wh": "Wh", "blade_cm": "cm", "volume_ml": "ml",
         "nicotine_pct": "% nicotine", "caffeine_mg": "mg caffeine"}
# What each threshold measures, and its comparison, in words for the Rules page (English;
# rule_language.py has them in each language).
MEASURES = ENGLISH.measures
OP_WORDS = ENGLISH.op_words
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
COMPOUND = " + "     # "used|preloved + jeans|dress": every part must be in the text
ALTERNATIVE = "|"    # the words and phrases one part of a compound may be


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
class Threshold:
    attribute: str
    op: str
    value: Decimal
    currency: str = ""

    @property
    def unit(self) -> str:
        """The limit's unit; the measure already says what ('caffeine content over 200 mg')."""
        return self.currency or UNITS.get(self.attribute, "").split(" ")[0]

    @property
    def label(self) -> str:
        """'battery energy over' (the limit follows)."""
        return self.label_in(ENGLISH)

    def label_in(self, words: RuleWords) -> str:
        return f"{words.measure(self.attribute)} {words.op_words[self.op]}"

    def limit_text(self, words: RuleWords = ENGLISH) -> str:
        """The limit as a reason reads it: '100 Wh', '1,500 THB' (in Indonesian '1.500 THB')."""
        return f"{words.number(self.value, trim=True)} {self.unit}".strip()

    def describe(self, words: RuleWords = ENGLISH) -> str:
        return f"{self.label_in(words)} {self.limit_text(words)}"


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
    match: str = "any"
    thresholds: tuple[Threshold, ...] = ()
    confidence_below: float | None = None
    confidence_by_market: Mapping[str, float] = field(default_factory=dict)
    missing: tuple[str, ...] = ()
    source: str = ""
    checked: str = ""
    uncertain: bool = False
    enabled: bool = True
    groups: tuple[str, ...] = ()
    file: str = ""
    read: tuple[str, ...] = ()  # the fields its keywords look in (title, material, description); all when empty
    unless: tuple[str, ...] = ()  # rule ids: no flag from this rule where one of them flags the item
    # a low-value threshold customs apply to the whole consignment: the value compared ("goods",
    # "FOB" or "CIF") and what follows above it; empty for every other rule
    consignment_basis: str = ""
    consignment_above: str = ""
    language: str = "en"  # the language its reason is written in (a translation's, when one gave it)

    @property
    def has_match(self) -> bool:
        return bool(self.keywords or self.hs_prefixes)

    def trigger_summary(self, words: RuleWords = ENGLISH) -> str:
        """What makes the rule fire, in one line for people."""
        parts = []
        if self.keywords:
            more = ", " + words.more_words.format(n=len(self.keywords)) if len(self.keywords) > 8 else ""
            shown = ", ".join(_shown(k) for k in self.keywords[:8]) + more
            where = words.alternatives.join(words.read_fields.get(f, f) for f in self.read)
            parts.append(f"{words.words_in.format(fields=where) if self.read else words.words}: {shown}")
        if self.hs_prefixes:
            parts.append((words.and_code if self.match == "all" and self.keywords else "") + "HS " + ", ".join(self.hs_prefixes))
        parts += [t.describe(words) for t in self.thresholds]
        if self.confidence_below is not None:
            parts.append(words.confidence_below.format(p=f"{self.confidence_below:.0%}"))
        if self.missing:
            parts.append(words.missing.format(fields=words.alternatives.join(words.field_name(f) for f in self.missing)))
        if self.unless:
            parts.append(words.unless.format(rules=", ".join(self.unless)))
        if self.exclude:
            parts.append(words.excluded.format(words=", ".join(_shown(k) for k in self.exclude)))
        return "; ".join(parts)


def _shown(keyword: str) -> str:
    """A keyword for people: a compound's parts by their first word ("used … + jeans …")."""
    if COMPOUND not in keyword:
        return keyword
    return " + ".join(p.split(ALTERNATIVE)[0] + (" …" if ALTERNATIVE in p else "") for p in keyword.split(COMPOUND))


class RuleSet:
    """Rules compiled for fast evaluation: one keyword pass and one code lookup per item.

    ``language`` is the language the rules were read in. The words the engine adds to a
    reason ("all markets", "about …") are in the language of that reason: a rule with no
    translation keeps English throughout."""

    def __init__(self, rules: list[Rule], version: str, rates: Mapping[str, Decimal] | None = None,
                 warnings: Sequence[str] = (), language: str = "en") -> None:
        self.rules = rules
        self.version = version
        self.rates = dict(rates or {})
        self.warnings = list(warnings)
        self.language = language
        self.words = words_for(language)
        active = [r for r in rules if r.enabled]
        self._active = active
        words: list[str] = []
        # keyword -> (rule position, is exclusion, compound part: (compound number, part number) or None)
        self._keyword_rules: list[list[tuple[int, bool, tuple[int, int] | None]]] = []
        self._compounds: dict[int, list[tuple[int, bool, int]]] = {}  # rule -> (compound number, exclusion, parts)
        seen: dict[str, int] = {}

        def add(word: str, entry: tuple[int, bool, tuple[int, int] | None]) -> None:
            kid = seen.setdefault(word, len(words))
            if kid == len(words):
                words.append(word)
                self._keyword_rules.append([])
            self._keyword_rules[kid].append(entry)

        count = 0
        for pos, rule in enumerate(active):
            for word, excl in [(w, False) for w in rule.keywords] + [(w, True) for w in rule.exclude]:
                if COMPOUND not in word:
                    add(word, (pos, excl, None))
                    continue
                parts = word.split(COMPOUND)
                for j, part in enumerate(parts):
                    for alternative in part.split(ALTERNATIVE):
                        add(alternative, (pos, excl, (count, j)))
                self._compounds.setdefault(pos, []).append((count, excl, len(parts)))
                count += 1
        self._index = KeywordIndex(words)
        self._by_prefix: dict[str, list[int]] = {}
        for pos, rule in enumerate(active):
            for prefix in rule.hs_prefixes:
                self._by_prefix.setdefault(prefix, []).append(pos)
        self._always = [pos for pos, r in enumerate(active) if not r.has_match]
        self._matching = [r.has_match for r in active]
        self._market_sets = [frozenset(r.markets) for r in active]
        self._quantity_needs = [tuple(t.attribute for t in r.thresholds if t.attribute != VALUE) for r in active]
        self._always_set = frozenset(self._always)
        self._unless = {r.id: r.unless for r in active if r.unless}
        self._words = [words_for(r.language) for r in active]
        self._has_unless = bool(self._unless)

    @property
    def review_below(self) -> float:
        rule = self.get(LOW_CONFIDENCE)
        return rule.confidence_below if rule and rule.confidence_below is not None else 0.0

    def with_review_below(self, threshold: float) -> RuleSet:
        """The same rules with the low-confidence threshold replaced (the workspace's setting)."""
        rules = [replace(r, confidence_below=threshold) if r.id == LOW_CONFIDENCE else r for r in self.rules]
        return RuleSet(rules, f"{self.version};review_below={threshold:.2f}", self.rates, self.warnings, self.language)

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    # evaluation ---------------------------------------------------------------------------
    def evaluate(self, text: str, suggestions: Sequence[tuple[str, float]], markets: Iterable[str], *,
                 quantities: Mapping[str, Quantity] | None = None, attributes: Mapping[str, str] | None = None,
                 value: Decimal | None = None, currency: str = "",
                 fields: Mapping[str, object] | None = None,
                 spans: Mapping[str, tuple[int, int]] | None = None) -> list[FlagResult]:
        """Every flag for one item against the given destination markets.

        ``suggestions`` are (code, probability), best first: a decided code is passed as
        [(code, 1.0)]. Quantities are read from the text (and ``attributes``) when not given.
        ``fields`` holds item fields that ``missing`` rules look at. ``spans`` says where each
        field lies in ``text`` (catalogue.item_text_spans), for rules that ``read`` only some;
        without it they read the whole text.
        """
        markets = list(markets)
        top_code, top_p = (suggestions[0][0], float(suggestions[0][1])) if suggestions else ("", 0.0)
        norm = normalise(text)
        matched: dict[int, list[str]] = {}
        cancelled: set[int] = set()
        hits = self._index.find(norm) if self._index.keywords else []
        if hits:
            matched, cancelled = self._keyword_matches(text, norm, hits, spans)
        hs_matched: set[int] = set()
        if top_code:
            for length in (2, 4, 5, 6):
                hs_matched.update(self._by_prefix.get(top_code[:length], ()))
            if cancelled and top_p < 1.0:  # a guess, against words that say what the item is not
                hs_matched -= cancelled
        candidates = sorted(self._always_set.union(matched, hs_matched))
        if not candidates:
            return []
        qty = quantities
        market_set = set(markets)
        converted: dict[str, Decimal | None] = {}
        flags: list[FlagResult] = []
        for pos in candidates:
            if self._market_sets[pos] and self._market_sets[pos].isdisjoint(market_set):
                continue
            rule = self._active[pos]
            words = self._words[pos]
            # what set the rule off: as the flag keeps it (its own words in English, whatever the
            # language, since decisions record and compare it) and, in another language, as the
            # reason says it
            parts: list[str] = []
            said: list[str] | None = None if words is ENGLISH else []
            if self._matching[pos]:
                kw, hs = pos in matched, pos in hs_matched
                if rule.match == "all" and rule.keywords and rule.hs_prefixes:
                    if not (kw and hs):
                        continue
                elif not (kw or hs):
                    continue
                if kw:
                    parts += matched[pos]
                if hs:
                    parts.append(f"HS {top_code}")
                if said is not None:
                    said += parts
            values: dict[str, str] = {}
            if rule.thresholds:
                if qty is None:
                    qty = read_quantities(text, attributes)
                needs = self._quantity_needs[pos]
                if needs and not all(a in qty for a in needs):
                    continue
                if not self._thresholds_hold(rule, words, qty, value, currency, parts, said, values, converted):
                    continue
            if rule.missing:
                if fields is None:
                    continue
                empty = [f for f in rule.missing if not (fields or {}).get(f)]
                if not empty:
                    continue
                parts.append("missing " + ", ".join(empty))
                values["missing"] = ", ".join(words.field_name(f) for f in empty)
                if said is not None:
                    said.append(words.missing.format(fields=values["missing"]))
            targets = self._markets_for(rule, markets, top_p)
            if not targets:
                continue
            if rule.confidence_below is not None:
                parts.append(f"confidence {top_p:.2f}")
                if said is not None:
                    said.append(words.confidence.format(p=words.number(Decimal(f"{top_p:.2f}"))))
            values["code"], values["confidence"] = top_code, f"{top_p:.0%}"
            trigger = "; ".join(parts)
            values["trigger"] = trigger if said is None else "; ".join(said)
            for market in targets:
                values["market"] = words.all_markets if market == ALL_MARKETS else market
                reason = _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), rule.reason)
                flags.append(FlagResult(rule.id, market, rule.severity, reason, trigger))
        if self._has_unless:
            fired = {(f.rule_id, f.market) for f in flags}
            flags = [f for f in flags if not any((u, f.market) in fired or (u, ALL_MARKETS) in fired
                                                 for u in self._unless.get(f.rule_id, ()))]
        return flags

    def _keyword_matches(self, text: str, norm: str, hits: list[Hit], fields: Mapping[str, tuple[int, int]] | None = None
                         ) -> tuple[dict[int, list[str]], set[int]]:
        """The words that fire each rule; and the rules whose every hit an exclusion cancelled."""
        found: dict[int, list[tuple[int, int]]] = {}
        excluded: dict[int, list[tuple[int, int]]] = {}
        part_spans: dict[tuple[int, int], list[tuple[int, int]]] = {}  # (compound, part) -> spans
        for hit in hits:
            for pos, excl, part in self._keyword_rules[hit.keyword]:
                if part is not None:
                    part_spans.setdefault(part, []).append((hit.start, hit.end))
                    if not excl:
                        found.setdefault(pos, [])  # the rule's compounds are checked below
                else:
                    (excluded if excl else found).setdefault(pos, []).append((hit.start, hit.end))
        if part_spans:  # an exclusion compound with all its parts there excludes what they cover
            for pos, compounds in self._compounds.items():
                for number, excl, n in compounds:
                    if excl and all((number, j) in part_spans for j in range(n)):
                        excluded.setdefault(pos, []).extend(s for j in range(n) for s in part_spans[(number, j)])

        def kept(pos: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
            """The spans no exclusion covers, in a field the rule reads, as spans of the text."""
            blocked = excluded.get(pos, ())
            read = self._active[pos].read
            out = []
            for start, end in sorted(spans):
                if any(b[0] <= start and end <= b[1] for b in blocked):
                    continue
                start, end = original_span(text, norm, start, end)
                if read and fields is not None and not any(
                        fields[f][0] <= start and end <= fields[f][1] for f in read if f in fields):
                    continue  # in a field this rule does not read
                out.append((start, end))
            return out

        out: dict[int, list[str]] = {}
        for pos, spans in found.items():
            plain = kept(pos, spans)
            if plain:
                out[pos] = [text[plain[0][0]:plain[0][1]]]
                continue
            for number, excl, n in self._compounds.get(pos, ()):
                if excl or not all((number, j) in part_spans for j in range(n)):
                    continue
                firsts = [kept(pos, part_spans[(number, j)])[:1] for j in range(n)]
                if all(firsts):
                    out[pos] = [text[start:end] for start, end in sorted(f[0] for f in firsts)]
                    break
        cancelled = {pos for pos, spans in found.items() if pos not in out and spans and excluded.get(pos)
                     and all(any(b[0] <= a and z <= b[1] for b in excluded[pos]) for a, z in spans)}
        return out, cancelled

    def _thresholds_hold(self, rule: Rule, words: RuleWords, qty: Mapping[str, Quantity], value: Decimal | None,
                         currency: str, parts: list[str], said: list[str] | None, values: dict[str, str],
                         converted: dict[str, Decimal | None]) -> bool:
        """Whether every threshold holds; what each read goes to the trigger (``parts``, English
        words), to the trigger as the reason says it in ``words`` (``said``, None in English) and
        to the placeholders."""
        for t in rule.thresholds:
            if t.attribute == VALUE:
                if t.currency not in converted:
                    converted[t.currency] = self.convert(value, currency, t.currency)
                amount = converted[t.currency]
                if value is None or amount is None or not OPERATORS[t.op](amount, t.value):
                    return False
                shown = f"{value} {currency}".strip()  # the trigger keeps it as Python writes it
                said_amount = words.amount(value, currency)
                values[VALUE] = (words.converted.format(amount=said_amount, converted=(
                                     f"{words.number(amount, 2, grouped=False)} {t.currency}"))
                                 if t.currency and currency != t.currency else said_amount)
                parts.append(f"value {shown}")
                if said is not None:
                    said.append(words.value.format(amount=said_amount))
                continue
            q = qty.get(t.attribute)
            if q is None or not OPERATORS[t.op](Decimal(str(round(q.value, 4))), t.value):
                return False
            unit = words.units.get(t.attribute) or UNITS.get(t.attribute, "")
            values[t.attribute] = q.describe(unit, words.quantity)
            if q.text:
                parts.append(q.text)
                if said is not None:
                    said.append(q.text)
            elif q.note:
                parts.append(q.note)
                if said is not None:
                    said.append(q.note_in(words.quantity))
        return True

    def convert(self, amount: Decimal | None, currency: str, target: str) -> Decimal | None:
        """The amount in the target currency with the rule set's rates (None when unknown)."""
        if amount is None:
            return None
        if not target or currency == target:
            return Decimal(amount)
        rate_from, rate_to = self.rates.get(currency), self.rates.get(target)
        if rate_from is None or rate_to is None or rate_to == 0:
            return None
        return Decimal(amount) * rate_from / rate_to

    def _markets_for(self, rule: Rule, markets: list[str], top_p: float) -> list[str]:
        if rule.confidence_below is not None:
            base = top_p < rule.confidence_below
            if not rule.markets and base:
                return [ALL_MARKETS]
            out = []
            for m in markets:
                if rule.markets and m not in rule.markets:
                    continue
                if top_p < rule.confidence_by_market.get(m, rule.confidence_below if rule.markets else 0.0):
                    out.append(m)
            return out
        if not rule.markets:
            return [ALL_MARKETS]
        return [m for m in markets if m in rule.markets]


def worst_severity(severities: Iterable[str]) -> str | None:
    ranked = sorted(severities, key=lambda s: SEVERITY_RANK.get(s, 99))
    return ranked[0] if ranked else None


# The file format lives in rule_files.py; these names stay importable from here (looked up
# when first asked for, so that rule_files, which imports this module, can be imported first).
_FROM_RULE_FILES = ("apply_override", "load_rules", "parse_rule")
if TYPE_CHECKING:
    from app.core.rule_files import apply_override, load_rules, parse_rule  # noqa: F401


def __getattr__(name: str) -> object:
    if name in _FROM_RULE_FILES:
        from app.core import rule_files

        return getattr(rule_files, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
