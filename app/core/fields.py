"""Borderline's catalogue fields and how a file's column headers are matched to them.

Headers are compared after folding case, accents, spacing and punctuation, first whole, then
without a bracketed part ("Berat* (Gram)" -> "berat"), then as one field's name given in two
languages ("Nama Produk / Product Name", "Harga | Price"), so the exports of the big
marketplaces and their Malay/Indonesian, Thai and Vietnamese versions match without help.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence

# field key -> label shown to the seller. Keys are stable: they are stored in mappings.
FIELD_LABELS: dict[str, str] = {
    "sku": "SKU",
    "title": "Title",
    "description": "Description",
    "material": "Material",
    "origin": "Origin country",
    "price": "Unit price",
    "currency": "Currency",
    "weight_kg": "Net weight",
    "weight_unit": "Weight unit",
    "quantity": "Quantity",
    "quantity_unit": "Quantity unit",
    "brand": "Brand",
    "variation": "Variation",
    "hs_code": "HS code",
}
FIELDS = tuple(FIELD_LABELS)
REQUIRED = ("sku", "title")

ALIASES: dict[str, tuple[str, ...]] = {
    "sku": ("sku", "seller sku", "sellersku", "item sku", "product sku", "sku id", "sku code", "variation sku",
            "sku reference no", "parent sku", "item code", "product code", "code", "article number",
            # ms/id, vi, th
            "kode", "kod", "kode sku", "kod sku", "sku induk", "kode produk", "kod produk", "ma sku", "ma sp", "ma san pham",
            "ma hang", "sku san pham", "รหัสสินค้า", "รหัส sku", "เลข sku"),
    "title": ("title", "name", "product name", "item name", "product title", "product name english",
              "nama", "nama produk", "nama barang", "ten san pham", "ten sp", "ชื่อสินค้า", "ชื่อ"),
    "description": ("description", "product description", "desc", "details", "short description", "long description",
                    "deskripsi produk", "deskripsi", "penerangan produk", "keterangan", "mo ta san pham", "mo ta",
                    "รายละเอียดสินค้า", "รายละเอียด", "คำอธิบาย"),
    "material": ("material", "materials", "fabric", "composition", "bahan", "chat lieu", "วัสดุ", "วัตถุดิบ"),
    "origin": ("origin", "country of origin", "origin country", "made in", "coo", "country", "negara asal",
               "asal negara", "asal", "asal barang", "xuat xu", "nuoc san xuat", "quoc gia xuat xu", "ประเทศต้นกำเนิด", "ประเทศผู้ผลิต",
               "แหล่งผลิต"),
    "price": ("price", "unit price", "unit value", "value", "regular price", "retail price", "selling price",
              "original price", "harga", "harga satuan", "harga jual", "gia", "gia ban", "don gia", "ราคา",
              "ราคาต่อหน่วย", "ราคาขาย"),
    "currency": ("currency", "curr", "currency code", "mata uang", "mata wang", "tien te", "don vi tien te",
                 "สกุลเงิน"),
    "weight_kg": ("net weight", "weight", "weight kg", "net weight kg", "package weight", "parcel weight",
                  "product weight", "shipping weight", "berat", "berat bersih", "berat kg", "trong luong",
                  "trong luong kg", "can nang",
                  "khoi luong", "น้ำหนัก", "น้ำหนักสุทธิ", "น้ำหนักสินค้า"),
    "weight_unit": ("weight unit", "unit of weight", "satuan berat", "unit berat", "don vi trong luong",
                    "don vi khoi luong", "หน่วยน้ำหนัก"),
    "quantity": ("quantity", "qty", "stock", "stock quantity", "inventory", "available stock", "kuantiti",
                 "jumlah", "stok", "so luong", "ton kho", "kho hang", "จำนวน", "จำนวนสินค้า", "สต็อก", "คลังสินค้า"),
    "quantity_unit": ("unit", "uom", "quantity unit", "unit of measure", "satuan", "unit ukuran", "don vi tinh",
                      "หน่วย", "หน่วยนับ"),
    "brand": ("brand", "brands", "brand name", "merek", "merk", "jenama", "thuong hieu", "nhan hieu", "ยี่ห้อ",
              "แบรนด์"),
    "variation": ("variation", "variation name", "variant", "variant name", "variation name1", "option",
                  "options", "variasi", "nama variasi", "varian", "phan loai", "phan loai hang", "bien the",
                  "ตัวเลือกสินค้า", "ตัวเลือก"),
    # the seller's own code: checked and compared with the model's suggestion, never taken as a
    # decision (rows.py, flagging.catalogue_flag); the cell as written is kept as an attribute too
    "hs_code": ("hs code", "hs", "hscode", "h s code", "hs code 6", "hs6", "hs 6", "hs number", "hs no", "hs tariff code",
                "hts", "hts code", "tariff code", "tariff number", "customs tariff code", "commodity code",
                "harmonized code", "harmonised code", "harmonized system code", "harmonised system code",
                # ms/id, vi, th
                "kode hs", "kod hs", "nomor hs", "kode tarif", "kod tarif", "pos tarif", "kod tarif kastam", "ma hs",
                "ma hs code", "ma so hs", "รหัส hs", "พิกัดศุลกากร", "รหัสพิกัดศุลกากร", "พิกัดอัตราศุลกากร"),
}

# A product's parent SKU (the SKU of the listing its variations share): read as the SKU in a
# file with no SKU column (aliases above), and beside one recognised for what it is and kept
# with each item as an attribute, without asking which field it is.
PARENT_SKU = ("parent sku", "parent", "parent id", "sku induk", "kode induk", "sku cha", "ma sku cha",
              "รหัสสินค้าหลัก", "sku หลัก")

_BRACKETS = re.compile(r"[(\[（【].*?[)\]）】]")
_SEPARATORS = re.compile(r"[\s_\-./:*#?!'\"’，、]+")


def _fold(header: str) -> str:
    h = unicodedata.normalize("NFKD", str(header)).casefold().replace("đ", "d")
    h = "".join(c for c in h if not unicodedata.combining(c) or _is_thai(c))
    h = unicodedata.normalize("NFC", h)
    return " ".join(_SEPARATORS.sub(" ", h).split())


def fold_header(header: str) -> str:
    """A header as compared: case, accents, spacing, punctuation and brackets folded; Thai kept."""
    return " ".join(re.sub(r"[()\[\]（）【】]", " ", _fold(header)).split())


def _is_thai(c: str) -> bool:
    return "\u0e00" <= c <= "\u0e7f"


def _without_brackets(header: str) -> str:
    return fold_header(_BRACKETS.sub(" ", _fold(header)))


_FOLDED_ALIASES = {fld: [fold_header(a) for a in names] for fld, names in ALIASES.items()}
_FOLDED_PARENT = frozenset(fold_header(a) for a in PARENT_SKU)
_ALIAS_FIELD = {name: fld for fld, names in _FOLDED_ALIASES.items() for name in names}
_LONGEST_NAME = max(len(name.split()) for name in _ALIAS_FIELD)  # in words
MOST_NAMES = 4  # one field's names in one header; a longer header is a sentence, not a header
_BETWEEN_NAMES = re.compile(r"[|｜\\]")  # "/" and line breaks are folded into spaces already


def _one_field_named_over(folded: str) -> str | None:
    """The field a header names two or more times over, as in "Nama Produk / Product Name":
    its words are wholly a run of that one field's names. A header naming two fields ("Price /
    Currency"), or holding a word that is no name ("SKU / Barcode"), names none."""
    words = _BETWEEN_NAMES.sub(" ", folded).split()
    if not 2 <= len(words) <= MOST_NAMES * _LONGEST_NAME:
        return None
    # runs[i]: field -> how many of its names cover words[:i] exactly ("" before the first word)
    runs: list[dict[str, int]] = [{"": 0}] + [{} for _ in words]
    for end in range(1, len(words) + 1):
        for start in range(max(0, end - _LONGEST_NAME), end):
            fld = _ALIAS_FIELD.get(" ".join(words[start:end]))
            if fld is None:
                continue
            for before, names in runs[start].items():
                if before in ("", fld):
                    runs[end][fld] = max(runs[end].get(fld, 0), names + 1)
    named = [fld for fld, names in runs[-1].items() if names >= 2]
    return named[0] if len(named) == 1 else None


