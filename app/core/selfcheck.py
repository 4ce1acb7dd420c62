"""A headless check that an installation works: database, model, a classification, a PDF.

It runs in a throw-away data folder so it never touches the user's catalogue, and it is
what the packaged application runs after a build (`borderline selfcheck`) to show that
every bundled piece (migrations, starter data, baseline model, fonts, nomenclature) made it
into the bundle and loads.
"""
from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from app.core.jobs import Progress, no_progress

SAMPLE_SIZE = 50


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    seconds: float


@dataclass
class SelfCheckReport:
    checks: list[Check] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks)

    def lines(self) -> list[str]:
        """One line per check and a verdict, for the command line."""
        out = [f"{'ok  ' if c.ok else 'FAIL'} {c.name:<15} {c.detail} ({c.seconds:.2f} s)" for c in self.checks]
        return out + ["self-check passed" if self.ok else "self-check FAILED"]


def _database(state: dict[str, object]) -> str:
    from app.core.db import head_revision
    from app.core.workspace import Workspace

    ws = Workspace(Path(str(state["dir"])) / "data")
    state["ws"] = ws
    ws.set_setting("selfcheck", {"written": True})
    if ws.setting("selfcheck") != {"written": True}:
        raise RuntimeError("a setting written to the database did not read back")
    return f"schema {head_revision()}, SQLite in WAL mode"


def _model(state: dict[str, object]) -> str:
    from app.core.services import ensure_model_report

    setup = ensure_model_report(state["ws"])  # type: ignore[arg-type]
    if setup.source != "bundled":
        raise RuntimeError(f"the shipped baseline model was not used: {setup.reason}")
    model = state["ws"].model()  # type: ignore[attr-defined]
    state["model"] = model
    return f"baseline model, {len(model.classes)} codes"


def _classification(state: dict[str, object]) -> str:
    """The model must reproduce the labels of starter titles it was trained on (also shows
    that data/ is in the bundle): a broken vectorizer or code table fails this at once."""
    from app.core.nomenclature import nomenclature
    from app.core.workspace import starter_examples

    model = state["model"]
    sample = starter_examples()[::max(1, len(starter_examples()) // SAMPLE_SIZE)][:SAMPLE_SIZE]
    tops = [s[0] for s in model.predict([e.text for e in sample], k=1)]  # type: ignore[attr-defined]
    bad = [code for code, _p in tops if not nomenclature().is_subheading(code)]
    if bad:
        raise RuntimeError(f"the model answered {bad[0]!r}, which is not an HS 2022 subheading")
    right = sum(1 for (code, _p), e in zip(tops, sample) if code == e.code)
    if right < 0.8 * len(sample):
        raise RuntimeError(f"only {right} of {len(sample)} starter titles got their own code back")
    return f"{right} of {len(sample)} starter titles classified to their own code"


def _pdf(state: dict[str, object]) -> str:
    from app.core.documents import DocLine, render_invoice
    from app.core.shipment import parse_shipment

    spec = parse_shipment({
        "invoice_number": "SELFCHECK-1", "date": "2026-01-15", "destination": "SG", "incoterm": "DAP",
        "incoterm_place": "Singapore", "currency": "USD",
        "seller": {"name": "Self-check Seller", "address": "1 Test Road", "country": "TH"},
        "consignee": {"name": "Self-check Buyer", "address": "2 Test Street", "country": "SG"},
        "lines": [{"sku": "SC-1", "quantity": 2}],
    })
    line = DocLine("SC-1", "เสื้อยืด cotton T-shirt / Áo thun", "610910", "TH", Decimal(2), "pcs", Decimal("4.50"),
                   Decimal("0.2"))
    path = render_invoice(spec, [line], Path(str(state["dir"])) / "invoice.pdf")
    state["pdf"] = path
    head = path.read_bytes()[:5]
    if head != b"%PDF-":
        raise RuntimeError("the rendered invoice is not a PDF file")
    from app.core.fonts import font_set
    from app.core.line_breaks import breaks_words

    thai = "Thai lines break between words" if breaks_words(line.description) else "no Thai word segmenter"
    marks = "Thai marks shaped (HarfBuzz)" if font_set().shapes(line.description) else "Thai marks unshaped"
    return f"invoice rendered, {path.stat().st_size:,} bytes; {thai}; {marks}"


Step = Callable[[dict[str, object]], str]

STEPS: list[tuple[str, Step]] = [
    ("database", _database),
    ("model", _model),
    ("classification", _classification),
    ("pdf", _pdf),
]
# A step is skipped when the step it needs failed.
NEEDS = {"model": "database", "classification": "model", "window": "database"}


def run_selfcheck(progress: Progress = no_progress, extra: list[tuple[str, Step]] | None = None) -> SelfCheckReport:
    """Run every step in a temporary folder. `extra` steps (the window, from the GUI layer)
    run last with the same state: the open workspace under "ws" and the folder under "dir"."""
    report = SelfCheckReport()
    steps = STEPS + list(extra or [])
    with tempfile.TemporaryDirectory(prefix="borderline-selfcheck-") as tmp:
        state: dict[str, object] = {"dir": tmp}
        try:
            for i, (name, step) in enumerate(steps):
                progress(i / len(steps), f"Checking {name}")
                needed = NEEDS.get(name)
                if needed and not any(c.ok for c in report.checks if c.name == needed):
                    report.checks.append(Check(name, False, f"skipped: the {needed} check failed", 0.0))
                    continue
                start = time.perf_counter()
                try:
                    detail = step(state)
                    report.checks.append(Check(name, True, detail, time.perf_counter() - start))
                except Exception as exc:  # each failure is reported, not raised
                    report.checks.append(Check(name, False, f"{exc.__class__.__name__}: {exc}",
                                               time.perf_counter() - start))
        finally:
            ws = state.get("ws")
            if ws is not None:
                ws.close()  # type: ignore[attr-defined]
    progress(1.0, "Self-check done")
    return report
