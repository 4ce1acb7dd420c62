"""Thai titles wrap at word boundaries in the PDFs (app.core.line_breaks): the break points, the
line filling, an invoice and a packing list read back line by line, copied text without
zero-width spaces, the fallback without the segmenter, and Vietnamese and Malay left as they were."""
from __future__ import annotations

import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from app.core import line_breaks
from app.core.doc_lines import DocLine
from app.core.documents import Layout, render_invoice
from app.core.fonts import font_set
from app.core.line_breaks import ZWSP, WordWrapped, break_points, fill, paragraph, words
from app.core.packing_list import render_packing_list
from app.core.shipment import parse_shipment
from tests.test_documents import shipment

# "|" marks every place a line may end: between words, and between the words of a compound.
GOLD = [
    "กระเป๋า|สะพาย|ข้าง|ผู้|หญิง|หนัง|แท้|สี|ดำ",  # women's genuine leather shoulder bag, black
    "ชุด|เครื่อง|ครัว|สแตนเลส|หม้อ|กระทะ|พร้อม|ฝา|ปิด|แก้ว",  # stainless cookware set with glass lids
    "หู|ฟัง|บลูทูธ|ไร้|สาย|พร้อม|กล่อง|ชาร์จ|แบตเตอรี่|ใช้|งาน|ได้|นาน",  # wireless earphones with case
    "มะม่วง|อบ|แห้ง|รส|หวาน|ธรรมชาติ|ไม่|ใส่|น้ำ|ตาล|บรรจุ|ถุง|ซิป|ล็อค",  # dried mango, no added sugar
    "ของ|เล่น|เด็ก|ตัว|ต่อ|พลาสติก|เสริม|พัฒนาการ|สำหรับ|เด็ก|อายุ|สาม|ปี|ขึ้น|ไป",  # building blocks
]
TITLES = [g.replace("|", "") for g in GOLD]
LONG = "".join(TITLES[2:])  # one run of Thai several lines long in a description column


def boundaries(gold: str) -> set[int]:
    cuts, at = set(), 0
    for word in gold.split("|")[:-1]:
        at += len(word)
        cuts.add(at)
    return cuts


ALLOWED = {title: boundaries(gold) for title, gold in zip(TITLES, GOLD)}
ALLOWED[LONG] = boundaries("|".join(GOLD[2:]))  # the titles' words, and where one title meets the next


def measure(size: float = 8) -> object:
    fs = font_set()
    return lambda s: fs.width(s, size)


def line_ends(lines: list[str]) -> list[int]:
    ends, at = [], 0
    for line in lines[:-1]:
        at += len(line)
        ends.append(at)
    return ends


def test_break_points_are_word_boundaries_and_find_most_of_them() -> None:
    for title, allowed in ALLOWED.items():
        points = break_points(title)
        assert set(points) <= allowed, (title, sorted(set(points) - allowed))
        assert len(points) >= 0.6 * len(allowed), (title, points)
    assert break_points("Áo thun nữ cổ tròn") == [] and break_points("Baju kurung moden") == []


def test_no_break_before_a_mark_or_following_vowel_nor_after_a_leading_vowel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever the segmenter says, a line never starts with a tone mark or sara aa, nor ends with sara e."""
    run = "เก่งมาก"  # a segmenter cutting it at every character
    monkeypatch.setattr(line_breaks, "_segmenter", lambda: list)
    line_breaks._run_breaks.cache_clear()
    try:
        # e|ก|่|ง|ม|า|ก: after sara e, before the tone mark and before sara aa are refused
        assert break_points(run) == [3, 4, 6]
        assert break_points("ก่อน " + run) == [2, 3, 5 + 3, 5 + 4, 5 + 6]
    finally:
        line_breaks._run_breaks.cache_clear()


def test_fill_ends_lines_only_at_word_boundaries_and_each_line_fits() -> None:
    width = measure()
    for title, allowed in ALLOWED.items():
        for room in (40, 60, 90, 140):
            lines = fill(title, room, width).split("\n")
            assert "".join(lines) == title  # nothing added, nothing lost
            assert set(line_ends(lines)) <= allowed, (room, lines)
            assert all(width(ln) <= room for ln in lines if len(words(ln)) > 1), (room, lines)
            assert len(lines) == 1 or width(lines[0] + words(lines[1])[0]) > room - line_breaks.FIT_SLACK  # filled


def test_fill_keeps_spaces_newlines_and_drops_zero_width_spaces() -> None:
    width = measure()
    text = "หูฟังบลูทูธ   ไร้สาย\nBluetooth 5.3 รุ่นใหม่"
    assert fill(text, 1000, width) == "หูฟังบลูทูธ ไร้สาย\nBluetooth 5.3 รุ่นใหม่"  # white space once, as reportlab draws it
    narrow = fill(text, 45, width).split("\n")
    assert all(not ln.startswith(" ") and not ln.endswith(" ") for ln in narrow)
    assert fill(f"กระเป๋า{ZWSP}สะพาย", 1000, width) == "กระเป๋าสะพาย"
    assert fill(f"กระเป๋า{ZWSP}สะพาย", width("กระเป๋าสะ"), width) == "กระเป๋า\nสะพาย"
    assert words("Áo  thun\nnữ") == ["Áo", "thun", "nữ"] and words("ไซส์ใหญ่ XL") == ["ไซส์", "ใหญ่", "XL"]


def test_a_thai_title_needs_no_wider_column_than_an_english_one() -> None:
    lay = Layout(500)
    rows: list[list[object]] = [["#", "SKU", "Description of goods", "Qty"]]
    english = lay.table(rows + [[1, "A-1", "Women's genuine leather shoulder bag, black, with a long strap", "1"]],
                        [4, 13, 38, 9], numeric=(0, 3), wrap=(1, 2))
    thai = lay.table(rows + [[1, "A-1", LONG, "1"]], [4, 13, 38, 9], numeric=(0, 3), wrap=(1, 2))
    assert thai._colWidths == english._colWidths
    assert isinstance(lay.p(LONG), WordWrapped) and isinstance(lay.p("Áo thun"), Paragraph)


def render(tmp_path: Path, titles: list[str], name: str = "doc") -> tuple[Path, Path]:
    spec = parse_shipment(shipment(lines=[{"sku": "X", "quantity": 1}], packages=[]))
    lines = [DocLine(f"SKU-{i}", t, "610910", "TH", Decimal(1), "pcs", Decimal("6.50"), Decimal("0.2"), None, None)
             for i, t in enumerate(titles)]
    return (render_invoice(spec, lines, tmp_path / f"{name}-invoice.pdf"),
            render_packing_list(spec, lines, tmp_path / f"{name}-packing.pdf"))


def cell_lines(path: Path, sku: str) -> list[str]:
    """The lines pypdf reads between a row's SKU and its HS code: its description, line by line."""
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages).split("\n")
    start = text.index(sku) + 1
    return text[start:text.index("610910", start)]


