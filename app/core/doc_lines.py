"""The lines and packages of a shipment's documents as plain numbers, before any layout.

Money is rounded once per line, as the invoice prints it, and every total is the sum of the
printed figures, so the invoice adds up exactly. The invoice and the packing list are both
drawn from the same :class:`DocLine` list; :func:`check_agreement` compares what the lines
say about weight with what the packages say.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from app.core.messages import Message
from app.core.shipment import C_TERMS, F_TERMS, Package, ShipmentSpec, quantum

if TYPE_CHECKING:
    from app.core.rules import RuleSet

KG = Decimal("0.001")


@dataclass
class DocLine:
    sku: str
    description: str
    hs_code: str
    origin: str
    quantity: Decimal
    unit: str
    unit_value: Decimal
    net_weight_kg: Decimal | None  # per unit
    origin_criterion: str = ""
    package: int | None = None
    # Set on consolidated lines, whose value and weight are sums of the lines they replace.
    total_value: Decimal | None = None
    total_net: Decimal | None = None
    merged: int = 0  # how many lines a consolidated line replaces; its unit value is an average

    def value(self, currency: str) -> Decimal:
        if self.total_value is not None:
            return self.total_value
        return (self.quantity * self.unit_value).quantize(quantum(currency), rounding=ROUND_HALF_UP)

    def net_total(self) -> Decimal | None:
        if self.total_net is not None:
            return self.total_net
        if self.net_weight_kg is None:
            return None
        return (self.net_weight_kg * self.quantity).quantize(KG, rounding=ROUND_HALF_UP)


def unit_value_text(value: Decimal, currency: str) -> str:
    """A unit price as given, but never with fewer decimals than the currency's minor unit."""
    q = quantum(currency)
    shown = value.quantize(q) if value == value.quantize(q) else value.normalize()
    return f"{shown:,f}"


def money_text(value: Decimal, currency: str) -> str:
    return f"{value.quantize(quantum(currency), rounding=ROUND_HALF_UP):,f}"


def quantity_text(q: Decimal) -> str:
    return f"{q.normalize():f}"


def kg_text(value: Decimal | None) -> str:
    return "" if value is None else f"{_kg(value):,f}"


def _kg(value: Decimal) -> Decimal:
    return value.quantize(KG, rounding=ROUND_HALF_UP)


@dataclass
class Totals:
    subtotal: Decimal
    freight: Decimal
    insurance: Decimal
    other: Decimal
    total: Decimal
    net_kg: Decimal
    gross_kg: Decimal
    packages: int
    volume_m3: Decimal


def totals(spec: ShipmentSpec, lines: list[DocLine]) -> Totals:
    """The invoice's sums. Each charge is rounded as printed before it is added (a shipment
    stored before charges were checked may carry 0.005), so the total is the printed figures' sum."""
    q = quantum(spec.currency)
    subtotal = sum((ln.value(spec.currency) for ln in lines), Decimal(0))
    freight, insurance, other = (c.quantize(q, rounding=ROUND_HALF_UP)
                                 for c in (spec.freight, spec.insurance, spec.other_charges))
    net = sum((ln.net_total() or Decimal(0) for ln in lines), Decimal(0))
    gross = sum((p.gross_kg * p.count for p in spec.packages), Decimal(0))
    volume = sum((package_volume(p) * p.count for p in spec.packages), Decimal(0))
    return Totals(subtotal, freight, insurance, other, subtotal + freight + insurance + other, net, gross,
                  spec.package_count, volume)


def package_volume(p: Package) -> Decimal:
    """Cubic metres of one package, 0 when a dimension is missing."""
    if p.length_cm is None or p.width_cm is None or p.height_cm is None:
        return Decimal(0)
    return (p.length_cm * p.width_cm * p.height_cm / Decimal(1_000_000)).quantize(KG, rounding=ROUND_HALF_UP)


