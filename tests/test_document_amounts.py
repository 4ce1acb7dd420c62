"""Shipment documents with the amounts a broker checks: rupiah and dong in full without one
number printed over the next, charges in the currency's minor unit, consolidated lines whose
quantity times unit value is their value, packages whose contents and net weight are shown
as far as they are known, and Incoterms with their named place and the charges they imply."""
from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from sqlalchemy import select

from app.core import services, shipments
from app.core.doc_lines import DocLine, check_agreement, check_terms, consolidate, totals
from app.core.fonts import font_set
from app.core.shipment import ShipmentError, parse_shipment
from app.core.shipment_documents import build_documents, reprint
from app.core.table_fit import fit_widths
from app.core.tables import Item, Shipment
from tests.conftest import write_catalogue
from tests.test_documents import flat, pdf_text, shipment

NUMBER = re.compile(r"^[\d,.]+( \*)?$")


def number_boxes(path: Path) -> list[list[tuple[str, float, float, float]]]:
    """Per page, every number drawn: (text, left x, right x, baseline y), measured in the font drawn."""
    fs = font_set()
    pages = []
    for page in PdfReader(path).pages:
        runs: list[tuple[str, float, float, float]] = []

        def visit(text: str, cm: list[float], tm: list[float], font: dict | None, size: float) -> None:
            text = text.strip()
            if not NUMBER.match(text):
                return
            name = fs.bold if font is not None and "Bold" in str(font.get("/BaseFont", "")) else fs.regular
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((text, x, x + pdfmetrics.stringWidth(text, name, size * tm[0] * cm[0]), y))

        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return pages


def overprinted(path: Path) -> list[tuple[str, str]]:
    """Pairs of numbers on one baseline whose ink overlaps."""
    bad = []
    for runs in number_boxes(path):
        for i, a in enumerate(runs):
            for b in runs[i + 1:]:
                if abs(a[3] - b[3]) < 2 and a[1] < b[2] - 0.5 and b[1] < a[2] - 0.5:
                    bad.append((a[0], b[0]))
    return bad


@pytest.mark.parametrize("currency,atiga", [("IDR", False), ("VND", False), ("IDR", True), ("VND", True)])
def test_rupiah_and_dong_amounts_never_print_over_each_other(ready_ws, tmp_path: Path, currency: str, atiga: bool) -> None:
    """Seen: 100 x IDR 1,250,000 printed "1,250,000.00" over "125,000,000.00". Columns are sized
    from their content, and rupiah, like dong, print in whole units (the sen is not in use)."""
    lines = [{"sku": "TH-1", "quantity": 1000, "unit_value": "1234567.89", "origin_criterion": "WO"},  # 10 digits
             {"sku": "VN-1", "quantity": 100, "unit_value": "150000.555", "origin_criterion": "RVC40"},
             {"sku": "CN-1", "quantity": 12, "unit_value": "89500"}]
    raw = shipment(currency=currency, lines=lines, freight="1500000", insurance="250000", other_charges="0",
                   packages=[{"count": 1, "type": "pallet", "gross_kg": "1999.5"}], atiga=atiga,
                   invoice_number=f"INV-{currency}-{atiga}")
    res = build_documents(ready_ws, parse_shipment(raw), raw, tmp_path / "out")
    text = flat(pdf_text(res.invoice)[0])
    assert "1000 pcs 1,234,567.89 1,234,567,890" in text
    assert "100 pcs 150,000.555 15,000,056" in text  # 15,000,055.5 rounded half up, as a whole amount
    assert "12 pcs 89,500 1,074,000" in text
    assert f"Total invoice amount ({currency}) 1,252,391,946" in text
    assert overprinted(res.invoice) == [] and overprinted(res.packing_list) == []


def test_columns_widen_into_the_wrapping_ones_and_keep_the_table_width() -> None:
    widths = fit_widths([100.0, 40.0, 40.0], [30.0, 70.0, 20.0], give_first=(0,))
    assert widths == [70.0, 70.0, 40.0]
    squeezed = fit_widths([50.0, 40.0, 40.0], [45.0, 80.0, 40.0], give_first=(0,))  # no room anywhere
    assert sum(squeezed) == pytest.approx(130.0) and squeezed[0] == pytest.approx(45.0)


