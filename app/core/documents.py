"""Commercial invoice and packing list as PDF (reportlab platypus).

Three parts: one stylesheet function, a page template that draws the header and footer,
and builders that turn plain data into flowables. Every piece of catalogue text passes
through :func:`para`, which escapes markup, so a title like "<b>Tom & Jerry</b>" prints as
written.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from app.core.shipment import Package, ShipmentSpec, quantum

FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/arial.ttf",
]


@dataclass
class DocLine:
    sku: str
    description: str
    hs_code: str
    origin: str
    quantity: Decimal
    unit: str
    unit_value: Decimal
    net_weight_kg: Decimal | None

    def value(self, currency: str) -> Decimal:
        return (self.quantity * self.unit_value).quantize(quantum(currency), rounding=ROUND_HALF_UP)


def _font() -> tuple[str, str]:
    """A Unicode TrueType font if one is found, else the built-in Helvetica."""
    for path in FONT_CANDIDATES:
        if Path(path).exists():
            try:
                if "BL-Sans" not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont("BL-Sans", path))
                return "BL-Sans", "BL-Sans"
            except Exception:
                continue
    return "Helvetica", "Helvetica-Bold"


def stylesheet() -> dict[str, ParagraphStyle]:
    regular, bold = _font()
    base = ParagraphStyle("base", fontName=regular, fontSize=8.5, leading=10.5)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9),
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=16, leading=20, spaceAfter=4),
        "label": ParagraphStyle("label", parent=base, fontName=bold, fontSize=7.5, textColor=colors.HexColor("#444444")),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "th": ParagraphStyle("th", parent=base, fontName=bold, fontSize=7.5, leading=9),
    }


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of literal text: markup characters are escaped, newlines kept."""
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)


class _NumberedDoc(BaseDocTemplate):
    """Two passes so the footer can say 'page X of Y'."""

    def __init__(self, path: Path, title: str, header: str, page_size: tuple[float, float]) -> None:
        super().__init__(str(path), pagesize=page_size, leftMargin=15 * mm, rightMargin=15 * mm,
                         topMargin=20 * mm, bottomMargin=18 * mm, title=title)
        self._header = header
        self._total_pages = 0
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate("page", frames=[frame], onPage=self._decorate)])

    def _decorate(self, canvas, doc) -> None:  # type: ignore[no-untyped-def]
        regular, _ = _font()
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        w, h = self.pagesize
        canvas.drawString(self.leftMargin, h - 12 * mm, self._header)
        total = self._total_pages or doc.page
        canvas.drawRightString(w - self.rightMargin, 10 * mm, f"Page {doc.page} of {total}")
        canvas.restoreState()

    def build_numbered(self, story: list[Flowable]) -> None:
        self.build(list(story))
        self._total_pages = self.page
        self.build(list(story))


def _page_size(name: str) -> tuple[float, float]:
    return LETTER if name.lower() == "letter" else A4


def _party_block(label: str, p, st) -> list[Flowable]:  # type: ignore[no-untyped-def]
    lines = [p.name, p.address, f"Country: {p.country}"]
    if p.tax_id:
        lines.append(f"Tax ID: {p.tax_id}")
    if p.phone:
        lines.append(f"Phone: {p.phone}")
    return [para(label, st["label"]), para("\n".join(lines), st["base"])]


