"""Shipment documents read back from the PDFs: fields, lines, totals, scripts, escaping,
page numbering, the gate, saved revisions, reprints, carrier export and consolidation."""
from __future__ import annotations

import copy
import csv
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from app.core import classifying, deciding, flagging, item_views, services, shipments
from app.core.doc_lines import DocLine, check_agreement, consolidate, impossible_weight, totals
from app.core.fonts import Candidate, font_set
from app.core.money_words import amount_in_words, integer_words
from app.core.outputs import LOG_HEADERS, LogFilter, log_rows
from app.core.shipment import ShipmentError, parse_shipment
from app.core.shipment_documents import (ClearedBlocks, DocumentsRefused, ShipmentProblem, build_documents, export_shipment_lines,
                                         reprint)
from app.core.tables import AuditEntry, Decision, Document, Item, Shipment
from tests.conftest import classified_vape, write_catalogue

THAI = "เสื้อยืดผ้าฝ้าย สีขาว"
VIET = "Áo thun nữ cổ tròn"
CHINESE = "棉质T恤 白色"
MARKUP = "Women's <b>floral</b> summer dress & belt"
ROWS = [
    # sku, title, description, material, origin, price, currency, weight_kg
    ("TH-1", THAI, "", "cotton", "TH", "6.50", "USD", "0.180"),
    ("VN-1", VIET, "", "cotton", "VN", "4.125", "USD", "0.150"),
    ("CN-1", CHINESE, "", "cotton", "CN", "3.30", "USD", "0.170"),
    ("MK-1", MARKUP, "", "viscose", "TH", "15.00", "USD", "0.250"),
    ("MY-1", "Baju kurung moden wanita", "", "cotton", "MY", "22.00", "USD", "0.400"),
]
CODES = {"TH-1": "610910", "VN-1": "610910", "CN-1": "610910", "MK-1": "610442", "MY-1": "620442"}
QTY = {"TH-1": 10, "VN-1": 3, "CN-1": 7, "MK-1": 2, "MY-1": 5}


def shipment(**changes: object) -> dict[str, object]:
    raw: dict[str, object] = {
        "invoice_number": "INV-0007", "date": "2026-11-24", "destination": "SG", "incoterm": "CIF",
        "incoterm_place": "Singapore", "currency": "USD", "reason_for_export": "sale", "awb": "1234567890",
        "order_ref": "PO-77", "freight": "12.40", "insurance": "1.05", "other_charges": "0.55",
        "shipping_marks": "LCR / SINGAPORE / 1-3", "signatory": "Somchai Jaidee", "signatory_title": "Director",
        "seller": {"name": "Siam Craft Co., Ltd.", "address": "12 Sukhumvit Rd, Bangkok 10110", "country": "TH",
                   "tax_id": "0105551234567", "phone": "+66 2 123 4567"},
        "consignee": {"name": "Lion City Retail Pte Ltd", "address": "1 Raffles Place, Singapore 048616", "country": "SG",
                      "tax_id": "201912345K"},
        "buyer": {"name": "Merlion Trading Pte Ltd", "address": "8 Marina View, Singapore 018960", "country": "SG"},
        "lines": [{"sku": sku, "quantity": q, "package": 1 if i < 3 else 2} for i, (sku, q) in enumerate(QTY.items())],
        "packages": [{"count": 2, "type": "carton", "gross_kg": "2.10", "net_kg": "1.72", "length_cm": 40, "width_cm": 30,
                      "height_cm": 20, "marks": "LCR 1-2"},
                     {"count": 1, "type": "bag", "gross_kg": "3.40", "net_kg": "2.5", "length_cm": 50, "width_cm": 40,
                      "height_cm": 10}],
    }
    raw.update(changes)
    return raw


def pdf_text(path: Path) -> tuple[str, list[str]]:
    pages = [p.extract_text() for p in PdfReader(path).pages]
    return "\n".join(pages), pages


def flat(text: str) -> str:
    return " ".join(text.split())


def test_invoice_shows_every_required_field_line_and_total(ready_ws, tmp_path: Path) -> None:
    raw = shipment()
    res = build_documents(ready_ws, parse_shipment(raw), raw, tmp_path / "out")
    text, pages = pdf_text(res.invoice)
    t = flat(text)
    for field in ("COMMERCIAL INVOICE", "INV-0007", "2026-11-24", "PO-77", "1234567890", "CIF Singapore",
                  "Incoterms 2020", "USD", "Singapore (SG)", "sale", "permanent", "2 x carton, 1 x bag",
                  "SHIPPER / EXPORTER", "Siam Craft Co., Ltd.", "12 Sukhumvit Rd, Bangkok 10110", "Tax ID: 0105551234567",
                  "+66 2 123 4567", "CONSIGNEE", "Lion City Retail Pte Ltd", "Tax ID: 201912345K", "SOLD TO / IMPORTER",
                  "Merlion Trading Pte Ltd", "LCR / SINGAPORE / 1-3", "Declaration", "Somchai Jaidee", "Director",
                  "Signature", "Page 1 of 1"):
        assert field in t, field
    # Per line: description, HS code, origin, quantity and unit, unit value, line value, net weight.
    expected_values = {"TH-1": "65.00", "VN-1": "12.38", "CN-1": "23.10", "MK-1": "30.00", "MY-1": "110.00"}
    for sku, title, _, _, origin, price, _, weight in ROWS:
        assert sku in t and CODES[sku] in t
        value = expected_values[sku]
        net = f"{Decimal(weight) * QTY[sku]:.3f}"
        unit = price if sku != "VN-1" else "4.125"  # unit value printed as given, line value rounded
        assert f"{CODES[sku]} {origin}" in t and f"{QTY[sku]} pcs {unit} {value} {net}" in t, sku
    # Thai, Vietnamese and Chinese come back as text; markup characters print literally.
    for title in (THAI, VIET, CHINESE, MARKUP):
        assert flat(title) in t, title
    # Totals: sum of the printed line values plus charges, exactly, and in words.
    assert "Subtotal (sum of line values) 240.48" in t
    assert "Freight 12.40" in t and "Insurance 1.05" in t and "Other charges 0.55" in t
    assert "Total invoice amount (USD) 254.48" in t
    assert "US Dollar two hundred fifty-four and 48/100 only" in t
    assert "Total gross weight 7.600 kg" in t and "Total net weight 5.940 kg" in t
    assert res.warnings == []


