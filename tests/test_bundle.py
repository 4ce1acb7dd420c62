"""Build the packaged application (PyInstaller, one folder) and start it, as a user would.

One build per run (about a minute on two cores); CI runs it, `pytest -m "not slow"` skips it.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__

ROOT = Path(__file__).resolve().parents[1]

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the CI bundle test builds for Linux")]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("PyInstaller", reason="pip install -e '.[test]' installs PyInstaller")
    out = tmp_path_factory.mktemp("bundle")
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "work"), str(ROOT / "packaging" / "borderline.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert build.returncode == 0, build.stderr[-4000:]
    program = out / "dist" / "borderline" / "borderline"
    assert program.is_file() and os.access(program, os.X_OK)
    return program


def start(program: Path, *args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", BORDERLINE_DATA_DIR=str(data_dir))
    # Run from a folder without the source tree, so nothing can be imported from the checkout.
    return subprocess.run([str(program), *args], cwd=data_dir, env=env, capture_output=True, text=True, timeout=300)


def test_the_bundle_starts_and_passes_its_selfcheck(bundle: Path, tmp_path: Path) -> None:
    version = start(bundle, "--version", data_dir=tmp_path)
    assert version.returncode == 0 and version.stdout.strip() == f"borderline {__version__}"

    check = start(bundle, "selfcheck", data_dir=tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr
    lines = check.stdout.splitlines()
    assert [ln.split()[1] for ln in lines[:-1]] == ["database", "model", "classification", "pdf", "window"]
    assert all(ln.startswith("ok") for ln in lines[:-1]) and lines[-1] == "self-check passed"
    assert "Thai lines break between words" in check.stdout, check.stdout  # the segmenter and its word list came along
    assert "Thai marks shaped (HarfBuzz)" in check.stdout, check.stdout  # uharfbuzz came along

    internal = bundle.parent / "_internal"
    for shipped in ("models/baseline.npz", "models/baseline.json", "data/starter_titles.csv", "data/demo_catalogue.csv",
                    "resources/rules/default.toml", "resources/rules/default.id.toml", "resources/icons/borderline-256.png",
                    "resources/translations/borderline_id.qm", "app/core/migrations/versions/0001_initial_schema.py"):
        assert (internal / shipped).is_file(), shipped
    assert (internal / "pythainlp" / "corpus" / "words_th.txt").is_file()
    assert not (internal / "pythainlp" / "corpus" / "wordnet_th.db").exists()  # only the segmenter's word lists


def test_the_bundle_works_on_a_real_data_folder(bundle: Path, tmp_path: Path) -> None:
    demo = bundle.parent / "_internal" / "data" / "demo_catalogue.csv"
    imported = start(bundle, "import", str(demo), data_dir=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert "52 rows read" in imported.stdout
    classified = start(bundle, "classify", data_dir=tmp_path)
    assert classified.returncode == 0 and classified.stdout.startswith("classified 52:"), classified.stderr
    assert (tmp_path / "borderline.db").is_file() and (tmp_path / "models" / "baseline.npz").is_file()
