"""Choices shared by the first-start assistant and Settings: markets, countries, currencies,
and the seller profile as the rest of Borderline reads it (Workspace setting "seller")."""
from __future__ import annotations

from typing import Any

import pycountry

# ASEAN members first: the markets small sellers in the region ship to most.
MARKETS = ("SG", "MY", "TH", "ID", "PH", "VN", "BN", "KH", "LA", "MM")
REGIONAL_CURRENCIES = ("THB", "MYR", "SGD", "IDR", "PHP", "VND", "BND", "KHR", "LAK", "MMK", "USD", "EUR", "CNY")
SELLER_KEYS = ("name", "address", "country", "tax_id", "phone", "email", "logo", "default_origin", "currency")


def country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code)
    return str(getattr(country, "common_name", None) or country.name) if country else code


def countries() -> list[tuple[str, str]]:
    """(alpha-2, name) for every ISO 3166 country, the markets first, then by name."""
    rest = sorted(((c.alpha_2, country_name(c.alpha_2)) for c in pycountry.countries if c.alpha_2 not in MARKETS),
                  key=lambda pair: pair[1])
    return [(m, country_name(m)) for m in MARKETS] + rest


def currencies() -> list[str]:
    rest = sorted(c.alpha_3 for c in pycountry.currencies if c.alpha_3 not in REGIONAL_CURRENCIES)
    return list(REGIONAL_CURRENCIES) + rest


def seller_profile(raw: Any) -> dict[str, str]:
    """The stored profile with every key present (empty strings for what is not known)."""
    data = raw if isinstance(raw, dict) else {}
    return {k: str(data.get(k) or "") for k in SELLER_KEYS}
