"""The running page header and footer, drawn straight on the canvas, use the same per-script
fonts as the body: a Thai or Vietnamese seller name prints as itself, not as empty boxes, on
every page of both documents, and markup in the name prints literally."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from pypdf import PdfReader

from app.core.fonts import Candidate, font_set
from app.core.shipment import parse_shipment
from app.core.shipment_documents import build_documents
from tests.test_documents import QTY, flat, shipment


THAI_SELLER = "บริษัท สยามคราฟต์ จำกัด"
VIET_SELLER = "Công ty TNHH Thủ Công Việt"
SELLER = f"{THAI_SELLER} <b>&amp;</b> {VIET_SELLER}"
HEADER_SIZE = 7.5  # the header and footer size; the body uses 7, 8 and bigger


def header_runs(path: Path) -> list[list[tuple[str, str]]]:
    """Per page, the (base font, text) runs drawn at the header's size, in drawing order."""
    pages = []
    for page in PdfReader(path).pages:
        runs: list[tuple[str, str]] = []

        def visit(text: str, cm: object, tm: object, font: object, size: float, runs=runs) -> None:
            if text and font is not None and abs(size - HEADER_SIZE) < 0.01:  # the spaces between runs too
                runs.append((str(font["/BaseFont"]), text))  # type: ignore[index]

        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return pages


def page_fonts(path: Path) -> dict[str, bool]:
    """Every font any page uses, with whether its outlines are embedded."""
    fonts: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described.get("/FontDescriptor")
            embedded = descriptor is not None and any(k in descriptor.get_object() for k in ("/FontFile", "/FontFile2",
                                                                                             "/FontFile3"))
            fonts[str(font["/BaseFont"])] = embedded
    return fonts


def test_thai_and_vietnamese_seller_names_print_in_the_header_of_every_page(ready_ws, tmp_path: Path) -> None:
    assert "thai" in font_set().scripts_found, "the system fonts from scripts/system-deps.sh"
    raw = shipment(lines=[{"sku": sku, "quantity": 1} for sku in QTY] * 30, packages=[])
    raw["seller"] = dict(raw["seller"], name=SELLER)  # type: ignore[call-overload]
    res = build_documents(ready_ws, parse_shipment(raw), raw, tmp_path / "out")
    for path, title in ((res.invoice, "Commercial invoice INV-0007"), (res.packing_list, "Packing list for invoice INV-0007")):
        pages = header_runs(path)
        assert len(pages) >= 2, path.name
        for n, runs in enumerate(pages, 1):
            drawn = flat("".join(text for _, text in runs))  # the runs as pypdf reads them, spaces and line ends included
            assert drawn.startswith(f"{title} - {SELLER}"), (path.name, n, drawn)  # markup printed as written
            assert drawn.endswith(f"Page {n} of {len(pages)}"), (path.name, n, drawn)
            thai = [font for font, text in runs if any("\u0e00" <= c <= "\u0e7f" for c in text)]
            assert thai and all("Loma" in f or "Garuda" in f or "Thai" in f or "Tahoma" in f for f in thai), runs
            viet = [font for font, text in runs if any(c in text for c in "ôủệ")]
            assert viet and all("Helvetica" not in f for f in viet), runs
            assert not any("Helvetica" in font for font, _ in runs), runs
        fonts = page_fonts(path)
        assert fonts and all(fonts.values()), fonts  # every font embedded: no stray built-in Helvetica
        if shutil.which("pdffonts"):
            listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
            assert "Helvetica" not in listing, listing
        if shutil.which("pdftotext"):
            first = subprocess.run(["pdftotext", "-l", "1", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout
            assert f"{title} - {SELLER}" in first, first


def test_a_header_too_long_for_the_page_is_cut_with_an_ellipsis_and_never_parsed() -> None:
    fs = font_set()
    text = f"Commercial invoice INV-1 - {SELLER} " * 6
    cut = fs.fit(text, HEADER_SIZE, 400)
    assert cut.endswith("\u2026") and text.startswith(cut[:-1]) and fs.width(cut, HEADER_SIZE) <= 400
    assert fs.fit("short", HEADER_SIZE, 400) == "short"
    runs = fs.font_runs(f"A <b>&amp;</b> {THAI_SELLER} ệ")
    assert "".join(t for _, t in runs) == f"A <b>&amp;</b> {THAI_SELLER} ệ"
    assert [f for f, t in runs if THAI_SELLER.split()[0] in t] == ["BL-thai"]
    assert fs.font_runs("Page 1 of 2", bold=True) == [(fs.bold, "Page 1 of 2")]
    bare = font_set((Candidate("latin", "/nonexistent/font.ttf"),))  # no TrueType font: Helvetica, still prints
    assert bare.font_runs("Page 1 of 1") == [("Helvetica", "Page 1 of 1")]
