"""Quantities with units read out of product text, for threshold rules.

Sellers write "20000mAh", "74Wh", "blade 20 cm", "8 inch blade", "100ml", "2% nicotine",
"160mg caffeine". :func:`extract` turns such text into a few numbers in fixed units, each
with the exact piece of text it came from, so a flag can show what it read.

Units: capacity_mah (mAh), voltage_v (V), battery_wh (Wh), blade_cm (cm), volume_ml (ml),
nicotine_pct (% by volume of liquid; 1% = 10 mg/ml), caffeine_mg (mg).

Battery energy comes from a stated Wh figure when there is one, else from mAh and volts:
a stated voltage is used unless it is 5 V or 9 V (on power banks and chargers those are the
USB output, not the cell), and without one the lithium-ion nominal 3.7 V is assumed. The
result then says it is an estimate.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Mapping

ATTRIBUTES = ("capacity_mah", "voltage_v", "battery_wh", "blade_cm", "volume_ml", "nicotine_pct", "caffeine_mg")
NOMINAL_CELL_V = 3.7
USB_OUTPUT_V = (5.0, 9.0)

_NUM = r"(\d+(?:[.,]\d+)*)"
_I = re.IGNORECASE
# (attribute, pattern, unit when the pattern has no unit group); group 1 is the number.
_PATTERNS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("capacity_mah", re.compile(_NUM + r"\s*(mah|ah)(?![a-z])", _I), ""),
    ("battery_wh", re.compile(_NUM + r"\s*(kwh|wh)(?![a-z])", _I), ""),
    ("voltage_v", re.compile(_NUM + r"\s*(v|volts?)(?![a-z0-9])", _I), ""),
    # "blade 20 cm", "blade length: 8 in", "lưỡi 20cm", "bilah 15 cm"
    ("blade_cm", re.compile(r"(?:blade|bilah|mata pisau|luoi|lưỡi)(?:\s+length)?\s*[:=]?\s*" + _NUM
                            + r"\s*(cm|mm|inch(?:es)?|in|\"|'')(?![a-z])", _I), ""),
    # "8 inch blade", "20cm blade", "8\" chef knife", "30 cm machete"
    ("blade_cm", re.compile(_NUM + r"\s*(cm|mm|inch(?:es)?|in|\"|''|-inch)(?:\s+[a-z]+){0,2}?\s+"
                            r"(?:blade|knife|knives|sword|machete|katana|parang|golok|pisau|dagger)", _I), ""),
    ("volume_ml", re.compile(_NUM + r"\s*(ml|millilit(?:er|re)s?|l|lit(?:er|re)s?|fl\.?\s?oz)(?![a-z])", _I), ""),
    ("nicotine_pct", re.compile(_NUM + r"\s*%\s*(?:nicotine|nikotin|nic)", _I), "%"),
    ("nicotine_pct", re.compile(r"(?:nicotine|nikotin|nic)(?:\s+salts?)?\s*[:=]?\s*" + _NUM + r"\s*(%|mg(?:/ml)?)", _I), ""),
    ("nicotine_pct", re.compile(_NUM + r"\s*(mg(?:/ml)?)\s*(?:nicotine|nikotin|nic)", _I), ""),
    ("caffeine_mg", re.compile(_NUM + r"\s*mg\s*(?:of\s+)?(?:caffeine|cafein|kafein|caffein)", _I), "mg"),
    ("caffeine_mg", re.compile(r"(?:caffeine|cafein|kafein|caffein)\s*[:=]?\s*" + _NUM + r"\s*mg", _I), "mg"),
)
_HAS_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(_NUM)


@dataclass(frozen=True)
class NumberWords:
    """How a language writes a number: "1,500.5" in English, "1.500,5" in Indonesian.

    ``group_always``: the language groups thousands also where the English text leaves a
    figure bare ("17387.10 THB" reads "17.387,10 THB" in Indonesian)."""

    group: str = ","
    decimal: str = "."
    group_always: bool = False

    def __call__(self, value: Decimal | float | int, places: int | None = None, *, grouped: bool = True,
                 trim: bool = False) -> str:
        """``value`` with ``places`` decimals (all it has when None), thousands grouped unless
        ``grouped`` is false (and the language does not group always), trailing zeros of the
        fraction dropped when ``trim``. In English: Python's own ``f"{value:,.2f}"``."""
        if not isinstance(value, Decimal) and (places is None or isinstance(value, int)):
            value = Decimal(str(value))
        spec = ("," if grouped or self.group_always else "") + ("" if places is None else f".{places}") + "f"
        text = format(value, spec)
        if trim and "." in text:
            text = text.rstrip("0").rstrip(".")
        if (self.group, self.decimal) == (",", "."):
            return text
        return text.translate({ord(","): self.group, ord("."): self.decimal})

    def read(self, text: str) -> Decimal | None:
        """A number as a person types it in this language: digits, this decimal mark, and
        thousands grouped by threes with this group mark or not at all ("1.234,5" or "1234,5"
        in Indonesian). None for anything else, "12.50" in Indonesian and "2,5" or "0,500" in
        English included (a group mark anywhere but between threes, or after a lone 0): read
        either way it would be a guess (twelve and a half, or 1,250), so it is asked again."""
        g, d = re.escape(self.group), re.escape(self.decimal)
        text = text.strip()
        if not re.fullmatch(rf"(?:(?!0)\d{{1,3}}(?:{g}\d{{3}})+|\d+)(?:{d}\d+)?|{d}\d+", text):
            return None
        return Decimal(text.replace(self.group, "").replace(self.decimal, "."))

    def quoted(self, text: str) -> str:
        """A figure as an item wrote it ("20,000mAh", "3.7V"), its numbers with this language's
        marks, as they were read (parse_number); a bare "40000" stays as written."""
        if (self.group, self.decimal) == (",", "."):
            return text

        def mark(m: re.Match[str]) -> str:
            number = m.group(0)
            if number.isdigit():
                return number
            try:
                return self(Decimal(str(parse_number(number))), trim=True)
            except ValueError:
                return number
        return _NUMBER.sub(mark, text)


