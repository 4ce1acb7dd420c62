"""An amount in words for the invoice ("US Dollar one hundred twenty-three and 45/100 only")."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pycountry

from app.core.shipment import MINOR_UNITS, quantum

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand"))


def _below_thousand(n: int) -> str:
    words = []
    if n >= 100:
        words.append(f"{_ONES[n // 100]} hundred")
        n %= 100
    if n >= 20:
        words.append(_TENS[n // 10] + (f"-{_ONES[n % 10]}" if n % 10 else ""))
    elif n or not words:
        words.append(_ONES[n])
    return " ".join(words)


def integer_words(n: int) -> str:
    """English words for a whole number (short scale): 1201 -> 'one thousand two hundred one'."""
    if n < 0:
        raise ValueError("no words for negative amounts")
    if n < 1000:
        return _below_thousand(n)
    parts = []
    for size, name in _SCALES:
        if n >= size:
            parts.append(f"{integer_words(n // size)} {name}")
            n %= size
    if n:
        parts.append(_below_thousand(n))
    return " ".join(parts)


def currency_name(code: str) -> str:
    cur = pycountry.currencies.get(alpha_3=code)
    return cur.name if cur is not None else code


def amount_in_words(amount: Decimal, currency: str) -> str:
    """The amount rounded as the invoice shows it; minor units as a fraction (45/100)."""
    value = amount.quantize(quantum(currency), rounding=ROUND_HALF_UP)
    whole = int(value)
    # Currency first, as invoices say it, which also spares singular and plural.
    text = f"{currency_name(currency)} {integer_words(whole)}"
    digits = MINOR_UNITS.get(currency, 2)
    if digits:
        minor = int((value - whole) * 10**digits)
        text += f" and {minor:0{digits}d}/{10**digits}"
    return text + " only"
