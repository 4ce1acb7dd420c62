"""Where things live: bundled resources and the user's data directory."""
from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Borderline"


def install_root() -> Path:
    """The folder holding resources/, data/ and models/ (the repo, or a frozen bundle)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    return install_root() / "resources"


def bundled_data_dir() -> Path:
    return install_root() / "data"


def bundled_models_dir() -> Path:
    return install_root() / "models"


def default_data_dir() -> Path:
    override = os.environ.get("BORDERLINE_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class FolderProblem:
    """Why a data folder cannot be used. ``kind``: "relative" (not a full path), "not_a_folder"
    (a file), "missing_parent" (the drive or folder it belongs in is not there), "cannot_create"
    or "cannot_write"; ``detail`` is the operating system's own words, when it gave any."""

    kind: str
    detail: str = ""


def folder_problem(path: Path, create_parents: bool = True) -> FolderProblem | None:
    """None when Borderline can keep its data in ``path`` (created when missing); else why not.

    With ``create_parents`` False only the folder itself may be created: a folder on a drive
    that is not connected is reported, not re-created on the system disk. Writing is tried for
    real (a small file, removed at once): permissions alone tell nothing of read-only drives,
    full disks or network shares."""
    path = Path(path)
    if not path.is_absolute():
        return FolderProblem("relative")
    if path.exists() and not path.is_dir():
        return FolderProblem("not_a_folder")
    try:
        path.mkdir(parents=create_parents, exist_ok=True)
    except OSError as exc:
        if isinstance(exc, FileNotFoundError) and not create_parents:
            return FolderProblem("missing_parent", exc.strerror or str(exc))
        return FolderProblem("cannot_create", exc.strerror or str(exc))
    try:
        fd, probe = tempfile.mkstemp(prefix=".borderline-write-check-", dir=path)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        return FolderProblem("cannot_write", exc.strerror or str(exc))
    return None