def package_numbers(packages: list[Package]) -> list[str]:
    """'1', '2-4', ... for each package entry, numbered through the whole shipment."""
    out, start = [], 1
    for p in packages:
        end = start + p.count - 1
        out.append(str(start) if end == start else f"{start}-{end}")
        start = end + 1
    return out


def consolidate(lines: list[DocLine], currency: str) -> list[DocLine]:
    """One line per HS code, country of origin and unit (carriers charge per invoice line).

    The value of a merged line is the sum of its lines' rounded values, so the invoice total
    does not move; its unit value is that value divided by the quantity (an average, marked so
    on the invoice), with as many decimals as it takes for quantity x unit value to round to
    the printed line value.
    """
    groups: OrderedDict[tuple[str, str, str, str], list[DocLine]] = OrderedDict()
    for ln in lines:
        groups.setdefault((ln.hs_code, ln.origin, ln.unit, ln.origin_criterion), []).append(ln)
    out = []
    for (code, origin, unit, criterion), members in groups.items():
        if len(members) == 1:
            out.append(members[0])
            continue
        qty = sum((m.quantity for m in members), Decimal(0))
        value = sum((m.value(currency) for m in members), Decimal(0))
        nets = [m.net_total() for m in members]
        titles = list(OrderedDict.fromkeys(m.description for m in members))
        desc = "; ".join(titles[:4]) + (f"; and {len(titles) - 4} more" if len(titles) > 4 else "")
        packages = {m.package for m in members}
        out.append(DocLine(
            sku=merged_skus([m.sku for m in members]),
            description=desc, hs_code=code, origin=origin, quantity=qty, unit=unit,
            unit_value=average_unit_value(value, qty, currency),
            net_weight_kg=None, origin_criterion=criterion,
            package=packages.pop() if len(packages) == 1 else None,
            total_value=value, total_net=None if None in nets else sum(nets, Decimal(0)),  # type: ignore[arg-type]
            merged=len(members)))
    return out


NAMED_SKUS = 3  # a merged line names up to this many SKUs; more are counted


def merged_skus(skus: list[str]) -> str:
    """The SKU cell of a merged line: a few SKUs by name, more as their number. The packing
    list names every SKU with its quantity and package, so a broker matches the lines there;
    a cell listing sixty SKUs would fill the page, and "A, B, C +60" reads as a SKU."""
    if len(skus) <= NAMED_SKUS:
        return ", ".join(skus)
    return f"{len(skus)} SKUs, see packing list"


def average_unit_value(value: Decimal, qty: Decimal, currency: str) -> Decimal:
    """value / qty with the fewest decimals (at least 4) for which qty x it rounds back to value."""
    q = quantum(currency)
    for places in range(4, 13):
        unit = (value / qty).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        if (unit * qty).quantize(q, rounding=ROUND_HALF_UP) == value:
            return unit
    return unit


def impossible_weight(spec: ShipmentSpec, lines: list[DocLine]) -> str | None:
    """Why the declared weights cannot be right: packed parcels weigh at least their goods."""
    t = totals(spec, lines)
    if spec.packages and t.gross_kg < t.net_kg:
        return Message("packages: the gross weight ({gross:,f} kg) is less than the net weight of the goods "
                       "({net:,f} kg); give each package's weight as packed", gross=_kg(t.gross_kg), net=_kg(t.net_kg))
    # one light package beside a heavy one: the totals agree, the packing list would not
    for number, (i, p) in zip(package_numbers(spec.packages), enumerate(spec.packages, 1)):
        inside = [n for n in (ln.net_total() for ln in lines if ln.package == i) if n is not None]
        net, gross = sum(inside, Decimal(0)), p.gross_kg * p.count
        if inside and gross < net:
            return Message("package {package}: its gross weight ({gross:,f} kg) is less than the net weight of the "
                           "goods packed in it ({net:,f} kg); give its weight as packed", package=number,
                           gross=_kg(gross), net=_kg(net))
    return None


