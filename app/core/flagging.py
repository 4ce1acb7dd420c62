"""Flags for stored items: evaluating one item, and re-flagging everything when rules change.

Besides the rules, an item is flagged when its code is no HS 2022 subheading (CODE_RULE):
999999, a trade-statistics code, was once taken for one, and decisions and items stored then
keep it; such an item waits for a person to give it a subheading. And an item whose catalogue
gives another HS code than the model's first suggestion waits for a person to decide between
them (CATALOGUE_RULE): a seller's code is no reviewed decision, and when the two agree the
item goes as the model's suggestion alone would.

Re-flagging keeps every decision. A decided item goes back to the queue only when a new
waiting flag (block or review) is stricter than what the reviewer resolved: a rule they
did not see, or a rule whose severity rose. Undecided items move between the queue and
auto-accepted as their flags now say.
"""
from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.core import audit
from app.core.attributes import quantities
from app.core.catalogue import item_text, item_text_spans
from app.core.catalogue_codes import CATALOGUE_RULE, catalogue_flag, model_catalogue_code  # noqa: F401  (re-exported)
from app.core.jobs import Progress, no_progress
from app.core.messages import Message
from app.core.nomenclature import nomenclature
from app.core.rule_language import ENGLISH, RuleWords
from app.core.rules import ALL_MARKETS, SEVERITY_RANK, FlagResult, RuleSet
from app.core.tables import Decision, Flag, Item, utcnow
from app.core.workspace import Workspace

WAITING = ("block", "review")
RULESET_SETTING = "flags_ruleset_version"
# set when the markets or the threshold change, cleared when a re-flag has gone through every
# item: a re-flag cancelled or cut short by closing the window is finished at the next start
UNFINISHED_SETTING = "flags_reflag_unfinished"
CODE_RULE = "HS-CODE"  # raised by no rule file: the item's code is no HS 2022 subheading
VERSION_CHARS: int = Flag.__table__.c.ruleset_version.type.length  # type: ignore[attr-defined]  # the flag's column
VERSION_HASH_CHARS = 16


def stored_version(version: str) -> str:
    """The rule-set version as a flag stores it: the version itself when it fits the column,
    else its beginning (the files' versions, readable) and a hash of the whole, so that two
    long versions with the same beginning are still told apart. Flags are compared with the
    current rules in this form (see reflag); the setting keeps the version whole."""
    if len(version) <= VERSION_CHARS:
        return version
    digest = hashlib.sha256(version.encode("utf-8")).hexdigest()[:VERSION_HASH_CHARS]
    return f"{version[:VERSION_CHARS - VERSION_HASH_CHARS - 1]}#{digest}"


def settings_changed(ws: Workspace) -> None:
    """The markets or the threshold changed: every item must be flagged again."""
    ws.set_setting(UNFINISHED_SETTING, True)


def evaluate_item(rules: RuleSet, item: Item, suggestions: Sequence[tuple[str, float]], markets: Sequence[str],
                  text: str | None = None, catalogue_code: str | None = None) -> list[FlagResult]:
    """Every flag for a stored item: its text, quantities, declared value and fields; and, with
    the `catalogue_code` of an item whose suggestions are the model's, whether they agree."""
    spans = None
    if text is None:
        text = item_text(item.title, item.description, item.material)
        spans = item_text_spans(item.title, item.description, item.material)
    # Marketplace exports give every variation the same title and put what differs in a column
    # of its own: "40000mAh 3.7V" there must reach the watt-hour limit. Only its quantities count;
    # its words ("Wine Red", "Tobacco Brown") would set off keyword rules for nothing.
    measured = f"{text} {item.variation}" if item.variation else text
    results = rules.evaluate(text, suggestions, markets, quantities=quantities(measured, item.attributes),
                             value=item.unit_value, currency=item.currency or "",
                             fields={"origin": item.origin, "value": item.unit_value, "currency": item.currency,
                                     "description": item.description, "material": item.material}, spans=spans)
    wrong = code_flag(suggestions[0][0], rules.words) if suggestions else None
    if wrong is not None:
        results = [*results, wrong]
    other = catalogue_flag(catalogue_code, suggestions[0][0], rules.words) if catalogue_code and suggestions else None
    return results if other is None else [*results, other]