def map_columns(headers: Iterable[str]) -> dict[str, str]:
    """Match a file's headers to Borderline's fields; returns field -> header.

    Each header serves at most one field; earlier aliases win, a whole-header match is
    preferred to one made after dropping a bracketed part, and both to a header giving one
    field's name in two languages.
    """
    headers = [h for h in headers if str(h).strip()]
    whole = {}
    bare = {}
    for h in headers:
        whole.setdefault(fold_header(h), h)
        bare.setdefault(_without_brackets(h), h)
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for table in (whole, bare):
        for fld, names in _FOLDED_ALIASES.items():
            if fld in mapping:
                continue
            for name in names:
                h = table.get(name)
                if h is not None and h not in taken:
                    mapping[fld] = h
                    taken.add(h)
                    break
    for h in headers:
        if h in taken:
            continue
        fld = _one_field_named_over(fold_header(h)) or _one_field_named_over(_without_brackets(h))
        if fld is not None and fld not in mapping:
            mapping[fld] = h
            taken.add(h)
    return {f: mapping[f] for f in FIELDS if f in mapping}


def kept_as_attribute(header: str, mapping: dict[str, str]) -> bool:
    """A column known without being read as a field: a parent SKU beside the file's SKU column."""
    if header in mapping.values() or "sku" not in mapping:
        return False
    return fold_header(header) in _FOLDED_PARENT or _without_brackets(header) in _FOLDED_PARENT


