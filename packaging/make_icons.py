"""Render resources/icons/borderline.svg to the PNG sizes desktops ask for, and to the
Windows .ico and macOS .icns the PyInstaller spec uses. Run after changing the SVG:

    python packaging/make_icons.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int, out: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    image.save(str(out))


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = ICONS / "borderline.svg"
    pngs = []
    for size in SIZES:
        out = ICONS / f"borderline-{size}.png"
        render(svg, size, out)
        pngs.append(out)
    big = Image.open(ICONS / "borderline-512.png")
    big.save(ICONS / "borderline.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    big.save(ICONS / "borderline.icns")
    print(f"wrote {len(pngs)} PNGs, borderline.ico and borderline.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