def code_flag(code: str, words: RuleWords = ENGLISH) -> FlagResult | None:
    """The flag of a code that is no HS 2022 subheading: 999999 or another code stored before
    every code was checked (a decision, a code remembered from one), or suggested by a model
    trained on such decisions. No invoice can carry it, so the item waits for a person. Its
    reason is in the rules' language, as the rules' own reasons are."""
    nom = nomenclature()
    if not code or nom.is_subheading(code):
        return None
    reason = words.statistics_code if nom.is_statistical(code) else words.not_subheading
    return FlagResult(CODE_RULE, ALL_MARKETS, "review", reason.format(code=code), f"HS {code}")


def flags_a_code_brings(rules: RuleSet, item: Item, code: str, markets: Sequence[str]) -> list[FlagResult]:
    """The flags an item would get under a code a person is about to give it that it does not
    have now (a vape code on jeans brings the vape bans): they must be seen before the decision."""
    have = {(f.rule_id, f.market) for f in item.flags}
    # whether the code is a subheading at all is the decision's own check (it reads 9602.00 as 960200)
    return [f for f in evaluate_item(rules, item, [(code, 1.0)], markets)
            if (f.rule_id, f.market) not in have and f.rule_id != CODE_RULE]


def _flag_fields(rules: RuleSet, f: FlagResult) -> dict[str, object]:
    return {"market": f.market, "rule_id": f.rule_id, "severity": f.severity, "reason": f.reason,
            "trigger": f.trigger, "ruleset_version": stored_version(rules.version)}


def flag_rows(rules: RuleSet, results: Sequence[FlagResult]) -> list[Flag]:
    return [Flag(**_flag_fields(rules, f)) for f in results]


def flag_values(rules: RuleSet, item_id: int, results: Sequence[FlagResult]) -> list[dict[str, object]]:
    """The same flags as plain column values, for a bulk INSERT."""
    now = utcnow()
    return [dict(_flag_fields(rules, f), item_id=item_id, created_at=now) for f in results]


@dataclass(frozen=True)
class Settlement:
    """What a person's decision settles: the flags it resolved, each where it was raised (its
    market) and, for a decision remembered from another item, with the trigger the reviewer saw.

    A block seen for Singapore is not settled for Vietnam: a market added later, or a shipment
    to a market outside Settings, brings the flag to a person again. A 10000mAh variation's
    decision does not settle the 100 Wh block of a 40000mAh one: same rule, other trigger.
    Decisions that kept their markets but not each flag's settle a rule for any of those
    markets; decisions recorded before markets (or triggers) were kept settle by rule.
    """

    rule_ids: frozenset[str]
    seen: frozenset[tuple[str, str]] | None = None  # (rule, trigger), compared when by trigger
    places: frozenset[tuple[str, str]] | None = None  # (rule, market) the resolved flags were raised for
    ranks: Mapping[tuple[str, str], int] | None = None  # (rule, market) -> severity rank in view then

    def rank_seen(self, f: FlagResult) -> int | None:
        """How severe this flag was when the person decided (None when not recorded)."""
        return None if self.ranks is None else self.ranks.get((f.rule_id, f.market))

    @classmethod
    def of(cls, decision: Decision | None, by_trigger: bool = True) -> Settlement:
        """A decision as it settles flags: of its own item by rule and market; remembered on
        another item (or on its own after its text changed) by trigger as well."""
        if decision is None:
            return cls(frozenset())
        entries = decision.flags_seen
        if entries is None:
            return cls(frozenset(decision.flags_resolved))
        seen = frozenset((str(e[0]), str(e[1])) for e in entries) if by_trigger else None
        ranks: dict[tuple[str, str], int] | None = None
        if all(len(e) > 3 for e in entries):
            ranks = {}
            for e in entries:
                key = (str(e[0]), str(e[2]))
                ranks[key] = min(ranks.get(key, 9), SEVERITY_RANK.get(str(e[3]), 9))
        if all(len(e) > 2 for e in entries):
            places: frozenset[tuple[str, str]] | None = frozenset((str(e[0]), str(e[2])) for e in entries)
        elif decision.markets is not None:
            # recorded with its markets but before each flag kept its own: the markets in view then
            in_view = [*decision.markets, "*"]
            places = frozenset((rule, market) for rule in decision.flags_resolved for market in in_view)
        else:
            places = None
        return cls(frozenset(decision.flags_resolved), seen, places, ranks)

    def covers(self, f: FlagResult) -> bool:
        if f.rule_id not in self.rule_ids:
            return False
        if self.places is not None and (f.rule_id, f.market) not in self.places:
            return False
        if self.seen is None:
            return True
        # every word or quantity that set the rule off now was in view then; the code part
        # ("HS 850760") is left out, since the flags were raised on the model's suggestion and
        # the decision may have chosen another code
        seen = {p for rule_id, trigger in self.seen if rule_id == f.rule_id for p in _trigger_parts(trigger)}
        return _trigger_parts(f.trigger) <= seen