def test_charges_with_more_decimals_than_the_currency_are_refused_and_stored_ones_add_up() -> None:
    """Seen: USD charges of 0.005 printed as 0.01 each, but the total added 0.005s."""
    with pytest.raises(ShipmentError, match=r"freight: 0.005 has more decimals than USD has \(at most 2 decimals\)"):
        parse_shipment(shipment(freight="0.005"))
    with pytest.raises(ShipmentError, match=r"insurance: 0.5 has more decimals than VND has \(no decimals\)"):
        parse_shipment(shipment(currency="VND", freight="15000", insurance="0.5", other_charges="0"))
    with pytest.raises(ShipmentError, match=r"other_charges: 0.55 has more decimals than IDR has \(no decimals\)"):
        parse_shipment(shipment(currency="IDR", freight="15000", insurance="0"))
    assert parse_shipment(shipment(freight="12.400")).freight == Decimal("12.4")  # trailing zeros are no decimals
    # a shipment stored before the check still reprints, and its total is the sum of what is printed
    stored = parse_shipment(shipment(freight="0.005", insurance="0.005", other_charges="0.005"), stored=True)
    t = totals(stored, [DocLine("A", "a", "610910", "TH", Decimal(3), "pcs", Decimal("3.335"), None)])
    assert (t.subtotal, t.freight, t.insurance, t.other, t.total) == (
        Decimal("10.01"), Decimal("0.01"), Decimal("0.01"), Decimal("0.01"), Decimal("10.04"))


def test_packages_with_no_line_in_them_are_not_shown_empty_and_their_net_weight_is_shown(ready_ws, tmp_path: Path) -> None:
    """Seen: two package entries and no line with a package printed every package with contents
    "-" and no warning; the totals row had no net weight and a package without one was blank."""
    loose = [{"sku": sku, "quantity": q} for sku, q in (("TH-1", 10), ("VN-1", 3), ("CN-1", 7), ("MK-1", 2), ("MY-1", 5))]
    raw = shipment(lines=loose)
    res = build_documents(ready_ws, parse_shipment(raw), raw, tmp_path / "out")
    assert any(w.startswith("no line says which package it is in") and "2 package entries" in w for w in res.warnings)
    text = flat(pdf_text(res.packing_list)[0])
    assert text.count("not given per package; see Contents") == 2
    assert "Net kg total" in text and "Total 3 0.068 5.940 7.600" in text  # 2 x 1.72 + 2.5 declared

    # the bag declares no net weight: it is the net weight of the goods packed in it
    packed = [{**ln, "package": 1 if i < 3 else 2} for i, ln in enumerate(loose)]
    bag = {"count": 1, "type": "bag", "gross_kg": "3.40"}
    raw = shipment(lines=packed, invoice_number="INV-0008",
                   packages=[{"count": 2, "type": "carton", "gross_kg": "2.10", "net_kg": "1.72"}, bag])
    res = build_documents(ready_ws, parse_shipment(raw), raw, tmp_path / "out")
    assert not any("which package" in w for w in res.warnings)
    text = flat(pdf_text(res.packing_list)[0])
    assert "3 of 3 bag LCR / SINGAPORE / 1-3 MK-1 x 2 pcs; MY-1 x 5 pcs 2.500 3.400 - 2.500 3.400" in text
    assert "Total 3 0.000 5.940 7.600" in text  # 3.44 declared + 2.5 packed in the bag