def test_thai_and_chinese_are_drawn_in_fonts_that_have_them(ready_ws, tmp_path: Path) -> None:
    raw = shipment()
    res = build_documents(ready_ws, parse_shipment(raw), raw, tmp_path / "out")
    fonts = set()
    for page in PdfReader(res.invoice).pages:
        for f in page["/Resources"]["/Font"].values():
            fonts.add(str(f.get_object()["/BaseFont"]))
    found = font_set().scripts_found
    assert "latin" in found and "thai" in found and "cjk" in found, "the system fonts from scripts/system-deps.sh"
    assert any("Loma" in f or "Garuda" in f or "Thai" in f for f in fonts), fonts
    assert any("Droid" in f or "WenQuanYi" in f or "wqy" in f.lower() for f in fonts), fonts


def test_markup_picks_a_font_per_script_and_falls_back_without_fonts() -> None:
    fs = font_set()
    m = fs.markup(f"Shirt {THAI} & {CHINESE} <i>")
    assert '<font face="BL-thai">' in m and '<font face="BL-cjk">' in m
    assert "&amp;" in m and "&lt;i&gt;" in m and "<i>" not in m
    assert fs.markup("plain & simple") == "plain &amp; simple"
    bare = font_set((Candidate("latin", "/nonexistent/font.ttf"),))
    assert bare.regular == "Helvetica" and bare.markup("a < b") == "a &lt; b"


def test_long_invoice_repeats_the_table_header_and_numbers_pages(ready_ws, tmp_path: Path) -> None:
    raw = shipment(lines=[{"sku": sku, "quantity": 1} for sku in QTY] * 30, packages=[])
    res = build_documents(ready_ws, parse_shipment(raw), raw, tmp_path / "out")
    _, pages = pdf_text(res.invoice)
    assert len(pages) >= 3
    with_lines = [page for page in pages if "MY-1" in page]
    assert len(with_lines) >= 3
    for page in with_lines:  # the header row is repeated on every page the table runs over
        assert "Description of goods" in page
    for n, page in enumerate(pages, 1):
        assert f"Page {n} of {len(pages)}" in page
    assert "no packages are declared: the packing list shows no gross weight" in res.warnings


def test_packing_list_lists_packages_and_contents_without_prices(ready_ws, tmp_path: Path) -> None:
    raw = shipment()
    res = build_documents(ready_ws, parse_shipment(raw), raw, tmp_path / "out")
    text, _ = pdf_text(res.packing_list)
    t = flat(text)
    for field in ("PACKING LIST", "PL-INV-0007", "INV-0007", "Lion City Retail Pte Ltd", "LCR / SINGAPORE / 1-3",
                  "1-2 of 3", "3 of 3", "LCR 1-2", "40 x 30 x 20", "50 x 40 x 10", "TH-1 x 10 pcs", "MY-1 x 5 pcs",
                  THAI, MARKUP, "Total 3", "7.600", "5.940", "27 pcs", "Page 1 of 1"):
        assert field in t or field in text, field
    for price in ("6.50", "65.00", "240.48", "254.48", "USD"):
        assert price not in t, price


def test_first_page_renders_to_png(ready_ws, tmp_path: Path, qapp) -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtPdf import QPdfDocument

    raw = shipment()
    res = build_documents(ready_ws, parse_shipment(raw), raw, tmp_path / "out")
    doc = QPdfDocument()
    doc.load(str(res.invoice))
    assert doc.status() == QPdfDocument.Status.Ready and doc.pageCount() == 1
    image = doc.render(0, QSize(595, 842))
    png = tmp_path / "page1.png"
    assert image.save(str(png)) and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    back = QImage(str(png))
    dark = sum(1 for y in range(0, back.height(), 4) for x in range(0, back.width(), 4)
               if QColor(back.pixel(x, y)).alpha() > 0 and QColor(back.pixel(x, y)).lightness() < 128)
    assert dark > 500  # text and rules were drawn