NOTHING_SETTLED = Settlement(frozenset())


def _trigger_parts(trigger: str) -> set[str]:
    return {p.strip().casefold() for p in trigger.split(";") if p.strip() and not p.strip().startswith("HS ")}


def waits(results: Sequence[FlagResult], settled: Settlement) -> bool:
    return any(f.severity in WAITING and not settled.covers(f) for f in results)


@dataclass
class ReflagReport:
    checked: int = 0
    changed: int = 0
    to_queue: int = 0          # undecided items that now wait
    released: int = 0          # undecided items that no longer wait
    returned: int = 0          # decided items back in the queue: a stricter flag
    version: str = ""
    by_rule: dict[str, int] = field(default_factory=dict)


def _key(results: Sequence[tuple[str, str, str, str, str]]) -> list[tuple[str, str, str, str, str]]:
    return sorted(results)


def _stricter(new: Sequence[FlagResult], old: Sequence[Flag], resolved: Settlement) -> bool:
    """Whether a decided item now has a flag its decision did not settle, or one more severe
    than the person saw: measured against what the decision recorded, so a rule switched off
    and on again does not send it back; against the item's previous flags for older decisions."""
    seen: dict[str, int] = {}
    for f in old:
        seen[f.rule_id] = min(seen.get(f.rule_id, 9), SEVERITY_RANK.get(f.severity, 9))
    for f in new:
        if f.severity not in WAITING:
            continue
        if not resolved.covers(f):
            return True
        then = resolved.rank_seen(f)
        if SEVERITY_RANK[f.severity] < (then if then is not None else seen.get(f.rule_id, 9)):
            return True
    return False


def memory_decision(s: Session, item: Item) -> Decision | None:
    """The decision an item's suggestion was remembered from: found by SKU while the item keeps
    the title it was decided under, else by the same title (as classifying._memories finds it)."""
    live = Decision.undone_at.is_(None)
    d = s.scalars(select(Decision).where(live, Decision.sku == item.sku).order_by(Decision.id.desc()).limit(1)).first()
    if d is None or d.norm_title != item.norm_title:
        d = s.scalars(select(Decision).where(live, Decision.norm_title == item.norm_title)
                      .order_by(Decision.id.desc()).limit(1)).first()
    return d


def memory_resolved(s: Session, item: Item) -> Settlement:
    """What the decision an item's suggestion was remembered from settles."""
    return Settlement.of(memory_decision(s, item))


