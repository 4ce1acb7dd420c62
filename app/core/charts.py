"""Small PNG charts drawn with Pillow: the selective-prediction curve and a reliability diagram.

Plain raster drawing keeps the core free of a plotting library and of Qt.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

SIZE = (640, 440)
MARGIN = (64, 40, 24, 56)  # left, top, right, bottom
COLOURS = ((31, 119, 180), (214, 39, 40), (44, 160, 44), (110, 110, 110))


def _frame(title: str, x_label: str, y_label: str) -> tuple[Image.Image, ImageDraw.ImageDraw, tuple[int, int, int, int]]:
    img = Image.new("RGB", SIZE, "white")
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default()
    left, top, right, bottom = MARGIN[0], MARGIN[1], SIZE[0] - MARGIN[2], SIZE[1] - MARGIN[3]
    draw.rectangle((left, top, right, bottom), outline="black")
    for i in range(11):
        v = i / 10
        x = left + v * (right - left)
        y = bottom - v * (bottom - top)
        draw.line((x, bottom, x, bottom + 4), fill="black")
        draw.line((left - 4, y, left, y), fill="black")
        if i % 2 == 0:
            draw.text((x - 8, bottom + 6), f"{v:.1f}", fill="black", font=font)
            draw.text((left - 30, y - 6), f"{v:.1f}", fill="black", font=font)
        if 0 < i < 10:
            draw.line((left + 1, y, right - 1, y), fill=(235, 235, 235))
    draw.text((left, 12), title, fill="black", font=font)
    draw.text(((left + right) // 2 - 40, bottom + 24), x_label, fill="black", font=font)
    draw.text((6, top - 20), y_label, fill="black", font=font)
    return img, draw, (left, top, right, bottom)


def _xy(box: tuple[int, int, int, int], x: float, y: float) -> tuple[float, float]:
    left, top, right, bottom = box
    return left + x * (right - left), bottom - max(0.0, min(1.0, y)) * (bottom - top)


def line_chart(path: Path, title: str, x_label: str, series: Sequence[tuple[str, Sequence[tuple[float, float]]]],
               marker: float | None = None) -> Path:
    """Lines on a unit square; `marker` draws a vertical line at that x (the chosen threshold)."""
    img, draw, box = _frame(title, x_label, "share")
    font = ImageFont.load_default()
    for n, (name, points) in enumerate(series):
        colour = COLOURS[n % len(COLOURS)]
        xy = [_xy(box, x, y) for x, y in points]
        if len(xy) > 1:
            draw.line(xy, fill=colour, width=2)
        draw.text((box[2] - 200, box[1] + 8 + 14 * n), name, fill=colour, font=font)
    if marker is not None:
        x, _ = _xy(box, marker, 0)
        draw.line((x, box[1], x, box[3]), fill=COLOURS[3], width=1)
        draw.text((x + 3, box[1] + 4), f"{marker:.2f}", fill=COLOURS[3], font=font)
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "PNG")
    return path


def reliability_chart(path: Path, bins: Sequence[tuple[float, float, int, float, float]], ece: float) -> Path:
    """Bars of accuracy per confidence bin against the diagonal of perfect calibration."""
    img, draw, box = _frame(f"Reliability (expected calibration error {ece:.3f})", "confidence", "accuracy")
    font = ImageFont.load_default()
    draw.line((_xy(box, 0, 0), _xy(box, 1, 1)), fill=COLOURS[3], width=1)
    for low, high, count, _confidence, accuracy in bins:
        if not count:
            continue
        x0, y0 = _xy(box, low, accuracy)
        x1, y1 = _xy(box, high, 0)
        draw.rectangle((x0 + 2, y0, x1 - 2, y1), fill=COLOURS[0], outline="black")
        draw.text((x0 + 4, y0 - 12), str(count), fill="black", font=font)
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "PNG")
    return path
