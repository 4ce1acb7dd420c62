"""The packing list as PDF: the packages, what each holds, and every shipment line.

It shares the invoice's layout (:class:`app.core.documents.Layout`) and is drawn from the
shipment's own lines, never consolidated ones: a carton is checked against SKUs, so each SKU
is named with its quantity and package even when the invoice merges lines by HS code.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from app.core.doc_lines import DocLine, Totals, kg_text, package_numbers, package_volume, quantity_text, totals
from app.core.documents import Layout, _build, _packages_text, _signature, country_name
from app.core.shipment import Package, ShipmentSpec

CONTENTS_LISTED = 8  # package rows list at most this many lines by SKU
NOT_ASSIGNED = "not given per package; see Contents"


def render_packing_list(spec: ShipmentSpec, lines: list[DocLine], path: Path, page_size: str = "A4") -> Path:
    return _build(Path(path), f"Packing list {spec.invoice_number}",
                  f"Packing list for invoice {spec.invoice_number} - {spec.seller.name}", spec, spec.paper or page_size,
                  lambda lay: _packing_story(lay, spec, lines))


def _packing_story(lay: Layout, spec: ShipmentSpec, lines: list[DocLine]) -> list[Flowable]:
    t = totals(spec, lines)
    story = lay.heading("PACKING LIST", spec)
    story += [lay.fields([
        ("Packing list no.", f"PL-{spec.invoice_number}"), ("Date", spec.date.isoformat()),
        ("Commercial invoice no.", spec.invoice_number), ("Invoice date", spec.date.isoformat()),
        ("Country of destination", country_name(spec.destination)), ("Air waybill no.", spec.awb or "-"),
        ("Number of packages", _packages_text(spec) or "-"), ("Shipping marks", spec.shipping_marks or "-"),
    ]), Spacer(1, 3 * mm)]
    story += [lay.parties([lay.party("EXPORTER", spec.seller), lay.party("CONSIGNEE", spec.consignee)]),
              Spacer(1, 3 * mm)]
    story += [lay.p("Packages", "label"), _packages_table(lay, spec, lines, t), Spacer(1, 3 * mm)]
    rows: list[list[object]] = [["#", "SKU", "Description of goods", "HS code", "Qty", "Unit", "Net kg", "Package no."]]
    numbers = package_numbers(spec.packages)
    for i, ln in enumerate(lines, 1):
        pkg = numbers[ln.package - 1] if ln.package else (numbers[0] if len(numbers) == 1 else "")
        rows.append([i, ln.sku, ln.description, ln.hs_code, quantity_text(ln.quantity), ln.unit, kg_text(ln.net_total()),
                     pkg])
    rows.append(["", "", "Total", "", _quantities_text(lines), "", kg_text(t.net_kg), ""])
    story += [lay.p("Contents", "label"),
              lay.table(rows, [4, 13, 38, 9, 8, 6, 9, 9], numeric=(0, 4, 6), wrap=(1, 2), bold_last=True, long=True)]
    story += [Spacer(1, 4 * mm), lay.p(f"Values are shown on commercial invoice {spec.invoice_number}.", "small")]
    story += [Spacer(1, 3 * mm), KeepTogether(_signature(
        lay, spec, "I declare that the packages of this shipment contain the goods and quantities listed above."))]
    return story


def _quantities_text(lines: list[DocLine], sep: str = "\n") -> str:
    by_unit: dict[str, Any] = {}
    for ln in lines:
        by_unit[ln.unit] = by_unit.get(ln.unit, 0) + ln.quantity
    return sep.join(f"{quantity_text(q)} {u}" for u, q in by_unit.items())


def package_contents(spec: ShipmentSpec, lines: list[DocLine]) -> list[list[DocLine] | None]:
    """The lines in each package entry; None where the shipment does not say (several entries
    and no line with a package: check_agreement warns of it)."""
    if len(spec.packages) == 1:
        return [list(lines)]
    if not any(ln.package is not None for ln in lines):
        return [None] * len(spec.packages)
    return [[ln for ln in lines if ln.package == i] for i in range(1, len(spec.packages) + 1)]


def package_net(p: Package, inside: list[DocLine] | None) -> tuple[Decimal | None, Decimal | None]:
    """Net kg of one package and of the entry (all its packages): as declared, or else the net
    weight of the goods known to be in it (each only when the entry is a single package)."""
    if p.net_kg is not None:
        return p.net_kg, p.net_kg * p.count
    nets = [ln.net_total() for ln in inside or []]
    if not inside or None in nets:
        return None, None
    goods = sum(nets, Decimal(0))  # type: ignore[arg-type]
    return (goods if p.count == 1 else None), goods


def _packages_table(lay: Layout, spec: ShipmentSpec, lines: list[DocLine], t: Totals) -> Table:
    total = spec.package_count
    rows: list[list[object]] = [["Package no.", "Type", "Marks", "Contents", "Net kg each", "Gross kg each",
                                 "L x W x H cm", "m3 each", "Net kg total", "Gross kg total"]]
    numbers = package_numbers(spec.packages)
    net_totals = []
    for p, number, inside in zip(spec.packages, numbers, package_contents(spec, lines)):
        if inside is None:
            contents = NOT_ASSIGNED
        elif len(inside) > CONTENTS_LISTED:  # a table row cannot span pages: summarise, the Contents table lists them
            contents = f"{len(inside)} lines, " + _quantities_text(inside, ", ") + "; see Contents"
        else:
            contents = "; ".join(f"{ln.sku} x {quantity_text(ln.quantity)} {ln.unit}" for ln in inside) or "-"
        dims = " x ".join(quantity_text(d) for d in (p.length_cm, p.width_cm, p.height_cm) if d is not None) or "-"
        each, entry = package_net(p, inside)
        net_totals.append(entry)
        rows.append([f"{number} of {total}", p.type, p.marks or spec.shipping_marks or "-", contents, kg_text(each) or "-",
                     kg_text(p.gross_kg), dims, kg_text(package_volume(p)) if dims != "-" else "",
                     kg_text(entry) or "-", kg_text(p.gross_kg * p.count)])
    # the net total: the packages' when each is known, else the goods' (the invoice's total net weight)
    net = sum(net_totals, Decimal(0)) if None not in net_totals else t.net_kg  # type: ignore[arg-type]
    rows.append([f"Total {total}", "", "", "", "", "", "", kg_text(t.volume_m3), kg_text(net), kg_text(t.gross_kg)])
    return lay.table(rows, [10, 8, 11, 22, 8, 8, 12, 7, 9, 9], numeric=(4, 5, 7, 8, 9), wrap=(1, 2, 3), bold_last=True)