def test_money_is_rounded_per_line_and_the_totals_add_up() -> None:
    spec = parse_shipment(shipment(freight="0.1", insurance="0.2", other_charges="0"))
    lines = [DocLine("A", "a", "610910", "TH", Decimal(3), "pcs", Decimal("0.125"), None),
             DocLine("B", "b", "610910", "TH", Decimal(3), "pcs", Decimal("0.125"), None)]
    t = totals(spec, lines)
    assert [ln.value("USD") for ln in lines] == [Decimal("0.38"), Decimal("0.38")]
    assert t.subtotal == Decimal("0.76") and t.total == Decimal("1.06")
    vnd = DocLine("C", "c", "610910", "VN", Decimal(3), "pcs", Decimal("33333.5"), None)
    assert vnd.value("VND") == Decimal("100001")
    assert amount_in_words(Decimal("1200000"), "VND") == "Dong one million two hundred thousand only"
    assert amount_in_words(Decimal("1015.5"), "THB") == "Baht one thousand fifteen and 50/100 only"
    assert integer_words(2_000_019_101) == "two billion nineteen thousand one hundred one"


def test_consolidation_merges_lines_by_hs_code_and_origin_without_moving_the_total() -> None:
    lines = [DocLine("A", "Tee white", "610910", "TH", Decimal(3), "pcs", Decimal("0.125"), Decimal("0.2")),
             DocLine("B", "Tee black", "610910", "TH", Decimal(2), "pcs", Decimal("1.005"), Decimal("0.1")),
             DocLine("C", "Tee", "610910", "VN", Decimal(1), "pcs", Decimal("2"), None)]
    merged = consolidate(lines, "USD")
    assert len(merged) == 2
    first = merged[0]
    assert first.quantity == 5 and first.value("USD") == Decimal("0.38") + Decimal("2.01")
    assert first.description == "Tee white; Tee black" and first.net_total() == Decimal("0.800")
    assert sum(m.value("USD") for m in merged) == sum(ln.value("USD") for ln in lines)


def test_a_merged_line_names_a_few_skus_and_counts_many_for_the_packing_list() -> None:
    """Seen: "D008, D009, D010 +60", which a broker reads as four SKUs (or a SKU "+60")."""
    def tees(skus: list[str]) -> list[DocLine]:
        return [DocLine(sku, "Tee", "610910", "TH", Decimal(1), "pcs", Decimal(2), None) for sku in skus]

    [few] = consolidate(tees(["A-1", "A-2", "A-3"]), "USD")
    assert few.sku == "A-1, A-2, A-3" and few.merged == 3
    [many] = consolidate(tees([f"D{n:03d}" for n in range(8, 71)]), "USD")
    assert many.sku == "63 SKUs, see packing list" and many.merged == 63


def test_agreement_check_compares_package_and_line_weights() -> None:
    spec = parse_shipment(shipment(packages=[{"count": 1, "gross_kg": "0.5", "net_kg": "2"}],
                                   lines=[{"sku": "A", "quantity": 2, "package": 1}, {"sku": "B", "quantity": 1}]))
    lines = [DocLine("A", "a", "610910", "TH", Decimal(2), "pcs", Decimal(1), Decimal("0.5"), package=1),
             DocLine("B", "b", "610910", "TH", Decimal(1), "pcs", Decimal(1), None)]
    warnings = check_agreement(spec, lines)
    assert "B: no net weight in the catalogue; the total net weight leaves it out" in warnings
    assert "the packages' net weight (2.000 kg) differs from the lines' net weight (1.000 kg)" in warnings
    assert "not packed in any package: B" in warnings
    assert not any("consignee" in w for w in warnings)
    elsewhere = parse_shipment(shipment(consignee={"name": "KL Retail", "address": "Kuala Lumpur", "country": "MY"}))
    assert "the consignee is in MY but the destination is SG" in check_agreement(elsewhere, lines)
    assert "gross weight (0.500 kg) is less than the net weight of the goods (1.000 kg)" in (impossible_weight(spec, lines) or "")


def test_parcels_lighter_than_their_goods_are_refused_before_printing(ready_ws, tmp_path: Path) -> None:
    raw = shipment(packages=[{"count": 1, "gross_kg": "1"}], invoice_number="INV-LIGHT",
                   lines=[{"sku": sku, "quantity": q} for sku, q in QTY.items()])
    with pytest.raises(ShipmentProblem, match=r"gross weight \(1.000 kg\) is less than the net weight of the goods"):
        build_documents(ready_ws, parse_shipment(raw), raw, tmp_path / "out")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_package_lighter_than_what_is_packed_in_it_is_refused(ready_ws, tmp_path: Path) -> None:
    """The totals can agree while one parcel is lighter than its own contents (1 kg holding
    6 kg of goods beside a 60 kg one): the packing list would print it."""
    spec = parse_shipment(shipment(packages=[{"count": 1, "gross_kg": "1"}, {"count": 2, "gross_kg": "30"}],
                                   lines=[{"sku": "A", "quantity": 4, "package": 1}, {"sku": "B", "quantity": 1,
                                                                                     "package": 2}]))
    lines = [DocLine("A", "a", "610910", "TH", Decimal(4), "pcs", Decimal(1), Decimal("1.5"), package=1),
             DocLine("B", "b", "610910", "TH", Decimal(1), "pcs", Decimal(1), Decimal("50"), package=2),
             DocLine("C", "c", "610910", "TH", Decimal(1), "pcs", Decimal(1), None, package=1)]
    assert impossible_weight(spec, lines) == ("package 1: its gross weight (1.000 kg) is less than the net weight "
                                              "of the goods packed in it (6.000 kg); give its weight as packed")
    lines[0] = DocLine("A", "a", "610910", "TH", Decimal(4), "pcs", Decimal(1), Decimal("0.25"), package=1)
    assert impossible_weight(spec, lines) is None  # 1 kg of goods in a 1 kg parcel; 50 kg in two of 30 kg
    raw = shipment(packages=[{"count": 1, "gross_kg": "0.1"}, {"count": 1, "gross_kg": "90"}], invoice_number="INV-ONE",
                   lines=[{"sku": sku, "quantity": q, "package": 1 if n == 0 else 2} for n, (sku, q) in
                          enumerate(QTY.items())])
    with pytest.raises(ShipmentProblem, match=r"package 1: its gross weight \(0.100 kg\) is less than"):
        build_documents(ready_ws, parse_shipment(raw), raw, tmp_path / "out")