def test_long_thai_titles_wrap_at_word_boundaries_in_the_invoice_and_packing_list(tmp_path: Path) -> None:
    titles = [LONG, TITLES[0], f"กระเป๋า{ZWSP}สะพายข้างผู้หญิงหนังแท้สีดำ"]
    for path in render(tmp_path, titles):
        lines = cell_lines(path, "SKU-0")
        assert len(lines) >= 2 and "".join(lines) == LONG, lines
        assert set(line_ends(lines)) <= ALLOWED[LONG], lines
        assert "".join(cell_lines(path, "SKU-2")) == TITLES[0]  # the ZWSP is not printed
        if shutil.which("pdftotext"):  # what a person gets when copying the text
            copied = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                                    check=True).stdout
            assert ZWSP not in copied and all(line in copied for line in lines), copied
        assert ZWSP not in "".join(p.extract_text() for p in PdfReader(path).pages)


def test_a_thai_paragraph_longer_than_a_page_splits_across_pages(tmp_path: Path) -> None:
    spec = parse_shipment(shipment(lines=[{"sku": "X", "quantity": 1}], packages=[], shipping_marks=" ".join([LONG] * 60)))
    lines = [DocLine("SKU-0", TITLES[0], "610910", "TH", Decimal(1), "pcs", Decimal("6.50"), Decimal("0.2"), None, None)]
    path = render_invoice(spec, lines, tmp_path / "marks.pdf")
    pages = [p.extract_text() for p in PdfReader(path).pages]
    assert len(pages) >= 2 and LONG in pages[-1].replace("\n", "").replace(" ", "")


def test_without_the_segmenter_thai_prints_as_before_and_nothing_fails(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(line_breaks, "_loaded", [])
    monkeypatch.setitem(sys.modules, "pythainlp.tokenize", None)  # as if it were not installed
    assert line_breaks._segmenter() is None
    assert break_points(LONG) == [] and words(f"{LONG} x") == [LONG, "x"]
    para = paragraph(LONG, Layout(500).st["base"], font_set())
    assert type(para) is Paragraph or (type(para) is WordWrapped and para.shaped)  # shaped Thai is laid out to be drawn shaped
    invoice, packing = render(tmp_path, [LONG])
    assert "".join(cell_lines(invoice, "SKU-0")) == LONG and "".join(cell_lines(packing, "SKU-0")) == LONG


def test_vietnamese_and_malay_documents_are_the_same_with_or_without_the_segmenter(tmp_path: Path,
                                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    titles = ["Áo thun nữ cổ tròn tay ngắn chất liệu cotton thoáng mát, in hoạ tiết hoa nhí",
              "Baju kurung moden wanita kain kapas berkualiti tinggi, saiz besar",
              "Kaos pria lengan pendek bahan katun premium", "Bánh tráng trộn Tây Ninh đặc biệt  "]
    with_segmenter = render(tmp_path, titles, "with")
    monkeypatch.setattr(line_breaks, "_segmenter", lambda: None)
    without = render(tmp_path, titles, "without")
    for a, b in zip(with_segmenter, without):
        assert a.read_bytes() == b.read_bytes(), a.name