def header_score(cells: Sequence[str]) -> int:
    """How much a row looks like a header: fields matched, and a title counts double."""
    mapping = map_columns(cells)
    return len(mapping) + ("title" in mapping) + ("sku" in mapping)


def find_header_row(rows: Sequence[Sequence[str]]) -> int:
    """Index of the header among a file's first rows: the row matching most fields.

    Titles, notes and blank lines that some exports put above the header are skipped; with
    no recognisable header, the first row with two or more cells is taken.
    """
    best, best_score = -1, 0
    for i, row in enumerate(rows):
        score = header_score(row)
        if score > best_score:
            best, best_score = i, score
    if best >= 0:
        return best
    for i, row in enumerate(rows):
        if sum(1 for c in row if str(c).strip()) >= 2:
            return i
    return 0


def unique_headers(cells: Sequence[str]) -> list[str]:
    """Header cells made usable as names: trimmed, blanks named by column, repeats numbered."""
    out: list[str] = []
    seen: dict[str, int] = {}
    for i, c in enumerate(cells):
        name = " ".join(str(c).split()) or f"Column {column_letter(i)}"
        n = seen.get(name, 0) + 1
        seen[name] = n
        out.append(name if n == 1 else f"{name} ({n})")
    return out


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def headers_key(headers: Sequence[str]) -> str:
    """A fingerprint of a header row, for remembering a mapping for files shaped alike."""
    joined = "\x1f".join(fold_header(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:32]


UNIT_IN_HEADER = re.compile(r"\b(kg|kgs|g|gr|gram|grams|gramme|lb|lbs|oz|กรัม|กก|กิโลกรัม)\b")


def unit_in_header(header: str) -> str:
    """The weight unit a header names, e.g. 'Weight (g)' -> 'g'; '' when none."""
    m = UNIT_IN_HEADER.search(fold_header(header))
    return m.group(1) if m else ""
