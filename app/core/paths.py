"""Where things live: bundled resources and the user's data directory."""
from __future__ import annotations

import os
import sys
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
