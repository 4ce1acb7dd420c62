"""Use cases of importing a catalogue and of the model: the importer's public face, the active
model set up on first use (the shipped baseline, or one trained from the starter data), retrain
and the versions. Classification is in classifying.py; items read and decided one at a time in
item_views.py and deciding.py.

Each function opens its own sessions, commits in batches where the work is long, reports
progress through the callback (which may raise Cancelled) and returns plain data.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from sqlalchemy import func, select, update

from app.core import audit, classifier, model_versions
from app.core.jobs import Progress, no_progress, sub_progress
from app.core.messages import Message
from app.core.tables import ModelVersion
from app.core.workspace import Workspace, bundled_model_problem, install_bundled_model, starter_examples

SYSTEM = "borderline"
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
