"""Cell values as sellers write them: numbers, weights, countries and currencies.

Each parser returns a clean value or raises ValueError with the reason a seller can act on.
Country and currency look-ups are cached: a 100,000-row file names only a handful of each.
"""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import pycountry

from app.core.messages import Message


class NumberCell(str):
    """A workbook or spreadsheet cell holding a number rather than text, as its digits ("1.25", "1250").

    Its decimal point is the program's, never the seller's: it is read as it stands and says
    nothing about how the file's text cells mark decimals.
    """


_SCIENTIFIC = re.compile(r"^\s*-?\d+(\.\d+)?[eE][-+]?\d+\s*$")
_PLAIN = re.compile(r"-?\d[\d.,]*")  # most cells: no more to read
_GROUP_MARKS = " \u00a0\u2009\u202f'\u2019"  # space, no-break, thin and narrow no-break spaces, apostrophes
# one number: digits and decimal or thousands marks (a space or an apostrophe only between digits),
# and around it nothing with a digit (a sign, a currency: see amount_text)
_ONE_NUMBER = re.compile(r"(\D*?)([.,]?\d(?:[\d.,]|[" + _GROUP_MARKS + r"](?=\d))*)(\D*)")
_SPACED = re.compile(r"\d{1,3}(?:[" + _GROUP_MARKS + r"]\d{3})+(?:[.,]\d+)?")
_SIGNS = {"-": "-", "\u2212": "-", "+": ""}
_CALCULATION = re.compile(r"^\s*=|\d\s*[*xX\u00d7+\u00f7]\s*[.,]?\d")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
# "Rp 150.000,-", "฿1,500.-": a whole amount, the mark before the dash being the decimal mark
_NO_CENTS = re.compile(r"(?<=\d)([.,])[-\u2013\u2014](?![\d-])")
_GROUPED = {",": re.compile(r"^\d{1,3}(,\d{3})+$"), ".": re.compile(r"^\d{1,3}(\.\d{3})+$")}
_LAKH = {",": re.compile(r"^\d{1,2}(,\d{2})+,\d{3}$"), ".": re.compile(r"^\d{1,2}(\.\d{2})+\.\d{3}$")}


class NotOneNumber(ValueError):
    """A cell that holds a calculation ("=25000*2", "2 x 50000", "1+1") or more than one number
    ("12/2024", "10-20"): never read as the digits it holds."""

    def __init__(self, text: str, calculation: bool) -> None:
        self.calculation = calculation
        super().__init__(self.reason(text))

    def reason(self, text: str) -> Message:
        """Why ``text`` (the cell as written, a weight with its unit) is no amount."""
        if self.calculation:
            return Message("'{text}' is a calculation, not an amount; type the amount itself", text=text)
        return Message("'{text}' holds more than one number; type one amount", text=text)


def not_one_number(text: str) -> NotOneNumber | None:
    """Why a cell is no single number when it is a calculation or holds several; None otherwise."""
    if _CALCULATION.search(text):
        return NotOneNumber(text, True)
    if len(_DIGITS.findall(text)) > 1:
        return NotOneNumber(text, False)
    return None


@lru_cache(maxsize=1024)
def _is_currency(word: str) -> bool:
    """A currency's code, symbol or name as sellers write it beside an amount ("RM", "₫", "đ", "$").
    A lone "k" is a thousand ("150k"), not the kip."""
    if word == "$":
        return True
    if _fold(word) == "k":
        return False
    try:
        currency_code(word)
    except ValueError:
        return False
    return True


def _is_unit_word(word: str) -> bool:
    """A quantity's own unit after it ("10 pcs", "2 hộp", "3 sets"): one word of letters."""
    return len(word) <= 12 and word.rstrip(".").isalpha()


