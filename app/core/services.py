"""Use cases: one function each, called alike by the GUI's workers and by the CLI.

Each function opens its own sessions, commits in batches where the work is long, reports
progress through the callback (which may raise Cancelled) and returns plain data.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import case, delete, func, select, update
from sqlalchemy.orm import Session

from app.core import audit, classifier, review
from app.core.catalogue import ParsedCatalogue, normalise_title, parse_catalogue
from app.core.jobs import Progress, no_progress, sub_progress
from app.core.rules import SEVERITY_RANK
from app.core.tables import Catalogue, Decision, Flag, ImportRejection, Item, ModelVersion
from app.core.workspace import Workspace, install_bundled_model, starter_examples

SYSTEM = "borderline"
TOP_K = 5


# import ------------------------------------------------------------------------------------
@dataclass
class RejectedRow:
    row_number: int
    column: str
    reason: str


@dataclass
class ImportReport:
    path: str
    catalogue_id: int
    rows_read: int
    added: int
    updated: int
    unchanged: int
    rejected: list[RejectedRow]
    mapping: dict[str, str]

    @property
    def imported(self) -> int:
        return self.added + self.updated + self.unchanged


def import_catalogue(ws: Workspace, path: Path, progress: Progress = no_progress) -> ImportReport:
    """Read a catalogue file and store it in one transaction: all rows or none."""
    parsed = parse_catalogue(Path(path), sub_progress(progress, 0.0, 0.5))
    return store_catalogue(ws, parsed, sub_progress(progress, 0.5, 1.0))


def store_catalogue(ws: Workspace, parsed: ParsedCatalogue, progress: Progress = no_progress) -> ImportReport:
    added = updated = unchanged = 0
    with ws.db.session() as s:
        cat = Catalogue(name=parsed.path.name, source_path=str(parsed.path), rows_read=parsed.rows_read,
                        rows_imported=len(parsed.records), rows_rejected=len(parsed.rejections), column_map=parsed.mapping)
        s.add(cat)
        s.flush()
        existing = dict(s.execute(select(Item.sku, Item.id)).all())
        total = len(parsed.records)
        for i, rec in enumerate(parsed.records):
            fields = dict(catalogue_id=cat.id, title=rec.title, description=rec.description, material=rec.material,
                          origin=rec.origin, unit_value=rec.unit_value, currency=rec.currency,
                          net_weight_kg=rec.net_weight_kg, quantity_unit=rec.quantity_unit, attributes=rec.attributes,
                          norm_title=normalise_title(rec.title))
            item_id = existing.get(rec.sku)
            if item_id is None:
                s.add(Item(sku=rec.sku, status="pending", **fields))
                added += 1
            else:
                item = s.get(Item, item_id)
                assert item is not None
                text_changed = (item.title, item.description, item.material) != (rec.title, rec.description, rec.material)
                for k, v in fields.items():
                    setattr(item, k, v)
                if text_changed:
                    item.status, item.hs_code, item.suggestions, item.top_code, item.top_p = "pending", None, [], None, None
                    item.flags.clear()
                    updated += 1
                else:
                    unchanged += 1
            if i % 1000 == 0:
                # Written out (still uncommitted) so the session lets go of the stored items:
                # a big import never holds every item as an ORM object at once.
                s.flush()
                progress(i / max(total, 1), f"Storing item {i + 1:,} of {total:,}")
        for rj in parsed.rejections:
            s.add(ImportRejection(catalogue_id=cat.id, row_number=rj.row_number, column=rj.column, reason=rj.reason, raw=rj.raw))
        audit.append(s, SYSTEM, "import", parsed.path.name,
                     {"catalogue_id": cat.id, "rows_read": parsed.rows_read, "added": added, "updated": updated,
                      "rejected": len(parsed.rejections)})
        progress(1.0, "Committing")
        cat_id = cat.id
    return ImportReport(str(parsed.path), cat_id, parsed.rows_read, added, updated, unchanged,
                        [RejectedRow(r.row_number, r.column, r.reason) for r in parsed.rejections], parsed.mapping)


def import_rejections(ws: Workspace, catalogue_id: int) -> list[RejectedRow]:
    with ws.db.session() as s:
        rows = s.scalars(select(ImportRejection).where(ImportRejection.catalogue_id == catalogue_id).order_by(ImportRejection.row_number))
        return [RejectedRow(r.row_number, r.column, r.reason) for r in rows]


# models ------------------------------------------------------------------------------------
def ensure_model(ws: Workspace, progress: Progress = no_progress) -> classifier.HSModel:
    """The active model; on first use, the shipped baseline, or one trained from data/."""
    model = ws.model()
    if model is not None:
        return model
    if install_bundled_model(ws) is None:
        progress(0.0, "Training the starter model")
        train_and_activate(ws, starter_examples(), 0, progress, note="starter model")
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
    progress(0.95, "Activating the new model")
    with ws.db.session() as s:
        s.execute(update(ModelVersion).values(active=False))
        mv = ModelVersion(file_name=file_name, sha256=sha, active=True, n_examples=len(examples),
                          n_decisions=n_decisions, metrics=metrics or {})
        s.add(mv)
        s.flush()
        audit.append(s, SYSTEM, "model", file_name, {"version": mv.id, "sha256": sha, "note": note,
                                                      "metrics": metrics or {}})
        version_id = mv.id
    progress(1.0, "Model ready")
    return version_id


@dataclass
class RetrainReport:
    version_id: int
    n_examples: int
    n_decisions: int
    holdout_size: int
    accuracy_before: float | None
    accuracy_after: float | None


def decision_examples(session: Session) -> list[tuple[int, classifier.Example]]:
    rows = session.scalars(select(Decision).where(Decision.undone_at.is_(None)).order_by(Decision.id))
    latest: dict[int, Decision] = {}
    for d in rows:
        latest[d.item_id] = d
    items = {i.id: i for i in session.scalars(select(Item).where(Item.id.in_(latest)))}
    out = []
    for item_id, d in sorted(latest.items(), key=lambda kv: kv[1].id):
        item = items.get(item_id)
        text = classifier_text(item) if item else d.title
        out.append((d.id, classifier.Example(text, d.code, 3.0, "decision")))
    return out


def retrain(ws: Workspace, progress: Progress = no_progress) -> RetrainReport:
    """Train a new version from starter data plus every live decision, and activate it.

    The newest fifth of the decisions is held out to compare the active model with a
    candidate trained without them; the activated version is then trained on everything.
    """
    with ws.db.session() as s:
        decided = [ex for _, ex in decision_examples(s)]
    starter = starter_examples()
    holdout = decided[len(decided) - len(decided) // 5:] if len(decided) >= 5 else []
    before = after = None
    if holdout:
        progress(0.05, f"Evaluating on {len(holdout)} held-out decisions")
        current = ensure_model(ws)
        before = _accuracy(current, holdout)
        candidate = classifier.train(starter + decided[: len(decided) - len(holdout)], sub_progress(progress, 0.1, 0.45))
        after = _accuracy(candidate, holdout)
    metrics = {"holdout": len(holdout), "accuracy_before": before, "accuracy_after": after}
    version = train_and_activate(ws, starter + decided, len(decided), sub_progress(progress, 0.5, 1.0), metrics, "retrain")
    return RetrainReport(version, len(starter) + len(decided), len(decided), len(holdout), before, after)


def _accuracy(model: classifier.HSModel, examples: list[classifier.Example]) -> float:
    preds = model.predict([e.text for e in examples], 1)
    return sum(p[0][0] == e.code for p, e in zip(preds, examples)) / len(examples)


# classification ----------------------------------------------------------------------------
def classifier_text(item: Item) -> str:
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
                     batch_size: int = 500) -> ClassifyReport:
    """Suggest codes for every pending item and flag what needs a person.

    Commits after each batch, so a cancel or a crash keeps the work done; the next run
    continues with the items still pending.
    """
    markets = markets or list(ws.setting("markets"))
    model = ensure_model(ws, sub_progress(progress, 0.0, 0.05))
    rules = ws.rules()
    version = ws.active_model_version()
    report = ClassifyReport(0, 0, 0, 0)
    by_rule: dict[str, int] = defaultdict(int)
    with ws.db.session() as s:
        total = s.scalar(select(func.count()).select_from(Item).where(Item.status == "pending")) or 0
    done = 0
    while True:
        progress(0.05 + 0.95 * done / max(total, 1), f"Classified {done:,} of {total:,}")
        with ws.db.session() as s:
            items = list(s.scalars(select(Item).where(Item.status == "pending").order_by(Item.id).limit(batch_size)))
            if not items:
                break
            texts = [classifier_text(i) for i in items]
            predictions = model.predict(texts, TOP_K)
            for item, text, preds in zip(items, texts, predictions):
                memory = _memory(s, item)
                resolved: set[str] = set()
                if memory is not None:
                    preds = [(memory.code, 1.0)] + [p for p in preds if p[0] != memory.code][: TOP_K - 1]
                    resolved = set(memory.flags_resolved)
                    item.suggestion_source = "memory"
                    report.from_memory += 1
                else:
                    item.suggestion_source = "model"
                item.suggestions = [[c, round(p, 6)] for c, p in preds]
                item.top_code, item.top_p = preds[0]
                item.model_version_id = version.id if version else None
                item.flags.clear()
                waits = False
                for f in rules.evaluate(text, preds, markets):
                    item.flags.append(Flag(market=f.market, rule_id=f.rule_id, severity=f.severity, reason=f.reason,
                                           trigger=f.trigger, ruleset_version=rules.version))
                    by_rule[f.rule_id] += 1
                    if f.severity in ("block", "review") and f.rule_id not in resolved:
                        waits = True
                if waits:
                    item.status, item.hs_code = "flagged", None
                    report.flagged += 1
                else:
                    item.status, item.hs_code = "auto", item.top_code
                    report.auto += 1
            done += len(items)
            report.classified += len(items)
    report.flags_by_rule = dict(by_rule)
    progress(1.0, f"Classified {done:,} items")
    return report


def _memory(s: Session, item: Item) -> Decision | None:
    live = Decision.undone_at.is_(None)
    for cond in (Decision.sku == item.sku, Decision.norm_title == item.norm_title):
        d = s.scalars(select(Decision).where(cond, live).order_by(Decision.id.desc()).limit(1)).first()
        if d is not None:
            return d
    return None


# review ------------------------------------------------------------------------------------
@dataclass
class ItemRow:
    id: int
    sku: str
    title: str
    status: str
    hs_code: str | None
    top_code: str | None
    top_p: float | None
    severity: str | None
    rules: str


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


def _worst(flags: list[Flag]) -> str | None:
    return min((f.severity for f in flags), key=lambda sv: SEVERITY_RANK[sv], default=None)


def list_items(ws: Workspace, status: str | None = None) -> list[ItemRow]:
    with ws.db.session() as s:
        q = select(Item).order_by(Item.id)
        if status:
            q = q.where(Item.status == status)
        items = list(s.scalars(q))
        flags: dict[int, list[Flag]] = defaultdict(list)
        for f in s.scalars(select(Flag)):
            flags[f.item_id].append(f)
        return [ItemRow(i.id, i.sku, i.title, i.status, i.hs_code, i.top_code, i.top_p, _worst(flags[i.id]),
                        ", ".join(sorted({f.rule_id for f in flags[i.id]}))) for i in items]


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
            raise review.ReviewError(f"no item with id {item_id}")
        sugg = []
        for code, p in item.suggestions:
            h = nom.hierarchy(code)
            sugg.append(SuggestionView(code, p, nom.describe(code), h[1].description if len(h) > 1 else "",
                                       h[0].description if h else ""))
        flags = [FlagView(f.rule_id, f.market, f.severity, f.reason, f.trigger)
                 for f in sorted(item.flags, key=lambda f: (SEVERITY_RANK[f.severity], f.rule_id, f.market))]
        return ItemDetail(item.id, item.sku, item.title, item.description, item.material, item.origin,
                          "" if item.unit_value is None else str(item.unit_value), item.currency, item.net_weight_kg,
                          dict(item.attributes), item.status, item.hs_code, item.suggestion_source, sugg, flags)


def decide(ws: Workspace, item_id: int, code: str, reviewer: str, note: str = "") -> review.DecisionRecord:
    with ws.db.session() as s:
        return review.decide(s, item_id, code, reviewer, note)


def undo_last_decision(ws: Workspace, reviewer: str) -> review.DecisionRecord:
    with ws.db.session() as s:
        return review.undo_last(s, reviewer)


def item_id_for_sku(ws: Workspace, sku: str) -> int | None:
    with ws.db.session() as s:
        return s.scalar(select(Item.id).where(Item.sku == sku))


def status_counts(ws: Workspace) -> dict[str, int]:
    with ws.db.session() as s:
        return review.status_counts(s)


def verify_log(ws: Workspace) -> audit.ChainReport:
    with ws.db.session() as s:
        return audit.verify(s)


def reset_flags_for_market_change(ws: Workspace) -> None:
    """Send every classified, undecided item back to pending so it is flagged afresh."""
    with ws.db.session() as s:
        ids = select(Item.id).where(Item.status.in_(("flagged", "auto")))
        s.execute(delete(Flag).where(Flag.item_id.in_(ids)))
        s.execute(update(Item).where(Item.status.in_(("flagged", "auto"))).values(status="pending", hs_code=None))

