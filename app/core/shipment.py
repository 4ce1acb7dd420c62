"""A shipment as plain data: parsed and validated from JSON, independent of the database."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

import pycountry

from app.core.messages import Message, Refusal
from app.core.profile import country_name, valid_email, valid_phone

INCOTERMS = ("EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF")
REASONS = ("sale", "gift", "sample", "return", "repair")
EXPORT_TYPES = ("permanent", "temporary", "repair")
PAPER_SIZES = ("A4", "letter")
DEFAULT_PACKAGE_TYPE = "carton"  # a package whose type is not given (stored and printed in English)
# Minor units where they differ from 2: ISO 4217, except the rupiah. ISO gives IDR two, but
# the sen has not been in use for decades and invoices in rupiah show whole rupiah
# (Rp 1.250.000), so the documents do too.
MINOR_UNITS = {"VND": 0, "IDR": 0, "JPY": 0, "KRW": 0, "CLP": 0, "ISK": 0, "UGX": 0, "XAF": 0, "XOF": 0,
               "BHD": 3, "KWD": 3, "OMR": 3, "JOD": 3, "TND": 3, "LYD": 3, "IQD": 3}
C_TERMS = ("CPT", "CIP", "CFR", "CIF")  # the seller pays the main carriage
D_TERMS = ("DAP", "DPU", "DDP")  # the seller delivers at the destination
F_TERMS = ("EXW", "FCA", "FAS", "FOB")  # the buyer pays the main carriage


class ShipmentError(Refusal):
    """The shipment file is not usable; the message names the field."""


@dataclass
class Party:
    name: str
    address: str
    country: str
    tax_id: str = ""
    phone: str = ""
    email: str = ""


@dataclass
class LineSpec:
    sku: str
    quantity: Decimal
    unit_value: Decimal | None = None
    description: str = ""  # overrides the catalogue title on the documents
    package: int | None = None  # 1-based index into the shipment's packages
    origin_criterion: str = ""  # ATIGA: WO, RVC 40%, CTH, PE, ...


@dataclass
class Package:
    count: int
    type: str
    gross_kg: Decimal
    length_cm: Decimal | None = None
    width_cm: Decimal | None = None
    height_cm: Decimal | None = None
    net_kg: Decimal | None = None
    marks: str = ""


@dataclass
class ShipmentSpec:
    invoice_number: str
    date: dt.date
    destination: str
    incoterm: str
    incoterm_place: str
    currency: str
    reason_for_export: str
    seller: Party
    consignee: Party
    lines: list[LineSpec]
    packages: list[Package] = field(default_factory=list)
    awb: str = ""
    freight: Decimal = Decimal(0)
    insurance: Decimal = Decimal(0)
    shipping_marks: str = ""
    buyer: Party | None = None  # sold-to, when not the consignee
    export_type: str = "permanent"
    other_charges: Decimal = Decimal(0)
    order_ref: str = ""
    signatory: str = ""
    signatory_title: str = ""
    logo: str = ""
    atiga: bool = False
    atiga_exporter_code: str = ""
    consolidate: bool = False
    paper: str = ""  # A4 or letter; empty for the workspace setting
    # ASEAN low-value goods fields, printed only for their destination (app.core.destination_marks)
    sg_ovr_gst_number: str = ""  # the seller's GST number under Singapore's Overseas Vendor Registration
    sg_gst_paid: bool = False  # GST on these goods was collected by the seller under OVR
    my_lrn: str = ""  # the seller's Malaysian low-value goods registration number
    th_lvg: bool = False  # the "LVG" code claiming Thailand's low-value duty relief

    @property
    def package_count(self) -> int:
        return sum(p.count for p in self.packages)


def _example_place(incoterm: str, data: dict[str, Any]) -> str:
    """Where the named place usually is: the seller's side for E and F terms, the destination
    for C and D terms (a city is better; the country shows the side)."""
    side = (data.get("seller") or {}).get("country", "") if incoterm in F_TERMS else data.get("destination", "")
    return country_name(str(side).strip().upper()) if side else Message("the named city")


def quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-MINOR_UNITS.get(currency, 2))


def _charge(data: dict[str, Any], key: str, currency: str, stored: bool) -> Decimal:
    """Freight, insurance or other charges: money, so no more decimals than the currency has.

    A charge is what the carrier or insurer billed; rounding it silently would print a figure
    the broker cannot find on that bill, so a new shipment is refused. A stored one is read as
    it was (the totals round each charge as printed)."""
    value = _decimal(data.get(key, 0), key)
    digits = MINOR_UNITS.get(currency, 2)
    if not stored and value != value.quantize(quantum(currency)):
        allowed = (Message("no decimals") if digits == 0 else Message("at most 1 decimal") if digits == 1
                   else Message("at most {digits} decimals", digits=digits))
        raise ShipmentError(Message("{field}: {value:f} has more decimals than {currency} has ({allowed}); give the "
                                    "amount as billed, e.g. {example:f}", field=key, value=value, currency=currency,
                                    allowed=allowed,
                                    example=value.quantize(quantum(currency), rounding=ROUND_HALF_UP)))
    return value


def _text(data: dict[str, Any], key: str, where: str, required: bool = True) -> str:
    value = data.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, (str, int, float)):
        raise ShipmentError(Message("{field}: expected text", field=f"{where}{key}"))
    value = str(value).strip()
    if required and not value:
        raise ShipmentError(Message("{field}: missing", field=f"{where}{key}"))
    return value


def _decimal(value: Any, where: str, *, positive: bool = False) -> Decimal:
    """A number given in digits with a decimal point; `where` names the field (for a line: its
    number and SKU).

    A shipment file writes its numbers one way only, so none can be read two ways: "12.50" is
    twelve and a half, "1.000" is one (see :func:`point_readings`), and a comma is refused
    whatever it would mean ("1,000", "12,50"), saying how to write the number."""
    try:
        if isinstance(value, str) and ("e" in value.lower() or "_" in value):
            raise InvalidOperation  # "1e1" is a spreadsheet's artefact, not an amount; Python reads "2_5" as 25
        d = Decimal(str(value))
    except InvalidOperation:
        if isinstance(value, str):  # "1,000", "12,50", "1.250.000"
            raise ShipmentError(Message("{field}: not a number: {value} (write the amount in digits, e.g. 10.00)",
                                        field=where, value=repr(value))) from None
        raise ShipmentError(Message("{field}: not a number: {value}", field=where, value=repr(value))) from None
    if not d.is_finite() or d < 0 or (positive and d == 0):
        if positive:
            raise ShipmentError(Message("{field}: must be greater than zero", field=where))
        raise ShipmentError(Message("{field}: must be zero or more", field=where))
    return d


def _country(value: str, where: str) -> str:
    if pycountry.countries.get(alpha_2=value.upper()) is None:
        raise ShipmentError(Message("{field}: '{value}' is not an ISO country code (e.g. SG, MY, TH)", field=where,
                                    value=value))
    return value.upper()


def _flag(data: dict[str, Any], key: str, stored: bool) -> bool:
    """A yes/no field: true or false (also "yes"/"no", 1/0). Anything else is refused, so that
    the text "false" is not read as yes; a stored shipment reads any other value as no."""
    value = data.get(key, False)
    if isinstance(value, str):
        value = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False, "": False}.get(
            value.strip().lower(), value)
    if value in (None, 0, 1) or isinstance(value, bool):
        return bool(value)
    if stored:
        return False
    raise ShipmentError(Message("{field}: '{value}' is not true or false", field=key, value=str(value)))


def clean_address(text: str) -> str:
    """An address as lines: any line ending becomes a newline, spaces inside a line are single,
    blank lines and the spaces around each line go."""
    lines = (" ".join(line.split()) for line in str(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def parse_party(data: Any, where: str = "party", check_contacts: bool = True) -> Party:
    """A consignee, buyer or seller block; raises ShipmentError naming the missing or wrong field.

    A phone or email that cannot be one is refused: a courier who cannot reach the consignee
    holds the parcel. `check_contacts=False` reads a block stored before these checks."""
    if not isinstance(data, dict):
        raise ShipmentError(Message("{field}: missing", field=where))
    w = f"{where}."
    phone, email = _text(data, "phone", w, False), _text(data, "email", w, False)
    if check_contacts and not valid_phone(phone):
        raise ShipmentError(Message("{field}: '{value}' is not a phone number (digits, spaces, brackets, dashes and "
                                    "a leading +, 6 to 15 digits)", field=f"{w}phone", value=phone))
    if check_contacts and not valid_email(email):
        raise ShipmentError(Message("{field}: '{value}' is not an email address like name@shop.co.th",
                                    field=f"{w}email", value=email))
    return Party(" ".join(_text(data, "name", w).split()), clean_address(_text(data, "address", w)),
                 _country(_text(data, "country", w), f"{w}country"), _text(data, "tax_id", w, False), phone, email)


def parse_shipment(data: Any, stored: bool = False) -> ShipmentSpec:
    """The shipment as plain data; raises ShipmentError naming the first wrong field.

    `stored=True` reads a shipment saved under older, looser checks, so that it still reprints:
    phones and emails that cannot be one, no Incoterms named place, charges with more
    decimals than the currency has."""
    if not isinstance(data, dict):
        raise ShipmentError(Message("the shipment must be a JSON object"))
    date_text = _text(data, "date", "")
    try:
        date = dt.date.fromisoformat(date_text)
    except ValueError:
        raise ShipmentError(Message("date: '{value}' is not a date like 2026-11-24", value=date_text)) from None
    incoterm = _text(data, "incoterm", "").upper()
    if incoterm not in INCOTERMS:
        raise ShipmentError(Message("incoterm: '{value}' is not an Incoterms 2020 rule ({known})", value=incoterm,
                                    known=", ".join(INCOTERMS)))
    currency = _text(data, "currency", "").upper()
    if pycountry.currencies.get(alpha_3=currency) is None:
        raise ShipmentError(Message("currency: '{value}' is not an ISO 4217 currency code", value=currency))
    reason = _text(data, "reason_for_export", "", False).lower() or "sale"
    if reason not in REASONS:
        raise ShipmentError(Message("{field}: '{value}' is not one of {known}", field="reason_for_export",
                                    value=reason, known=", ".join(REASONS)))
    raw_lines = data.get("lines")
    if not isinstance(raw_lines, list) or not raw_lines:
        raise ShipmentError(Message("lines: a shipment needs at least one line"))
    lines = []
    for i, ln in enumerate(raw_lines, 1):
        if not isinstance(ln, dict):
            raise ShipmentError(Message("lines[{line}]: expected an object with sku and quantity", line=i))
        uv = ln.get("unit_value")
        pkg = ln.get("package")
        sku = _text(ln, "sku", f"lines[{i}].")
        # a wrong number names the line as the window and the documents count it, and its SKU
        lines.append(LineSpec(sku, _decimal(ln.get("quantity"), Message("line {line} (SKU {sku}), quantity", line=i,
                                                                         sku=sku), positive=True),
                              None if uv in (None, "") else _decimal(uv, Message("line {line} (SKU {sku}), unit value",
                                                                                 line=i, sku=sku)),
                              _text(ln, "description", f"lines[{i}].", False),
                              None if pkg in (None, "") else int(_decimal(pkg, Message("line {line} (SKU {sku}), package "
                                                                                       "number", line=i, sku=sku),
                                                                          positive=True)),
                              _text(ln, "origin_criterion", f"lines[{i}].", False)))
    packages = []
    for i, p in enumerate(data.get("packages") or [], 1):
        if not isinstance(p, dict):
            raise ShipmentError(Message("packages[{package}]: expected an object", package=i))
        w = f"packages[{i}]."
        opt = lambda k: None if p.get(k) in (None, "") else _decimal(p.get(k), w + k)  # noqa: E731
        count = _decimal(p.get("count", 1), w + "count", positive=True)
        if count != count.to_integral_value():
            raise ShipmentError(Message("{field}: must be a whole number of packages", field=f"{w}count"))
        packages.append(Package(int(count), _text(p, "type", w, False) or DEFAULT_PACKAGE_TYPE, _decimal(p.get("gross_kg", 0), w + "gross_kg"),
                                opt("length_cm"), opt("width_cm"), opt("height_cm"), opt("net_kg"), _text(p, "marks", w, False)))
    for i, ln in enumerate(lines, 1):
        if ln.package is not None and ln.package > len(packages):
            raise ShipmentError(Message("lines[{line}].package: there is no package {package} (the shipment lists "
                                        "{n})", line=i, package=ln.package, n=len(packages)))
    export_type = _text(data, "export_type", "", False).lower() or "permanent"
    if export_type not in EXPORT_TYPES:
        raise ShipmentError(Message("{field}: '{value}' is not one of {known}", field="export_type", value=export_type,
                                    known=", ".join(EXPORT_TYPES)))
    paper = _text(data, "paper", "", False)
    if paper and paper.lower() not in ("a4", "letter"):
        raise ShipmentError(Message("paper: '{value}' is not A4 or letter", value=paper))
    place = _text(data, "incoterm_place", "", False)
    if not place and not stored:
        raise ShipmentError(Message("incoterm_place: missing; an Incoterms 2020 rule needs its named place, e.g. "
                                    "{incoterm} {place}", incoterm=incoterm, place=_example_place(incoterm, data)))
    check_contacts = not stored
    buyer = data.get("buyer")
    spec = ShipmentSpec(
        invoice_number=_text(data, "invoice_number", ""), date=date,
        destination=_country(_text(data, "destination", ""), "destination"), incoterm=incoterm,
        incoterm_place=place, currency=currency, reason_for_export=reason,
        seller=parse_party(data.get("seller"), "seller", check_contacts),
        consignee=parse_party(data.get("consignee"), "consignee", check_contacts),
        lines=lines, packages=packages, awb=_text(data, "awb", "", False),
        freight=_charge(data, "freight", currency, stored), insurance=_charge(data, "insurance", currency, stored),
        shipping_marks=_text(data, "shipping_marks", "", False),
        buyer=parse_party(buyer, "buyer", check_contacts) if isinstance(buyer, dict) and any(buyer.values()) else None,
        export_type=export_type, other_charges=_charge(data, "other_charges", currency, stored),
        order_ref=_text(data, "order_ref", "", False), signatory=_text(data, "signatory", "", False),
        signatory_title=_text(data, "signatory_title", "", False), logo=_text(data, "logo", "", False),
        atiga=bool(data.get("atiga", False)), atiga_exporter_code=_text(data, "atiga_exporter_code", "", False),
        consolidate=bool(data.get("consolidate", False)), paper=paper,
        sg_ovr_gst_number=_text(data, "sg_ovr_gst_number", "", False), sg_gst_paid=_flag(data, "sg_gst_paid", stored),
        my_lrn=_text(data, "my_lrn", "", False), th_lvg=_flag(data, "th_lvg", stored),
    )
    if not stored:
        _check_destination_fields(spec)
    return spec


# one to three digits, a dot, three digits: "1.000" is one here, a thousand where a dot groups thousands
_THOUSAND_DOT = re.compile(r"\s*[1-9]\d{0,2}\.\d{3}\s*")
PACKAGE_NUMBERS = ("count", "gross_kg", "net_kg", "length_cm", "width_cm", "height_cm")
CHARGES = ("freight", "insurance", "other_charges")


def point_readings(data: Any) -> list[tuple[str, str, Decimal]]:
    """The numbers of a shipment that someone who writes a thousand as "1.000" would read
    otherwise ("1.000", "12.500"): where each is (named as parse_shipment names it), its text,
    and the number it is read as (1, 12.5). They are read as written, a shipment file having no
    other way to write numbers; this list is for saying so before anything prints. A number of
    the file (not text) is seen as written when the file is read with ``parse_float=str``."""
    if not isinstance(data, dict):
        return []
    found: list[tuple[str, str, Decimal]] = []

    def check(value: Any, where: str) -> None:
        if isinstance(value, str) and _THOUSAND_DOT.fullmatch(value):
            found.append((where, value.strip(), Decimal(value.strip())))

    for i, ln in enumerate(data.get("lines") or [], 1):
        if isinstance(ln, dict):
            sku = str(ln.get("sku", "")).strip()
            check(ln.get("quantity"), Message("line {line} (SKU {sku}), quantity", line=i, sku=sku))
            check(ln.get("unit_value"), Message("line {line} (SKU {sku}), unit value", line=i, sku=sku))
            check(ln.get("package"), Message("line {line} (SKU {sku}), package number", line=i, sku=sku))
    for i, p in enumerate(data.get("packages") or [], 1):
        if isinstance(p, dict):
            for key in PACKAGE_NUMBERS:
                check(p.get(key), f"packages[{i}].{key}")
    for key in CHARGES:
        check(data.get(key), key)
    return found


def _check_destination_fields(spec: ShipmentSpec) -> None:
    """What the destination's customs need on the invoice and the shipment lacks, by field.
    Not applied to stored shipments: those saved before these checks still reprint."""
    if spec.destination == "ID" and not spec.consignee.tax_id:
        raise ShipmentError(Message("consignee.tax_id: missing; Indonesia needs the consignee's NPWP, NIK or "
                                    "passport number on the invoice"))
    if spec.destination == "SG" and spec.sg_gst_paid and not spec.sg_ovr_gst_number:
        raise ShipmentError(Message("sg_ovr_gst_number: missing; GST can be marked as paid (sg_gst_paid) only with "
                                    "the seller's GST registration number under OVR"))