def amount_text(text: str, currency: bool = True, unit: bool = False) -> str:
    """The one number a cell holds, with its sign, once what may surround an amount is set aside:
    spaces, a currency before or after it when ``currency`` ("RM 29.90", "150.000 ₫", "12,50 €"),
    and spaces or apostrophes grouping its thousands ("1 250 000", "1'250.50"). NotOneNumber for a
    calculation or several numbers ("=25000*2", "2 x 50000", "12/2024"), ValueError for anything
    else ("liên hệ", "12.50/pc"). With ``unit`` (a quantity), one word of letters may follow the
    number: its unit ("10 pcs"). A ",-" or ".-" after the digits says there are no cents and which mark is the decimal one
    ("Rp 150.000,-" is 150.000,00; "฿1,500.-" is 1,500.00)."""
    if _PLAIN.fullmatch(text):
        return text
    if _SCIENTIFIC.match(text):
        return text.strip()
    m = _ONE_NUMBER.fullmatch(_NO_CENTS.sub(r"\g<1>00", text).strip())
    if m is None or m.group(1).lstrip().startswith("="):
        raise not_one_number(text) or ValueError(text)
    before, number, after = m.group(1).strip(), m.group(2), m.group(3).strip()
    sign = ""
    for i in (-1, 0):  # "RM -5", "-RM 5", "- 5"
        if before and before[i] in _SIGNS:
            sign = _SIGNS[before[i]]
            before = (before[:-1] if i else before[1:]).strip()
            break
    if before and not (currency and _is_currency(before)):
        raise ValueError(text)
    if after and not (currency and _is_currency(after)) and not (unit and _is_unit_word(after)):
        raise ValueError(text)
    if any(c in number for c in _GROUP_MARKS):
        if not _SPACED.fullmatch(number):
            raise NotOneNumber(text, False)  # "1 5", "2 50000"
        number = number.translate({ord(c): None for c in _GROUP_MARKS})
    return sign + number


def number_style(value: str) -> str | None:
    """How a number shows its decimal mark: 'comma', 'dot', 'ambiguous' or None (no mark at all,
    or no single number: see :func:`amount_text`).

    'comma': "0,5", "12,50", "1.234,50", "1.250.000", "0,500"; 'dot': "0.5", "1,234.50",
    "1,250,000"; 'ambiguous': one mark followed by exactly three digits after one to three
    digits that are not a lone zero ("1,250", "12.500"), which reads as a thousands separator
    or as a decimal mark alike.
    """
    try:
        return _style(amount_text(value))
    except ValueError:
        return None


def _style(number: str) -> str | None:
    """:func:`number_style` of a number as :func:`amount_text` leaves it."""
    t = number.lstrip("-")
    if "," in t and "." in t:
        return "comma" if t.rfind(",") > t.rfind(".") else "dot"
    for mark, other in ((",", "dot"), (".", "comma")):
        if mark not in t:
            continue
        if t.count(mark) > 1:
            return other if _GROUPED[mark].match(t) else None  # "1,250,000" groups thousands
        head, _, tail = t.partition(mark)
        if len(tail) == 3 and tail.isdigit() and 1 <= len(head) <= 3 and head.isdigit() and head != "0":
            return "ambiguous"
        return "comma" if mark == "," else "dot"
    return None


def decimal_style(value: str) -> str | None:
    """'comma' or 'dot' when a number shows its decimal separator beyond doubt, else None."""
    style = number_style(value)
    return style if style in ("comma", "dot") else None


def parse_decimal(text: str, decimal_comma: bool | None = None) -> Decimal:
    """'12.50', '12,50', '1.234,50', '1,234.50', '$12', 'RM 29.90' -> Decimal; ValueError otherwise
    (NotOneNumber for a calculation or several numbers: '=25000*2', '2 x 50000', '12/2024').

    A number that shows its decimal mark is read by it. ``decimal_comma`` says how the column
    writes decimals and settles the numbers that could be read either way ('1,234', '1.234');
    when it is None they are read with a decimal point (1234 and 1.234).
    """
    if _SCIENTIFIC.match(text):
        return Decimal(text.strip())
    t = amount_text(text)
    if t.strip("-.,") == "":
        raise ValueError(text)
    style = _style(t)
    comma = style == "comma" if style in ("comma", "dot") else bool(decimal_comma)
    if style is None and (t.count(",") > 1 or t.count(".") > 1):
        # "1,23,456" (lakh) marks that only group digits; "1.2.3" is no number: not 123
        mark = "," if t.count(",") > 1 else "."
        if not _LAKH[mark].match(t.lstrip("-")):
            raise ValueError(text)
        t = t.replace(mark, "")
    else:
        t = t.replace(".", "").replace(",", ".") if comma else t.replace(",", "")
    try:
        value = Decimal(t)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value


