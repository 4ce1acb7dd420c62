"""Helpers shared by the benchmarks: timing, peak memory and generated catalogues."""
from __future__ import annotations

import csv
import random
import resource
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.core.paths import bundled_data_dir


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


@contextmanager
def timed(label: str, results: dict[str, float]) -> Iterator[None]:
    start = time.perf_counter()
    yield
    results[label] = time.perf_counter() - start


def starter_titles() -> list[str]:
    with open(bundled_data_dir() / "starter_titles.csv", encoding="utf-8", newline="") as f:
        return [r["title"] for r in csv.DictReader(f)]


def generate_catalogue(path: Path, rows: int, seed: int = 7) -> Path:
    """A catalogue of `rows` items whose titles are drawn from the starter titles with variations."""
    rng = random.Random(seed)
    titles = starter_titles()
    colours = ["", "Black", "White", "Pink", "Navy", "Beige", "Red", "Green"]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["SKU", "Product Name", "Description", "Material", "Country of Origin", "Price", "Currency", "Weight (kg)"])
        for i in range(rows):
            title = f"{rng.choice(titles)} {rng.choice(colours)}".strip()
            w.writerow([f"GEN-{i:07d}", title, "", "", rng.choice(["TH", "VN", "MY", "ID", "CN"]),
                        f"{rng.uniform(1, 80):.2f}", "USD", f"{rng.uniform(0.05, 3):.3f}"])
    return path


class Heartbeat:
    """A 5 ms timer on the GUI thread: the longest gap between its beats (``worst``, seconds) is
    the longest the window did not answer; ``gaps`` keeps every gap over ``kept`` seconds.
    Needs a QApplication; Qt is imported only here."""

    def __init__(self, kept: float = 0.05) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.last = time.perf_counter()
        self.worst = 0.0
        self.kept = kept
        self.gaps: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.beat)
        self.timer.start()

    def beat(self) -> None:
        now = time.perf_counter()
        gap = now - self.last
        self.worst = max(self.worst, gap)
        if gap > self.kept:
            self.gaps.append(gap)
        self.last = now

    def over(self, seconds: float) -> int:
        """How many gaps since the last reset were longer than `seconds` (at least ``kept``)."""
        return sum(g > seconds for g in self.gaps)

    def reset(self) -> None:
        self.last, self.worst = time.perf_counter(), 0.0
        self.gaps.clear()
