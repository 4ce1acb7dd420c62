"""Line breaks at word boundaries for Thai text in the PDFs.

Thai is written without spaces between words, and reportlab breaks a line only at white
space: a Thai product title longer than its column was cut wherever the column ended, inside
a word or between a consonant and its vowel. :func:`break_points` finds the word boundaries
with PyThaiNLP's dictionary segmenter (newmm, pure Python, on Thai runs only), :func:`fill`
puts a paragraph's line breaks at the last boundary or space that fits a width, and
:class:`WordWrapped` is a paragraph laid out that way for whatever width it is given.

reportlab offers no zero-width break of its own: a ZERO WIDTH SPACE in the text does not let it
break there (it splits words with ``str.split``, which keeps U+200B), and where it does treat
one as white space it draws an ordinary space. So the breaks are made here, as explicit line
ends, and no ZWSP reaches the PDF: text copied from it reads as the title, a line per line.

Text without Thai letters is never touched. Without the segmenter (not installed, or a bundle
without its dictionary) Thai text has no word boundaries and prints as before.

Where the Thai font shapes its runs (:mod:`app.core.shaping`, with uharfbuzz), a
:class:`WordWrapped` lays out and draws its lines itself: the lines :func:`fill` makes, measured
and drawn with the same shaped widths, a word wider than the line cut between letters (never
before a mark: :func:`cut`). reportlab's Paragraph would draw them unshaped.
"""
from __future__ import annotations

import os
import re
import threading
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from app.core.fonts import composed

if TYPE_CHECKING:
    from app.core.fonts import FontSet

THAI_RUN = re.compile("[\u0e00-\u0e7f]+")
ZWSP = "\u200b"
NO_LINE_START = frozenset("\u0e30\u0e32\u0e33\u0e45\u0e46\u0e2f")  # sara a, aa, am, lakkhangyao, mai yamok, paiyannoi
NO_LINE_END = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")  # the vowels written before their consonant
FIT_SLACK = 0.1  # points a filled line leaves free, so reportlab's own measure never breaks it again

_LOCK = threading.Lock()
_loaded: list[Callable[[str], list[str]] | None] = []


def _segmenter() -> Callable[[str], list[str]] | None:
    """PyThaiNLP's newmm segmenter, loaded once (its word list takes about a second), or None when it cannot be."""
    with _LOCK:
        if not _loaded:
            _loaded.append(_load())
        return _loaded[0]


def _load() -> Callable[[str], list[str]] | None:
    # Read-only: PyThaiNLP would otherwise make ~/pythainlp-data for downloads newmm never needs.
    os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
    try:
        from pythainlp.tokenize import word_tokenize

        word_tokenize("ภาษาไทย", engine="newmm")  # reads the dictionary now
    except Exception:  # noqa: BLE001 - not installed, or no dictionary in a bundle: no Thai word breaks
        return None
    return lambda run: word_tokenize(run, engine="newmm", keep_whitespace=True)


def has_thai(text: str) -> bool:
    return THAI_RUN.search(text) is not None


def breaks_words(text: str) -> bool:
    """True when the text has Thai and its word boundaries can be found."""
    return has_thai(text) and _segmenter() is not None


def break_points(text: str) -> list[int]:
    """Indices inside runs of Thai before which a line may break: the word boundaries.

    A boundary the segmenter puts before a vowel or mark that cannot start a line, or after a
    vowel written before its consonant, is left out. None without the segmenter."""
    if not has_thai(text) or _segmenter() is None:
        return []
    return [run.start() + at for run in THAI_RUN.finditer(text) for at in _run_breaks(run.group())]


@lru_cache(maxsize=4096)
def _run_breaks(run: str) -> tuple[int, ...]:
    """The word boundaries inside one run of Thai (each title is measured, then laid out: once)."""
    segment = _segmenter()
    try:
        words = segment(run) if segment is not None else [run]
    except Exception:  # noqa: BLE001 - a failing segmenter costs this run its word breaks, not the document
        return ()
    if "".join(words) != run:  # it changed the text: break nowhere in this run
        return ()
    points, at = [], 0
    for word in words[:-1]:
        at += len(word)
        if run[at] not in NO_LINE_START and run[at - 1] not in NO_LINE_END and unicodedata.category(run[at]) != "Mn":
            points.append(at)
    return tuple(points)


def _breaking_space(ch: str) -> bool:
    return ch.isspace() and ch != "\xa0"  # reportlab keeps a no-break space inside its word


def _pieces(line: str) -> list[tuple[str, str]]:
    """One line of text (no newline) as (separator, piece): the pieces between the places it may
    break, each with " " when white space came before it and "" at a word boundary or a ZWSP.
    A run of white space counts once, as reportlab draws it; a ZWSP is dropped."""
    points = set(break_points(line))
    pieces: list[tuple[str, str]] = []
    sep, cur = "", []
    for i, ch in enumerate(line):
        if ch == ZWSP or _breaking_space(ch):
            if cur:
                pieces.append((sep, "".join(cur)))
                sep, cur = "", []
            if ch != ZWSP:
                sep = " "
            continue
        if i in points and cur:
            pieces.append((sep, "".join(cur)))
            sep, cur = "", []
        cur.append(ch)
    if cur:
        pieces.append((sep, "".join(cur)))
    return pieces


def words(text: str) -> list[str]:
    """The pieces a line of the text may be broken into: ``text.split()`` for text without
    Thai, and Thai cut at its word boundaries too (a column's narrowest width is its longest piece)."""
    if not breaks_words(text):
        return text.split()
    return [piece for line in text.split("\n") for _, piece in _pieces(line)]


