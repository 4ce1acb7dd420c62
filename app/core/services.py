"""Use cases: one function each, called alike by the GUI's workers and by the CLI.

Each function opens its own sessions, commits in batches where the work is long, reports
progress through the callback (which may raise Cancelled) and returns plain data.
"""
from __future__ import annotations

import logging
import threading
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import case, delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.core import audit, classifier, flagging, model_versions, review
from app.core.jobs import Progress, no_progress, sub_progress
from app.core.messages import Message
from app.core.queue import QueueRow, item_rows
from app.core.rule_language import words_for
from app.core.rules import SEVERITY_RANK
from app.core.tables import Catalogue, Decision, Flag, Item, ModelVersion
from app.core.workspace import Workspace, bundled_model_problem, install_bundled_model, starter_examples

SYSTEM = "borderline"
TOP_K = 5
log = logging.getLogger(__name__)


# import (the work is in importer.py; these names are the use cases' public face) ----------
from app.core.importer import (  # noqa: E402,F401
    ImportOptions,
    ImportPreview,
    ImportReport,
    RejectedRow,
    export_import_report,
    import_catalogue,
    import_rejections,
    latest_catalogue_id,
    preview_catalogue,
    store_catalogue,
)


# models ------------------------------------------------------------------------------------
@dataclass
class ModelSetup:
    """Where the active model came from. `reason` says why one had to be trained:
    "missing" or "damaged" (the shipped baseline), "active-damaged" (the workspace's own)."""

    source: str  # "active", "bundled" or "trained"
    reason: str = ""


_SETUP = threading.Lock()  # one model setup at a time per process


def ensure_model_report(ws: Workspace, progress: Progress = no_progress) -> ModelSetup:
    """Make sure a model is active: the one in use, else the shipped baseline after its hash
    check, else one trained from the starter data in data/ (with progress)."""
    reason = ""
    try:
        if ws.model() is not None:
            return ModelSetup("active")
    except classifier.ModelFileError as exc:
        log.warning("the active model cannot be loaded (%s); falling back to the baseline", exc)
        with ws.db.session() as s:
            s.execute(update(ModelVersion).values(active=False))
        reason = "active-damaged"
    with _SETUP:  # the window's setup job and a first classification may both get here
        if not reason and ws.model() is not None:
            return ModelSetup("active")  # the other one set it up meanwhile
        problem = bundled_model_problem()
        if problem is None and install_bundled_model(ws) is not None:
            return ModelSetup("bundled", reason)
        reason = reason or problem or "missing"
        log.warning("the shipped baseline model is %s; training one from the starter data", problem)
        progress(0.0, Message("Training the starter model"))
        train_and_activate(ws, starter_examples(), 0, progress, note=f"starter model (baseline {problem})")
        return ModelSetup("trained", reason)


def ensure_model(ws: Workspace, progress: Progress = no_progress) -> classifier.HSModel:
    """The active model; on first use, the shipped baseline, or one trained from data/."""
    ensure_model_report(ws, progress)
    model = ws.model()
    assert model is not None
    return model


def train_and_activate(ws: Workspace, examples: list[classifier.Example], n_decisions: int, progress: Progress,
                       metrics: dict[str, object] | None = None, note: str = "") -> int:
    model = classifier.train(examples, sub_progress(progress, 0.0, 0.9))
    ws.models_dir.mkdir(parents=True, exist_ok=True)
    with ws.db.session() as s:
        next_id = (s.scalar(select(func.max(ModelVersion.id))) or 0) + 1
    file_name = f"model-{next_id:04d}.npz"
    sha = classifier.save(model, ws.models_dir / file_name)
    progress(0.95, Message("Activating the new model"))
    with ws.db.session() as s:
        s.execute(update(ModelVersion).values(active=False))
        mv = ModelVersion(file_name=file_name, sha256=sha, active=True, n_examples=len(examples),
                          n_decisions=n_decisions, metrics=metrics or {})
        s.add(mv)
        s.flush()
        audit.append(s, SYSTEM, "model", file_name, {"version": mv.id, "sha256": sha, "note": note,
                                                      "metrics": metrics or {}})
        version_id = mv.id
    progress(1.0, Message("Model ready"))
    return version_id


RetrainReport = model_versions.RetrainReport


def retrain(ws: Workspace, progress: Progress = no_progress, force: bool = False) -> RetrainReport:
    """Train a candidate from starter data plus every live decision; activate it if not worse."""
    return model_versions.retrain(ws, progress, force)


def list_versions(ws: Workspace) -> list[model_versions.VersionRow]:
    return model_versions.list_versions(ws)


def activate_version(ws: Workspace, version_id: int, actor: str = SYSTEM,
                     progress: Progress = no_progress) -> model_versions.LearningReceipt:
    return model_versions.activate_version(ws, version_id, actor, progress)


def reflag_undecided(ws: Workspace, progress: Progress = no_progress) -> model_versions.LearningReceipt:
    """Classify and flag every undecided item again (after a threshold or model change)."""
    return model_versions.reclassify_undecided(ws, progress)


def count_older(ws: Workspace) -> model_versions.OlderSuggestions:
    """Undecided items whose suggestions another version than the active one made."""
    return model_versions.count_older(ws)


def reclassify_older(ws: Workspace, progress: Progress = no_progress) -> model_versions.LearningReceipt:
    """Classify those items again with the active version (cancellable between batches)."""
    return model_versions.reclassify_older(ws, progress)