KG_PER_UNIT: dict[str, Decimal] = {
    "kg": Decimal(1), "kgs": Decimal(1), "kilo": Decimal(1), "kilos": Decimal(1), "kilogram": Decimal(1),
    "kilograms": Decimal(1), "กก": Decimal(1), "กิโลกรัม": Decimal(1), "kilogam": Decimal(1),
    "g": Decimal("0.001"), "gr": Decimal("0.001"), "gm": Decimal("0.001"), "gms": Decimal("0.001"),
    "gram": Decimal("0.001"), "grams": Decimal("0.001"), "gramme": Decimal("0.001"), "gam": Decimal("0.001"),
    "กรัม": Decimal("0.001"),
    "lb": Decimal("0.45359237"), "lbs": Decimal("0.45359237"), "pound": Decimal("0.45359237"),
    "pounds": Decimal("0.45359237"),
    "oz": Decimal("0.028349523125"), "ounce": Decimal("0.028349523125"), "ounces": Decimal("0.028349523125"),
}
_WEIGHT = re.compile(r"^\s*([-+\u2212]?[\d.,\s'\u2019]*\d[\d.,]*)\s*([^\d\s.,'\u2019][^\d]*?)?\.?\s*$")


def unit_factor(unit: str) -> Decimal:
    key = unicodedata.normalize("NFC", unit.strip().casefold()).rstrip(".")
    if key not in KG_PER_UNIT:
        raise ValueError(Message("unknown weight unit '{unit}' (use kg, g, lb or oz)", unit=unit))
    return KG_PER_UNIT[key]


def split_weight(text: str, default_unit: str = "kg") -> tuple[str, Decimal]:
    """'250 g' -> ('250', kilograms per gram); ValueError with the reason otherwise (NotOneNumber
    for a calculation or several numbers: '2 x 250 g'). The number's spaces are left for
    :func:`amount_text` to read as thousands marks or refuse ('1 250 g', '1 5 g')."""
    m = _WEIGHT.match(text)
    if not m:
        raise not_one_number(text) or ValueError(Message("not a weight: '{text}'", text=text))
    unit = (m.group(2) or "").strip() or default_unit or "kg"
    return m.group(1).strip(), unit_factor(unit)


def parse_weight_kg(text: str, default_unit: str = "kg", decimal_comma: bool | None = None) -> Decimal:
    """'0.25', '250 g', '1,5kg', '8 oz' -> kilograms; ValueError with the reason otherwise."""
    number, factor = split_weight(text, default_unit)
    try:
        value = parse_decimal(amount_text(number, currency=False), decimal_comma)
    except NotOneNumber as exc:
        raise NotOneNumber(text, exc.calculation) from None
    except ValueError:
        raise ValueError(Message("not a weight: '{text}'", text=text)) from None
    return value * factor


def _fold(value: str) -> str:
    v = unicodedata.normalize("NFKD", value.strip().casefold()).replace("đ", "d")
    v = "".join(c for c in v if not unicodedata.combining(c) or "\u0e00" <= c <= "\u0e7f")
    return " ".join(re.sub(r"[.,()]", " ", unicodedata.normalize("NFC", v)).split())


# Names pycountry does not know, in English and in the region's languages (folded).
_COUNTRY_NAMES = {
    "vietnam": "VN", "viet nam": "VN", "mainland china": "CN", "china": "CN", "prc": "CN", "uk": "GB",
    "england": "GB", "great britain": "GB", "usa": "US", "america": "US", "korea": "KR", "south korea": "KR",
    "laos": "LA", "brunei": "BN", "taiwan": "TW", "russia": "RU", "hong kong": "HK", "macau": "MO",
    "burma": "MM", "turkey": "TR", "holland": "NL",
    # Malay / Indonesian
    "cina": "CN", "china tiongkok": "CN", "tiongkok": "CN", "jepun": "JP", "jepang": "JP", "korea selatan": "KR",
    "amerika syarikat": "US", "amerika serikat": "US", "filipina": "PH", "thailand": "TH", "tailan": "TH",
    "singapura": "SG", "indonesia": "ID", "malaysia": "MY", "kemboja": "KH", "kamboja": "KH",
    # Vietnamese
    "trung quoc": "CN", "thai lan": "TH", "nhat ban": "JP", "han quoc": "KR", "my": "US", "hoa ky": "US",
    "dai loan": "TW", "an do": "IN", "phap": "FR", "duc": "DE", "y": "IT", "anh": "GB",
    # Thai
    "ไทย": "TH", "ประเทศไทย": "TH", "จีน": "CN", "ญี่ปุ่น": "JP", "เกาหลี": "KR", "เกาหลีใต้": "KR",
    "เวียดนาม": "VN", "มาเลเซีย": "MY", "อินโดนีเซีย": "ID", "สิงคโปร์": "SG", "ฟิลิปปินส์": "PH",
    "สหรัฐอเมริกา": "US", "อเมริกา": "US", "ไต้หวัน": "TW", "อินเดีย": "IN",
}


