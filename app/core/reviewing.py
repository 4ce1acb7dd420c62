"""Use cases of the review workstation: the filtered queue, the side-by-side detail, and
single or bulk decisions with their consistency warnings. Plain data in and out."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from sqlalchemy import select

from app.core import flagging, guards, queue, review
from app.core.confusion import Question, question_for
from app.core.messages import Message
from app.core.queue import FilterChoices, QueueFilter, QueueRow
from app.core.rules import LOW_CONFIDENCE, RuleFileError
from app.core.item_views import ItemDetail, item_detail
from app.core.tables import Catalogue, Item
from app.core.workspace import Workspace


def item_ids(ws: Workspace, f: QueueFilter) -> list[int]:
    with ws.db.session() as s:
        return queue.item_ids(s, f)


def rows_for_ids(ws: Workspace, ids: list[int]) -> list[QueueRow]:
    with ws.db.session() as s:
        return queue.rows_for_ids(s, ids)


def filter_choices(ws: Workspace) -> FilterChoices:
    with ws.db.session() as s:
        return queue.filter_choices(s)


def pending_same_title(ws: Workspace, item_id: int) -> list[int]:
    with ws.db.session() as s:
        return queue.pending_same_title(s, item_id)


def same_title(ws: Workspace, item_id: int) -> queue.SameTitle:
    """The items waiting for review with this item's title, and whether it is one of them."""
    with ws.db.session() as s:
        return queue.same_title(s, item_id)


def unchanged_by(ws: Workspace, item_ids: list[int], code: str, note: str = "") -> set[int]:
    """The items that already carry `code`, decided with this note: a decision gives them nothing new."""
    with ws.db.session() as s:
        return review.decided_so_already(s, item_ids, code, note)


@dataclass
class ReviewDetail:
    item: ItemDetail
    flag_sources: dict[str, str]
    memory: list[guards.MemoryMatch]
    question: Question | None
    warnings: list[str] = field(default_factory=list)  # for the top suggestion

    @property
    def id(self) -> int:
        return self.item.id

    @property
    def blocking(self) -> bool:
        return any(f.severity == "block" for f in self.item.flags)


def review_detail(ws: Workspace, item_id: int) -> ReviewDetail:
    item = item_detail(ws, item_id)
    try:
        rules = {r.id: r for r in ws.rules().rules}
    except RuleFileError:  # a rule file broken while the window is open: the flags are shown without their source
        rules = {}
    sources = {f.rule_id: (rules[f.rule_id].source if f.rule_id in rules else "") for f in item.flags}
    if LOW_CONFIDENCE in sources:
        sources[LOW_CONFIDENCE] = Message("confidence threshold of the rule set")
    top = item.suggestions[0].code if item.suggestions else None
    with ws.db.session() as s:
        if flagging.CATALOGUE_RULE in sources:  # where the seller's code comes from: the file and its column
            got = s.execute(select(Catalogue.name, Catalogue.column_map).join(Item, Item.catalogue_id == Catalogue.id)
                            .where(Item.id == item_id)).first()
            if got is not None and (got.column_map or {}).get("hs_code"):
                sources[flagging.CATALOGUE_RULE] = Message("{file}, column {column}", file=got.name,
                                                           column=got.column_map["hs_code"])
        memory = guards.memory_matches(s, item_id)
        warnings = guards.consistency_warnings(s, item_id, top)
    question = question_for([sv.code for sv in item.suggestions[:2]]) if item.source != "memory" else None
    return ReviewDetail(item, sources, memory, question, warnings)


@dataclass
class DecisionOutcome:
    records: list[review.DecisionRecord]
    warnings: list[str]
    needs_note: list[str] = field(default_factory=list)  # SKUs with a blocking flag, when no note was given
    # when nothing was decided for want of a note: the blocking flags the code would have
    # brought (the item did not show them), so that the question can name them
    blocks_raised: list[review.RaisedFlag] = field(default_factory=list)

    @property
    def flags_raised(self) -> list[review.RaisedFlag]:
        """Every flag the decided code brought to its items, which the decision resolved."""
        return [f for r in self.records for f in r.flags_raised]


def decide(ws: Workspace, item_ids: list[int], code: str, reviewer: str, note: str = "",
           remember_reviewer: bool = False) -> DecisionOutcome:
    """Decide one or many items with one code, in one transaction; warnings say what now disagrees.
    Without a note, nothing is decided when any of the items has a blocking flag: the outcome
    names them (one shown on screen may not be the one that blocks). `remember_reviewer`
    stores the reviewer's name as the setting in the same transaction (the window's)."""
    rules, markets = ws.rules(), list(ws.setting("markets"))
    with ws.db.session() as s:
        if remember_reviewer:
            ws.store_setting(s, "reviewer", reviewer)
        # an item already decided so is left as it is: the same request sent twice decides once
        items = [i for i in s.scalars(select(Item).where(Item.id.in_(item_ids)))
                 if review.decided_so(s, i, code, note) is None]
        brought = {i.id: flagging.flags_a_code_brings(rules, i, code, markets) for i in items}
        if not note.strip():
            blocked = sorted({i.sku for i in items if any(f.severity == "block" for f in i.flags)
                              or any(f.severity == "block" for f in brought[i.id])})
            if blocked:
                raised = [f for i in items for f in review.raised_flags(i.sku, brought[i.id]) if f.severity == "block"]
                return DecisionOutcome([], [], blocked, raised)
        for i in items:  # the flags the code brings are raised, and the decision records it saw them
            i.flags.extend(flagging.flag_rows(rules, brought[i.id]))
        s.flush()
        warnings = []
        for i in item_ids[:50]:
            warnings += [w for w in guards.consistency_warnings(s, i, code) if w not in warnings]
        records = review.decide_many(s, item_ids, code, reviewer, note)
        skus = {i.id: i.sku for i in items}
        records = [replace(r, flags_raised=review.raised_flags(skus[r.item_id], brought[r.item_id]))
                   if brought.get(r.item_id) else r for r in records]
    return DecisionOutcome(records, warnings)
