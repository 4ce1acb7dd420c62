"""Fonts for the PDFs: Latin (with Vietnamese and Malay), Thai and Chinese, found at run time.

reportlab has no font fallback of its own: a character missing from a paragraph's font prints
as an empty box. So a :class:`FontSet` holds an ordered chain of TrueType fonts, one per
script, and :meth:`FontSet.markup` splits a text into runs, each wrapped in the first font of
the chain that has glyphs for it; :meth:`FontSet.draw` does the same for text drawn straight
on a canvas (the running page header and footer). Fonts are looked for in the usual places on Linux, macOS and
Windows; whatever is not found is skipped, and with no TrueType font at all the built-in
Helvetica is used (ASCII only, but the documents still print).

reportlab reads TrueType outlines only, so OpenType/CFF collections such as Noto Sans CJK are
not candidates; Droid Sans Fallback, WenQuanYi and the Windows/macOS system fonts are.

Thai runs are set with the font's OpenType rules when uharfbuzz is installed (:mod:`app.core.shaping`):
they are measured and drawn shaped, the other scripts as before. Latin needs no shaping here
(Vietnamese letters are precomposed in the fonts, and text is composed first: see :func:`composed`),
and shaping it would only bring ligatures and kerning that change English documents.
"""
from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.core import shaping


@dataclass(frozen=True)
class Candidate:
    """One font file to try: regular and (optional) bold, with the sub-font index for .ttc."""

    script: str
    regular: str
    bold: str = ""
    index: int = 0


