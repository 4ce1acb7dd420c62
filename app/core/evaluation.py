"""Honest measurement of a classifier on labelled items.

Top-k accuracy at chapter (2), heading (4) and subheading (6) level, expected calibration
error, and the selective-prediction curve: for each confidence threshold, the share of
items the model would accept on its own (coverage) and how often those are wrong. The
curve is what the review threshold is chosen from.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.core.catalogue import CatalogueError, map_columns, read_table
from app.core.classifier import HSModel, Suggestion
from app.core.jobs import Progress, no_progress
from app.core.messages import Message
from app.core.nomenclature import nomenclature

LEVELS = (2, 4, 6)
KS = (1, 3, 5)
BINS = 10
THRESHOLDS = tuple(round(i / 100, 2) for i in range(0, 100))
MAX_AUTO_ERROR = 0.02
# held-out items under which a share moves by several points per item: two versions' figures on
# fewer are not compared (the window and the command line say so beside them)
FEW_TO_COMPARE = 30


@dataclass(frozen=True)
class LabelledItem:
    text: str
    code: str
    # the fields the text joins, when the file gives them apart (a benchmark imports them as a catalogue would)
    title: str = ""
    material: str = ""
    description: str = ""


@dataclass(frozen=True)
class CurvePoint:
    threshold: float
    coverage: float
    accepted: int
    error_rate: float


@dataclass(frozen=True)
class ReliabilityBin:
    low: float
    high: float
    count: int
    confidence: float
    accuracy: float


@dataclass
class Evaluation:
    n: int
    accuracy: dict[str, float]  # "top1@6" -> share
    ece: float
    curve: list[CurvePoint]
    reliability: list[ReliabilityBin]
    threshold: float | None  # lowest threshold whose auto-accepted error is <= MAX_AUTO_ERROR
    extra: dict[str, Any] = field(default_factory=dict)

    def point(self, threshold: float) -> CurvePoint:
        return curve_at(self.curve, threshold)

    def to_json(self) -> dict[str, Any]:
        bound = error_upper_bound(self.point(self.threshold)) if self.threshold is not None else None
        return {"n": self.n, "accuracy": self.accuracy, "ece": self.ece, "max_auto_error": MAX_AUTO_ERROR,
                "threshold": self.threshold, "threshold_error_upper_95": bound, "curve": [asdict(p) for p in self.curve],
                "reliability": [asdict(b) for b in self.reliability], **self.extra}


# reading ------------------------------------------------------------------------------------
def read_labelled(path: Path) -> list[LabelledItem]:
    """Rows with a title, an optional description and material, and a valid HS 2022 code."""
    frame = read_table(Path(path))
    columns = [str(c) for c in frame.columns]
    mapping = map_columns(columns)
    code_col = next((c for c in columns if c.strip().lower() in ("hs_code", "hs code", "hs", "code")), None)
    if "title" not in mapping or code_col is None:
        raise CatalogueError(f"{path}: a labelled file needs a title column and an hs_code column")
    nom = nomenclature()
    items = []
    for n, row in enumerate(frame.to_dict("records"), start=2):
        try:
            code = nom.validate(str(row.get(code_col) or ""))
        except ValueError as exc:
            raise CatalogueError(f"{path}: row {n}, column {code_col}: {exc}") from None
        title, material, description = (str(row.get(mapping[f]) or "").strip() if f in mapping else ""
                                        for f in ("title", "material", "description"))
        items.append(LabelledItem(" ".join(p for p in (title, material, description) if p), code, title, material,
                                  description))
    if not items:
        raise CatalogueError(f"{path}: no labelled rows")
    return items


# metrics ------------------------------------------------------------------------------------
def topk_accuracy(predictions: Sequence[Sequence[Suggestion]], truth: Sequence[str], k: int, digits: int) -> float:
    """Share of items whose true code agrees, to `digits` digits, with one of the first k suggestions."""
    if not truth:
        return 0.0
    hits = sum(any(c[:digits] == t[:digits] for c, _ in p[:k]) for p, t in zip(predictions, truth))
    return hits / len(truth)


def reliability(confidence: Sequence[float], correct: Sequence[bool], bins: int = BINS) -> list[ReliabilityBin]:
    out = []
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        members = [(c, ok) for c, ok in zip(confidence, correct) if low <= c < high or (b == bins - 1 and c == 1.0)]
        if members:
            out.append(ReliabilityBin(low, high, len(members), sum(c for c, _ in members) / len(members),
                                      sum(ok for _, ok in members) / len(members)))
        else:
            out.append(ReliabilityBin(low, high, 0, 0.0, 0.0))
    return out


def expected_calibration_error(confidence: Sequence[float], correct: Sequence[bool], bins: int = BINS) -> float:
    """Mean gap between confidence and accuracy over equal-width bins, weighted by bin size."""
    n = len(confidence)
    if not n:
        return 0.0
    return sum(b.count / n * abs(b.confidence - b.accuracy) for b in reliability(confidence, correct, bins))


def selective_curve(confidence: Sequence[float], correct: Sequence[bool],
                    thresholds: Sequence[float] = THRESHOLDS) -> list[CurvePoint]:
    """For each threshold: items at or above it are auto-accepted; their share and error rate."""
    n = len(confidence)
    out = []
    for t in thresholds:
        accepted = [ok for c, ok in zip(confidence, correct) if c >= t]
        err = 1 - sum(accepted) / len(accepted) if accepted else 0.0
        out.append(CurvePoint(float(t), len(accepted) / n if n else 0.0, len(accepted), err))
    return out


def choose_threshold(curve: Sequence[CurvePoint], max_error: float = MAX_AUTO_ERROR) -> float | None:
    """The lowest threshold whose auto-accepted items are wrong at most `max_error` of the time.

    Lowest, because it accepts the most; None when no threshold with accepted items does.
    Thresholds above it must hold the bound too, so one lucky bin cannot set it.
    """
    best = None
    for p in sorted(curve, key=lambda p: -p.threshold):
        if p.accepted and p.error_rate > max_error:
            break
        if p.accepted:
            best = p.threshold
    return best


def curve_at(curve: Sequence[CurvePoint], threshold: float) -> CurvePoint:
    """The point for the largest curve threshold not above `threshold`."""
    below = [p for p in curve if p.threshold <= threshold + 1e-9]
    return max(below, key=lambda p: p.threshold) if below else curve[0]


def summarise(predictions: Sequence[Sequence[Suggestion]], truth: Sequence[str]) -> Evaluation:
    accuracy = {f"top{k}@{d}": topk_accuracy(predictions, truth, k, d) for d in LEVELS for k in KS}
    confidence = [p[0][1] if p else 0.0 for p in predictions]
    correct = [bool(p) and p[0][0] == t for p, t in zip(predictions, truth)]
    curve = selective_curve(confidence, correct)
    return Evaluation(len(truth), accuracy, expected_calibration_error(confidence, correct), curve,
                      reliability(confidence, correct), choose_threshold(curve))


def evaluate(model: HSModel, items: Sequence[LabelledItem], progress: Progress = no_progress,
             batch_size: int = 1000) -> Evaluation:
    predictions: list[list[Suggestion]] = []
    for start in range(0, len(items), batch_size):
        progress(start / max(len(items), 1), Message("Predicting {n:,} of {total:,}", n=start + 1, total=len(items)))
        predictions.extend(model.predict([i.text for i in items[start:start + batch_size]], 5))
    progress(1.0, Message("Scoring"))
    return summarise(predictions, [i.code for i in items])


def curve_point(curve: list[list[float]], threshold: float) -> tuple[float, float] | None:
    """(coverage, error among the accepted) of a stored curve at a threshold: its nearest point
    at or below it."""
    below = [p for p in curve if p[0] <= threshold + 1e-9]
    return (below[-1][1], below[-1][2]) if below else None


def compact(ev: Evaluation, review_below: float | None = None) -> dict[str, Any]:
    """The few figures kept with a model version and shown side by side."""
    out: dict[str, Any] = {"n": ev.n, "top1": ev.accuracy["top1@6"], "top5": ev.accuracy["top5@6"], "ece": ev.ece,
                           "threshold": ev.threshold}
    # every 0.05, and every 0.01 from 0.90 up, where review thresholds are set
    out["curve"] = [[p.threshold, round(p.coverage, 4), round(p.error_rate, 4)] for p in ev.curve
                    if round(p.threshold * 100) % 5 == 0 or p.threshold >= 0.9 - 1e-9]
    if review_below is not None and ev.curve:
        p = ev.point(review_below)
        out.update({"review_below": review_below, "coverage": p.coverage, "auto_error": p.error_rate})
    return out


# report and plots --------------------------------------------------------------------------
def format_report(ev: Evaluation, review_below: float | None = None) -> str:
    lines = [f"{ev.n} labelled items"]
    lines.append("accuracy      top-1   top-3   top-5")
    for d, name in ((2, "chapter"), (4, "heading"), (6, "subheading")):
        lines.append(f"{name:<12} " + " ".join(f"{ev.accuracy[f'top{k}@{d}']:7.1%}" for k in KS))
    lines.append(f"expected calibration error: {ev.ece:.3f}")
    lines.append("threshold  coverage  error among auto-accepted")
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        p = ev.point(t)
        lines.append(f"{t:9.2f}  {p.coverage:8.1%}  {p.error_rate:6.1%} ({p.accepted} items)")
    if ev.threshold is None:
        lines.append(f"no threshold keeps the error among auto-accepted items at or below {MAX_AUTO_ERROR:.0%}")
    else:
        p = ev.point(ev.threshold)
        lines.append(f"lowest threshold with at most {MAX_AUTO_ERROR:.0%} error: {ev.threshold:.2f} "
                     f"(coverage {p.coverage:.1%}, error {p.error_rate:.1%}{_evidence(p)})")
    if review_below is not None:
        p = ev.point(review_below)
        lines.append(f"at the current review threshold {review_below:.2f}: coverage {p.coverage:.1%}, "
                     f"error {p.error_rate:.1%}{_evidence(p)}")
    return "\n".join(lines)


def error_upper_bound(point: CurvePoint, z: float = 1.96) -> float:
    """Upper end of the Wilson 95% interval for the error among the auto-accepted items:
    how wrong they could be, given how few there are."""
    n = point.accepted
    if not n:
        return 1.0
    p = point.error_rate
    centre = p + z * z / (2 * n)
    spread = z * ((p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5)
    return min(1.0, (centre + spread) / (1 + z * z / n))


def _evidence(p: CurvePoint) -> str:
    if not p.accepted:
        return ", no items accepted"
    items = "item" if p.accepted == 1 else "items"
    return f", {p.accepted} {items} accepted; at 95% confidence the error could be as high as {error_upper_bound(p):.0%}"


def write_outputs(ev: Evaluation, json_path: Path) -> list[Path]:
    """The JSON report plus two PNGs beside it: the selective curve and the reliability diagram."""
    from app.core.charts import line_chart, reliability_chart

    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(ev.to_json(), indent=2) + "\n", encoding="utf-8")
    curve_png = json_path.with_name(json_path.stem + "-curve.png")
    line_chart(curve_png, "Selective prediction", "confidence threshold",
               [("coverage", [(p.threshold, p.coverage) for p in ev.curve]),
                ("error among auto-accepted", [(p.threshold, p.error_rate) for p in ev.curve])],
               marker=ev.threshold)
    rel_png = json_path.with_name(json_path.stem + "-reliability.png")
    reliability_chart(rel_png, [(b.low, b.high, b.count, b.confidence, b.accuracy) for b in ev.reliability], ev.ece)
    return [json_path, curve_png, rel_png]

