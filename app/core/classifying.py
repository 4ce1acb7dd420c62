"""Classification: suggest codes for pending items, or for undecided ones again, and flag
what needs a person. Decision memory first (an item decided before, by SKU or title), else the
model's top suggestions; the rule engine then says whether the item waits for review.

Work goes in batches, each committed on its own, so a cancel or a crash keeps what is done.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.core import flagging, model_versions
from app.core.jobs import Progress, no_progress, sub_progress
from app.core.messages import Message
from app.core.services import ensure_model
from app.core.tables import Catalogue, Decision, Flag, Item
from app.core.workspace import Workspace

TOP_K = 5


class _Described(Protocol):
    """An item, or a row read with these columns."""

    @property
    def title(self) -> str: ...
    @property
    def material(self) -> str: ...
    @property
    def description(self) -> str: ...


def classifier_text(item: _Described) -> str:
    return " ".join(p for p in (item.title, item.material, item.description) if p)


@dataclass
class ClassifyReport:
    classified: int
    flagged: int
    auto: int
    from_memory: int
    flags_by_rule: dict[str, int] = field(default_factory=dict)  # rule id -> items it flags, in one market or more
    remaining: int = 0


def classify_pending(ws: Workspace, markets: list[str] | None = None, progress: Progress = no_progress,
                     batch_size: int = 500, report: ClassifyReport | None = None) -> ClassifyReport:
    """Suggest codes for every pending item and flag what needs a person.

    Commits after each batch, so a cancel or a crash keeps the work done; the next run
    continues with the items still pending. A `report` given is filled in as the batches are
    committed: after a cancel it says how far the work got.
    """
    return _classify(ws, ("pending",), markets, progress, batch_size, report=report)


def reclassify_in_place(ws: Workspace, markets: list[str] | None = None, progress: Progress = no_progress,
                        batch_size: int = 500, older_only: bool = False,
                        report: ClassifyReport | None = None) -> ClassifyReport:
    """Suggest codes for every flagged or auto-accepted item again and flag it afresh (with
    `older_only`, only those whose suggestions come from another version than the active one).

    Each batch replaces its items' suggestions, status and flags in one transaction, and no
    item is sent back to pending first: whenever the work stops, each item is either as it was
    or as it is now, never without a code or its flags.
    """
    return _classify(ws, ("flagged", "auto"), markets, progress, batch_size, older_only, report)


# what classification reads of an item: its text (classifier_text), what evaluate_item reads,
# and what the memory of decisions looks up (_memories)
_CLASSIFIED_COLUMNS = (Item.id, Item.catalogue_id, Item.sku, Item.norm_title, Item.title, Item.description,
                       Item.material, Item.variation, Item.attributes, Item.unit_value, Item.currency, Item.origin,
                       Item.catalogue_code)


def _classify(ws: Workspace, statuses: tuple[str, ...], markets: list[str] | None, progress: Progress,
              batch_size: int, older_only: bool = False, report: ClassifyReport | None = None) -> ClassifyReport:
    markets = markets or list(ws.setting("markets"))
    model = ensure_model(ws, sub_progress(progress, 0.0, 0.05))
    rules = ws.rules()
    version = ws.active_model_version()
    report = report if report is not None else ClassifyReport(0, 0, 0, 0)
    by_rule: dict[str, int] = defaultdict(int)
    wanted = Item.status.in_(statuses)
    if older_only:
        wanted = wanted & model_versions.older_suggestions(version.id if version else 0)
    # a first classification counts towards its import's figures (the dashboard); classifying
    # undecided items again does not change what their import looked like
    first_time = statuses == ("pending",)
    with ws.db.session() as s:
        total = s.scalar(select(func.count()).select_from(Item).where(wanted)) or 0
    done = 0
    last_id = 0  # items keep a status in `statuses` once classified, so the walk goes by id
    while True:
        progress(0.05 + 0.95 * done / max(total, 1), Message("Classified {n:,} of {total:,}", n=done, total=total))
        with ws.db.session() as s:
            # the batch is read as columns, not ORM objects (thousands of them make each run of the
            # cycle collector long, and it holds every thread: heap.py); what changes is written in
            # bulk (one UPDATE by primary key, one DELETE and one INSERT of flags), all in the
            # batch's one transaction
            items = s.execute(select(*_CLASSIFIED_COLUMNS).where(wanted, Item.id > last_id)
                              .order_by(Item.id).limit(batch_size)).all()
            if not items:
                break
            last_id = items[-1].id
            texts = [classifier_text(i) for i in items]
            predictions = model.predict(texts, TOP_K)
            s.autoflush = False  # memory look-ups read decisions only
            memories = _memories(s, items)
            updates: list[dict[str, object]] = []
            new_flags: list[dict[str, object]] = []
            per_import: dict[int, list[int]] = defaultdict(lambda: [0, 0])  # catalogue id: classified, waiting
            for item, text, preds in zip(items, texts, predictions):
                memory = memories.get(item.id)
                resolved = flagging.Settlement.of(memory)
                given = None  # the catalogue's code: compared with the model's suggestion, not with a decision
                if memory is not None:
                    preds = [(memory.code, 1.0)] + [p for p in preds if p[0] != memory.code][: TOP_K - 1]
                    source = "memory"
                    report.from_memory += 1
                else:
                    source = "model"
                    given = item.catalogue_code
                results = flagging.evaluate_item(rules, item, preds, markets, catalogue_code=given)
                new_flags.extend(flagging.flag_values(rules, item.id, results))
                for rule_id in {f.rule_id for f in results}:  # items, not flags: one item, one count per rule
                    by_rule[rule_id] += 1
                waiting = flagging.waits(results, resolved)
                updates.append({"id": item.id, "suggestion_source": source,
                                "suggestions": [[c, round(p, 6)] for c, p in preds], "top_code": preds[0][0],
                                "top_p": preds[0][1], "model_version_id": version.id if version else None,
                                "status": "flagged" if waiting else "auto", "hs_code": None if waiting else preds[0][0]})
                if waiting:
                    report.flagged += 1
                else:
                    report.auto += 1
                counts = per_import[item.catalogue_id]
                counts[0] += 1
                counts[1] += bool(waiting)
            s.expunge_all()  # the bulk statements below are the batch's only writes
            s.execute(delete(Flag).where(Flag.item_id.in_([u["id"] for u in updates])))
            s.execute(update(Item), updates)
            if new_flags:
                s.execute(insert(Flag), new_flags)
            if first_time:  # in the batch's transaction: a cancel or a crash keeps figures and items in step
                for cat_id, (n, w) in per_import.items():
                    s.execute(update(Catalogue).where(Catalogue.id == cat_id, Catalogue.classified.is_not(None))
                              .values(classified=Catalogue.classified + n, to_review=Catalogue.to_review + w))
            done += len(items)
            report.classified += len(items)
    report.flags_by_rule = dict(by_rule)
    recorded = ws.setting(flagging.RULESET_SETTING)
    if recorded is None:
        ws.set_setting(flagging.RULESET_SETTING, rules.version)
    elif recorded != rules.version and done:
        # these items were flagged with other rules than the rest (the command line in English on
        # a workspace the window runs in Indonesian, say): the next start-up check flags every
        # item again, with the rules of the program that runs it
        flagging.settings_changed(ws)
    progress(1.0, Message("Classified {n:,} items", n=done))
    return report


def _memories(s: Session, items: Sequence[Any]) -> dict[int, Decision]:
    """Decision memory for a batch in two queries: the newest live decision by SKU, else by title.

    A decision found by SKU counts only while the item still has the title it was decided
    under: a seller who reuses a SKU for another product gets a fresh look, not the old code.
    """
    live = Decision.undone_at.is_(None)
    by_sku: dict[str, Decision] = {}
    by_title: dict[str, Decision] = {}
    skus = {i.sku for i in items}
    titles = {i.norm_title for i in items}
    for d in s.scalars(select(Decision).where(live, Decision.sku.in_(skus)).order_by(Decision.id)):
        by_sku[d.sku] = d
    for d in s.scalars(select(Decision).where(live, Decision.norm_title.in_(titles)).order_by(Decision.id)):
        by_title[d.norm_title] = d
    out = {}
    for i in items:
        d = by_sku.get(i.sku)
        if d is None or d.norm_title != i.norm_title:
            d = by_title.get(i.norm_title)
        if d is not None:
            out[i.id] = d
    return out


