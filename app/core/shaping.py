"""Thai set with the font's OpenType rules (HarfBuzz, through uharfbuzz) in the PDFs.

reportlab draws a TrueType string one glyph per character, each at its advance. Thai needs the
font's GSUB and GPOS rules: a tone mark over a consonant without an upper vowel takes the font's
lower form (ใช้, ผ้า), beside the tall stroke of ป ฝ ฟ a mark moves left (ป๋, ปี่, ฝ้าย), and sara
am's ring goes before a tone mark (น้ำ). Unshaped, the marks sit too high or run into the
consonant. :class:`ShapingTTFont` is a TrueType font that shapes a run of its own text with
HarfBuzz and :func:`draw_run` draws it, each glyph where the font puts it.

reportlab 5 has a shaping mode of its own (``ParagraphStyle.shaping``), not used here: it shapes
every word in the font of the word's first character (Latin as well, with ligatures and
kerning: English documents would change), a word that changes font inside prints empty boxes
(Thai glued to a bracket), and the glyphs the rules substitute reach the PDF as private-use
characters, so text copied from it would not be the Thai that was written. Here only runs of one
shaping font are shaped, and the text stays readable two ways:

- each glyph that is not simply its character's own glyph is written under a key of its own
  (a private-use code point), whose ToUnicode entry is the text it stands for: extractors that
  read glyph by glyph in drawing order (pypdf) get the text as written;
- each run is marked with an /ActualText span of its text, for extractors that order glyphs by
  position (poppler's pdftotext), which would otherwise split a word at a mark moved left.

Without uharfbuzz (:func:`available` is False) nothing here is used and text prints as before.
"""
from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from reportlab.pdfbase.ttfonts import SUBSETN, ShapeData, ShapedStr, TTFont

PRIVATE_FIRST, PRIVATE_LAST = 0xE000, 0xF8FF  # the BMP private-use area the keys are taken from
RUN_CACHE = 8192  # shaped runs kept per font: a document repeats its words


@lru_cache(maxsize=1)
def available() -> bool:
    """True when uharfbuzz can be imported (and reportlab, which imported it too, can draw shaped text)."""
    try:
        import uharfbuzz  # noqa: F401
    except Exception:  # noqa: BLE001 - not installed or broken: Thai prints unshaped, as before
        return False
    from reportlab.pdfbase import ttfonts

    return getattr(ttfonts, "uharfbuzz", None) is not None


class ShapedRun:
    """One run of text shaped in one font: the key string to draw, its positions and its width."""

    __slots__ = ("keys", "text", "width")

    def __init__(self, text: str, keys: ShapedStr, width: float) -> None:
        self.text, self.keys, self.width = text, keys, width  # width in 1/1000 of the font size