def fill(text: str, width: float, measure: Callable[[str], float]) -> str:
    """The text with a newline wherever a line of `width` points is full, at the last space or
    Thai word boundary that fits (measure gives a string's width). A piece wider than the line
    stays whole, for reportlab to cut as before; newlines in the text are kept.

    Widths add up piece by piece: a TrueType string is as wide as its characters."""
    room = width - FIT_SLACK
    space = measure(" ")
    lines = []
    for para in text.split("\n"):
        line, used = "", 0.0
        for sep, piece in _pieces(para):
            w = measure(piece)
            gap = space if sep else 0.0
            if line and used + gap + w > room:
                lines.append(line)
                line, used = piece, w
            elif line:
                line, used = line + sep + piece, used + gap + w
            else:
                line, used = piece, w
        lines.append(line)
    return "\n".join(lines)


def _may_cut(text: str, at: int) -> bool:
    """Whether a word too long for its line may be cut before text[at]: not before a mark or a
    vowel that cannot start a line, nor after a vowel written before its consonant."""
    ch = text[at]
    return unicodedata.category(ch) != "Mn" and ch not in NO_LINE_START and text[at - 1] not in NO_LINE_END


def cut(line: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """A line wider than `width` with no place to break, cut into lines that fit, each as full as
    it can be (a single letter with its marks wider than the line stays whole)."""
    parts = []
    while measure(line) > width:
        stops = [i for i in range(1, len(line)) if _may_cut(line, i)]
        if not stops:
            break
        lo, hi = 0, len(stops) - 1
        while lo < hi:  # the last stop whose part fits
            mid = (lo + hi + 1) // 2
            if measure(line[:stops[mid]]) <= width:
                lo = mid
            else:
                hi = mid - 1
        parts.append(line[:stops[lo]])
        line = line[stops[lo]:]
    return parts + [line]


class WordWrapped(Flowable):
    """A paragraph of literal text whose lines end at word boundaries, laid out for each width.

    It holds the text rather than markup: at each width it is wrapped to, the lines are
    filled (:func:`fill`) and a plain :class:`Paragraph` of them is drawn, one line per line.
    Splitting across pages gives that paragraph's parts. Text the fonts shape is laid out and
    drawn here instead, line by line, with the widths it is drawn at."""

    def __init__(self, text: str, style: ParagraphStyle, fonts: FontSet, bold: bool = False) -> None:
        super().__init__()
        self.text, self.style, self.fonts, self.bold = text, style, fonts, bold
        self.shaped = fonts.shapes(text)
        self._laid_for: float | None = None
        self._para: Paragraph | None = None
        self._lines: list[str] = []

    def _measure(self, s: str) -> float:
        return self.fonts.width(s, self.style.fontSize, self.bold)

    def _room(self, avail_width: float) -> float:
        st = self.style
        return avail_width - st.leftIndent - st.rightIndent - max(st.firstLineIndent, 0)

    def _paragraph(self, avail_width: float) -> Paragraph:
        if self._para is None or avail_width != self._laid_for:
            text = fill(self.text, self._room(avail_width), self._measure)
            self._para = Paragraph(self.fonts.markup(text, self.bold), self.style)
            self._laid_for = avail_width
        return self._para

    def _layout(self, avail_width: float) -> list[str]:
        """The lines at this width (shaped text): filled, and a word wider than the line cut."""
        if avail_width != self._laid_for:
            room = self._room(avail_width)
            self._lines = [part for line in fill(self.text, room, self._measure).split("\n")
                           for part in cut(line, room, self._measure)]
            self._laid_for = avail_width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self.shaped:
            self.width, self.height = availWidth, len(self._layout(availWidth)) * self.style.leading
        else:
            self.width, self.height = self._paragraph(availWidth).wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        if not self.shaped:
            return self._paragraph(availWidth).split(availWidth, availHeight)
        lines = self._layout(availWidth)
        room = int((availHeight + 1e-6) // self.style.leading)
        if room <= 0:
            return []
        if room >= len(lines):
            return [self]
        return [WordWrapped("\n".join(part), self.style, self.fonts, self.bold) for part in (lines[:room], lines[room:])]

    def draw(self) -> None:
        if not self.shaped:
            assert self._para is not None, "drawn before it was wrapped"
            self._para.drawOn(self.canv, 0, 0)
            return
        st, canv = self.style, self.canv
        canv.saveState()
        canv.setFillColor(st.textColor)
        y = self.height - st.fontSize  # the first baseline where a Paragraph puts it
        for i, line in enumerate(self._lines):
            x = st.leftIndent + (st.firstLineIndent if i == 0 else 0)
            if st.alignment in (TA_RIGHT, TA_CENTER):
                free = self.width - st.rightIndent - x - self._measure(line)
                x += free if st.alignment == TA_RIGHT else free / 2
            self.fonts.draw_line(canv, x, y, line, st.fontSize, self.bold)
            y -= st.leading
        canv.restoreState()

    def getSpaceBefore(self) -> float:
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter

    def getPlainText(self) -> str:
        return Paragraph(self.fonts.markup(self.text, self.bold), self.style).getPlainText()


def paragraph(text: str, style: ParagraphStyle, fonts: FontSet, bold: bool = False) -> Flowable:
    """Literal text as a paragraph: Thai breaks at its word boundaries and is shaped where the fonts
    shape it; anything else is the plain :class:`Paragraph` it always was. The text is composed (NFC) first."""
    text = composed(text)
    if breaks_words(text) or fonts.shapes(text):
        return WordWrapped(text, style, fonts, bold)
    return Paragraph(fonts.markup(text, bold), style)
