"""Names of values the core keeps as plain English keys and labels (item statuses, confidence
bands, flag severities, catalogue fields, shipment choices, the default package type), translated
when the window shows them.

The core's texts are marked here with QT_TRANSLATE_NOOP so `make translations` collects them
into the "Labels" context; the stored values never change, only what is displayed.
"""
from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from app.core.attributes import NumberWords
from app.core.fields import FIELD_LABELS
from app.core.queue import BAND_LABELS
from app.core.review import STATUS_LABELS

CONTEXT = "Labels"

# Every text below must stay equal to the core's; tests/test_translations.py checks it.
MARKED = (
    # app.core.review.STATUS_LABELS
    QT_TRANSLATE_NOOP("Labels", "pending"), QT_TRANSLATE_NOOP("Labels", "flagged"),
    QT_TRANSLATE_NOOP("Labels", "auto-accepted"), QT_TRANSLATE_NOOP("Labels", "decided"),
    # app.core.queue.BAND_LABELS
    QT_TRANSLATE_NOOP("Labels", "below 50%"), QT_TRANSLATE_NOOP("Labels", "50% to 80%"),
    QT_TRANSLATE_NOOP("Labels", "80% and above"),
    # app.core.rules.SEVERITIES
    QT_TRANSLATE_NOOP("Labels", "block"), QT_TRANSLATE_NOOP("Labels", "review"), QT_TRANSLATE_NOOP("Labels", "info"),
    # app.core.fields.FIELD_LABELS
    QT_TRANSLATE_NOOP("Labels", "SKU"), QT_TRANSLATE_NOOP("Labels", "Title"), QT_TRANSLATE_NOOP("Labels", "Description"),
    QT_TRANSLATE_NOOP("Labels", "Material"), QT_TRANSLATE_NOOP("Labels", "Origin country"),
    QT_TRANSLATE_NOOP("Labels", "Unit price"), QT_TRANSLATE_NOOP("Labels", "Currency"),
    QT_TRANSLATE_NOOP("Labels", "Net weight"), QT_TRANSLATE_NOOP("Labels", "Weight unit"),
    QT_TRANSLATE_NOOP("Labels", "Quantity"), QT_TRANSLATE_NOOP("Labels", "Quantity unit"),
    QT_TRANSLATE_NOOP("Labels", "Brand"), QT_TRANSLATE_NOOP("Labels", "Variation"), QT_TRANSLATE_NOOP("Labels", "HS code"),
    # app.core.shipment.REASONS, EXPORT_TYPES, PAPER_SIZES and DEFAULT_PACKAGE_TYPE
    QT_TRANSLATE_NOOP("Labels", "sale"), QT_TRANSLATE_NOOP("Labels", "gift"), QT_TRANSLATE_NOOP("Labels", "sample"),
    QT_TRANSLATE_NOOP("Labels", "return"), QT_TRANSLATE_NOOP("Labels", "repair"),
    QT_TRANSLATE_NOOP("Labels", "permanent"), QT_TRANSLATE_NOOP("Labels", "temporary"),
    QT_TRANSLATE_NOOP("Labels", "letter"), QT_TRANSLATE_NOOP("Labels", "carton"),
)


def core_label(text: str) -> str:
    """The shown form of one of the core's texts above (unknown texts come back as they are)."""
    return QCoreApplication.translate(CONTEXT, text)


def status_label(status: str) -> str:
    return core_label(STATUS_LABELS.get(status, status))


def band_label(band: str) -> str:
    return core_label(BAND_LABELS.get(band, band))


def field_label(field: str) -> str:
    return core_label(FIELD_LABELS.get(field, field))


def local_time(at: datetime, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A stored time (naive UTC, as the database keeps it) in this computer's time zone."""
    return (at if at.tzinfo else at.replace(tzinfo=timezone.utc)).astimezone().strftime(fmt)


def count(n: int) -> str:
    """A count as the window writes it: "1,500" in English, "1.500" in Indonesian (the same marks
    as the core's sentences and the rules' reasons)."""
    return _numbers()(n)


def _numbers() -> NumberWords:
    from app.core.rule_language import words_for
    from app.gui.i18n import interface_language

    return words_for(interface_language()).numbers


def decimal(value: Decimal | float | int, places: int | None = None, *, trim: bool = False,
            grouped: bool = True) -> str:
    """A weight, price or other figure with decimals as the window writes it: "1,000.5" in
    English, "1.000,5" in Indonesian (where "1.000" is a thousand, so a weight of one kilogram
    to three places is "1,000")."""
    return _numbers()(value, places, grouped=grouped, trim=trim)


def percent(fraction: float, places: int = 1) -> str:
    """A share as a percentage in the window's marks: 0.002 is "0.2%" in English, "0,2%" in Indonesian."""
    return f"{decimal(fraction * 100, places)}%"


def read_number(text: str) -> Decimal | None:
    """A number as the user typed it with the window language's marks; None when it is none
    (or could be read two ways: "12.50" in Indonesian)."""
    return _numbers().read(text)


def machine_number(text: str) -> str:
    """Typed text for the shipment JSON: a number read in the window's marks as digits and a
    decimal point ("12,50" -> "12.50" in Indonesian); anything else as typed, for the check
    that names it."""
    value = read_number(text)
    return text.strip() if value is None else str(value)


def window_locale() -> QLocale:
    """Qt's locale for the window's language, for editors Qt formats itself (spin boxes): its
    decimal and group marks are the window's, whatever the system's locale is."""
    from app.gui.i18n import interface_language

    return QLocale(interface_language())
