"""Checks a file must pass before any parser opens it.

A catalogue comes from outside: a marketplace export, an e-mail attachment, a download. The
checks here look only at sizes and a few bytes, so they are cheap and read nothing whole:

- a text file larger than MAX_TEXT_BYTES is refused (parsers hold a CSV in memory);
- a workbook (xlsx/xlsm/ods: a zip archive) is refused when it is not a readable archive,
  when its members would unpack to more than MAX_UNPACKED_BYTES or to many more bytes than
  they take packed (a zip bomb), when it has too many members, nests archives, or when an
  XML member declares a DTD or entities (entity expansion and external entities have no
  place in a spreadsheet).
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from app.core.messages import Message

MAX_TEXT_BYTES = 256 * 1024 * 1024
MAX_WORKBOOK_BYTES = 100 * 1024 * 1024
MAX_UNPACKED_BYTES = 300 * 1024 * 1024
MAX_MEMBERS = 2_000
MAX_RATIO = 200  # unpacked / packed, for members that unpack to more than RATIO_FLOOR
RATIO_FLOOR = 4 * 1024 * 1024
XML_HEAD = 64 * 1024
ZIP_SUFFIXES = (".xlsx", ".xlsm", ".ods")
NESTED_SUFFIXES = (".zip", ".xlsx", ".xlsm", ".ods", ".gz", ".7z", ".rar", ".jar")


class FileRefused(Exception):
    """The file is refused before parsing; the message says why in the user's terms."""


def _mb(n: int) -> float:
    """Megabytes, written "{size:,.0f} MB"."""
    return n / (1024 * 1024)


def check(path: Path, archive: bool | None = None) -> None:
    """Refuse the file if it is too large or a hostile archive.

    ``archive`` says whether the file is a zip archive (the caller read its first bytes);
    when it is not given, the name's suffix decides.
    """
    size = Path(path).stat().st_size
    if archive is None:
        archive = Path(path).suffix.lower() in ZIP_SUFFIXES
    if archive:
        if size > MAX_WORKBOOK_BYTES:
            raise FileRefused(Message("the workbook is {size:,.0f} MB; the limit is {limit:,.0f} MB. Export it as CSV, "
                                      "or split it", size=_mb(size), limit=_mb(MAX_WORKBOOK_BYTES)))
        check_archive(Path(path))
    elif size > MAX_TEXT_BYTES:
        raise FileRefused(Message("the file is {size:,.0f} MB; the limit is {limit:,.0f} MB. Split it into smaller "
                                  "files", size=_mb(size), limit=_mb(MAX_TEXT_BYTES)))


def check_archive(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            members = zf.infolist()
            if len(members) > MAX_MEMBERS:
                raise FileRefused(Message("the workbook has {n:,} parts; a spreadsheet has far fewer", n=len(members)))
            unpacked = sum(m.file_size for m in members)
            if unpacked > MAX_UNPACKED_BYTES:
                raise FileRefused(Message("the workbook would unpack to {size:,.0f} MB; the limit is {limit:,.0f} MB",
                                          size=_mb(unpacked), limit=_mb(MAX_UNPACKED_BYTES)))
            for m in members:
                if m.file_size > RATIO_FLOOR and m.file_size > MAX_RATIO * max(m.compress_size, 1):
                    raise FileRefused(Message("part {part} unpacks {n:,} times larger than it is packed (a zip bomb?)",
                                              part=m.filename, n=m.file_size // max(m.compress_size, 1)))
                if m.filename.lower().endswith(NESTED_SUFFIXES):
                    raise FileRefused(Message("the workbook contains another archive ({part})", part=m.filename))
            for m in members:
                if m.filename.lower().endswith((".xml", ".rels", ".vml")):
                    with zf.open(m) as f:
                        head = f.read(XML_HEAD).upper()
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise FileRefused(Message("part {part} declares a DTD or entities, which a spreadsheet never "
                                                  "needs", part=m.filename))
    except zipfile.BadZipFile as exc:
        raise FileRefused(Message("the workbook is damaged: not a readable workbook ({error})", error=str(exc))) from None
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError, EOFError, OSError) as exc:
        raise FileRefused(Message("not a readable workbook ({error})",
                                  error=f"{exc.__class__.__name__}: {exc}")) from None