# classification ----------------------------------------------------------------------------
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
    flags_by_rule: dict[str, int] = field(default_factory=dict)
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
                for f in results:
                    by_rule[f.rule_id] += 1
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


# review ------------------------------------------------------------------------------------
ItemRow = QueueRow  # one row shape for the catalogue, the queue and the shipment dialog


@dataclass
class SuggestionView:
    code: str
    probability: float
    description: str
    heading: str
    chapter: str


@dataclass
class FlagView:
    rule_id: str
    market: str
    severity: str
    reason: str
    trigger: str


@dataclass
class ItemDetail:
    id: int
    sku: str
    title: str
    description: str
    material: str
    origin: str
    unit_value: str
    currency: str
    net_weight_kg: float | None
    attributes: dict[str, str]
    status: str
    hs_code: str | None
    source: str
    suggestions: list[SuggestionView]
    flags: list[FlagView]
    variation: str = ""
    # the HS code the item's catalogue gives (an HS 2022 subheading), shown beside the suggestions
    catalogue: SuggestionView | None = None
    # the catalogue's cell, when it writes more than the subheading (a national tariff line: 6109.10.10)
    catalogue_written: str = ""


def list_items(ws: Workspace, status: str | None = None) -> list[ItemRow]:
    """Every item (or those with one status) as plain rows, read as columns, not ORM objects."""
    with ws.db.session() as s:
        return item_rows(s, status=status)


def queue_ids(ws: Workspace) -> list[int]:
    """Flagged items, blocking ones first, then least confident.

    Reads three columns per item (no ORM objects), so a queue of any length stays small.
    """
    rank = case({sv: i for sv, i in SEVERITY_RANK.items()}, value=Flag.severity, else_=9)
    with ws.db.session() as s:
        rows = s.execute(select(Item.id, Item.top_p, func.min(rank)).outerjoin(Flag, Flag.item_id == Item.id)
                         .where(Item.status == "flagged").group_by(Item.id, Item.top_p)).all()
    rows.sort(key=lambda r: (SEVERITY_RANK["info"] if r[2] is None else r[2], r[1] or 0.0, r[0]))
    return [r[0] for r in rows]


def item_detail(ws: Workspace, item_id: int) -> ItemDetail:
    from app.core.nomenclature import nomenclature

    nom = nomenclature()
    with ws.db.session() as s:
        item = s.get(Item, item_id)
        if item is None:
            raise review.ReviewError(Message("no item with id {id}", id=item_id))
        def view(code: str, p: float) -> SuggestionView:
            h = nom.hierarchy(code)
            return SuggestionView(code, p, nom.describe(code), h[1].description if len(h) > 1 else "",
                                  h[0].description if h else "")

        sugg = [view(code, p) for code, p in item.suggestions]
        given = item.catalogue_code
        catalogue = view(given, next((p for c, p in item.suggestions if c == given), 0.0)) if given else None
        written = ""
        if given:
            column = (s.scalar(select(Catalogue.column_map).where(Catalogue.id == item.catalogue_id)) or {}).get("hs_code")
            cell = item.attributes.get(column, "") if column else ""
            written = cell if cell.replace(".", "").replace(" ", "") != given else ""
        words = words_for(ws.language)  # a trigger keeps the engine's words in English: shown in the window's language
        flags = [FlagView(f.rule_id, f.market, f.severity, f.reason, words.trigger(f.trigger))
                 for f in sorted(item.flags, key=lambda f: (SEVERITY_RANK[f.severity], f.rule_id, f.market))]
        return ItemDetail(item.id, item.sku, item.title, item.description, item.material, item.origin,
                          "" if item.unit_value is None else str(item.unit_value), item.currency, item.net_weight_kg,
                          dict(item.attributes), item.status, item.hs_code, item.suggestion_source, sugg, flags,
                          item.variation or "", catalogue, written)


def decide(ws: Workspace, item_id: int, code: str, reviewer: str, note: str = "") -> review.DecisionRecord:
    with ws.db.session() as s:
        return review.decide(s, item_id, code, reviewer, note)


def undo_last_decision(ws: Workspace, reviewer: str) -> list[review.DecisionRecord]:
    """The newest decision undone, with the others of its action (newest first). An item left
    with no decision is flagged again against its model suggestions (its flags were last
    evaluated against the decided code), so it waits or is auto-accepted as it would be now."""
    rules, markets = ws.rules(), list(ws.setting("markets"))
    with ws.db.session() as s:
        records = review.undo_last(s, reviewer)
        for item_id in dict.fromkeys(r.item_id for r in records):
            item = s.get(Item, item_id)
            if item is None or item.status == "decided" or not item.suggestions:
                continue  # an earlier decision stands again, or it was never classified
            new = flagging.evaluate_item(rules, item, [(c, float(p)) for c, p in item.suggestions], markets,
                                         catalogue_code=flagging.model_catalogue_code(item))
            item.flags.clear()
            item.flags.extend(flagging.flag_rows(rules, new))
            waiting = flagging.waits(new, flagging.settled(s, item))
            item.status, item.hs_code = ("flagged", None) if waiting else ("auto", item.top_code)
        return records


def item_id_for_sku(ws: Workspace, sku: str) -> int | None:
    with ws.db.session() as s:
        return s.scalar(select(Item.id).where(Item.sku == sku))


def status_counts(ws: Workspace) -> dict[str, int]:
    with ws.db.session() as s:
        return review.status_counts(s)


def verify_log(ws: Workspace) -> audit.ChainReport:
    with ws.db.session() as s:
        return audit.verify(s)