def test_shipment_file_errors_name_the_field() -> None:
    with pytest.raises(ShipmentError, match=r"lines\[1\].package: there is no package 3"):
        parse_shipment(shipment(lines=[{"sku": "TH-1", "quantity": 1, "package": 3}]))
    with pytest.raises(ShipmentError, match="export_type"):
        parse_shipment(shipment(export_type="forever"))
    with pytest.raises(ShipmentError, match=r"packages\[1\].count: must be a whole number"):
        parse_shipment(shipment(packages=[{"count": 1.5, "gross_kg": 1}]))


def test_a_contact_that_cannot_reach_anyone_is_refused_but_old_shipments_still_reprint(ready_ws, tmp_path: Path) -> None:
    consignee = {"name": "Lion City Retail Pte Ltd", "address": "1 Raffles Place", "country": "SG"}
    with pytest.raises(ShipmentError, match=r"consignee.phone: 'call the shop' is not a phone number"):
        parse_shipment(shipment(consignee={**consignee, "phone": "call the shop"}))
    with pytest.raises(ShipmentError, match=r"buyer.email: 'buyer@shop' is not an email address"):
        parse_shipment(shipment(buyer={**consignee, "email": "buyer@shop"}))
    with pytest.raises(ShipmentError, match=r"party.phone"):
        shipments.remember_party(ready_ws, shipments.Party("A", "B", "SG", phone="12"))
    fine = parse_shipment(shipment(consignee={**consignee, "phone": "+65 6123 4567 ext. 12", "email": "ops@lcr.com.sg"}))
    assert fine.consignee.phone == "+65 6123 4567 ext. 12"
    # a shipment stored before contacts were checked still reprints, and saving it again is no amendment
    old = shipment(consignee={**consignee, "phone": "ask Somchai"})
    with ready_ws.db.session() as s:
        s.add(Shipment(invoice_number="INV-0007", revision=1, data=old))
    stored = shipments.list_shipments(ready_ws)[0]
    assert reprint(ready_ws, stored.id, tmp_path / "out").revision == 1


def test_gate_names_items_and_their_ids(ready_ws, tmp_path: Path) -> None:
    with ready_ws.db.session() as s:
        item = s.scalars(select(Item).where(Item.sku == "VN-1")).one()
        item.status, item_id = "flagged", item.id
    raw = shipment()
    with pytest.raises(DocumentsRefused) as err:
        build_documents(ready_ws, parse_shipment(raw), raw, tmp_path / "out")
    assert err.value.problems == [("VN-1", "waits for review")] and err.value.item_ids == {"VN-1": item_id}
    assert not (tmp_path / "out" / "INV-0007-invoice.pdf").exists()
    with ready_ws.db.session() as s:
        assert list(s.scalars(select(Document))) == []


