"""Telling which text encoding a catalogue file uses.

Sellers' files come as UTF-8 (with or without a byte-order mark), UTF-16 from Excel's
"Unicode text", Windows-1252 from older Western tools, and the region's legacy code pages:
TIS-620/cp874 for Thai and Windows-1258 for Vietnamese. The detector reads the file in
chunks, so memory stays flat however large the file is, and it only accepts an encoding
that decodes the whole file.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from app.core.messages import Message

CHUNK = 1 << 20
SAMPLE_LIMIT = 256 * 1024

# Offered for the user's override, in the order a seller in the region is likely to need them.
ENCODING_CHOICES: dict[str, str] = {
    "utf-8": "UTF-8",
    "utf-16": "UTF-16 (Excel Unicode text)",
    "cp1252": "Windows-1252 (Western)",
    "cp874": "TIS-620 / Windows-874 (Thai)",
    "cp1258": "Windows-1258 (Vietnamese)",
    "gb18030": "GB18030 (Simplified Chinese)",
    "big5": "Big5 (Traditional Chinese)",
    "latin-1": "ISO-8859-1",
}
# Legacy encodings guessed between when the file is not Unicode.
LEGACY_CANDIDATES = ("cp874", "cp1258", "cp1252", "gb18030", "big5")

BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class EncodingError(Exception):
    """No encoding decodes the file, or the chosen one does not."""


@dataclass(frozen=True)
class Detected:
    encoding: str  # a Python codec name
    how: str  # "bom", "utf-8", "guessed", "chosen"


def normalise_name(name: str) -> str:
    """A user's encoding name as a Python codec name; LookupError when unknown."""
    aliases = {"tis-620": "cp874", "tis620": "cp874", "windows-874": "cp874", "windows-1258": "cp1258",
               "windows-1252": "cp1252", "utf8": "utf-8"}
    key = name.strip().lower()
    return codecs.lookup(aliases.get(key, key)).name


def detect_encoding(path: Path, chosen: str | None = None) -> Detected:
    """The encoding of a text file: the user's choice, a BOM, UTF-8, or the best legacy guess."""
    if chosen:
        enc = normalise_name(chosen)
        if enc in ("utf-8", "utf_8") and _head(path, 3) == codecs.BOM_UTF8:
            enc = "utf-8-sig"
        bad = first_undecodable(path, enc)
        if bad is not None:
            raise EncodingError(Message("the file is not valid {encoding} (undecodable bytes at offset {offset:,})",
                                        encoding=chosen, offset=bad))
        return Detected(enc, "chosen")
    head = _head(path, 4096)
    for bom, enc in BOMS:
        if head.startswith(bom):
            return Detected(enc, "bom")
    utf16 = _utf16_without_bom(head)
    if utf16 and first_undecodable(path, utf16) is None:
        return Detected(utf16, "guessed")
    if first_undecodable(path, "utf-8") is None:
        return Detected("utf-8", "utf-8")
    return Detected(_guess_legacy(path), "guessed")


def _head(path: Path, n: int) -> bytes:
    with open(path, "rb") as f:
        return f.read(n)


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL in every other byte of ASCII text."""
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.6 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.6 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def first_undecodable(path: Path, encoding: str) -> int | None:
    """Byte offset of the first undecodable byte, or None when the whole file decodes."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    offset = 0
    with open(path, "rb") as f:
        while True:
            chunk = f.read(CHUNK)
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                return offset + max(exc.start, 0)
            if not chunk:
                return None
            offset += len(chunk)


def _non_ascii_sample(path: Path) -> bytes:
    """Lines holding non-ASCII bytes, up to SAMPLE_LIMIT: the evidence for a guess."""
    parts: list[bytes] = []
    size = 0
    with open(path, "rb") as f:
        for line in f:
            if not line.isascii():
                parts.append(line)
                size += len(line)
                if size >= SAMPLE_LIMIT:
                    break
    return b"".join(parts)


def _guess_legacy(path: Path) -> str:
    from charset_normalizer import from_bytes

    sample = _non_ascii_sample(path)
    ranked = [m.encoding for m in from_bytes(sample, cp_isolation=list(LEGACY_CANDIDATES))]
    for enc in ranked + [e for e in LEGACY_CANDIDATES if e not in ranked]:
        if first_undecodable(path, enc) is None:
            return enc
    raise EncodingError(Message("cannot tell the file's text encoding; choose one"))