ENGLISH_NUMBERS = NumberWords()


@dataclass(frozen=True)
class QuantityWords:
    """How a quantity is described in a reason, in one language (rule_language.py has the others)."""

    about: str = "about {n}"                                # an estimate
    at: str = "{capacity} at {voltage}"                     # energy from a stated capacity and voltage
    assumed: str = "{capacity} at an assumed {voltage} V"   # energy from a capacity and the nominal cell voltage
    number: NumberWords = ENGLISH_NUMBERS                   # how its numbers are written


ENGLISH = QuantityWords()


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    text: str               # the text it was read from, as written (empty when derived)
    span: tuple[int, int]   # where that text is in the input; (0, 0) when derived
    estimated: bool = False
    note: str = ""          # how a derived value was computed, in English (a flag's trigger keeps it)
    basis: tuple[str, ...] = ()  # a derived energy: the capacity as written, and the voltage ("" when assumed)

    def note_in(self, words: QuantityWords = ENGLISH) -> str:
        """How a derived value was computed, in the given words."""
        if len(self.basis) != 2:
            return self.note
        capacity, voltage = self.basis
        if voltage:
            return words.at.format(capacity=words.number.quoted(capacity), voltage=words.number.quoted(voltage))
        return words.assumed.format(capacity=words.number.quoted(capacity), voltage=words.number(NOMINAL_CELL_V))

    def describe(self, unit: str, words: QuantityWords = ENGLISH) -> str:
        shown = words.number(self.value, 1, trim=True)
        note = self.note_in(words)
        return (words.about.format(n=shown) if self.estimated else shown) + f" {unit}" + (f" ({note})" if note else "")


def parse_number(text: str) -> float:
    """'20,000' is twenty thousand, '1,5' is one and a half, '1.234,5' is 1234.5."""
    if "," in text and "." in text:
        text = text.replace(".", "").replace(",", ".") if text.rfind(",") > text.rfind(".") else text.replace(",", "")
    elif "," in text:
        head, _, tail = text.rpartition(",")
        text = text.replace(",", "") if len(tail) == 3 else head.replace(",", "") + "." + tail
    elif text.count(".") > 1:
        text = text.replace(".", "")
    return float(text)