_COUNTRY_NAMES = {_fold(k): v for k, v in _COUNTRY_NAMES.items()}


@lru_cache(maxsize=4096)
def country_code(value: str) -> str:
    """ISO 3166-1 alpha-2 for a code or a common name; ValueError when unknown."""
    v = value.strip()
    if not v:
        return ""
    if v.isascii() and v.isalpha() and len(v) in (2, 3):
        found = pycountry.countries.get(**{"alpha_2" if len(v) == 2 else "alpha_3": v.upper()})
        if found is not None:
            return str(found.alpha_2)
    folded = _fold(v)
    folded = re.sub(r"^(made in|product of|xuat xu|buatan)\s+", "", folded)
    if folded in _COUNTRY_NAMES:
        return _COUNTRY_NAMES[folded]
    try:
        return pycountry.countries.lookup(folded).alpha_2
    except LookupError:
        pass
    try:
        return pycountry.countries.lookup(v).alpha_2
    except LookupError:
        raise ValueError(v) from None


# Symbols and local names sellers write for a currency (folded). "$" alone is ambiguous.
_CURRENCY_NAMES = {
    "rm": "MYR", "ringgit": "MYR", "rp": "IDR", "rupiah": "IDR", "฿": "THB", "baht": "THB", "บาท": "THB",
    "₫": "VND", "vnd": "VND", "dong": "VND", "vnđ": "VND", "d": "VND", "s$": "SGD", "sg$": "SGD",
    "us$": "USD", "usd$": "USD", "₱": "PHP", "peso": "PHP", "php": "PHP", "€": "EUR", "£": "GBP",
    "¥": "CNY", "rmb": "CNY", "yuan": "CNY", "元": "CNY", "nhân dân tệ": "CNY", "hk$": "HKD", "a$": "AUD",
    "thai baht": "THB", "malaysian ringgit": "MYR", "indonesian rupiah": "IDR", "vietnamese dong": "VND",
    "philippine peso": "PHP", "singapore dollar": "SGD", "k": "LAK", "kip": "LAK", "riel": "KHR", "kyat": "MMK",
}


_CURRENCY_NAMES = {_fold(k): v for k, v in _CURRENCY_NAMES.items()}


@lru_cache(maxsize=1024)
def currency_code(value: str) -> str:
    """ISO 4217 code for a code, a symbol or a common name; ValueError when unknown."""
    v = value.strip()
    if not v:
        return ""
    if len(v) == 3 and v.isascii() and v.isalpha() and pycountry.currencies.get(alpha_3=v.upper()) is not None:
        return v.upper()
    folded = _fold(v)
    if folded in _CURRENCY_NAMES:
        return _CURRENCY_NAMES[folded]
    if folded == "$":
        raise ValueError(Message("'$' could be several dollars; write USD, SGD, ..."))
    try:
        return pycountry.currencies.lookup(v).alpha_3
    except LookupError:
        raise ValueError(Message("unknown currency '{text}'", text=v)) from None


_CURRENCY_IN_TEXT = re.compile(
    r"(?<![a-z])(us\$|s\$|rm|rp|฿|₫|vnđ|vnd|thb|myr|idr|sgd|usd|php|₱|€|£|¥|rmb|cny|eur|gbp)(?![a-z])", re.IGNORECASE)


def currency_hint(text: str) -> str:
    """A currency a header or a price cell names ('Harga (Rp)', 'RM 12.90'); '' when none."""
    m = _CURRENCY_IN_TEXT.search(text)
    if not m:
        return ""
    try:
        return currency_code(m.group(1))
    except ValueError:
        return ""