class ShapingTTFont(TTFont):
    """A TrueType font that can shape runs of its text, with a ToUnicode map for the glyphs it keys."""

    def __init__(self, name: str, filename: str, **kwargs: Any) -> None:
        super().__init__(name, filename, **kwargs)
        self._lock = threading.Lock()
        self._hb_font: Any = None
        self._keys: dict[tuple[int, str], int] = {}
        self.key_text: dict[int, str] = {}  # private key -> the text its glyph stands for
        self._next_key = PRIVATE_FIRST
        self._scale = 1000.0 / self.face.unitsPerEm
        self.shape = lru_cache(maxsize=RUN_CACHE)(self._shape)

    def _font(self) -> Any:
        if self._hb_font is None:
            import uharfbuzz as hb

            self._hb_font = hb.Font(hb.Face(hb.Blob(self.face._ttf_data)))
        return self._hb_font

    def _shape(self, text: str) -> ShapedRun:
        """The run as HarfBuzz sets it with the font's default features (script and language guessed)."""
        import uharfbuzz as hb

        buf = hb.Buffer()
        buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
        buf.add_str(text)
        buf.guess_segment_properties()
        with self._lock:
            font = self._font()
            hb.shape(font, buf, {})
            infos, positions = buf.glyph_infos, buf.glyph_positions
            texts = glyph_texts(text, [i.cluster for i in infos], [i.codepoint for i in infos], self.face.charToGlyph)
            keys = [self._key(info.codepoint, t) for info, t in zip(infos, texts)]
        s = self._scale
        data = [ShapeData(info.cluster, pos.x_advance * s, pos.y_advance * s, pos.x_offset * s, pos.y_offset * s,
                          self.face.charWidths[ord(k)])
                for info, pos, k in zip(infos, positions, keys)]
        return ShapedRun(text, ShapedStr("".join(keys), shapeData=data), sum(d.x_advance for d in data))

    def _key(self, glyph: int, text: str) -> str:
        """The character that stands for `glyph` in the PDF: its own character when the glyph is that
        character's glyph, else a private-use key kept for this glyph and text (lock held)."""
        if len(text) == 1 and self.face.charToGlyph.get(ord(text)) == glyph:
            return text
        key = self._keys.get((glyph, text))
        if key is None:
            key = self._next_key
            while key in self.face.charToGlyph:
                key += 1
            if key > PRIVATE_LAST:  # no key left: the glyph's own first character, as reportlab would write it
                return chr(self.face.glyphToChar.get(glyph, [0xFFFD])[0])
            self._next_key = key + 1
            self.face.charToGlyph[key] = glyph
            self.face.glyphToChar.setdefault(glyph, []).append(key)
            self.face.charWidths[key] = self.face.hmetrics[glyph][0] * self._scale
            self._keys[(glyph, text)] = key
            self.key_text[key] = text
        return chr(key)

    def width(self, text: str, size: float) -> float:
        return self.shape(text).width * size / 1000

    def addObjects(self, doc: Any) -> None:
        """reportlab's font objects, then the ToUnicode map of each subset that holds keys rewritten:
        a key maps to the text its glyph stands for (possibly none: the second glyph of sara am)."""
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            if not any(code in self.key_text for code in subset):
                continue
            name = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + name)
            if stream is not None:
                stream.content = to_unicode_cmap(name, [self.key_text.get(code, chr(code)) for code in subset])


def glyph_texts(text: str, clusters: Sequence[int], glyphs: Sequence[int], cmap: dict[int, int]) -> list[str]:
    """The text each glyph of a shaped run stands for; read in glyph order they give the text back.

    Within a cluster a glyph that is a character's own glyph stands for that character; the
    characters left over go to the last glyph that is no character's (sara am written as ring and
    sara aa: the ring stands for nothing, sara aa for sara am). Where that would not read back
    in order, the cluster's first glyph stands for all of it."""
    starts = sorted(set(clusters))
    ends = dict(zip(starts, starts[1:] + [len(text)]))
    out = [""] * len(glyphs)
    members: dict[int, list[int]] = {}
    for i, c in enumerate(clusters):
        members.setdefault(c, []).append(i)
    for start, idx in members.items():
        chars = text[start:ends[start]]
        left = list(chars)
        unmatched = []
        for i in idx:
            own = next((ch for ch in left if cmap.get(ord(ch)) == glyphs[i]), None)
            if own is None:
                unmatched.append(i)
            else:
                out[i] = own
                left.remove(own)
        if left:
            out[(unmatched or idx)[-1]] += "".join(left)
        if "".join(out[i] for i in idx) != chars:
            for i in idx:
                out[i] = ""
            out[idx[0]] = chars
    return out


def to_unicode_cmap(name: str, texts: list[str]) -> str:
    """A ToUnicode CMap for a one-byte subset: code i stands for texts[i] (UTF-16BE, maybe empty)."""
    entries = [f"<{i:02X}> <{t.encode('utf-16-be').hex().upper()}>" for i, t in enumerate(texts)]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(texts) - 1:02X}>", "endcodespacerange",
        f"{len(entries)} beginbfchar", *entries, "endbfchar",
        "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])


def actual_text(text: str) -> str:
    """The marked-content operator that gives the glyphs up to the next EMC the text as written."""
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


def draw_run(canvas: Any, x: float, y: float, font: ShapingTTFont, text: str, size: float, end_line: bool = True) -> float:
    """Draw one run of text shaped in `font` with its baseline at (x, y), ending the line (T*) as a
    canvas string does unless told not to; returns its width."""
    run = font.shape(text)
    tx = canvas.beginText(x, y)
    tx.setFont(font.fontName, size)
    (tx.textLine if end_line else tx.textOut)(run.keys)
    canvas.addLiteral(actual_text(text))
    canvas.drawText(tx)
    canvas.addLiteral("EMC")
    return run.width * size / 1000