def check_agreement(spec: ShipmentSpec, lines: list[DocLine], rules: RuleSet | None = None) -> list[str]:
    """Where the packing list and the invoice may disagree on quantities or weights; the charges
    against the Incoterm; and, given the rules, the shipment's value against the destination's
    low-value threshold (:mod:`app.core.consignment_value`)."""
    warnings: list[str] = []
    if not spec.packages:
        warnings.append(Message("no packages are declared: the packing list shows no gross weight"))
    for ln in lines:
        if ln.net_total() is None:
            warnings.append(Message("{sku}: no net weight in the catalogue; the total net weight leaves it out",
                                    sku=ln.sku))
    t = totals(spec, lines)
    declared = [p.net_kg for p in spec.packages]
    if spec.packages and all(n is not None for n in declared):
        pack_net = sum((n * p.count for n, p in zip(declared, spec.packages)), Decimal(0))  # type: ignore[operator]
        if abs(pack_net - t.net_kg) > max(Decimal("0.01"), t.net_kg * Decimal("0.005")):
            warnings.append(Message("the packages' net weight ({packed:,f} kg) differs from the lines' net weight "
                                    "({net:,f} kg)", packed=_kg(pack_net), net=_kg(t.net_kg)))
    if spec.atiga:
        from app.core.rules import ASEAN

        for ln in lines:
            if ln.origin not in ASEAN:
                warnings.append(Message("{sku}: origin {origin} is not an ASEAN member; the ATIGA declaration does not "
                                        "cover it", sku=ln.sku, origin=ln.origin))
            elif not ln.origin_criterion:
                warnings.append(Message("{sku}: no ATIGA origin criterion (WO, RVC40, CTH…) for the declaration",
                                        sku=ln.sku))
    if spec.consignee.country and spec.consignee.country.upper() != spec.destination.upper():
        warnings.append(Message("the consignee is in {country} but the destination is {destination}",
                                country=spec.consignee.country.upper(), destination=spec.destination))
    if any(ln.package is not None for ln in lines):
        loose = [ln.sku for ln in lines if ln.package is None]
        if loose:
            warnings.append(Message("not packed in any package: {skus}", skus=", ".join(loose)))
        empty = [str(i) for i in range(1, len(spec.packages) + 1) if not any(ln.package == i for ln in lines)]
        if empty:
            warnings.append(Message("package entries with no contents: {packages}", packages=", ".join(empty)))
    elif len(spec.packages) > 1:
        warnings.append(Message("no line says which package it is in, so the packing list cannot show what each of "
                                "the {n} package entries holds; give each line its package", n=len(spec.packages)))
    warnings += check_terms(spec)
    if rules is not None:
        from app.core.consignment_value import check_consignment

        warnings += check_consignment(spec, lines, rules)
    return warnings


def check_terms(spec: ShipmentSpec) -> list[str]:
    """Charges a broker would query under the Incoterm: who pays the carriage and the insurance."""
    term, cur = spec.incoterm, spec.currency
    place = f"{term} {spec.incoterm_place}".strip()
    warnings: list[str] = []
    if term in ("CIF", "CIP") and spec.insurance == 0:
        warnings.append(Message("{place}: the seller insures the goods under {term}, but the insurance is 0; give the "
                                "premium paid", place=place, term=term))
    # Under a D-term the carriage is often in the price (free shipping): only a C-term names it.
    if term in C_TERMS and spec.freight == 0:
        warnings.append(Message("{place}: the seller pays the carriage under {term}, but the freight is 0; give the "
                                "freight paid (customs in the destination adds it to the value of the goods)",
                                place=place, term=term))
    if term in F_TERMS and spec.freight > 0:
        warnings.append(Message("{place}: the buyer pays the main carriage under {term}, but the invoice charges "
                                "freight of {freight:,f} {currency}; check the Incoterm (CPT, CIF or DAP?) or the "
                                "freight", place=place, term=term, currency=cur,
                                freight=spec.freight.quantize(quantum(cur), rounding=ROUND_HALF_UP)))
    return warnings