def test_an_incoterm_needs_its_place_and_charges_that_fit_it(ready_ws, tmp_path: Path) -> None:
    with pytest.raises(ShipmentError, match="incoterm_place: missing; an Incoterms 2020 rule needs its named place, "
                                            "e.g. DAP Singapore"):
        parse_shipment(shipment(incoterm="DAP", incoterm_place=""))
    with pytest.raises(ShipmentError, match="e.g. FOB Thailand"):  # the seller's side for an F-term
        parse_shipment(shipment(incoterm="FOB", incoterm_place=""))
    with pytest.raises(ShipmentError, match=r"insurance: not a number: '1e1' \(write the amount in digits"):
        parse_shipment(shipment(insurance="1e1"))
    # stored before the place was required: it still reprints, and is the same shipment
    old = shipment(incoterm="DAP", incoterm_place="", invoice_number="INV-OLD")
    with ready_ws.db.session() as s:
        s.add(Shipment(invoice_number="INV-OLD", revision=1, data=old))
    stored_id = next(r.id for r in shipments.list_shipments(ready_ws) if r.invoice_number == "INV-OLD")
    assert reprint(ready_ws, stored_id, tmp_path / "old").revision == 1

    def said(**changes: object) -> list[str]:
        return check_terms(parse_shipment(shipment(**changes)))

    assert said() == []  # CIF with freight and insurance
    assert said(insurance="0") == ["CIF Singapore: the seller insures the goods under CIF, but the insurance is 0; "
                                   "give the premium paid"]
    # free shipping under DAP is common: carriage in the price is no reason to query; a C-term names it
    assert said(incoterm="DAP", freight="0", insurance="0") == []
    assert "freight is 0" in said(incoterm="CPT", freight="0")[0]
    assert said(incoterm="EXW", incoterm_place="Bangkok", freight="50", insurance="0") == [
        "EXW Bangkok: the buyer pays the main carriage under EXW, but the invoice charges freight of 50.00 USD; "
        "check the Incoterm (CPT, CIF or DAP?) or the freight"]
    assert said(incoterm="FOB", incoterm_place="Laem Chabang", freight="0", insurance="0") == []
    # the warnings reach the user with the documents (CLI: "warning:", window: "Check before you send")
    raw = shipment(incoterm="CIF", freight="0", insurance="0", invoice_number="INV-CIF0")
    res = build_documents(ready_ws, parse_shipment(raw), raw, tmp_path / "cif0")
    assert sum("CIF Singapore" in w for w in res.warnings) == 2
    assert check_terms(parse_shipment(raw)) == [w for w in check_agreement(parse_shipment(raw), []) if "CIF" in w]


def test_consolidated_lines_multiply_out_and_the_packing_list_names_every_sku(ready_ws, tmp_path: Path) -> None:
    """Seen: 252 x 1.5104 = 380.62 but 380.61 printed, and the packing list showed
    "D008, D009, D010 +60", so 60 SKUs were in no package list."""
    rows = [(f"TB-{i:02d}", f"Plain cotton tote bag line {i}", "", "cotton", "TH", f"{1 + i * 0.013:.3f}", "USD", "0.111")
            for i in range(8, 71)]
    services.import_catalogue(ready_ws, write_catalogue(tmp_path / "totes.csv", rows))
    with ready_ws.db.session() as s:
        for item in s.scalars(select(Item).where(Item.sku.like("TB-%"))):
            item.status, item.hs_code, item.top_p = "auto", "420222", 0.99
    lines = [{"sku": sku, "quantity": 2 + i % 6, "package": 1 + i % 2} for i, (sku, *_r) in enumerate(rows)]
    raw = shipment(lines=lines, consolidate=True, invoice_number="INV-CONS",
                   packages=[{"count": 1, "type": "carton", "gross_kg": "20"}, {"count": 1, "type": "bag", "gross_kg": "20"}])
    res = build_documents(ready_ws, parse_shipment(raw), raw, tmp_path / "out")
    invoice = flat(pdf_text(res.invoice)[0])
    qty, unit, value = re.search(r"420222 TH (\d+) pcs ([\d.,]+) \* ([\d.,]+)", invoice).groups()  # type: ignore[union-attr]
    assert qty == "279" and value == "421.07"
    assert (Decimal(qty) * Decimal(unit)).quantize(Decimal("0.01")) == Decimal(value)
    assert "its unit value is the line value divided by the quantity (an average)" in invoice
    assert "63 SKUs, see packing list" in invoice and "+60" not in invoice
    packing = flat(pdf_text(res.packing_list)[0])
    assert all(re.search(rf"\b{sku}\b", packing) for sku, *_r in rows)
    assert "+60" not in packing and not any("not packed" in w for w in res.warnings)
    # the unit value takes the decimals it needs, the total does not move
    doc_lines = [DocLine(sku, sku, "420222", "TH", Decimal(2 + i % 6), "pcs", Decimal(price), None)
                 for i, (sku, _t, _d, _m, _o, price, *_r) in enumerate(rows)]
    [merged] = consolidate(doc_lines, "USD")
    assert (merged.quantity * merged.unit_value).quantize(Decimal("0.01")) == merged.value("USD")
    assert merged.merged == 63
