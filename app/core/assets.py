"""Files a document may embed (a seller's logo, item pictures) and where they may come from.

A path written inside a data file (a catalogue's image column, a logo in a shipment file) is
never opened as it stands: a crafted file could otherwise pull any file the user can read (a
key, a browser profile) into a PDF that is then sent abroad. Embedded files are read only
from the workspace's ``assets/`` folder. A file gets there when the user picks it in a file
dialog (:func:`import_asset`); a path from a data file must resolve, symlinks followed, to a
file inside that folder, of an image type Borderline embeds, whose first bytes match that type.
"""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from app.core.messages import Message

ASSETS_DIR = "assets"
MAX_ASSET_BYTES = 5 * 1024 * 1024
SIGNATURES = {".png": (b"\x89PNG\r\n\x1a\n",), ".jpg": (b"\xff\xd8\xff",), ".jpeg": (b"\xff\xd8\xff",)}


class AssetRefused(Exception):
    """The file may not be embedded; the message says why."""


def assets_dir(data_dir: Path) -> Path:
    return Path(data_dir) / ASSETS_DIR


def _check_image(path: Path, shown: str) -> None:
    suffix = path.suffix.lower()
    if suffix not in SIGNATURES:
        raise AssetRefused(Message("{file}: only {kinds} images can go into documents", file=shown,
                                   kinds=", ".join(sorted(SIGNATURES))))
    if not path.is_file():
        raise AssetRefused(Message("{file}: no such file", file=shown))
    if path.stat().st_size > MAX_ASSET_BYTES:
        raise AssetRefused(Message("{file}: larger than {mb} MB", file=shown, mb=MAX_ASSET_BYTES // (1024 * 1024)))
    with open(path, "rb") as f:
        head = f.read(16)
    if not head.startswith(SIGNATURES[suffix]):
        raise AssetRefused(Message("{file}: not a {kind} image", file=shown, kind=suffix[1:].upper()))


def import_asset(data_dir: Path, chosen: Path) -> str:
    """Copy a file the user picked into assets/ and return the name documents refer to it by."""
    chosen = Path(chosen)
    _check_image(chosen, str(chosen))
    digest = hashlib.sha256(chosen.read_bytes()).hexdigest()[:16]
    name = f"{digest}{chosen.suffix.lower()}"
    target = assets_dir(data_dir) / name
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        shutil.copyfile(chosen, target)
    return name


def resolve_asset(data_dir: Path, reference: str) -> Path:
    """The file a data file's reference names, if it is an image inside assets/; AssetRefused otherwise."""
    ref = str(reference).strip()
    if not ref or "\x00" in ref or "://" in ref or ref.startswith("\\\\"):
        raise AssetRefused(Message("{file}: not a file in Borderline's assets folder", file=repr(reference)))
    root = assets_dir(data_dir).resolve()
    candidate = (root / ref).resolve()
    if not candidate.is_relative_to(root) or candidate == root:
        raise AssetRefused(Message("{file}: outside Borderline's assets folder; choose the file in Borderline so that "
                                   "it is copied there first", file=reference))
    _check_image(candidate, ref)
    return candidate
