"""A workspace: one data directory with its database, models, rules and documents."""
from __future__ import annotations

import csv
import json
import os
import shutil
import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.core import audit, audit_head, classifier
from app.core.db import Database, sqlite_url
from app.core.paths import bundled_data_dir, bundled_models_dir, resources_dir
from app.core.rules import RuleFileError, RuleSet, load_rules
from app.core.tables import ModelVersion, Setting

# settings that decide what waits for a person: each change goes into the audit trail
AUDITED_SETTINGS = frozenset({"markets", "review_below"})
DEFAULT_SETTINGS: dict[str, Any] = {
    "markets": ["SG", "MY", "TH", "ID", "PH", "VN"],
    "reviewer": "",
    "paper_size": "A4",
}
SETTLED_NS = 2_000_000_000  # a rule file older than this is known by its size and modification time


class Workspace:
    def __init__(self, data_dir: Path, url: str | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.models_dir = self.data_dir / "models"
        self.documents_dir = self.data_dir / "documents"
        self.db = Database.open(url or sqlite_url(self.data_dir / "borderline.db"))
        audit_head.watch(self.db, self.data_dir / audit_head.FILE)
        self._model_lock = threading.Lock()
        self._model: tuple[str, classifier.HSModel] | None = None
        # the rule set as last read, with what it was read from (see rules())
        self._rules_lock = threading.Lock()
        self._rules: tuple[tuple[Any, ...], RuleSet | RuleFileError] | None = None
        # The language rule titles and reasons are read in: English unless the window runs in
        # another (app/gui/app.py sets it at start, the CLI with --language). Items flagged in
        # another language are flagged again once, as for any change of the rules.
        self.language = "en"
        self._remove_stale_temporary_files()

    def _remove_stale_temporary_files(self) -> None:
        """A model file is written to a temporary file first; one left by a process that was
        killed is removed once it is an hour old (a younger one may still be being written)."""
        cutoff = time.time() - 3600
        for tmp in self.models_dir.glob("*.tmp") if self.models_dir.is_dir() else ():
            try:
                if tmp.stat().st_mtime < cutoff:
                    tmp.unlink()
            except OSError:
                pass  # in use, or gone already

    def close(self) -> None:
        self.db.dispose()

    # settings -----------------------------------------------------------------------------
    def setting(self, key: str) -> Any:
        with self.db.session() as s:
            row = s.get(Setting, key)
            return row.value if row is not None else DEFAULT_SETTINGS.get(key)

    def set_setting(self, key: str, value: Any) -> None:
        """Store a setting. A value equal to the stored one is not written again: a write waits
        for any other program writing to the database, a read does not."""
        with self.db.session() as s:
            old = s.get(Setting, key)
            if old is not None and old.value == value:
                return
        with self.db.session() as s:
            self.store_setting(s, key, value)

    def store_setting(self, s: Any, key: str, value: Any) -> None:
        """Store a setting inside the caller's transaction (a decision saves its reviewer's name
        in the same unit of work); nothing is written when it is unchanged."""
        old = s.get(Setting, key)
        if old is not None and old.value == value:
            return
        before = old.value if old is not None else self._default(key)
        s.merge(Setting(key=key, value=value))
        if key in AUDITED_SETTINGS and before != value:
            audit.append(s, self.actor(s), "setting", key, {"from": before, "to": value})

    def delete_setting(self, key: str) -> None:
        """Back to the default value."""
        with self.db.session() as s:
            row = s.get(Setting, key)
            if row is not None:
                if key in AUDITED_SETTINGS:
                    audit.append(s, self.actor(s), "setting", key, {"from": row.value, "to": self._default(key)})
                s.delete(row)

    def _default(self, key: str) -> Any:
        """A setting's value when none is stored (the review threshold: the rule files')."""
        if key == "review_below":
            try:
                return load_rules(self.rule_files()).review_below
            except RuleFileError:
                return None
        return DEFAULT_SETTINGS.get(key)

    @staticmethod
    def actor(s: Any) -> str:
        """Who changes a setting: the reviewer named in the window, as far as it knows."""
        row = s.get(Setting, "reviewer")
        return str(row.value) if row is not None and row.value else "borderline"

    # rules --------------------------------------------------------------------------------
    def rule_files(self) -> list[Path]:
        return [resources_dir() / "rules" / "default.toml", self.data_dir / "rules.toml"]

    def rules(self) -> RuleSet:
        """The rule files in the workspace's language, with the review threshold chosen in
        Settings when there is one.

        Reading the files takes tens of milliseconds, and the window asks for the rules on every
        decision and every item shown, so the set is kept and read again only when what it is
        made of changes: a rule file or a translation beside it (path, size, modification time),
        the review threshold in Settings, or the workspace's language. A broken rule file is
        kept as its error until it changes."""
        chosen = self.setting("review_below")
        if not (isinstance(chosen, (int, float)) and 0 <= chosen <= 1):
            chosen = None
        stamps = self._rule_file_stamps()
        key = (self.language, chosen, stamps)
        with self._rules_lock:
            kept = self._rules
        # a file changed in the last two seconds is read again: a file system's clock may tick
        # more coarsely than two writes of the same length follow each other
        settled = all(time.time_ns() - mtime > SETTLED_NS for _path, _size, mtime, _ino in stamps)
        if kept is not None and kept[0] == key and settled:
            if isinstance(kept[1], RuleFileError):
                raise type(kept[1])(*kept[1].args)
            return kept[1]
        try:
            rules = load_rules(self.rule_files(), self.language)
        except RuleFileError as exc:
            with self._rules_lock:
                self._rules = (key, exc)
            raise
        if chosen is not None:
            rules = rules.with_review_below(float(chosen))
        with self._rules_lock:
            self._rules = (key, rules)
        return rules

    def _rule_file_stamps(self) -> tuple[tuple[str, int, int, int], ...]:
        """What the rule set is read from, as (path, size, modification time, file id) of each
        rule file and of each file beside it that shares its name (its translations,
        NAME.LANG.toml); a missing file is stamped with zeros. A change written by replacing
        the file (rule_admin does) gives a new file id even within the same clock tick."""
        stamps = []
        for file in self.rule_files():
            found = [file] + sorted(file.parent.glob(f"{file.stem}.*.toml")) if file.parent.is_dir() else [file]
            for path in found:
                try:
                    st = path.stat()
                    stamps.append((str(path), st.st_size, st.st_mtime_ns, st.st_ino))
                except OSError:
                    stamps.append((str(path), 0, 0, 0))
        return tuple(stamps)

    # models -------------------------------------------------------------------------------
    def active_model_version(self) -> ModelVersion | None:
        with self.db.session() as s:
            return s.scalars(select(ModelVersion).where(ModelVersion.active.is_(True)).limit(1)).first()

    def model(self) -> classifier.HSModel | None:
        """The active model, loaded once per version (None when there is none yet)."""
        version = self.active_model_version()
        if version is None:
            return None
        with self._model_lock:
            if self._model is None or self._model[0] != version.sha256:
                loaded = classifier.load(self.models_dir / version.file_name, version.sha256)
                self._model = (version.sha256, loaded)
            return self._model[1]


def starter_examples() -> list[classifier.Example]:
    path = bundled_data_dir() / "starter_titles.csv"
    with open(path, encoding="utf-8", newline="") as f:
        return [classifier.Example(r["title"], r["hs_code"], 1.0, "starter") for r in csv.DictReader(f) if r.get("hs_code")]


def bundled_model() -> tuple[Path, str, dict[str, Any]] | None:
    """The baseline model shipped in models/, with its recorded hash and card data."""
    meta_path = bundled_models_dir() / "baseline.json"
    if not meta_path.exists():
        return None
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    path = bundled_models_dir() / meta["file"]
    return (path, meta["sha256"], meta) if path.exists() else None


def bundled_model_problem() -> str | None:
    """Why the shipped baseline cannot be used: "missing", "damaged", or None when it can."""
    try:
        found = bundled_model()
    except (OSError, ValueError, KeyError):
        return "damaged"  # the card itself is unreadable
    if found is None:
        return "missing"
    path, sha, _meta = found
    return None if classifier.sha256_file(path) == sha else "damaged"


def bundled_model_card() -> dict[str, Any]:
    """The shipped model card (baseline.json), or an empty one."""
    try:
        found = bundled_model()
    except (OSError, ValueError, KeyError):
        return {}
    return found[2] if found else {}


def install_bundled_model(ws: Workspace) -> ModelVersion | None:
    """Copy the shipped baseline into the workspace and register it, after its hash check."""
    if bundled_model_problem() is not None:
        return None
    found = bundled_model()
    assert found is not None
    path, sha, meta = found
    ws.models_dir.mkdir(parents=True, exist_ok=True)
    target = ws.models_dir / "baseline.npz"
    # copied beside the target and moved into place: a reader never sees half a file
    partial = ws.models_dir / ".baseline.npz.partial"
    shutil.copyfile(path, partial)
    os.replace(partial, target)
    with ws.db.session() as s:
        for v in s.scalars(select(ModelVersion).where(ModelVersion.active.is_(True))):
            v.active = False
        mv = ModelVersion(file_name=target.name, sha256=sha, active=True, n_examples=meta.get("n_examples", 0),
                          n_decisions=0, metrics=meta.get("metrics", {}))
        s.add(mv)
    return mv


def write_bundled_model(progress: Any = None) -> Path:
    """Train the baseline from data/ and write it with its hash into models/ (for releases)."""
    from app.core import evaluation

    examples = starter_examples()
    model, held = classifier.train_with_holdout(examples, progress or (lambda f, m="": None))
    target = bundled_models_dir() / "baseline.npz"
    sha = classifier.save(model, target)
    cv = evaluation.compact(evaluation.summarise(held.suggestions, held.codes), load_rules(
        [resources_dir() / "rules" / "default.toml"]).review_below)
    # The threshold table Settings shows is the cross-validated selective-prediction curve.
    meta = {"file": target.name, "sha256": sha, "n_examples": len(examples), "n_codes": len(model.classes),
            "heldout_titles": cv["n"],
            "thresholds": [{"threshold": t, "coverage": c, "error": e} for t, c, e in cv["curve"]],
            "metrics": {"cross_validated": cv, "last_decision_id": 0}}
    (bundled_models_dir() / "baseline.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return target
