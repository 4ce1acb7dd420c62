"""Units of quantity: counted (pieces, sets, pairs, boxes…) or measured (weight, length, area, volume).

A catalogue item's quantity unit is free text ("pcs" when the file has none). Goods counted
in pieces ship in whole numbers; only a unit of measure takes a fraction ("2.5 kg", "1.5 m").
A unit this module does not know as a measure is taken as counted: an invoice saying
"1.5 pcs" is the mistake to prevent, and a seller who sells by a measure Borderline does not
know can write it as one of these (kg, m, l, …).
"""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from app.core.messages import Message

MEASURES = {
    "weight": ("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes", "g", "gr", "grs",
               "gram", "grams", "gramme", "grammes", "mg", "t", "ton", "tons", "tonne", "tonnes", "lb", "lbs", "pound",
               "pounds", "oz", "ounce", "ounces", "carat", "carats", "kgm", "grm", "tne",
               "kilogam", "gam", "cân", "กิโลกรัม", "กก", "กรัม", "公斤", "千克", "克"),
    "length": ("m", "metre", "metres", "meter", "meters", "cm", "mm", "km", "in", "inch", "inches", "ft", "foot", "feet",
               "yd", "yard", "yards", "mtr", "cmt", "mmt", "mét", "เมตร", "米"),
    "area": ("m2", "m²", "sqm", "sq m", "sq.m", "square metre", "square metres", "square meter", "square meters", "ft2",
             "ft²", "sq ft", "sqft", "mtk", "ตารางเมตร", "平方米"),
    "volume": ("l", "lt", "ltr", "litre", "litres", "liter", "liters", "ml", "cl", "dl", "m3", "m³", "cbm", "cu m",
               "gal", "gallon", "gallons", "fl oz", "floz", "cc", "mlt", "mtq", "lít", "ลิตร", "มล", "升", "毫升"),
}
MEASURED = frozenset(u for units in MEASURES.values() for u in units)


def normalise_unit(unit: str) -> str:
    """'Kg.' -> 'kg', ' Sq. M ' -> 'sq. m': case, width and spacing folded, a final dot dropped."""
    text = unicodedata.normalize("NFKC", unit or "").casefold().strip().rstrip(".")
    return re.sub(r"\s+", " ", text)


def is_measured(unit: str) -> bool:
    """True for a unit of weight, length, area or volume: its quantities may have decimals."""
    key = normalise_unit(unit)
    return key in MEASURED or key.replace(" ", "") in MEASURED


def is_whole(quantity: Decimal | float | int) -> bool:
    q = Decimal(str(quantity))
    return q == q.to_integral_value()


def fraction_problem(quantity: Decimal | float | int, unit: str) -> str | None:
    """Why this quantity cannot be shipped in this unit, or None: a counted unit needs a whole number."""
    unit = unit or "pcs"
    if is_measured(unit) or is_whole(quantity):
        return None
    return Message("{quantity:f} {unit} is not a whole number; goods counted in {unit} ship in whole numbers (only "
                   "units of weight, length, area or volume such as kg, m, m2 or l take decimals)",
                   quantity=Decimal(str(quantity)).normalize(), unit=unit)
