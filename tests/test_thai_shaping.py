"""Thai in the PDFs is set with the font's OpenType rules (app.core.shaping): read back from the
PDF's own drawing operators, a mark beside a tall consonant is drawn left of the consonant's end
and a tone mark takes a different form over a bare consonant than over an upper vowel; the
widths the layout measures are the widths drawn; copied text (pypdf, pdftotext) is the Thai as
written; Vietnamese typed with combining accents prints composed; and without uharfbuzz Thai
prints unshaped, as before."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from app.core import shaping
from app.core.doc_lines import DocLine
from app.core.documents import Layout, render_invoice
from app.core.fonts import font_set
from app.core.line_breaks import WordWrapped, paragraph
from app.core.shipment import parse_shipment
from tests.test_documents import shipment
from tests.test_thai_line_breaks import LONG, TITLES

ROOT = Path(__file__).resolve().parents[1]
# Each word has a mark the font places: ป๋ ปี่ ปั้น ฝ้า (beside a tall stroke), ใช้ ผ้า (tone mark over a bare
# consonant: the lower form), กิ้ง ที่ (over an upper vowel), น้ำ สำ ดำ (sara am's ring), ไซส์ (thanthakhat).
MARKED = ["ป๋องแป๋ง ปี่ ปั้นดินเผา ฝ้าย", "ใช้ได้ดี ผ้าไหม กิ้งก่า ที่นี่", "น้ำปลา สำหรับ สีดำ ไซส์ใหญ่"]


@dataclass
class Glyph:
    text: str  # what the PDF's ToUnicode map says it stands for
    code: int
    font: str
    x: float  # points from the page's text origin, along the line
    width: float  # its advance in points
    rise: float
    size: float


@dataclass
class Span:
    actual: str | None  # the /ActualText of the marked content around it, if any
    glyphs: list[Glyph] = field(default_factory=list)
    end: float = 0.0  # where the pen stood after the last glyph


def to_unicode(font: object) -> dict[int, str]:
    data = font["/ToUnicode"].get_object().get_data().decode("latin-1")  # type: ignore[index]
    data = data[data.index("beginbfchar"):data.index("endbfchar")]
    return {int(code, 16): bytes.fromhex(text).decode("utf-16-be")
            for code, text in re.findall(r"<([0-9A-Fa-f]{2})> <([0-9A-Fa-f]*)>", data)}


def drawn(path: Path) -> list[Span]:
    """Every text object of every page, glyph by glyph, as a viewer positions them.

    Enough of PDF text drawing for reportlab's output: Tf, Ts, Tm, Td, T*, Tj and TJ (with its
    adjustments), each glyph advancing by the font's /Widths entry."""
    spans: list[Span] = []
    reader = PdfReader(path)
    for page in reader.pages:
        fonts = {name: ref.get_object() for name, ref in page["/Resources"]["/Font"].items()}
        maps = {name: to_unicode(f) for name, f in fonts.items() if "/ToUnicode" in f}
        actual: str | None = None
        font, size, rise, x, line_x = "", 0.0, 0.0, 0.0, 0.0
        span = Span(None)
        for operands, op in ContentStream(page.get_contents(), reader).operations:
            if op == b"BDC" and len(operands) > 1 and "/ActualText" in operands[1]:
                actual = str(operands[1]["/ActualText"])
            elif op == b"EMC":
                actual = None
            elif op == b"BT":
                span = Span(actual)
                spans.append(span)
                rise, x, line_x = 0.0, 0.0, 0.0
            elif op == b"Tf":
                font, size = str(operands[0]), float(operands[1])
            elif op == b"Ts":
                rise = float(operands[0])
            elif op == b"Tm":
                x = line_x = float(operands[4])
            elif op == b"Td":
                line_x += float(operands[0])
                x = line_x
            elif op == b"T*":
                x = line_x
            elif op in (b"Tj", b"TJ"):
                items = operands[0] if op == b"TJ" else [operands[0]]
                f = fonts[font]
                first, widths = int(f["/FirstChar"]), [float(w) for w in f["/Widths"]]
                for item in items:
                    if isinstance(item, (int, float)) or type(item).__name__ in ("FloatObject", "NumberObject"):
                        x -= float(item) * size / 1000
                        continue
                    for code in getattr(item, "original_bytes", item):
                        w = widths[code - first] * size / 1000
                        span.glyphs.append(Glyph(maps.get(font, {}).get(code, "?"), code, str(f["/BaseFont"]), x, w, rise, size))
                        x += w
                span.end = x
    return spans