def _grid(rows: list[list[object]], widths: list[float], st, numeric_cols: tuple[int, ...] = ()) -> Table:  # type: ignore[no-untyped-def]
    body = [[c if isinstance(c, Flowable) else para(c, st["th"] if r == 0 else (st["right"] if i in numeric_cols else st["base"]))
             for i, c in enumerate(row)] for r, row in enumerate(rows)]
    t = Table(body, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8ECF2")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def _money(value: Decimal, currency: str) -> str:
    return f"{value.quantize(quantum(currency)):,}"


def invoice_totals(spec: ShipmentSpec, lines: list[DocLine]) -> tuple[Decimal, Decimal]:
    """(sum of line values, total invoice amount with freight and insurance)."""
    subtotal = sum((ln.value(spec.currency) for ln in lines), Decimal(0))
    return subtotal, subtotal + spec.freight + spec.insurance


def render_invoice(spec: ShipmentSpec, lines: list[DocLine], path: Path, page_size: str = "A4") -> Path:
    st = stylesheet()
    doc = _NumberedDoc(path, f"Commercial invoice {spec.invoice_number}",
                       f"Commercial invoice {spec.invoice_number}", _page_size(page_size))
    story: list[Flowable] = [para("COMMERCIAL INVOICE", st["title"])]
    meta = [
        ["Invoice no.", spec.invoice_number, "Date", spec.date.isoformat()],
        ["Terms of sale", f"{spec.incoterm} {spec.incoterm_place}".strip(), "Currency", spec.currency],
        ["Destination", spec.destination, "Reason for export", spec.reason_for_export],
        ["Air waybill no.", spec.awb or "-", "Packages", str(sum(p.count for p in spec.packages)) or "-"],
    ]
    story.append(_grid([[para(a, st["label"]), b, para(c, st["label"]), d] for a, b, c, d in meta],
                       [30 * mm, 60 * mm, 30 * mm, 60 * mm], st))
    story.append(Spacer(1, 4 * mm))
    parties = Table([[_party_block("SHIPPER / EXPORTER", spec.seller, st), _party_block("CONSIGNEE", spec.consignee, st)]],
                    colWidths=[90 * mm, 90 * mm])
    parties.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.4, colors.grey),
                                 ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
    story += [parties, Spacer(1, 4 * mm)]
    rows: list[list[object]] = [["#", "SKU", "Description", "HS code", "Origin", "Qty", "Unit value", f"Value ({spec.currency})", "Net kg"]]
    for i, ln in enumerate(lines, 1):
        net = "" if ln.net_weight_kg is None else f"{ln.net_weight_kg * ln.quantity:.3f}"
        rows.append([i, ln.sku, ln.description, ln.hs_code, ln.origin, f"{ln.quantity} {ln.unit}",
                     _money(ln.unit_value, spec.currency), _money(ln.value(spec.currency), spec.currency), net])
    story.append(_grid(rows, [7 * mm, 20 * mm, 58 * mm, 15 * mm, 11 * mm, 15 * mm, 18 * mm, 22 * mm, 14 * mm], st,
                       numeric_cols=(0, 5, 6, 7, 8)))
    subtotal, total = invoice_totals(spec, lines)
    totals = [["Subtotal", _money(subtotal, spec.currency)], ["Freight", _money(spec.freight, spec.currency)],
              ["Insurance", _money(spec.insurance, spec.currency)],
              [f"Total invoice amount ({spec.currency})", _money(total, spec.currency)]]
    story += [Spacer(1, 3 * mm), _grid([["", ""]] + totals, [60 * mm, 30 * mm], st, numeric_cols=(1,))]
    story += [Spacer(1, 6 * mm), para(
        "I declare that the information on this invoice is true and correct, and that the goods originate "
        "in the countries stated.", st["base"]), Spacer(1, 10 * mm),
        para(f"Name: {spec.seller.name}        Signature: ____________________        Date: {spec.date.isoformat()}", st["base"])]
    doc.build_numbered(story)
    return path


def render_packing_list(spec: ShipmentSpec, lines: list[DocLine], path: Path, page_size: str = "A4") -> Path:
    st = stylesheet()
    doc = _NumberedDoc(path, f"Packing list {spec.invoice_number}", f"Packing list for invoice {spec.invoice_number}",
                       _page_size(page_size))
    story: list[Flowable] = [para("PACKING LIST", st["title"]),
                             para(f"Invoice no. {spec.invoice_number} of {spec.date.isoformat()}   Destination {spec.destination}", st["base"]),
                             Spacer(1, 4 * mm)]
    parties = Table([[_party_block("EXPORTER", spec.seller, st), _party_block("CONSIGNEE", spec.consignee, st)]],
                    colWidths=[90 * mm, 90 * mm])
    parties.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.4, colors.grey)]))
    story += [parties, Spacer(1, 4 * mm)]
    rows: list[list[object]] = [["#", "SKU", "Description", "HS code", "Qty", "Net kg"]]
    for i, ln in enumerate(lines, 1):
        net = "" if ln.net_weight_kg is None else f"{ln.net_weight_kg * ln.quantity:.3f}"
        rows.append([i, ln.sku, ln.description, ln.hs_code, f"{ln.quantity} {ln.unit}", net])
    story.append(_grid(rows, [8 * mm, 25 * mm, 92 * mm, 18 * mm, 18 * mm, 19 * mm], st, numeric_cols=(0, 4, 5)))
    story.append(Spacer(1, 4 * mm))
    story.append(_packages_table(spec.packages, st))
    doc.build_numbered(story)
    return path


def _packages_table(packages: list[Package], st) -> Table:  # type: ignore[no-untyped-def]
    rows: list[list[object]] = [["Packages", "Type", "Marks", "Dimensions (cm)", "Gross kg"]]
    for p in packages:
        dims = "x".join(str(d) for d in (p.length_cm, p.width_cm, p.height_cm) if d is not None) or "-"
        rows.append([p.count, p.type, p.marks or "-", dims, f"{p.gross_kg * p.count:.3f}"])
    rows.append([sum(p.count for p in packages), "Total", "", "", f"{sum((p.gross_kg * p.count for p in packages), Decimal(0)):.3f}"])
    return _grid(rows, [20 * mm, 30 * mm, 50 * mm, 40 * mm, 25 * mm], st, numeric_cols=(0, 4))
