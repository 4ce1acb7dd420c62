"""Choices shared by the first-start assistant and Settings: markets, countries, currencies,
and the seller profile as the rest of Borderline reads it (Workspace setting "seller")."""
from __future__ import annotations

import gettext
import re
from functools import lru_cache
from typing import Any

import pycountry

# ASEAN members first: the markets small sellers in the region ship to most.
MARKETS = ("SG", "MY", "TH", "ID", "PH", "VN", "BN", "KH", "LA", "MM")
DEFAULT_COUNTRY = "TH"  # the seller's country when neither the profile nor the system's locale names a market
REGIONAL_CURRENCIES = ("THB", "MYR", "SGD", "IDR", "PHP", "VND", "BND", "KHR", "LAK", "MMK", "USD", "EUR", "CNY")
# the currency a seller in each market usually prices and invoices in (the first-start
# assistant starts from it; a seller elsewhere starts from USD)
HOME_CURRENCIES = {"SG": "SGD", "MY": "MYR", "TH": "THB", "ID": "IDR", "PH": "PHP", "VN": "VND", "BN": "BND",
                   "KH": "KHR", "LA": "LAK", "MM": "MMK"}
SELLER_KEYS = ("name", "address", "country", "tax_id", "phone", "email", "logo", "default_origin", "currency",
               "sg_ovr_gst_number", "my_lrn")  # the last two: low-value goods registrations (SG OVR, MY LRN)


def country_name(code: str, language: str = "en") -> str:
    """The country's usual name ("Laos", not "Lao People's Democratic Republic"), in English (as
    the documents print it) or in `language` as pycountry's ISO 3166 translations give it."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    name = str(getattr(country, "common_name", None) or country.name)
    return _country_names(language).gettext(name) if language != "en" else name


@lru_cache(maxsize=4)
def _country_names(language: str) -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)


def countries(language: str = "en") -> list[tuple[str, str]]:
    """(alpha-2, name) for every ISO 3166 country, the markets first, then by name."""
    rest = sorted(((c.alpha_2, country_name(c.alpha_2, language)) for c in pycountry.countries
                   if c.alpha_2 not in MARKETS), key=lambda pair: pair[1])
    return [(m, country_name(m, language)) for m in MARKETS] + rest


def currencies() -> list[str]:
    rest = sorted(c.alpha_3 for c in pycountry.currencies if c.alpha_3 not in REGIONAL_CURRENCIES)
    return list(REGIONAL_CURRENCIES) + rest


def home_currency(country: str) -> str:
    """The invoice currency to start from for a seller in this country: its own in the markets, else USD."""
    return HOME_CURRENCIES.get(country.strip().upper(), "USD")


def seller_profile(raw: Any) -> dict[str, str]:
    """The stored profile with every key present (empty strings for what is not known)."""
    data = raw if isinstance(raw, dict) else {}
    return {k: str(data.get(k) or "") for k in SELLER_KEYS}


# Checks of what the first-start assistant asks for -------------------------------------------
_EMAIL = re.compile(r"[^@\s]+@(?P<domain>[^@\s]+)")
_NOT_IN_DOMAIN = set("!\"#$%&'()*+,/:;<=>?[\\]^_`{|}~")
# an extension as people write it: ext. 12, x12, #12, ต่อ 12 (Thai), máy lẻ 12 (Vietnamese)
_PHONE_EXTENSION = re.compile(r"\s*(?:ext\.?|x|#|ต่อ|máy lẻ|sambungan)\s*\d{1,6}$", re.IGNORECASE)
_PHONE = re.compile(r"\+?[\d\s().\-/]+")
PHONE_DIGITS = (6, 15)  # a local number has at least six digits; E.164 allows fifteen


def valid_email(text: str) -> bool:
    """Empty (an email is optional) or a plausible address: one @, something before it, and a
    domain of dotted labels ending in a name of at least two letters (name@shop.co.th)."""
    text = text.strip()
    if not text:
        return True
    match = _EMAIL.fullmatch(text)
    if match is None or ":" in text.split("@")[0]:  # mailto:name@shop.com is a link, not an address
        return False
    labels = match["domain"].split(".")
    return (len(labels) >= 2 and all(label and label[0] != "-" and label[-1] != "-" and not _NOT_IN_DOMAIN & set(label)
                                     for label in labels)
            and len(labels[-1]) >= 2 and not labels[-1].isdigit())


def valid_phone(text: str) -> bool:
    """Empty (a phone is optional) or a number as people write it (+66 2 123 4567, (02) 123-4567,
    ext. 12): digits, spaces, brackets, dots, dashes and one leading +, with 6 to 15 digits."""
    if not text.strip():
        return True
    numbers = [n for n in re.split(r"\s+(?:/|or|atau|hoặc|หรือ)\s+|\s*,\s*", text.strip()) if n]  # "02-123 4567 / 081 234 5678"
    return all(_one_phone(n) for n in numbers)


def _one_phone(text: str) -> bool:
    text = _PHONE_EXTENSION.sub("", text.strip())
    digits = sum(ch.isdigit() for ch in text)
    return bool(_PHONE.fullmatch(text)) and PHONE_DIGITS[0] <= digits <= PHONE_DIGITS[1]


def valid_reviewer(name: str) -> bool:
    """A reviewer's name is required: every decision and audit entry records who made it, and
    without a name they would all read "borderline"."""
    return any(ch.isalnum() for ch in name)


def suggested_markets(own_country: str, markets: list[str]) -> list[str]:
    """Markets ticked at first start: the usual ones, less the seller's own country (selling at
    home is not an export; the seller can still tick it)."""
    return [m for m in markets if m != own_country.strip().upper()]


def home_country(locale_name: str) -> str:
    """The seller's country to start from: the territory of the system's locale ("id_ID",
    "en_SG.UTF-8", "ms-Latn-MY") when it is one of the markets, else DEFAULT_COUNTRY."""
    parts = re.split(r"[_-]", locale_name.split(".")[0].split("@")[0])
    territory = parts[-1].upper() if len(parts) > 1 else ""
    return territory if territory in MARKETS else DEFAULT_COUNTRY