def test_shipments_are_saved_amended_as_revisions_and_reprinted_identically(ready_ws, tmp_path: Path) -> None:
    ws = ready_ws
    assert shipments.next_invoice_number(ws) == "INV-0001"
    raw = shipment(invoice_number="INV-0001")
    first = build_documents(ws, parse_shipment(raw), raw, tmp_path / "out")
    assert (first.revision, first.invoice.name) == (1, "INV-0001-invoice.pdf")
    assert shipments.next_invoice_number(ws) == "INV-0002"
    # Printing the same shipment again is a reprint of revision 1 with byte-identical PDFs.
    again = reprint(ws, first.shipment_id, tmp_path / "again")
    assert again.revision == 1 and again.shipment_id == first.shipment_id
    assert again.invoice.read_bytes() == first.invoice.read_bytes()
    # An amendment is revision 2; the first stays as it was.
    amended = copy.deepcopy(raw)
    amended["lines"][0]["quantity"] = 11  # type: ignore[index]
    saved = shipments.save_shipment(ws, amended)
    assert (saved.revision, saved.created) == (2, True)
    assert shipments.save_shipment(ws, amended).created is False
    # The same shipment written differently ("11.0" for 11, spaces around a name) is no amendment.
    respelled = copy.deepcopy(amended)
    respelled["lines"][0]["quantity"] = "11.0"  # type: ignore[index]
    respelled["consignee"]["name"] = "  " + respelled["consignee"]["name"] + " "  # type: ignore[index]
    assert shipments.save_shipment(ws, respelled).created is False
    # the same number typed for another consignee or country is refused, not stored as revision 3
    other = copy.deepcopy(amended)
    other["consignee"] = {"name": "PT Maju", "address": "Jl. Sudirman 1, Jakarta", "country": "ID",  # type: ignore[index]
                          "tax_id": "01.234.567.8-901.000"}
    other["destination"] = "ID"
    # (printed: not even the window that edits it may re-address it)
    with pytest.raises(ShipmentError, match="INV-0001 was printed on 20..-..-.. for Lion City Retail Pte Ltd \\(SG\\); "
                                            "this shipment goes to PT Maju \\(ID\\)"):
        shipments.save_shipment(ws, other, amends="INV-0001")
    with pytest.raises(ShipmentError, match="own invoice number"):
        build_documents(ws, parse_shipment(other), other, tmp_path / "other")
    assert not (tmp_path / "other" / "INV-0001-r3-invoice.pdf").exists()
    assert shipments.load_shipment(ws, first.shipment_id)["lines"][0]["quantity"] == 10
    second = reprint(ws, saved.id, tmp_path / "out")
    assert second.invoice.name == "INV-0001-r2-invoice.pdf" and "11 pcs" in flat(pdf_text(second.invoice)[0])
    rows = shipments.list_shipments(ws)
    assert [(r.invoice_number, r.revision, r.printed) for r in rows] == [("INV-0001", 2, 2)]
    assert len(shipments.list_shipments(ws, all_revisions=True)) == 2
    docs = shipments.documents_of(ws, first.shipment_id)
    assert len(docs) == 4 and docs[0].sha256 == docs[2].sha256
    with ws.db.session() as s:
        prints = [e.payload for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "print"))]
        actions = [e.action for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert [(p["kind"], p["revision"], p["reprint"]) for p in prints] == [
        ("invoice", 1, False), ("packing_list", 1, False), ("invoice", 1, True), ("packing_list", 1, True),
        ("invoice", 2, False), ("packing_list", 2, False)]
    assert prints[0]["sha256"] == docs[0].sha256
    assert actions.count("save-shipment") == 1 and actions.count("amend-shipment") == 1
    assert deciding.verify_log(ws).ok


def test_address_book_and_seller_profile(ready_ws) -> None:
    ws = ready_ws
    shipments.set_seller_profile(ws, {"name": " Siam Craft ", "country": "TH", "logo": "logo.png"})
    assert shipments.seller_profile(ws)["name"] == "Siam Craft"
    shipments.save_shipment(ws, shipment())
    shipments.save_shipment(ws, shipment(invoice_number="INV-0008", consignee={
        "name": "KL Goods Sdn Bhd", "address": "Jalan Ampang, Kuala Lumpur", "country": "MY", "phone": "+60 3 1234"}))
    names = [p.name for p in shipments.list_parties(ws)]
    assert names[0] == "KL Goods Sdn Bhd" and set(names) == {"KL Goods Sdn Bhd", "Merlion Trading Pte Ltd",
                                                              "Lion City Retail Pte Ltd"}
    kl = shipments.list_parties(ws)[0]
    assert kl.as_dict()["phone"] == "+60 3 1234"
    shipments.forget_party(ws, kl.id)
    assert "KL Goods Sdn Bhd" not in [p.name for p in shipments.list_parties(ws)]


def test_carrier_export_of_shipment_lines(ready_ws, tmp_path: Path) -> None:
    spec = parse_shipment(shipment())
    assert export_shipment_lines(ready_ws, spec, tmp_path / "lines.csv") == 5
    with open(tmp_path / "lines.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["sku"] for r in rows] == list(QTY)
    vn = rows[1]
    assert (vn["hs_code"], vn["country_of_origin"], vn["quantity"], vn["unit_value"], vn["line_value"],
            vn["net_weight_kg"]) == ("610910", "VN", "3", "4.125", "12.38", "0.450")
    assert rows[0]["description"] == f"{THAI}; material: cotton"  # what it is and what it is made of
    export_shipment_lines(ready_ws, spec, tmp_path / "lines.xlsx")
    sheet = load_workbook(tmp_path / "lines.xlsx").active
    assert sheet.cell(2, 3).value == f"{THAI}; material: cotton" and sheet.cell(5, 3).value == f"{MARKUP}; material: viscose"


def test_cli_documents_writes_pdfs_carrier_lines_and_warnings(ready_ws, tmp_path: Path, capsys) -> None:
    import json

    from app.cli import main

    path = tmp_path / "s.json"
    path.write_text(json.dumps(shipment(packages=[{"count": 1, "gross_kg": "1", "net_kg": "9"}], lines=[
        {"sku": "TH-1", "quantity": 2}])), encoding="utf-8")
    code = main(["--data-dir", str(tmp_path / "data"), "documents", str(path), "--out", str(tmp_path / "docs"),
                 "--lines", str(tmp_path / "lines.xlsx")])
    out, err = capsys.readouterr()
    assert code == 0 and "shipment revision: 1" in out and "lines.xlsx (1 rows)" in out
    assert "warning: the packages' net weight (9.000 kg) differs from the lines' net weight (0.360 kg)" in err
    assert (tmp_path / "docs" / "INV-0007-invoice.pdf").exists()
    assert load_workbook(tmp_path / "lines.xlsx").active.cell(2, 2).value == "TH-1"


def test_logo_and_letter_paper(ready_ws, tmp_path: Path) -> None:
    from PIL import Image as PILImage

    from app.core.assets import import_asset

    logo = tmp_path / "logo.png"
    PILImage.new("RGB", (300, 100), (200, 30, 30)).save(logo)
    name = import_asset(ready_ws.data_dir, logo)  # what picking it in the window does
    raw = shipment(logo=name, paper="letter")
    res = build_documents(ready_ws, parse_shipment(raw), raw, tmp_path / "out")
    page = PdfReader(res.invoice).pages[0]
    assert (float(page.mediabox.width), float(page.mediabox.height)) == (612.0, 792.0)
    assert any(str(x.get_object()["/Subtype"]) == "/Image" for x in page["/Resources"]["/XObject"].values())


@pytest.mark.parametrize("reference", ["/etc/passwd", "../borderline.db", "LOGO_OUTSIDE"])
def test_a_logo_path_from_a_file_cannot_pull_in_other_files(ready_ws, tmp_path: Path, reference: str) -> None:
    from PIL import Image as PILImage

    outside = tmp_path / "outside.png"
    PILImage.new("RGB", (30, 10)).save(outside)
    reference = str(outside) if reference == "LOGO_OUTSIDE" else reference
    raw = shipment(logo=reference, invoice_number="INV-0009")
    with pytest.raises(ShipmentProblem, match="logo: .*(outside|not a file|only)"):
        build_documents(ready_ws, parse_shipment(raw), raw, tmp_path / "out")
    assert not (tmp_path / "out" / "INV-0009-invoice.pdf").exists()


def test_flags_of_a_destination_outside_the_settings_go_to_review_before_printing(ready_ws, tmp_path: Path) -> None:
    """Items are flagged for the markets in Settings (SG here). Shipping to MY brings in MY's
    rules: a review flag nobody has seen sends the item back to the queue, and the documents
    print once a person has decided it with that flag in view."""
    ws = ready_ws
    ws.set_setting("markets", ["SG"])
    services.import_catalogue(ws, write_catalogue(tmp_path / "bt.csv", [
        ("BT-1", "Mini bluetooth speaker portable", "", "plastic", "CN", "9.00", "USD", "0.300")]))
    classifying.classify_pending(ws, ["SG"])
    bt = item_views.item_id_for_sku(ws, "BT-1")
    assert bt is not None
    assert "RADIO-SG" in {f.rule_id for f in item_views.item_detail(ws, bt).flags}
    deciding.decide(ws, bt, "851822", "Ana", "speaker")
    line = [{"sku": "BT-1", "quantity": 2, "package": 1}]

    to_sg = shipment(lines=line, invoice_number="INV-SG")
    build_documents(ws, parse_shipment(to_sg), to_sg, tmp_path / "sg")  # RADIO-SG was resolved by the decision

    to_my = shipment(lines=line, destination="MY", invoice_number="INV-MY")
    with pytest.raises(DocumentsRefused) as err:
        build_documents(ws, parse_shipment(to_my), to_my, tmp_path / "my")
    [(sku, why)] = err.value.problems
    assert sku == "BT-1" and why.startswith("needs review for MY by rule RADIO-MY") and err.value.item_ids == {"BT-1": bt}
    detail = item_views.item_detail(ws, bt)
    assert detail.status == "flagged" and ("RADIO-MY", "MY") in {(f.rule_id, f.market) for f in detail.flags}
    assert bt in item_views.queue_ids(ws)
    with ws.db.session() as s:
        gate = s.scalars(select(AuditEntry).where(AuditEntry.action == "gate")).one()
        assert gate.subject == "BT-1" and gate.payload["rules"] == ["RADIO-MY"] and gate.payload["code"] == "851822"

    # Re-flagging for the Settings markets meanwhile gives the item back its decision, not the model's code.
    flagging.reflag(ws)
    detail = item_views.item_detail(ws, bt)
    assert (detail.status, detail.hs_code) == ("decided", "851822")
    with pytest.raises(DocumentsRefused):
        build_documents(ws, parse_shipment(to_my), to_my, tmp_path / "my")

    deciding.decide(ws, bt, "851822", "Ana", "SIRIM label checked")
    result = build_documents(ws, parse_shipment(to_my), to_my, tmp_path / "my")
    assert result.invoice.exists()

    # The review log keeps the markets each decision was made for, after MY's flags have left the item.
    flagging.reflag(ws)
    assert "MY" not in {f.market for f in item_views.item_detail(ws, bt).flags}
    with ws.db.session() as s:
        rows = log_rows(s, LogFilter(market="MY"))
        assert [(r[1], r[7], r[LOG_HEADERS.index("markets")]) for r in rows] == [("BT-1", "SIRIM label checked", "MY SG")]
        assert [r[LOG_HEADERS.index("markets")] for r in log_rows(s)] == ["SG", "MY SG"]


@pytest.mark.parametrize("recorded", ["per flag", "markets only"])
def test_a_block_settled_for_one_market_is_not_settled_for_another(ready_ws, tmp_path: Path, recorded: str) -> None:
    """A rule that blocks in several markets raises one flag per market. Deciding the item with
    the Singapore and Thailand bans in view settles those two, not Vietnam's, which no person
    saw: neither a shipment to Vietnam nor a market added in Settings may pass it by. Decisions
    recorded before each flag kept its market ("markets only") are held to the markets they
    kept."""
    ws = ready_ws
    vp = classified_vape(ws, tmp_path, ["SG", "TH"])
    assert {("VAPE-BAN", "SG"), ("VAPE-BAN", "TH")} <= {(f.rule_id, f.market) for f in item_views.item_detail(ws, vp).flags}
    deciding.decide(ws, vp, "854340", "Ana", "bans noted: sold to Malaysia only")
    if recorded == "markets only":
        with ws.db.session() as s:
            d = s.scalars(select(Decision)).one()
            d.flags_seen = [[rule, trigger] for rule, trigger, *_rest in d.flags_seen]
            assert d.markets == ["SG", "TH"]

    to_vn = shipment(lines=[{"sku": "VP-1", "quantity": 1, "package": 1}], destination="VN", invoice_number="INV-VN")
    with pytest.raises(DocumentsRefused) as err:
        build_documents(ws, parse_shipment(to_vn), to_vn, tmp_path / "vn")
    assert [sku for sku, _ in err.value.problems] == ["VP-1"] and "VAPE-BAN" in err.value.problems[0][1]
    assert ("VAPE-BAN", "VN") in {(f.rule_id, f.market) for f in item_views.item_detail(ws, vp).flags}
    assert not (tmp_path / "vn" / "INV-VN-invoice.pdf").exists()

    # Back with the Settings markets the decision stands again; adding Vietnam there sends it back.
    flagging.reflag(ws)
    assert item_views.item_detail(ws, vp).status == "decided"
    flagging.reflag(ws, ["SG", "TH", "VN"])
    assert item_views.item_detail(ws, vp).status == "flagged"


def test_a_cleared_ban_for_the_destination_prints_only_on_purpose(ready_ws, tmp_path: Path) -> None:
    """A reviewer may accept a banned item's code with a note ("sold to Malaysia only"). Shipping
    it to the market that bans it then needs a second, explicit yes, and the print is audited."""
    ws = ready_ws
    vp = classified_vape(ws, tmp_path, ["SG"])
    deciding.decide(ws, vp, "854340", "Ana", "sold to Malaysia only")
    raw = shipment(lines=[{"sku": "VP-1", "quantity": 1, "package": 1}], invoice_number="INV-VP")
    with pytest.raises(ClearedBlocks) as err:
        build_documents(ws, parse_shipment(raw), raw, tmp_path / "out")
    [block] = err.value.blocks
    assert (block.sku, block.rule_id, block.reviewer, block.note) == ("VP-1", "VAPE-BAN", "Ana", "sold to Malaysia only")
    assert "cleared by Ana: \u201csold to Malaysia only\u201d" in block.describe("SG")
    assert not (tmp_path / "out" / "INV-VP-invoice.pdf").exists()
    assert item_views.item_detail(ws, vp).status == "decided"  # nothing to review again: it was seen

    result = build_documents(ws, parse_shipment(raw), raw, tmp_path / "out", ship_cleared=True)
    assert result.invoice.exists()
    with ws.db.session() as s:
        printed = s.scalars(select(AuditEntry).where(AuditEntry.action == "print")).first()
        assert printed is not None and printed.payload["cleared_blocks"] == [["VP-1", "VAPE-BAN", "SG"]]

    # A yes covers what was shown: a block cleared since then asks again.
    with pytest.raises(ClearedBlocks):
        build_documents(ws, parse_shipment(raw), raw, tmp_path / "out", ship_cleared=frozenset({("VP-1", "OTHER")}))
    again = build_documents(ws, parse_shipment(raw), raw, tmp_path / "out", ship_cleared=err.value.shown())
    assert again.invoice.exists()


def test_refusals_name_the_flags_and_every_unpriced_line(ready_ws, tmp_path: Path) -> None:
    ws = ready_ws
    with ws.db.session() as s:
        items = {i.sku: i for i in s.scalars(select(Item))}
        items["TH-1"].currency = items["VN-1"].currency = "THB"
        items["CN-1"].unit_value = None
    raw = shipment()
    with pytest.raises(ShipmentProblem) as err:
        build_documents(ws, parse_shipment(raw), raw, tmp_path / "out")
    message = str(err.value)
    assert "Lines priced in THB, not USD: TH-1 (line 1), VN-1 (line 2)." in message
    assert "Lines with no price in the catalogue: CN-1 (line 3)." in message and "unit value in USD" in message

    classified_vape(ws, tmp_path, ["SG"])
    raw = shipment(lines=[{"sku": "VP-1", "quantity": 1, "package": 1}])
    with pytest.raises(DocumentsRefused) as refused:
        build_documents(ws, parse_shipment(raw), raw, tmp_path / "out")
    [(sku, why)] = refused.value.problems
    assert sku == "VP-1" and why.startswith("waits for review: ") and "VAPE-BAN (SG)" in why
    # items to review are named before prices: the gate's work must not hide behind a price problem
    raw = shipment(lines=[{"sku": "VP-1", "quantity": 1, "package": 1}, {"sku": "CN-1", "quantity": 1, "package": 1}])
    with pytest.raises(DocumentsRefused):
        build_documents(ws, parse_shipment(raw), raw, tmp_path / "out")


def test_a_price_without_a_currency_is_the_sellers_usual_one_or_refused(ready_ws, tmp_path: Path) -> None:
    """A marketplace export may carry prices without a currency: 150000 is not 150,000 USD.
    Without an origin, the seller's usual origin is printed and named above the preview."""
    ws = ready_ws
    ws.set_setting("markets", ["SG"])
    with ws.db.session() as s:
        item = s.scalars(select(Item).where(Item.sku == "TH-1")).one()
        item.currency, item.origin = "", ""
        item_id = item.id
    flagging.reflag(ws)  # the missing origin is flagged, and a person decides the item with it in view
    deciding.decide(ws, item_id, "610910", "Ana", "origin: made in our workshop")
    raw = shipment(lines=[{"sku": "TH-1", "quantity": 1}], packages=[])
    with pytest.raises(ShipmentProblem, match=r"Lines with a price but no currency in the catalogue: TH-1 \(line 1\)"):
        build_documents(ws, parse_shipment(raw), raw, tmp_path / "out")
    ws.set_setting("seller", {"currency": "THB", "default_origin": "TH"})
    with pytest.raises(ShipmentProblem, match=r"Lines priced in THB, not USD: TH-1 \(line 1\)"):
        build_documents(ws, parse_shipment(raw), raw, tmp_path / "out")
    ws.set_setting("seller", {"currency": "USD", "default_origin": "VN"})
    result = build_documents(ws, parse_shipment(raw), raw, tmp_path / "out")
    assert "TH-1: no origin in the catalogue; VN printed (your usual origin)" in result.warnings
    assert "VN" in pdf_text(result.invoice)[0]


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_an_atiga_invoice_declares_the_lines_origins_and_survives_a_huge_title(ready_ws, tmp_path: Path,
                                                                                paper: str) -> None:
    """The ATIGA declaration names the lines' ASEAN origins, not the seller's country alone, and
    says which lines it cannot cover. Its narrower description column still fits a huge title."""
    ws = ready_ws
    with ws.db.session() as s:
        items = {i.sku: i for i in s.scalars(select(Item))}
        items["TH-1"].title = "Handwoven rattan basket " * 400 + "ตะกร้าหวาย" * 300  # ~12,600 characters
    lines = [{"sku": "TH-1", "quantity": 1, "origin_criterion": "WO"}, {"sku": "VN-1", "quantity": 1},
             {"sku": "CN-1", "quantity": 1, "origin_criterion": "RVC40"}]
    raw = shipment(lines=lines, packages=[], atiga=True, paper=paper, invoice_number=f"INV-AT-{paper}")
    result = build_documents(ws, parse_shipment(raw), raw, tmp_path / "out")
    text = flat(pdf_text(result.invoice)[0])
    declared = text[text.index("declares that"):][:300]
    assert "Thailand (TH) or" in declared and "(VN) preferential origin" in declared, declared
    assert "\u2026" in text  # the title was cut to fit a page
    assert "CN-1: origin CN is not an ASEAN member; the ATIGA declaration does not cover it" in result.warnings
    assert any(w.startswith("VN-1: no ATIGA origin criterion") for w in result.warnings)


def test_an_invoice_line_names_the_variation(ready_ws, tmp_path: Path) -> None:
    """Variations share a title in marketplace exports; the invoice tells them apart."""
    with ready_ws.db.session() as s:
        s.scalars(select(Item).where(Item.sku == "MY-1")).one().variation = "Emerald / XL"
    raw = shipment()
    result = build_documents(ready_ws, parse_shipment(raw), raw, tmp_path / "out")
    text, _ = pdf_text(result.invoice)
    assert "Baju kurung moden wanita (Emerald / XL)" in flat(text)
    assert "Women's <b>floral</b> summer dress & belt" in flat(text)  # items without one print as before


def test_an_invoice_line_says_what_the_goods_are_made_of() -> None:
    from app.core.catalogue import goods_description

    assert goods_description("Oversized T-Shirt", "Black / XL", "cotton") == "Oversized T-Shirt (Black / XL); material: cotton"
    assert goods_description("Cotton crew socks 5 pairs", None, "Cotton") == "Cotton crew socks 5 pairs"  # said already
    assert goods_description("Spatula set", "", "silicone, wood") == "Spatula set; material: silicone, wood"
    assert goods_description("Spatula set", "", "  ") == "Spatula set"


def test_a_long_title_prints_whole_when_the_page_has_room(ready_ws, tmp_path: Path) -> None:
    """A 700-character English title fits its column in well under a page: it was cut at a
    worst-case count of characters as wide as CJK ones."""
    with ready_ws.db.session() as s:
        item = s.scalars(select(Item).where(Item.sku == "MY-1")).one()
        item.title = "Baju kurung moden wanita with embroidered sleeves and matching scarf " * 10 + "END-OF-TITLE"
    raw = shipment(lines=[{"sku": "MY-1", "quantity": 1, "package": 1}], invoice_number="INV-LONG")
    result = build_documents(ready_ws, parse_shipment(raw), raw, tmp_path / "out")
    assert "END-OF-TITLE" in flat(pdf_text(result.invoice)[0]).replace(" ", "")