def glyph_text(spans: list[Span]) -> list[Glyph]:
    return [g for s in spans for g in s.glyphs]


def find(glyphs: list[Glyph], word: str) -> list[Glyph]:
    """The glyphs that stand for `word`, in drawing order."""
    text = [g.text for g in glyphs]
    for i in range(len(glyphs)):
        j, got = i, ""
        while j < len(glyphs) and len(got) < len(word) and word.startswith(got + text[j]):
            got += text[j]
            j += 1
        if got == word:
            return glyphs[i:j]
    raise AssertionError(f"{word!r} is not drawn: {''.join(text)[:400]!r}")


def render(tmp_path: Path, titles: list[str], name: str = "shaped", **changes: object) -> Path:
    spec = parse_shipment(shipment(lines=[{"sku": "X", "quantity": 1}], packages=[], **changes))
    lines = [DocLine(f"SKU-{i}", t, "610910", "TH", Decimal(1), "pcs", Decimal("6.50"), Decimal("0.2"), None, None)
             for i, t in enumerate(titles)]
    return render_invoice(spec, lines, tmp_path / f"{name}.pdf")


@pytest.fixture(scope="module")
def shaped_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert "thai" in font_set().scripts_found, "the system fonts from scripts/system-deps.sh"
    assert shaping.available(), "uharfbuzz is a dependency (pyproject.toml)"
    return render(tmp_path_factory.mktemp("shaping"), MARKED, shipping_marks="ส่งที่ กรุงเทพฯ น้ำหนัก",
                  seller={"name": "บริษัท ผ้าไหมไทย จำกัด", "address": "12 ถนนสุขุมวิท", "country": "TH"})


def test_marks_beside_a_tall_consonant_are_drawn_left_of_its_end(shaped_pdf: Path) -> None:
    """Unshaped, sara ii and mai ek start where ป ends and run into its tall stroke."""
    glyphs = glyph_text(drawn(shaped_pdf))
    po, sara_ii, mai_ek = find(glyphs, "ปี่")
    assert sara_ii.x < po.x + po.width - 0.05, (po, sara_ii)
    assert mai_ek.x < po.x + po.width - 0.05 or mai_ek.rise != 0, (po, mai_ek)
    po, chattawa = find(glyphs, "ป๋")[:2]
    assert "Loma" not in po.font or chattawa.x < po.x + po.width - 0.05, (po, chattawa)


def test_a_tone_mark_takes_its_own_form_over_a_bare_consonant_and_over_an_upper_vowel(shaped_pdf: Path) -> None:
    glyphs = glyph_text(drawn(shaped_pdf))
    bare = find(glyphs, "ใช้")[-1]  # mai tho right over cho chang: lower
    stacked = find(glyphs, "กิ้")[-1]  # mai tho over sara i: higher
    assert bare.text == stacked.text == "\u0e49"
    assert (bare.code, bare.rise) != (stacked.code, stacked.rise), (bare, stacked)


def test_each_shaped_run_is_drawn_as_wide_as_it_was_measured(shaped_pdf: Path) -> None:
    """The layout (line filling, column widths) measures with the widths the runs are drawn at."""
    fonts = font_set()
    runs = [s for s in drawn(shaped_pdf) if s.actual]
    assert len(runs) >= 12
    for run in runs:
        start, size = run.glyphs[0].x, run.glyphs[0].size
        bold = any("Bold" in g.font for g in run.glyphs)
        assert abs((run.end - start) - fonts.width(run.actual or "", size, bold)) < 0.01, run