def live_decision(s: Session, item_id: int) -> Decision | None:
    return s.scalars(select(Decision).where(Decision.item_id == item_id, Decision.undone_at.is_(None))
                     .order_by(Decision.id.desc()).limit(1)).first()


def settled(s: Session, item: Item) -> Settlement:
    """What settles an item's flags: its own live decision (by rule and market) when it is
    decided, else the decision its suggestion was remembered from (by trigger too), else nothing."""
    if item.status == "decided":
        return Settlement.of(live_decision(s, item.id), by_trigger=False)
    return memory_resolved(s, item) if item.suggestion_source == "memory" else NOTHING_SETTLED


def _live_decisions(s: Session, item_ids: list[int]) -> dict[int, Decision]:
    """The newest live decision of each of these items (those that have one)."""
    out: dict[int, Decision] = {}
    if item_ids:
        for d in s.scalars(select(Decision).where(Decision.item_id.in_(item_ids), Decision.undone_at.is_(None))
                           .order_by(Decision.id)):
            out[d.item_id] = d
    return out


# what evaluate_item and _apply read of an item: a batch is read as these columns, not as ORM
# objects, and written back in bulk. Thousands of ORM objects (each with its state, collections
# and weak references) made every run of Python's cycle collector long, and it holds every
# thread, the window's too, while it runs (see heap.py).
_ITEM_COLUMNS = (Item.id, Item.status, Item.hs_code, Item.top_code, Item.suggestions, Item.suggestion_source, Item.sku,
                 Item.norm_title, Item.title, Item.description, Item.material, Item.variation, Item.attributes,
                 Item.unit_value, Item.currency, Item.origin, Item.catalogue_code)
_FLAG_COLUMNS = (Flag.item_id, Flag.rule_id, Flag.market, Flag.severity, Flag.reason, Flag.trigger, Flag.ruleset_version)
REFLAG_BATCH = 500  # items evaluated and written per transaction; progress (and a cancel) between batches