def _convert(name: str, value: float, unit: str) -> float:
    unit = unit.lower().replace(" ", "")
    if name == "capacity_mah" and unit == "ah":
        return value * 1000
    if name == "battery_wh" and unit == "kwh":
        return value * 1000
    if name == "blade_cm":
        if unit == "mm":
            return value / 10
        if unit in ("inch", "inches", "in", '"', "''", "-inch"):
            return value * 2.54
    if name == "volume_ml":
        if unit in ("l", "liter", "litre", "liters", "litres"):
            return value * 1000
        if unit.startswith("fl"):
            return value * 29.5735
    if name == "nicotine_pct" and unit.startswith("mg"):
        return value / 10
    return value


def extract(text: str) -> dict[str, Quantity]:
    """Every quantity found in the text; the first mention of each wins."""
    found: dict[str, Quantity] = {}
    if not text or not _HAS_DIGIT.search(text):
        return found
    for name, pattern, default_unit in _PATTERNS:
        if name in found:
            continue
        for m in pattern.finditer(text):
            try:
                number = parse_number(m.group(1))
            except ValueError:
                continue
            unit = m.group(2) if pattern.groups >= 2 else default_unit
            value = _convert(name, number, unit)
            if name == "voltage_v" and not 0 < value <= 1000:
                continue
            found[name] = Quantity(value, m.group(0), m.span(0))
            break
    _derive_energy(found)
    return found


def _derive_energy(found: dict[str, Quantity]) -> None:
    if "battery_wh" in found or "capacity_mah" in found and found["capacity_mah"].value <= 0:
        return
    mah = found.get("capacity_mah")
    if mah is None:
        return
    volt = found.get("voltage_v")
    if volt is not None and volt.value not in USB_OUTPUT_V:
        v, basis = volt.value, (mah.text.strip(), volt.text.strip())
    else:
        v, basis = NOMINAL_CELL_V, (mah.text.strip(), "")
    energy = Quantity(mah.value * v / 1000, "", (0, 0), estimated=True, basis=basis)
    found["battery_wh"] = replace(energy, note=energy.note_in(ENGLISH))


# Catalogue columns that may carry the same figures directly ("Battery (Wh)": "74").
_COLUMN_NAMES = {
    "battery_wh": ("battery wh", "battery_wh", "wh", "watt hours", "energy wh"),
    "capacity_mah": ("capacity mah", "capacity_mah", "mah", "battery mah", "battery capacity"),
    "voltage_v": ("voltage", "voltage_v", "volt", "v"),
    "blade_cm": ("blade length cm", "blade_cm", "blade length", "blade cm"),
    "volume_ml": ("volume ml", "volume_ml", "volume", "ml", "capacity ml"),
    "nicotine_pct": ("nicotine", "nicotine_pct", "nicotine %"),
    "caffeine_mg": ("caffeine", "caffeine_mg", "caffeine mg"),
}
_COLUMN_KEY = re.compile(r"[^a-z0-9_%]+")


def from_columns(attributes: Mapping[str, str]) -> dict[str, Quantity]:
    """Quantities given in catalogue columns (numbers in the unit the column names)."""
    out: dict[str, Quantity] = {}
    if not attributes:
        return out
    keys = {_COLUMN_KEY.sub(" ", k.lower()).strip(): v for k, v in attributes.items()}
    for name, aliases in _COLUMN_NAMES.items():
        for alias in aliases:
            raw = keys.get(alias)
            if raw is None or not str(raw).strip():
                continue
            try:
                out[name] = Quantity(parse_number(str(raw).strip().split()[0].rstrip("%")), str(raw), (0, 0))
            except (ValueError, IndexError):
                continue
            break
    return out


def quantities(text: str, attributes: Mapping[str, str] | None = None) -> dict[str, Quantity]:
    """Figures from catalogue columns, completed by those read from the text."""
    found = extract(text)
    given = from_columns(attributes or {})
    if given:
        found.update(given)
        if "battery_wh" not in given and "capacity_mah" in given:
            found.pop("battery_wh", None)
            _derive_energy(found)
    return found
