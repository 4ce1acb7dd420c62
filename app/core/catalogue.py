"""Reading a seller's catalogue: file to table, headers to fields, rows to records.

Every data row ends up either as an :class:`ItemRecord` or as a :class:`Rejection` naming
the row, the column and the reason. Row numbers are those a spreadsheet shows (the header
is row 1), so a seller can find the row.
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pandas as pd
import pycountry

from app.core import file_guard
from app.core.jobs import Progress, no_progress

FIELDS = ("sku", "title", "description", "material", "origin", "price", "currency", "weight_kg", "quantity_unit")

# Header aliases, compared after folding case, spaces, underscores and punctuation.
ALIASES: dict[str, tuple[str, ...]] = {
    "sku": ("sku", "parent sku", "seller sku", "item sku", "product sku", "sku id", "item code", "product code",
            "code", "ma sp", "ma san pham", "kode produk"),
    "title": ("title", "name", "product name", "item name", "product title", "nama produk", "ten san pham",
              "ชื่อสินค้า"),
    "description": ("description", "product description", "desc", "details", "deskripsi produk", "mo ta san pham",
                    "รายละเอียดสินค้า"),
    "material": ("material", "materials", "fabric", "bahan", "chat lieu"),
    "origin": ("origin", "country of origin", "origin country", "made in", "coo", "negara asal", "xuat xu"),
    "price": ("price", "unit price", "unit value", "value", "harga", "gia", "ราคา"),
    "currency": ("currency", "curr", "mata uang", "tien te"),
    "weight_kg": ("weight kg", "weight", "net weight", "net weight kg", "berat", "trong luong", "น้ำหนัก"),
    "quantity_unit": ("unit", "uom", "quantity unit", "unit of measure"),
}


class CatalogueError(Exception):
    """The file as a whole cannot be read; nothing was imported."""


@dataclass(slots=True)
class ItemRecord:
    row_number: int
    sku: str
    title: str
    description: str = ""
    material: str = ""
    origin: str = ""
    unit_value: Decimal | None = None
    currency: str = ""
    net_weight_kg: float | None = None
    quantity_unit: str = "pcs"
    attributes: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return item_text(self.title, self.description, self.material)


@dataclass(slots=True)
class Rejection:
    row_number: int
    column: str
    reason: str
    raw: dict[str, str]


@dataclass(slots=True)
class ParsedCatalogue:
    path: Path
    headers: list[str]
    mapping: dict[str, str]
    records: list[ItemRecord]
    rejections: list[Rejection]

    @property
    def rows_read(self) -> int:
        return len(self.records) + len(self.rejections)


def item_text(title: str, description: str = "", material: str = "") -> str:
    """The text the classifier and the rules read for an item."""
    return " ".join(p for p in (title, material, description) if p)


def normalise_title(title: str) -> str:
    """Key for decision memory: case, accents, punctuation and spacing folded."""
    text = unicodedata.normalize("NFKC", title).casefold()
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


def _fold_header(h: str) -> str:
    h = unicodedata.normalize("NFKD", str(h)).casefold()
    h = "".join(c for c in h if not unicodedata.combining(c))
    h = re.sub(r"[\s_\-./()\[\]:*]+", " ", h)
    return h.strip()


def map_columns(headers: Iterable[str]) -> dict[str, str]:
    """Match a file's headers to Borderline's fields; returns field -> header."""
    folded = {_fold_header(h): h for h in headers}
    mapping: dict[str, str] = {}
    for fld, names in ALIASES.items():
        for name in names:
            if _fold_header(name) in folded:
                mapping[fld] = folded[_fold_header(name)]
                break
    return mapping


def read_table(path: Path) -> pd.DataFrame:
    """Read CSV/TSV or a workbook into a DataFrame of strings (header row kept as columns)."""
    if not path.exists():
        raise CatalogueError(f"{path}: no such file")
    _refuse_unsafe(path)
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
            engine = "odf" if suffix == ".ods" else None
            df = pd.read_excel(path, dtype=str, keep_default_na=False, engine=engine)
        else:
            raw = path.read_bytes()
            if not raw.strip():
                raise CatalogueError(f"{path}: the file is empty")
            if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
                raise CatalogueError(f"{path}: this is not a text or spreadsheet file")
            text = _decode(raw)
            if text.lstrip().lower().startswith(("<!doctype html", "<html")):
                raise CatalogueError(f"{path}: this is a web page, not a catalogue export")
            delimiter = _sniff_delimiter(text)
            df = pd.read_csv(
                io.StringIO(text), dtype=str, keep_default_na=False, sep=delimiter, engine="python",
                on_bad_lines="error",
            )
    except CatalogueError:
        raise
    except Exception as exc:  # pandas/openpyxl raise many types for a broken file
        raise CatalogueError(f"{path}: cannot be read as a catalogue ({exc.__class__.__name__}: {exc})") from exc
    df.columns = [str(c).strip() for c in df.columns]
    return df


def _refuse_unsafe(path: Path) -> None:
    """Size and archive checks before any parser sees the file (see file_guard)."""
    try:
        file_guard.check(path)
    except file_guard.FileRefused as exc:
        raise CatalogueError(f"{path}: {exc}") from None
    except OSError as exc:
        raise CatalogueError(f"{path}: cannot be read ({exc.strerror or exc})") from None


def _decode(raw: bytes) -> str:
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if raw.startswith(bom):
            return raw.decode(enc)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        if best is None:
            raise CatalogueError("cannot tell the file's text encoding") from None
        return str(best)


def _sniff_delimiter(text: str) -> str:
    sample = text[:20000]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


def parse_decimal(text: str) -> Decimal:
    """'12.50', '12,50', '1.234,50', '1,234.50', '$12' -> Decimal; ValueError otherwise."""
    t = re.sub(r"[^\d,.\-]", "", text.strip())
    if not t or t in "-.,":
        raise ValueError(text)
    if "," in t and "." in t:
        t = t.replace(".", "").replace(",", ".") if t.rfind(",") > t.rfind(".") else t.replace(",", "")
    elif "," in t:
        head, _, tail = t.rpartition(",")
        # One comma not followed by exactly three digits is a decimal comma ("3,50").
        t = f"{head}.{tail}" if t.count(",") == 1 and len(tail) != 3 else t.replace(",", "")
    try:
        return Decimal(t)
    except InvalidOperation:
        raise ValueError(text) from None


def country_code(value: str) -> str:
    """ISO 3166-1 alpha-2 for a code or a common name; ValueError when unknown."""
    v = value.strip()
    if not v:
        return ""
    special = {"vietnam": "VN", "viet nam": "VN", "mainland china": "CN", "china": "CN", "uk": "GB", "usa": "US",
               "korea": "KR", "south korea": "KR", "laos": "LA", "brunei": "BN", "taiwan": "TW", "russia": "RU"}
    if v.casefold() in special:
        return special[v.casefold()]
    try:
        return pycountry.countries.lookup(v).alpha_2
    except LookupError:
        raise ValueError(v) from None


def currency_code(value: str) -> str:
    v = value.strip().upper()
    if not v:
        return ""
    if pycountry.currencies.get(alpha_3=v) is None:
        raise ValueError(value)
    return v


def parse_rows(
    df: pd.DataFrame, mapping: dict[str, str], progress: Progress = no_progress, *, require_sku: bool = True
) -> tuple[list[ItemRecord], list[Rejection]]:
    records: list[ItemRecord] = []
    rejections: list[Rejection] = []
    mapped_headers = set(mapping.values())
    first_row_of: dict[str, int] = {}
    total = len(df)
    headers = list(df.columns)
    for i, values in enumerate(df.itertuples(index=False, name=None)):
        row_number = i + 2
        raw = {h: _clean(v) for h, v in zip(headers, values)}
        get = lambda f: raw.get(mapping.get(f, ""), "")  # noqa: E731

        def reject(column_field: str, reason: str) -> None:
            rejections.append(Rejection(row_number, mapping.get(column_field, column_field), reason, raw))

        title = get("title")
        sku = get("sku")
        if not title:
            reject("title", "missing title")
            continue
        if require_sku and not sku:
            reject("sku", "missing SKU")
            continue
        if sku and sku in first_row_of:
            reject("sku", f"duplicate SKU '{sku}' (first on row {first_row_of[sku]})")
            continue
        rec = ItemRecord(row_number=row_number, sku=sku, title=title, description=get("description"),
                         material=get("material"))
        try:
            if get("price"):
                rec.unit_value = parse_decimal(get("price"))
                if rec.unit_value < 0:
                    reject("price", f"negative price {get('price')}")
                    continue
        except ValueError:
            reject("price", f"not a number: '{get('price')}'")
            continue
        try:
            rec.currency = currency_code(get("currency"))
        except ValueError:
            reject("currency", f"unknown currency '{get('currency')}'")
            continue
        try:
            rec.origin = country_code(get("origin"))
        except ValueError:
            reject("origin", f"unknown country '{get('origin')}'")
            continue
        try:
            if get("weight_kg"):
                rec.net_weight_kg = float(parse_decimal(get("weight_kg")))
                if rec.net_weight_kg < 0:
                    reject("weight_kg", f"negative weight {get('weight_kg')}")
                    continue
        except ValueError:
            reject("weight_kg", f"not a weight: '{get('weight_kg')}'")
            continue
        if get("quantity_unit"):
            rec.quantity_unit = get("quantity_unit")
        rec.attributes = {h: v for h, v in raw.items() if h not in mapped_headers and v}
        if sku:
            first_row_of[sku] = row_number
        records.append(rec)
        if i % 2000 == 0:
            progress(i / max(total, 1), f"Reading row {row_number:,}")
    progress(1.0, f"Read {total:,} rows")
    return records, rejections


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean(value: object) -> str:
    return _CONTROL.sub("", str(value)).strip()


def parse_catalogue(path: Path, progress: Progress = no_progress, *, require_sku: bool = True) -> ParsedCatalogue:
    path = Path(path)
    df = read_table(path)
    mapping = map_columns(df.columns)
    if "title" not in mapping:
        raise CatalogueError(f"{path}: no title column found (looked for: title, name, product name)")
    if require_sku and "sku" not in mapping:
        raise CatalogueError(f"{path}: no SKU column found (looked for: sku, parent sku, item code)")
    records, rejections = parse_rows(df, mapping, progress, require_sku=require_sku)
    return ParsedCatalogue(path, list(df.columns), mapping, records, rejections)