def test_lines_of_shaped_thai_fit_the_width_they_are_laid_out_for() -> None:
    lay = Layout(500)
    for text in [*TITLES, LONG, *MARKED]:
        for width in (30, 45, 60, 90, 140):
            para = paragraph(text, lay.st["base"], lay.fonts)
            assert isinstance(para, WordWrapped) and para.shaped
            _, height = para.wrap(width, 1000)
            lines = para._lines
            assert height == len(lines) * lay.st["base"].leading
            assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost or added
            for line in lines:
                w = lay.fonts.width(line, 8)
                # a line fits, unless it is a single letter with its marks
                assert w <= width or sum(unicodedata.category(c) != "Mn" for c in line) == 1, (text, width, line, w)


def test_copied_text_is_the_thai_as_written(shaped_pdf: Path) -> None:
    pages = [p.extract_text() for p in PdfReader(shaped_pdf).pages]
    lines = "\n".join(pages).split("\n")
    for text in [*MARKED, "ส่งที่ กรุงเทพฯ น้ำหนัก", "บริษัท ผ้าไหมไทย จำกัด", "12 ถนนสุขุมวิท"]:
        assert text in lines, (text, lines)
    assert not re.search("[\ue000-\uf8ff]", "".join(pages))  # no private-use character
    if shutil.which("pdftotext"):
        copied = subprocess.run(["pdftotext", str(shaped_pdf), "-"], capture_output=True, text=True, check=True).stdout
        for text in MARKED:
            assert text in copied.split("\n"), copied
        header = subprocess.run(["pdftotext", "-l", "1", str(shaped_pdf), "-"], capture_output=True, text=True,
                                check=True).stdout
        assert "Commercial invoice INV-0007 - บริษัท ผ้าไหมไทย จำกัด" in header


def test_a_reprint_is_byte_identical_after_other_thai_documents(tmp_path: Path) -> None:
    """Glyphs get keys the first time a process draws them; the PDF does not depend on their order."""
    first = render(tmp_path, ["ฟ้าผ่า ปู่ย่า ฎีกา"], "first").read_bytes()
    render(tmp_path, ["ญี่ปุ่น ฝั่ง ป้าย ฟื้น ปิ่น"], "other")
    assert render(tmp_path, ["ฟ้าผ่า ปู่ย่า ฎีกา"], "again").read_bytes() == first


def test_vietnamese_typed_with_combining_accents_prints_composed(tmp_path: Path) -> None:
    """Unshaped, the breve and acute of ắ (a + U+0306 + U+0301) print on top of each other."""
    title = "Nước mắm Phú Quốc thượng hạng, ấm áp"
    decomposed = unicodedata.normalize("NFD", title)
    assert decomposed != title
    composed = render(tmp_path, [title], "nfc", shipping_marks=title)
    typed = render(tmp_path, [decomposed], "nfd", shipping_marks=decomposed)
    assert typed.read_bytes() == composed.read_bytes()
    assert title in PdfReader(typed).pages[0].extract_text()


FALLBACK = """
import json, sys
sys.modules["uharfbuzz"] = None  # as if it were not installed
from pathlib import Path
from tests.test_thai_shaping import MARKED, drawn, find, glyph_text, render
from app.core import shaping
from app.core.fonts import font_set
path = render(Path(sys.argv[1]), MARKED, "fallback")
glyphs = glyph_text(drawn(path))
po, sara_ii, _ = find(glyphs, "ปี่")
from pypdf import PdfReader
print(json.dumps({"available": shaping.available(), "shaped": any(f.shaped for f in font_set().faces),
                  "actual_text": b"/ActualText" in path.read_bytes(),
                  "ii_offset": sara_ii.x - (po.x + po.width),
                  "text": PdfReader(path).pages[0].extract_text()}))
"""


def test_without_uharfbuzz_thai_prints_unshaped_as_before(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-c", FALLBACK, str(tmp_path)], cwd=ROOT, capture_output=True, text=True,
                         timeout=300, check=False)
    assert run.returncode == 0, run.stderr[-3000:]
    got = json.loads(run.stdout.strip().splitlines()[-1])
    assert got["available"] is False and got["shaped"] is False and got["actual_text"] is False
    assert abs(got["ii_offset"]) < 0.01  # sara ii drawn where ป ends, as reportlab draws a string
    assert all(text in got["text"].split("\n") for text in MARKED), got["text"]
