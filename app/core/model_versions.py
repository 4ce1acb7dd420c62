"""The learning loop: retrain a candidate, compare it with the active version, keep every version.

A retrain trains a candidate from the starter data plus every live decision. Both the
candidate (trained without them) and the active version are scored on the newest decisions
the active version has not learned from, held out by time. The candidate is activated only
if it is not worse there, unless the user insists; it stays listed either way and can be
activated later. After an activation the undecided items are classified afresh and a
learning receipt says what changed. That can take long (50,000 items), and it can be
cancelled: the version stays active, the work stops between batches, and the items not
reached keep the older version's suggestions (count_older) until the next start, or
`borderline reclassify`, classifies them again; the receipt says where it stopped.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update

from app.core import audit, classifier, evaluation
from app.core.jobs import Cancelled, Progress, cancellable_again, no_progress, stopped_by_cancel, sub_progress, uncancellable
from app.core.messages import Message
from app.core.tables import Decision, Item, ModelVersion, Reclassification
from app.core.workspace import Workspace, starter_examples

SYSTEM = "borderline"
HOLDOUT_SHARE = 0.2
MIN_HOLDOUT_DECISIONS = 5
DECISION_WEIGHT = 1.0
RECEIPT_CHANGES = 10
READ_CHUNK = 2000  # item ids looked up in one query


class NothingToLearn(Exception):
    """No decision was taken or undone since the active version was trained: a retrain would
    write the same model again."""


@dataclass
class VersionRow:
    id: int
    created_at: datetime
    file_name: str
    active: bool
    n_examples: int
    n_decisions: int
    metrics: dict[str, Any]


@dataclass
class Change:
    sku: str
    title: str
    old_code: str | None
    old_p: float | None
    new_code: str | None
    new_p: float | None
    old_status: str
    new_status: str


@dataclass
class LearningReceipt:
    reclassified: int = 0
    changed_suggestion: int = 0
    left_queue: int = 0
    entered_queue: int = 0
    largest: list[Change] = field(default_factory=list)
    moved: int = 0  # items whose suggestion or status changed (largest names the first of them)
    # afterwards: undecided items carrying the active version's suggestions, and of them those
    # waiting for review (what the dashboard plots after a retrain or an activation)
    undecided: int = 0
    waiting: int = 0
    # a cancel stopped the work between batches: (items classified with the active version, of
    # the items it set out to classify); the rest are classified at the next start
    stopped_at: tuple[int, int] | None = None


@dataclass
class RetrainReport:
    candidate_id: int
    previous_id: int | None
    activated: bool
    forced: bool
    reason: str
    n_examples: int
    n_decisions: int
    holdout_size: int
    before: dict[str, Any] | None  # the active version on the held-out decisions
    after: dict[str, Any] | None  # the candidate on the same decisions
    receipt: LearningReceipt | None

    @property
    def n_starter(self) -> int:
        return self.n_examples - self.n_decisions

    @property
    def version_id(self) -> int:
        return self.candidate_id

    @property
    def accuracy_before(self) -> float | None:
        return None if self.before is None else self.before["top1"]

    @property
    def accuracy_after(self) -> float | None:
        return None if self.after is None else self.after["top1"]


# versions ----------------------------------------------------------------------------------
def list_versions(ws: Workspace) -> list[VersionRow]:
    with ws.db.session() as s:
        return [VersionRow(v.id, v.created_at, v.file_name, v.active, v.n_examples, v.n_decisions, dict(v.metrics))
                for v in s.scalars(select(ModelVersion).order_by(ModelVersion.id.desc()))]


def save_version(ws: Workspace, model: classifier.HSModel, n_examples: int, n_decisions: int,
                 metrics: dict[str, Any], note: str, activate: bool, progress: Progress = no_progress) -> int:
    """Write the model file, then record (and maybe activate) the version in one transaction.

    A crash between the two leaves an unused file and the previous version active."""
    ws.models_dir.mkdir(parents=True, exist_ok=True)
    with ws.db.session() as s:
        next_id = (s.scalar(select(func.max(ModelVersion.id))) or 0) + 1
    file_name = f"model-{next_id:04d}.npz"
    sha = classifier.save(model, ws.models_dir / file_name)
    progress(0.5, Message("Activating the new model") if activate else Message("Recording the candidate"))
    with ws.db.session() as s:
        if activate:
            s.execute(update(ModelVersion).values(active=False))
        mv = ModelVersion(file_name=file_name, sha256=sha, active=activate, n_examples=n_examples,
                          n_decisions=n_decisions, metrics=metrics)
        s.add(mv)
        s.flush()
        audit.append(s, Workspace.actor(s), "model", file_name, {"version": mv.id, "sha256": sha, "note": note,
                                                      "active": activate, "metrics": metrics})
        return mv.id


def activate_version(ws: Workspace, version_id: int, actor: str = SYSTEM,
                     progress: Progress = no_progress) -> LearningReceipt:
    """Make a listed version the active one (after checking its file), then reclassify (a
    cancel before the version is made active changes nothing; one after stops the classifying)."""
    progress(0.0, Message("Activating version {version}", version=version_id))
    with ws.db.session() as s:
        mv = s.get(ModelVersion, version_id)
        if mv is None:
            raise classifier.ModelFileError(Message("there is no model version {version}", version=version_id))
        classifier.load(ws.models_dir / mv.file_name, mv.sha256)  # refuses an altered or missing file
        s.execute(update(ModelVersion).values(active=False))
        mv.active = True
        # who: the caller's name, else the reviewer named in the window
        audit.append(s, actor if actor != SYSTEM else Workspace.actor(s), "activate-model", mv.file_name,
                     {"version": mv.id})
    return reclassify_undecided(ws, progress, reason="activation")


# learning ----------------------------------------------------------------------------------
def decision_examples(ws: Workspace) -> list[tuple[int, classifier.Example]]:
    """(decision id, example) for each item's live decision, oldest first. A decision whose code is
    no HS 2022 subheading (999999 or a padded heading, stored before codes were checked) teaches
    nothing: learning it would bring the code back as a suggestion."""
    from app.core.nomenclature import nomenclature
    from app.core.classifying import classifier_text

    valid = nomenclature().is_subheading
    with ws.db.session() as s:
        # read as columns, not objects: tens of thousands of ORM objects alive at once make each
        # run of Python's cycle collector long, and it holds every thread while it runs (heap.py)
        latest: dict[int, tuple[int, str, str]] = {}
        for decision_id, item_id, code, title in s.execute(
                select(Decision.id, Decision.item_id, Decision.code, Decision.title)
                .where(Decision.undone_at.is_(None)).order_by(Decision.id)):
            latest[item_id] = (decision_id, code, title)
        latest = {item_id: d for item_id, d in latest.items() if valid(d[1])}
        texts: dict[int, str] = {}
        ids = list(latest)
        for start in range(0, len(ids), READ_CHUNK):
            for row in s.execute(select(Item.id, Item.title, Item.material, Item.description)
                                 .where(Item.id.in_(ids[start:start + READ_CHUNK]))):
                texts[row.id] = classifier_text(row)
        return [(decision_id, classifier.Example(texts.get(item_id, title), code, DECISION_WEIGHT, "decision"))
                for item_id, (decision_id, code, title) in sorted(latest.items(), key=lambda kv: kv[1][0])]


def _review_below(ws: Workspace) -> float:
    return ws.rules().review_below


def retrain(ws: Workspace, progress: Progress = no_progress, force: bool = False) -> RetrainReport:
    from app.core.services import ensure_model

    decided = decision_examples(ws)
    starter = starter_examples()
    active = ws.active_model_version()
    seen_up_to = int((active.metrics or {}).get("last_decision_id", 0)) if active else 0
    unseen = [(i, ex) for i, ex in decided if i > seen_up_to]
    if (active is not None and not force and not unseen and active.n_decisions == len(decided)
            and active.n_examples == len(starter) + len(decided)):
        raise NothingToLearn(Message("nothing new to learn from: no decision was taken or undone since version "
                                     "{version} was trained (tick 'Activate even if worse', or use --force, to train "
                                     "again anyway)", version=active.id))
    n_hold = min(len(unseen), max(MIN_HOLDOUT_DECISIONS, round(len(decided) * HOLDOUT_SHARE)))
    holdout = [ex for _, ex in unseen[len(unseen) - n_hold:]] if len(unseen) >= MIN_HOLDOUT_DECISIONS else []
    review_below = _review_below(ws)
    before = after = None
    kept = [ex for _, ex in decided][: len(decided) - len(holdout)]
    examples = starter + [ex for _, ex in decided]
    # one training: the candidate learns everything but the held-out decisions, is measured on
    # them, then absorbs them into its profiles and neighbour memory. The version records every
    # example it learned (starter titles and all decisions), so the messages count the same way.
    described = (Message("{starter:,} starter titles and {kept:,} of your {decided:,} decisions; the {n} newest are "
                         "learned after the comparison", starter=len(starter), kept=len(kept), decided=len(decided),
                         n=len(holdout)) if holdout
                 else Message("{starter:,} starter titles and {decided:,} decisions: {n:,} examples",
                              starter=len(starter), decided=len(decided), n=len(examples)))
    candidate, held = classifier.train_with_holdout(starter + kept, sub_progress(progress, 0.05, 0.7),
                                                    described=described)
    if holdout:
        progress(0.72, Message("Scoring both versions on the {n} held-out decisions", n=len(holdout)))
        current = ensure_model(ws)
        items = [evaluation.LabelledItem(e.text, e.code) for e in holdout]
        before = evaluation.compact(evaluation.evaluate(current, items), review_below)
        after = evaluation.compact(evaluation.evaluate(candidate, items), review_below)
        progress(0.78, Message("Learning the {n} held-out decisions too: {total:,} examples in all", n=len(holdout),
                               total=len(examples)))
    model = candidate.absorb(holdout)
    cv = evaluation.summarise(held.suggestions, held.codes)
    not_worse = before is None or after is None or after["top1"] >= before["top1"]
    activate = force or not_worse
    if before is None:
        reason = Message("no held-out decisions to compare on yet (fewer than 5 new ones); the candidate was activated")
    elif not_worse:
        reason = Message("the candidate is not worse on the held-out decisions, so it was activated")
    elif force:
        reason = Message("the candidate is worse on the held-out decisions but was activated on request")
    else:
        reason = Message("the candidate is worse on the held-out decisions; the active version stays")
    metrics = {"holdout": len(holdout), "before": before, "after": after,
               "cross_validated": evaluation.compact(cv, review_below),
               "last_decision_id": max((i for i, _ in decided), default=0),
               "calibration": {k: v for k, v in model.calibration.items() if k != "confidence_coef"}}
    progress(0.8, Message("Saving the candidate"))
    # from here the new version is written and activated: a cancel now would leave a version
    # half recorded, so it is not honoured until the version is saved
    finish = uncancellable(progress)
    version = save_version(ws, model, len(examples), len(decided), metrics, "retrain", activate,
                           sub_progress(finish, 0.8, 0.85))
    receipt = None
    if activate:  # the items follow the version; a cancel stops that between batches (the receipt says where)
        receipt = reclassify_undecided(ws, sub_progress(cancellable_again(progress), 0.85, 1.0), reason="retrain")
    finish(1.0, Message("Stopped") if receipt is not None and receipt.stopped_at else Message("Done"))
    return RetrainReport(version, active.id if active else None, activate, force and not not_worse, reason,
                         len(examples), len(decided), len(holdout), before, after, receipt)


def older_suggestions(version_id: int):  # type: ignore[no-untyped-def]
    """Undecided items whose suggestions another version than `version_id` made: left so by a
    reclassification that was interrupted (the program killed), or by an undo that gave an item
    back the suggestions it was decided on. Items with no version recorded are left out:
    nothing says which model suggested for them."""
    return (Item.status.in_(("flagged", "auto")) & Item.model_version_id.is_not(None)
            & (Item.model_version_id != version_id))


@dataclass(frozen=True)
class OlderSuggestions:
    items: int  # undecided items with another version's suggestions
    active_id: int | None


def count_older(ws: Workspace) -> OlderSuggestions:
    """How many undecided items carry suggestions from another version than the active one."""
    with ws.db.session() as s:
        active = s.scalar(select(ModelVersion.id).where(ModelVersion.active.is_(True)).limit(1))
        if active is None:
            return OlderSuggestions(0, None)
        return OlderSuggestions(s.scalar(select(func.count()).select_from(Item).where(older_suggestions(active))) or 0,
                                active)


def reclassify_undecided(ws: Workspace, progress: Progress = no_progress, batch_size: int = 500,
                         reason: str | None = None) -> LearningReceipt:
    """Classify flagged and auto-accepted items again with the active version; say what moved.

    The items are reclassified in place, batch by batch: an interrupted run leaves each item
    with either its old suggestion, status and flags or its new ones, never pending without a
    code. Items that were pending already are classified after them, as before. A cancel stops
    the work between batches and the receipt says how far it got (`stopped_at`): the items not
    reached keep the older version's suggestions (count_older) or stay pending, for the next
    start to finish. With a `reason` (retrain, activation), the figures afterwards are recorded
    for the dashboard, once the work is done.
    """
    return _reclassify(ws, progress, batch_size, reason, older_only=False)


def reclassify_older(ws: Workspace, progress: Progress = no_progress, batch_size: int = 500) -> LearningReceipt:
    """Classify again, with the active version, the undecided items whose suggestions another
    version made (count_older). It can be cancelled: each batch is committed whole, and what is
    left is counted again and can be finished later."""
    return _reclassify(ws, progress, batch_size, "older-version", older_only=True)


def _reclassify(ws: Workspace, progress: Progress, batch_size: int, reason: str | None,
                older_only: bool) -> LearningReceipt:
    from app.core.classifying import ClassifyReport, classify_pending, reclassify_in_place

    active = ws.active_model_version()
    wanted = Item.status.in_(("flagged", "auto"))
    if older_only:
        wanted = older_suggestions(active.id if active else 0)
    with ws.db.session() as s:  # columns, not objects (see decision_examples)
        old = {i: (sku, title, code, p, status) for i, sku, title, code, p, status in s.execute(
            select(Item.id, Item.sku, Item.title, Item.top_code, Item.top_p, Item.status).where(wanted))}
        pending = 0 if older_only else s.scalar(select(func.count()).select_from(Item).where(Item.status == "pending")) or 0
    if not old:
        progress(1.0, Message("No undecided items") if not older_only
                 else Message("No item carries an older version's suggestions"))
        return LearningReceipt()
    stopped_at = None
    if older_only:  # a cancel leaves items of both versions, and says so: it may stop between batches
        reclassify_in_place(ws, None, progress, batch_size, older_only=True)
        done = len(old)
    else:
        in_place, first = ClassifyReport(0, 0, 0, 0), ClassifyReport(0, 0, 0, 0)
        try:
            reclassify_in_place(ws, None, sub_progress(progress, 0.0, 0.95), batch_size, report=in_place)
            classify_pending(ws, None, sub_progress(progress, 0.95, 1.0), batch_size, report=first)
        except Cancelled:  # between batches: each item is as it was or as it is now
            done, total = in_place.classified + first.classified, len(old) + pending
            if done < total:  # (at the last checkpoint, after the last batch, the work is whole)
                stopped_at = (done, total)
                stopped_by_cancel(progress)
        done = in_place.classified
    receipt = LearningReceipt(reclassified=done, stopped_at=stopped_at)
    changes: list[Change] = []
    with ws.db.session() as s:
        ids = list(old)
        for start in range(0, len(ids), READ_CHUNK):
            for i in s.execute(select(Item.id, Item.top_code, Item.top_p, Item.status)
                               .where(Item.id.in_(ids[start:start + READ_CHUNK]))):
                sku, title, code, p, status = old[i.id]
                if i.top_code != code:
                    receipt.changed_suggestion += 1
                if status == "flagged" and i.status == "auto":
                    receipt.left_queue += 1
                if status == "auto" and i.status == "flagged":
                    receipt.entered_queue += 1
                if i.top_code != code or status != i.status:
                    changes.append(Change(sku, title, code, p, i.top_code, i.top_p, status, i.status))
        version_id = s.scalar(select(ModelVersion.id).where(ModelVersion.active.is_(True)).limit(1))
        if version_id is not None and stopped_at is None:  # figures of a finished run only
            carrying = select(Item.status, func.count()).where(Item.status.in_(("flagged", "auto")),
                                                                Item.model_version_id == version_id)
            counts: dict[str, int] = {status: n for status, n in s.execute(carrying.group_by(Item.status))}
            receipt.undecided, receipt.waiting = sum(counts.values()), counts.get("flagged", 0)
            if reason is not None:
                s.add(Reclassification(model_version_id=version_id, reason=reason, items=receipt.undecided,
                                       to_review=receipt.waiting))
    # the items that left or entered the queue first (what a reviewer notices), then the
    # largest moves in confidence
    changes.sort(key=lambda c: (c.old_status == c.new_status, -abs((c.new_p or 0.0) - (c.old_p or 0.0))))
    receipt.largest, receipt.moved = changes[:RECEIPT_CHANGES], len(changes)
    return receipt


# plain-text summaries (CLI and the Models page) ---------------------------------------------
def percent(v: Any) -> str:
    return Message("n/a") if v is None else Message("{p:.1%}", p=v)


def format_side_by_side(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[str]:
    if before is None or after is None:
        return []
    rows = [(Message("top-1 accuracy"), "top1"), (Message("top-5 accuracy"), "top5"),
            (Message("auto-accepted share"), "coverage"), (Message("error among auto-accepted"), "auto_error")]
    lines: list[str] = [Message("  {label:<28}{before:>10}{after:>12}", label="", before=Message("active"),
                                after=Message("candidate"))]
    lines += [Message("  {label:<28}{before:>10}{after:>12}", label=label, before=percent(before.get(key)),
                      after=percent(after.get(key))) for label, key in rows]
    return lines


def format_receipt(receipt: LearningReceipt) -> list[str]:
    lines: list[str] = [Message(
        "learning receipt: {reclassified:,} undecided items reclassified, {changed:,} changed their suggestion, "
        "{left:,} left the review queue, {entered:,} entered it", reclassified=receipt.reclassified,
        changed=receipt.changed_suggestion, left=receipt.left_queue, entered=receipt.entered_queue)]
    if receipt.stopped_at is not None:
        done, total = receipt.stopped_at
        lines.append(Message("  cancelled at {done:,} of {total:,} items: the version stays active, and the other "
                             "{rest:,} are classified with it at the next start (or by 'borderline reclassify')",
                             done=done, total=total, rest=total - done))
    if receipt.undecided:
        lines.append(Message("  now {waiting} of the {undecided} undecided items wait for review ({share:.0%})",
                             waiting=receipt.waiting, undecided=receipt.undecided,
                             share=receipt.waiting / receipt.undecided))
    for c in receipt.largest:
        old = Message("{code} ({p})", code=c.old_code, p=percent(c.old_p)) if c.old_code else Message("none")
        lines.append(Message("  {sku}: {old} -> {new} ({p}), {old_status} -> {new_status}  {title}", sku=c.sku, old=old,
                             new=c.new_code, p=percent(c.new_p), old_status=c.old_status, new_status=c.new_status,
                             title=c.title[:50]))
    if receipt.moved > len(receipt.largest):
        lines.append(Message("  and {n} more", n=receipt.moved - len(receipt.largest)))
    return lines