CANDIDATES: tuple[Candidate, ...] = (
    # Latin, Vietnamese, Malay/Indonesian: the first one found is the primary font.
    Candidate("latin", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    Candidate("latin", "/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
    Candidate("latin", "C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
    Candidate("latin", "/System/Library/Fonts/Supplemental/Arial.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf"),
    Candidate("latin", "/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"),
    # Thai
    Candidate("thai", "/usr/share/fonts/truetype/tlwg/Loma.ttf", "/usr/share/fonts/truetype/tlwg/Loma-Bold.ttf"),
    Candidate("thai", "/usr/share/fonts/truetype/tlwg/Garuda.ttf", "/usr/share/fonts/truetype/tlwg/Garuda-Bold.ttf"),
    Candidate("thai", "/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSansThai-Bold.ttf"),
    Candidate("thai", "C:/Windows/Fonts/tahoma.ttf", "C:/Windows/Fonts/tahomabd.ttf"),
    Candidate("thai", "/System/Library/Fonts/Supplemental/Tahoma.ttf", "/System/Library/Fonts/Supplemental/Tahoma Bold.ttf"),
    # Chinese (and Japanese kana/kanji as far as these fonts go)
    Candidate("cjk", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
    Candidate("cjk", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Candidate("cjk", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    Candidate("cjk", "C:/Windows/Fonts/msyh.ttc", "C:/Windows/Fonts/msyhbd.ttc"),
    Candidate("cjk", "C:/Windows/Fonts/simsun.ttc"),
    Candidate("cjk", "/System/Library/Fonts/Supplemental/Arial Unicode.ttf"),
    Candidate("cjk", "/Library/Fonts/Arial Unicode.ttf"),
)
SCRIPTS = ("latin", "thai", "cjk")
SHAPED_SCRIPTS = frozenset({"thai"})  # scripts whose fonts shape their runs when uharfbuzz is installed


def composed(text: str) -> str:
    """The text in Unicode's composed form (NFC): Vietnamese typed with combining accents (a, breve,
    acute) becomes the precomposed letters the fonts draw well; unshaped, stacked combining marks
    print on top of each other. Thai has no compositions and is left as it is."""
    return text if text.isascii() or unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


@dataclass
class _Face:
    name: str
    bold_name: str
    glyphs: frozenset[int]
    shaped: bool = False  # its runs are shaped (app.core.shaping) when measured and drawn


class FontSet:
    """An ordered chain of registered fonts and the markup that picks one per run of text."""

    def __init__(self, faces: list[_Face]) -> None:
        self.faces = faces
        if faces:
            self.regular, self.bold = faces[0].name, faces[0].bold_name
        else:
            self.regular, self.bold = "Helvetica", "Helvetica-Bold"

    @property
    def scripts_found(self) -> list[str]:
        return [f.name.split("-")[1] for f in self.faces]

    def covers(self, text: str) -> bool:
        """True when the primary font alone has every character of the text."""
        if text.isascii():
            return True
        if not self.faces:
            return False
        glyphs = self.faces[0].glyphs
        return all(ord(c) in glyphs or c in "\n\r\t" for c in text)

    def face_for(self, char: str) -> _Face | None:
        code = ord(char)
        for face in self.faces:
            if code in face.glyphs:
                return face
        return None

    def _runs(self, text: str) -> list[tuple[_Face | None, str]]:
        """The text cut into runs, each with the first face that has its characters.

        A combining mark stays with its base character's face when that face has it; a
        character no face has stays in the run before it (the primary font at the start).
        """
        runs: list[tuple[_Face | None, list[str]]] = []
        for ch in text:
            face = self.face_for(ch)
            if runs and (face is None or face is runs[-1][0] or
                         (unicodedata.combining(ch) and runs[-1][0] is not None and ord(ch) in runs[-1][0].glyphs)):
                runs[-1][1].append(ch)
            else:
                runs.append((face, [ch]))
        return [(face, "".join(chars)) for face, chars in runs]

    def markup(self, text: str, bold: bool = False) -> str:
        """Paragraph markup for literal text: escaped, newlines kept, runs in covering fonts.

        Text in the primary font needs no tag.
        """
        if self.covers(text):
            return escape(text).replace("\n", "<br/>")
        out = []
        for face, chars in self._runs(text):
            chunk = escape(chars).replace("\n", "<br/>")
            if face is None or face is self.faces[0]:
                out.append(chunk)
            else:
                out.append(f'<font face="{face.bold_name if bold else face.name}">{chunk}</font>')
        return "".join(out)

    def font_runs(self, text: str, bold: bool = False) -> list[tuple[str, str]]:
        """(registered font name, text) runs for drawing straight on a canvas, which has no markup."""
        return [(font, chars) for font, chars, _ in self._font_runs(text, bold)]

    def _font_runs(self, text: str, bold: bool) -> list[tuple[str, str, bool]]:
        """(font name, text, shaped) runs: shaped when the run's font sets it with HarfBuzz."""
        primary = self.bold if bold else self.regular
        if self.covers(text):
            return [(primary, text, False)] if text else []
        return [(primary, chars, False) if face is None else (face.bold_name if bold else face.name, chars, face.shaped)
                for face, chars in self._runs(text)]

    def shapes(self, text: str) -> bool:
        """True when some of the text is set by a shaping font (Thai, with uharfbuzz installed)."""
        return any(shaped for _, _, shaped in self._font_runs(text, False))

    def width(self, text: str, size: float, bold: bool = False) -> float:
        """Points the text takes at `size`, as :meth:`draw_line` draws it."""
        return sum(_run_width(font, chars, size, shaped) for font, chars, shaped in self._font_runs(text, bold))

    def fit(self, text: str, size: float, max_width: float, bold: bool = False) -> str:
        """The text, cut with an ellipsis where it would pass max_width points (never between a
        letter and its marks)."""
        if self.width(text, size, bold) <= max_width:
            return text
        lo, hi = 0, len(text)
        while lo < hi:  # the longest prefix that fits with the ellipsis
            mid = (lo + hi + 1) // 2
            if self.width(text[:mid].rstrip() + "\u2026", size, bold) <= max_width:
                lo = mid
            else:
                hi = mid - 1
        while 0 < lo < len(text) and unicodedata.category(text[lo]) == "Mn":
            lo -= 1
        return text[:lo].rstrip() + "\u2026"

    def draw(self, canvas: Any, x: float, y: float, text: str, size: float, align: str = "left",
             bold: bool = False, max_width: float | None = None) -> None:
        """Draw one line of literal text on a reportlab canvas, each run in a font that has it.

        ``align`` is "left", "right" or "centre" about x; text wider than max_width is cut
        with an ellipsis. Nothing is parsed: "<b>" and "&amp;" print as written.
        """
        text = composed(" ".join(text.split()))
        if max_width is not None:
            text = self.fit(text, size, max_width, bold)
        if align != "left":
            w = self.width(text, size, bold)
            x -= w if align == "right" else w / 2
        self.draw_line(canvas, x, y, text, size, bold)

    def draw_line(self, canvas: Any, x: float, y: float, text: str, size: float, bold: bool = False) -> float:
        """Draw the text as it is from (x, y) on, run by run; returns its width.

        Without a shaped run, each run is a canvas string, as it always was. With one, each run is
        a text object of its own and only the last ends the line (T*), so extractors that read
        drawing order (pypdf) see one line, as they do for a Paragraph's line."""
        runs = self._font_runs(text, bold)
        start = x
        if not any(shaped for _, _, shaped in runs):
            for font, chars, _ in runs:
                canvas.setFont(font, size)
                canvas.drawString(x, y, chars)
                x += pdfmetrics.stringWidth(chars, font, size)
            return x - start
        for i, (font, chars, shaped) in enumerate(runs):
            last = i == len(runs) - 1
            if shaped:
                x += shaping.draw_run(canvas, x, y, pdfmetrics.getFont(font), chars, size, end_line=last)
            else:
                tx = canvas.beginText(x, y)
                tx.setFont(font, size)
                (tx.textLine if last else tx.textOut)(chars)
                canvas.drawText(tx)
                x += pdfmetrics.stringWidth(chars, font, size)
        return x - start


def _run_width(font: str, chars: str, size: float, shaped: bool) -> float:
    if shaped:
        return pdfmetrics.getFont(font).width(chars, size)
    return pdfmetrics.stringWidth(chars, font, size)


_LOCK = threading.Lock()


def _register(name: str, path: str, index: int, shaped: bool) -> TTFont:
    if name not in pdfmetrics.getRegisteredFontNames():
        kind = shaping.ShapingTTFont if shaped else TTFont
        pdfmetrics.registerFont(kind(name, path, subfontIndex=index))
    font = pdfmetrics.getFont(name)
    assert isinstance(font, TTFont)
    return font


@lru_cache(maxsize=4)
def font_set(candidates: tuple[Candidate, ...] = CANDIDATES) -> FontSet:
    """Register the first usable font of each script (once per process) and return the chain.

    A Thai font is registered as a shaping font when uharfbuzz can be imported; its runs are
    shaped only while that holds (a chain made without it draws them as before)."""
    faces: list[_Face] = []
    can_shape = shaping.available()
    with _LOCK:
        for script in SCRIPTS:
            shaped = can_shape and script in SHAPED_SCRIPTS
            for cand in (c for c in candidates if c.script == script):
                if not Path(cand.regular).is_file():
                    continue
                name = f"BL-{script}"
                try:
                    regular = _register(name, cand.regular, cand.index, shaped)
                    bold_name = name
                    if cand.bold and Path(cand.bold).is_file():
                        try:
                            _register(f"{name}-Bold", cand.bold, cand.index, shaped)
                            bold_name = f"{name}-Bold"
                        except Exception:  # noqa: BLE001 - a bad bold file only costs the bold face
                            pass
                except Exception:  # noqa: BLE001 - unreadable or CFF-outline fonts: try the next one
                    continue
                bold_font = pdfmetrics.getFont(bold_name)
                faces.append(_Face(name, bold_name, frozenset(regular.face.charToGlyph),
                                   shaped and isinstance(regular, shaping.ShapingTTFont)
                                   and isinstance(bold_font, shaping.ShapingTTFont)))
                break
    return FontSet(faces)
