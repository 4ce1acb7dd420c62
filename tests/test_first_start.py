"""First start of an installation: the shipped model, its recovery, the model card and the self-check."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main
from app.core import model_card, services, workspace
from app.core.paths import bundled_models_dir, resources_dir
from app.core.selfcheck import run_selfcheck
from app.core.tables import AuditEntry, ModelVersion


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch) -> Path:
    """A private copy of models/ that a test may damage."""
    target = tmp_path / "shipped-models"
    shutil.copytree(bundled_models_dir(), target)
    monkeypatch.setattr(workspace, "bundled_models_dir", lambda: target)
    return target


def test_a_fresh_workspace_uses_the_shipped_baseline(ws, shipped: Path) -> None:
    setup = services.ensure_model_report(ws)
    assert (setup.source, setup.reason) == ("bundled", "")
    assert ws.active_model_version().file_name == "baseline.npz"
    assert services.ensure_model_report(ws).source == "active"


def test_two_first_uses_at_once_set_up_one_model(ws, shipped: Path) -> None:
    """The window's setup job and a first classification may ask for the model together: one
    version is registered, and neither reads the model file while the other is copying it."""
    import threading

    barrier = threading.Barrier(4)
    errors: list[BaseException] = []

    def first_use() -> None:
        try:
            barrier.wait()
            services.ensure_model(ws)
        except BaseException as exc:  # noqa: BLE001 (reported below)
            errors.append(exc)

    threads = [threading.Thread(target=first_use) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with ws.db.session() as s:
        assert len(s.scalars(select(ModelVersion)).all()) == 1
    assert not list(ws.models_dir.glob("*.partial"))


def test_a_damaged_baseline_is_replaced_by_one_trained_from_data(ws, shipped: Path) -> None:
    npz = shipped / "baseline.npz"
    data = bytearray(npz.read_bytes())
    data[len(data) // 2] ^= 0xFF
    npz.write_bytes(bytes(data))
    assert workspace.bundled_model_problem() == "damaged"
    messages: list[str] = []
    setup = services.ensure_model_report(ws, lambda f, m="": messages.append(m))
    assert (setup.source, setup.reason) == ("trained", "damaged")
    assert "Training the starter model" in messages and messages[-1] == "Model ready"
    version = ws.active_model_version()
    assert version.file_name.startswith("model-") and version.n_examples > 2000
    with ws.db.session() as s:
        notes = [e.payload.get("note") for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "model"))]
    assert notes == ["starter model (baseline damaged)"]
    assert ws.model().predict(["cotton t-shirt"], k=1)[0][0][0].isdigit()


def test_a_missing_baseline_is_trained_from_data(ws, shipped: Path) -> None:
    (shipped / "baseline.npz").unlink()
    assert workspace.bundled_model_problem() == "missing"
    setup = services.ensure_model_report(ws)
    assert (setup.source, setup.reason) == ("trained", "missing")


def test_a_damaged_workspace_model_falls_back_to_the_baseline(ws, shipped: Path) -> None:
    services.ensure_model_report(ws)
    (ws.models_dir / "baseline.npz").write_bytes(b"not a model")
    ws._model = None  # as after a restart
    setup = services.ensure_model_report(ws)
    assert (setup.source, setup.reason) == ("bundled", "active-damaged")
    with ws.db.session() as s:
        assert len(list(s.scalars(select(ModelVersion).where(ModelVersion.active.is_(True))))) == 1
    assert ws.model() is not None


def test_the_shipped_card_says_what_a_threshold_means() -> None:
    meta = json.loads((bundled_models_dir() / "baseline.json").read_text(encoding="utf-8"))
    rows = model_card.card_rows(meta)
    assert len(rows) >= 5 and meta["heldout_titles"] > 100
    coverages = [r.coverage for r in rows]
    assert coverages == sorted(coverages, reverse=True)  # a higher threshold settles fewer items
    assert all(0 <= r.error <= 1 for r in rows)
    assert rows[0].error > rows[-1].error
    assert model_card.at_threshold(rows, 0.52).threshold == 0.5
    assert model_card.at_threshold([], 0.5) is None
    assert model_card.card_rows({"thresholds": [{"threshold": "x"}]}) == []


def test_the_settings_threshold_overrides_the_rule_file(ws) -> None:
    default = ws.rules().review_below
    ws.set_setting("review_below", 0.65)
    assert ws.rules().review_below == 0.65 != default
    ws.set_setting("review_below", "nonsense")
    assert ws.rules().review_below == default


def test_selfcheck_passes_and_reports_a_damaged_model(shipped: Path, capsys) -> None:
    report = run_selfcheck()
    assert report.ok and [c.name for c in report.checks] == ["database", "model", "classification", "pdf"]
    assert main(["selfcheck"]) == 0
    out = capsys.readouterr().out
    assert out.strip().endswith("self-check passed") and "starter titles classified" in out

    (shipped / "baseline.npz").write_bytes(b"damaged")
    report = run_selfcheck()
    assert not report.ok
    model = next(c for c in report.checks if c.name == "model")
    assert not model.ok and "damaged" in model.detail
    assert next(c for c in report.checks if c.name == "classification").detail == "skipped: the model check failed"
    assert next(c for c in report.checks if c.name == "pdf").ok


def test_the_model_card_table_matches_the_measurements() -> None:
    meta = json.loads((bundled_models_dir() / "baseline.json").read_text(encoding="utf-8"))
    measured = {r.threshold: r for r in model_card.card_rows(meta)}
    card = (bundled_models_dir() / "README.md").read_text(encoding="utf-8")
    section = card.split("## What Settings shows", 1)[1].split("\n## ", 1)[0]
    rows = [line.strip().strip("|").split("|") for line in section.splitlines() if line.startswith("| 0.")]
    assert len(rows) >= 4
    for threshold, coverage, error in rows:
        row = measured[float(threshold)]
        assert abs(float(coverage.strip(" %")) / 100 - row.coverage) < 0.006, threshold
        assert abs(float(error.strip(" %")) / 100 - row.error) < 0.006, threshold
    assert f"({meta['heldout_titles']} titles)" in card


def test_the_default_review_threshold_is_the_one_the_card_curve_chooses() -> None:
    """The shipped LOWCONF threshold is the lowest at and above which the baseline's
    cross-validated error among auto-accepted items stays within 2%; rebuilding the baseline
    with a different curve must bring the rule file along."""
    from app.core import evaluation
    from app.core.rule_files import load_rules

    meta = json.loads((bundled_models_dir() / "baseline.json").read_text(encoding="utf-8"))
    curve = [evaluation.CurvePoint(t, c, round(c * meta["heldout_titles"]), e)
             for t, c, e in meta["metrics"]["cross_validated"]["curve"]]
    chosen = evaluation.choose_threshold(curve)
    assert chosen is not None and chosen == meta["metrics"]["cross_validated"]["threshold"]
    default = load_rules([resources_dir() / "rules" / "default.toml"]).review_below
    assert default == pytest.approx(chosen)
    for p in curve:
        if p.threshold >= default and p.accepted:
            assert p.error_rate <= evaluation.MAX_AUTO_ERROR