def reflag(ws: Workspace, markets: list[str] | None = None, progress: Progress = no_progress,
           batch_size: int = REFLAG_BATCH) -> ReflagReport:
    """Evaluate the current rules against every classified item and store what changed.

    Commits per batch; a cancel keeps the batches done, and running it again finishes the
    rest (unchanged items are only read).
    """
    rules = ws.rules()
    markets = markets or list(ws.setting("markets"))
    report = ReflagReport(version=rules.version)
    stamp = stored_version(rules.version)
    by_rule: dict[str, int] = {}
    with ws.db.session() as s:
        total = s.scalar(select(func.count()).select_from(Item).where(Item.status != "pending")) or 0
    last_id = 0
    while True:
        progress(report.checked / max(total, 1), Message("Checked {n:,} of {total:,} items against the rules",
                                                             n=report.checked, total=total))
        with ws.db.session() as s:
            items = s.execute(select(*_ITEM_COLUMNS).where(Item.status != "pending", Item.id > last_id)
                              .order_by(Item.id).limit(batch_size)).all()
            if not items:
                break
            last_id = items[-1].id
            flags_of: dict[int, list[Any]] = {}
            for f in s.execute(select(*_FLAG_COLUMNS).where(Flag.item_id.in_([i.id for i in items])).order_by(Flag.id)):
                flags_of.setdefault(f.item_id, []).append(f)
            restamp: list[int] = []
            replaced: list[int] = []  # items whose flags are written afresh
            new_flags: list[dict[str, object]] = []
            moved: list[dict[str, object]] = []  # items whose status (and code) changed
            # flagged items a person had decided (sent back by a stricter flag or the print gate)
            decided_before = _live_decisions(s, [i.id for i in items if i.status == "flagged"])
            for item in items:
                report.checked += 1
                standing = decided_before.get(item.id)
                given = None  # a decided code is compared with nothing: the person chose it
                if item.status == "decided" and item.hs_code:
                    suggestions = [(item.hs_code, 1.0)]
                elif standing is not None:
                    suggestions = [(standing.code, 1.0)]
                else:
                    suggestions = [(c, float(p)) for c, p in item.suggestions]
                    given = model_catalogue_code(item)
                new = evaluate_item(rules, item, suggestions, markets, catalogue_code=given)
                for f in new:
                    by_rule[f.rule_id] = by_rule.get(f.rule_id, 0) + 1
                old = flags_of.get(item.id, [])
                same = _key([(f.rule_id, f.market, f.severity, f.reason, f.trigger) for f in new]) == _key(
                    [(f.rule_id, f.market, f.severity, f.reason, f.trigger) for f in old])
                if same:
                    if any(f.ruleset_version != stamp for f in old):
                        restamp.append(item.id)
                    continue
                report.changed += 1
                status, code = _apply(s, item, new, old, report, standing)
                if (status, code) != (item.status, item.hs_code):
                    moved.append({"id": item.id, "status": status, "hs_code": code})
                replaced.append(item.id)
                new_flags.extend(flag_values(rules, item.id, new))
            if replaced:
                s.execute(delete(Flag).where(Flag.item_id.in_(replaced)))
            if new_flags:
                s.execute(insert(Flag), new_flags)
            if moved:
                s.execute(update(Item), moved)
            if restamp:  # same flags under the new rule-set version: one UPDATE, not a rewrite
                s.execute(update(Flag).where(Flag.item_id.in_(restamp)).values(ruleset_version=stamp)
                          .execution_options(synchronize_session=False))
    ws.set_setting(RULESET_SETTING, rules.version)
    ws.set_setting(UNFINISHED_SETTING, False)
    with ws.db.session() as s:
        audit.append(s, "borderline", "reflag", rules.version,
                     {"checked": report.checked, "changed": report.changed, "returned": report.returned,
                      "to_queue": report.to_queue, "released": report.released})
    report.by_rule = by_rule
    progress(1.0, Message("Re-flagged {n:,} of {total:,} items", n=report.changed, total=report.checked))
    return report


def _apply(s: Session, item: Any, new: list[FlagResult], old: Sequence[Any], report: ReflagReport,
           standing: Decision | None = None) -> tuple[str, str | None]:
    """The status and code an item read as columns (_ITEM_COLUMNS) takes with its new flags,
    given the flags it had (rule_id, severity) and the decision that stands for it."""
    if standing is not None and item.status == "flagged":
        # back in the queue with a person's decision still live: it stands again once nothing
        # waits beyond what that decision resolved (never the model's code in its place)
        if not waits(new, Settlement.of(standing, by_trigger=False)):
            report.released += 1
            return "decided", standing.code
        return item.status, item.hs_code
    resolved = settled(s, item)
    if item.status == "decided":
        if _stricter(new, old, resolved):
            report.returned += 1
            return "flagged", None
        return item.status, item.hs_code
    if waits(new, resolved):
        if item.status != "flagged":
            report.to_queue += 1
            return "flagged", None
    elif item.status == "flagged":
        report.released += 1
        return "auto", item.top_code
    return item.status, item.hs_code


def needs_reflag(ws: Workspace) -> bool:
    """True when items were flagged with rules other than the current ones, or a re-flag for
    new markets or a new threshold did not finish."""
    with ws.db.session() as s:
        classified = s.scalar(select(func.count()).select_from(Item).where(Item.status != "pending")) or 0
    if not classified:
        return False
    return ws.setting(RULESET_SETTING) != ws.rules().version or bool(ws.setting(UNFINISHED_SETTING))


def rule_counts(ws: Workspace) -> dict[str, int]:
    """How many items each rule flags now (any market), over every classified item."""
    with ws.db.session() as s:
        rows = s.execute(select(Flag.rule_id, func.count(func.distinct(Flag.item_id))).group_by(Flag.rule_id)).all()
    return {rule_id: n for rule_id, n in rows}
