"""Commercial invoice as PDF (reportlab platypus), and the layout the packing list shares.

Three parts: one stylesheet function, a page template whose canvas writes the header and
"page X of Y" footer (drawn in the same per-script fonts as the body), and builders that turn plain data (:mod:`app.core.doc_lines`) into
flowables. Catalogue text becomes paragraph markup only through :meth:`Layout.p`, which
escapes it and picks a font per script (:mod:`app.core.fonts`), so "<b>Tom & Jerry</b>"
prints as written and Thai, Vietnamese and Chinese titles print without empty boxes; Thai
lines break at word boundaries (:mod:`app.core.line_breaks`) and Thai is shaped, its marks where
the font puts them (:mod:`app.core.shaping`, with uharfbuzz).

The PDFs are built with reportlab's invariant mode: the same shipment revision renders to
the same bytes, so a reprint carries the same SHA-256 as the first print.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pycountry
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, Image, KeepTogether, LongTable, PageTemplate,
                                Spacer, Table, TableStyle)

from app.core.destination_marks import GST_PAID_HEADER, consignee_tax_label, gst_paid_column, registration_fields
from app.core.doc_lines import DocLine, Totals, kg_text, money_text, quantity_text, totals, unit_value_text
from app.core.fonts import FontSet, composed, font_set
from app.core.line_breaks import paragraph, words
from app.core.money_words import amount_in_words
from app.core.rules import ASEAN
from app.core.shipment import Party, ShipmentSpec
from app.core.table_fit import PADDING, WRAP_CEILING, WRAP_FLOOR, fit_widths, font_size_to_fit

__all__ = ["DocLine", "render_invoice", "stylesheet", "Layout", "para"]

GRID = colors.HexColor("#999999")
MAX_CELL_CHARS = 1200  # a table row cannot be split across pages; longer text is cut with an ellipsis
WIDEST_CHAR_PT = 8.0  # a CJK character at the tables' 8-point size
CELL_LINES = 40  # lines a cell may take: well under a page
HEAD = colors.HexColor("#E8ECF2")
AVERAGE_MARK = " *"
AVERAGE_NOTE = ("* A line that merges several SKUs of one HS code and origin: its unit value is the line value "
                "divided by the quantity (an average); the packing list names each SKU.")
DECLARATION = ("I declare that the information on this invoice is true and correct, that the contents of this "
               "shipment are as stated above, and that the goods originate in the countries stated.")
ATIGA_STATEMENT = ("The exporter of the goods covered by this invoice{code} declares that, except where otherwise "
                   "clearly indicated, these goods are of {country} preferential origin under the rules of origin "
                   "of the ASEAN Trade in Goods Agreement (ATIGA), with the origin criteria shown per line.")


def atiga_countries(lines: list[DocLine], fallback: str) -> str:
    """The ASEAN origins of the lines, named for the declaration ("Thailand (TH) or Viet Nam (VN)");
    a line of another origin is not covered, and check_agreement says so."""
    codes = sorted({ln.origin for ln in lines if ln.origin in ASEAN}) or [fallback]
    return " or ".join(country_name(c) for c in codes)


def stylesheet(fonts: FontSet) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=fonts.regular, fontSize=8, leading=10)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7, leading=8.5),
        "title": ParagraphStyle("title", parent=base, fontName=fonts.bold, fontSize=16, leading=20),
        "label": ParagraphStyle("label", parent=base, fontName=fonts.bold, fontSize=7, leading=8.5,
                                textColor=colors.HexColor("#444444")),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "th": ParagraphStyle("th", parent=base, fontName=fonts.bold, fontSize=7, leading=8.5),
        "strong": ParagraphStyle("strong", parent=base, fontName=fonts.bold),
    }


def para(text: object, style: ParagraphStyle) -> Flowable:
    """A paragraph of literal text in the default fonts: markup escaped, newlines kept."""
    return paragraph(str(text), style, font_set())


class Layout:
    """Fonts, styles and the usable width of one document, with the cell and table builders."""

    def __init__(self, width: float, fonts: FontSet | None = None) -> None:
        self.fonts = fonts or font_set()
        self.st = stylesheet(self.fonts)
        self.width = width

    def p(self, text: object, style: str = "base", bold: bool = False) -> Flowable:
        return paragraph(str(text), self.st[style], self.fonts, bold or style in ("th", "label", "title", "strong"))

    def font_style(self) -> tuple[Any, ...]:
        """A table's own font: reportlab's default, Helvetica, would be set (unembedded) even for empty cells."""
        return ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular)

    def cell(self, text: object, wrap: bool, width: float | None = None) -> object:
        """Short text in the primary font stays a plain string (fast); anything else wraps.

        A table row cannot be split across pages, so wrapped text is cut with an ellipsis where
        it would pass about 40 lines in its column, counting each character as wide as a CJK one.
        """
        s = composed(str(text))
        if len(s) > MAX_CELL_CHARS:
            s = s[:MAX_CELL_CHARS - 1] + "\u2026"
        if width is not None and len(s) > width / WIDEST_CHAR_PT * CELL_LINES:  # may be too long: measure it
            budget = max(width - 6, 20) * CELL_LINES * 0.85  # points of text the cell's lines hold, less wrap losses
            if self.fonts.width(s, 8) > budget:
                lo, hi = 0, len(s)
                while lo < hi:  # the longest prefix that fits with its ellipsis
                    mid = (lo + hi + 1) // 2
                    if self.fonts.width(s[:mid] + "\u2026", 8) <= budget:
                        lo = mid
                    else:
                        hi = mid - 1
                s = s[:lo].rstrip() + "\u2026"
        return s if not wrap and self.fonts.covers(s) else self.p(s)

    def table(self, rows: list[list[object]], fractions: list[float], numeric: tuple[int, ...] = (),
              wrap: tuple[int, ...] = (), header_rows: int = 1, bold_last: bool = False, long: bool = False,
              width: float | None = None) -> Table:
        """Columns get `fractions` of the width, then are fitted to their content (:mod:`app.core.table_fit`):
        a number never runs into the next column."""
        widths = [f * (width or self.width) / sum(fractions) for f in fractions]
        widths = fit_widths(widths, self._needs(rows, widths, wrap, header_rows, bold_last), wrap)
        body = []
        shrink: list[tuple[Any, ...]] = []
        for r, row in enumerate(rows):
            if r < header_rows:
                body.append([c if isinstance(c, Flowable) else self.p(c, "th") for c in row])
                continue
            cells = [c if isinstance(c, Flowable) else self.cell(c, i in wrap, widths[i]) for i, c in enumerate(row)]
            for i, c in enumerate(cells):
                if isinstance(c, str) and c:
                    bold = bold_last and r == len(rows) - 1
                    size = font_size_to_fit(max(self.fonts.width(ln, 8, bold) for ln in c.split("\n")), 8, widths[i])
                    if size < 8:
                        shrink.append(("FONTSIZE", (i, r), (i, r), size))
            body.append(cells)
        t = (LongTable if long else Table)(body, colWidths=widths, repeatRows=header_rows)
        style: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular), ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("LEADING", (0, 0), (-1, -1), 10), ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        style += [("ALIGN", (c, header_rows), (c, -1), "RIGHT") for c in numeric]
        if bold_last:
            style += [("FONTNAME", (0, -1), (-1, -1), self.fonts.bold), ("BACKGROUND", (0, -1), (-1, -1), HEAD)]
        t.setStyle(TableStyle(style + shrink))
        return t

    def _needs(self, rows: list[list[object]], widths: list[float], wrap: tuple[int, ...], header_rows: int,
               bold_last: bool) -> list[float]:
        """The width each column's content needs: a line of a plain cell does not wrap, so all of it;
        wrapping text its longest word (a Thai one too), within bounds of the column's share."""
        needs = [0.0] * len(widths)
        for r, row in enumerate(rows):
            head = r < header_rows
            bold = head or (bold_last and r == len(rows) - 1)
            size = 7 if head else 8
            for i, c in enumerate(row):
                if isinstance(c, Flowable) or c is None or c == "":
                    continue
                text = composed(str(c))
                if head or i in wrap or not self.fonts.covers(text):
                    pieces = words(text) or [""]
                else:
                    pieces = text.split("\n")
                needs[i] = max(needs[i], max(self.fonts.width(x, size, bold) for x in pieces) + PADDING)
        return [min(WRAP_CEILING * w, max(n, WRAP_FLOOR * w)) if i in wrap else n
                for i, (w, n) in enumerate(zip(widths, needs))]

    def fields(self, pairs: list[tuple[str, object]], columns: int = 2) -> Table:
        """Label/value pairs laid out in `columns` pairs per row."""
        rows: list[list[object]] = []
        for i in range(0, len(pairs), columns):
            row: list[object] = []
            for label, value in pairs[i:i + columns]:
                row += [self.p(label, "label"), self.p(value)]
            rows.append(row + [""] * (2 * columns - len(row)))
        t = Table(rows, colWidths=[self.width / columns * f for _ in range(columns) for f in (0.36, 0.64)])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (0, -1), HEAD), self.font_style()] +
                              [("BACKGROUND", (2 * c, 0), (2 * c, -1), HEAD) for c in range(columns)]))
        return t

    def party(self, label: str, p: Party | None, fallback: str = "", tax_label: str = "Tax ID") -> list[Flowable]:
        if p is None:
            return [self.p(label, "label"), self.p(fallback)]
        lines = [p.name, p.address, f"Country: {country_name(p.country)}"]
        lines += [f"{tax_label}: {p.tax_id}"] if p.tax_id else []
        lines += [f"Phone: {p.phone}"] if p.phone else []
        lines += [f"Email: {p.email}"] if p.email else []
        return [self.p(label, "label"), self.p(lines[0], "strong"), self.p("\n".join(lines[1:]))]

    def parties(self, blocks: list[list[Flowable]]) -> Table:
        t = Table([blocks], colWidths=[self.width / len(blocks)] * len(blocks))
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.4, GRID), self.font_style(),
                               ("INNERGRID", (0, 0), (-1, -1), 0.4, GRID)]))
        return t

    def heading(self, title: str, spec: ShipmentSpec) -> list[Flowable]:
        """Logo (when the seller has one) beside the title and the seller's name."""
        title_block = [self.p(title, "title"), self.p(spec.seller.name, "strong")]
        logo = _logo(spec.logo)
        if logo is None:
            return title_block + [Spacer(1, 3 * mm)]
        t = Table([[title_block, logo]], colWidths=[self.width - 55 * mm, 55 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"), self.font_style()]))
        return [t, Spacer(1, 3 * mm)]


def country_name(code: str) -> str:
    c = pycountry.countries.get(alpha_2=code)
    return f"{getattr(c, 'common_name', None) or c.name} ({code})" if c is not None else code


def _logo(path: str) -> Image | None:
    """The seller's logo scaled into 50 x 16 mm; an unreadable file is left out, not fatal."""
    if not path or not Path(path).is_file():
        return None
    try:
        iw, ih = ImageReader(path).getSize()
        scale = min(50 * mm / iw, 16 * mm / ih)
        return Image(path, iw * scale, ih * scale)
    except Exception:  # noqa: BLE001 - any image error means no logo
        return None


def _canvas_maker(header: str, fonts: FontSet, margin: float) -> type[Canvas]:
    """A canvas that holds its pages back until the end, so each footer can say 'of Y'.

    The header carries the seller's name, so it is drawn run by run in the fonts that have its
    characters (a canvas has no font fallback), cut with an ellipsis at the right margin.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = kwargs.get("initialFontName") or fonts.regular  # no stray Helvetica
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, 1):
                self.__dict__.update(state)
                w, h = self._pagesize
                fonts.draw(self, margin, h - 12 * mm, header, 7.5, max_width=w - 2 * margin)
                fonts.draw(self, w - margin, 10 * mm, f"Page {number} of {total}", 7.5, align="right")
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def _build(path: Path, title: str, header: str, spec: ShipmentSpec, paper: str,
           story_for: Any) -> Path:
    size = LETTER if paper.lower() == "letter" else A4
    margin = 15 * mm
    doc = BaseDocTemplate(str(path), pagesize=size, leftMargin=margin, rightMargin=margin, topMargin=18 * mm,
                          bottomMargin=16 * mm, title=title, author=spec.seller.name, creator="Borderline",
                          invariant=1)
    doc.addPageTemplates([PageTemplate("page", frames=[Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height,
                                                             id="body")])])
    layout = Layout(doc.width)
    doc.build(story_for(layout), canvasmaker=_canvas_maker(header, layout.fonts, margin))
    return path


# the commercial invoice -------------------------------------------------------------------
def render_invoice(spec: ShipmentSpec, lines: list[DocLine], path: Path, page_size: str = "A4") -> Path:
    return _build(Path(path), f"Commercial invoice {spec.invoice_number}",
                  f"Commercial invoice {spec.invoice_number} - {spec.seller.name}", spec, spec.paper or page_size,
                  lambda lay: _invoice_story(lay, spec, lines))


def _invoice_story(lay: Layout, spec: ShipmentSpec, lines: list[DocLine]) -> list[Flowable]:
    cur = spec.currency
    t = totals(spec, lines)
    story = lay.heading("COMMERCIAL INVOICE", spec)
    story += [lay.fields([
        ("Invoice no.", spec.invoice_number), ("Invoice date", spec.date.isoformat()),
        ("Order / PO ref.", spec.order_ref or "-"), ("Air waybill no.", spec.awb or "-"),
        ("Terms of sale (Incoterms 2020)", f"{spec.incoterm} {spec.incoterm_place}".strip()), ("Currency", cur),
        ("Country of destination", country_name(spec.destination)), ("Reason for export", spec.reason_for_export),
        ("Export type", spec.export_type), ("Number of packages", _packages_text(spec) or "-"),
        ("Total gross weight", f"{kg_text(t.gross_kg)} kg" if spec.packages else "-"),
        ("Total net weight", f"{kg_text(t.net_kg)} kg"),
    ]), Spacer(1, 3 * mm)]
    tax_label = consignee_tax_label(spec)
    blocks = [lay.party("SHIPPER / EXPORTER", spec.seller), lay.party("CONSIGNEE", spec.consignee, tax_label=tax_label),
              lay.party("SOLD TO / IMPORTER", spec.buyer, "Same as consignee", tax_label=tax_label)]
    story += [lay.parties(blocks), Spacer(1, 3 * mm)]
    registrations = registration_fields(spec)
    if registrations:  # the destination's low-value goods numbers, beside the parties they identify
        story += [lay.fields(registrations), Spacer(1, 3 * mm)]
    head = ["#", "SKU", "Description of goods", "HS code", "Origin", "Qty", "Unit", "Unit value", f"Value ({cur})",
            "Net kg"]
    fractions = [3.5, 13, 23.5, 8, 8.5, 7, 6, 9.5, 11, 9]
    if spec.atiga:
        head.insert(5, "Origin criterion")
        fractions.insert(5, 9)
        fractions[2] -= 9
    gst_paid = gst_paid_column(spec)
    if gst_paid is not None:  # Singapore: per line, whether GST was collected under OVR
        head.append(GST_PAID_HEADER)
        fractions.append(5)
        fractions[1] -= 2  # from the SKU and the description, as the origin criterion's column does
        fractions[2] -= 3
    rows: list[list[object]] = [head]
    for i, ln in enumerate(lines, 1):
        unit_value = unit_value_text(ln.unit_value, cur) + (AVERAGE_MARK if ln.merged else "")
        row: list[object] = [i, ln.sku, ln.description, ln.hs_code, ln.origin, quantity_text(ln.quantity), ln.unit,
                             unit_value, money_text(ln.value(cur), cur), kg_text(ln.net_total())]
        if spec.atiga:
            row.insert(5, ln.origin_criterion or "-")
        if gst_paid is not None:
            row.append(gst_paid)
        rows.append(row)
    numeric = (0, 6, 8, 9, 10) if spec.atiga else (0, 5, 7, 8, 9)
    story.append(lay.table(rows, fractions, numeric=numeric, wrap=(1, 2), long=True))
    if any(ln.merged for ln in lines):
        story += [Spacer(1, 1 * mm), lay.p(AVERAGE_NOTE, "small")]
    story += [Spacer(1, 3 * mm), KeepTogether(_invoice_totals(lay, spec, t))]
    if spec.shipping_marks:
        story += [Spacer(1, 3 * mm), lay.p("Shipping marks", "label"), lay.p(spec.shipping_marks)]
    if spec.atiga:
        code = f" (exporter authorisation code {spec.atiga_exporter_code})" if spec.atiga_exporter_code else ""
        story += [Spacer(1, 3 * mm), lay.p("ATIGA origin declaration", "label"),
                  lay.p(ATIGA_STATEMENT.format(code=code, country=atiga_countries(lines, spec.seller.country)))]
    story += [Spacer(1, 4 * mm), KeepTogether(_signature(lay, spec, DECLARATION))]
    return story


def _packages_text(spec: ShipmentSpec) -> str:
    kinds: dict[str, int] = {}
    for p in spec.packages:
        kinds[p.type] = kinds.get(p.type, 0) + p.count
    return ", ".join(f"{n} x {kind}" for kind, n in kinds.items())


def _invoice_totals(lay: Layout, spec: ShipmentSpec, t: Totals) -> list[Flowable]:
    cur = spec.currency
    rows: list[list[object]] = [["Subtotal (sum of line values)", money_text(t.subtotal, cur)],
                                ["Freight", money_text(t.freight, cur)], ["Insurance", money_text(t.insurance, cur)],
                                ["Other charges", money_text(t.other, cur)],
                                [f"Total invoice amount ({cur})", money_text(t.total, cur)]]
    table = lay.table(rows, [0.65, 0.35], numeric=(1,), header_rows=0, bold_last=True, width=105 * mm)
    table.hAlign = "RIGHT"
    return [table, Spacer(1, 2 * mm), lay.p("Amount in words", "label"), lay.p(amount_in_words(t.total, cur))]


def _signature(lay: Layout, spec: ShipmentSpec, declaration: str) -> list[Flowable]:
    name = spec.signatory or spec.seller.name
    rows = [[lay.p("Name", "label"), lay.p(name), lay.p("Title", "label"), lay.p(spec.signatory_title or "")],
            [lay.p("Signature", "label"), "", lay.p("Date", "label"), lay.p(spec.date.isoformat())]]
    t = Table(rows, colWidths=[lay.width * f for f in (0.12, 0.38, 0.12, 0.38)], rowHeights=[None, 14 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"), lay.font_style()]))
    return [lay.p("Declaration", "label"), lay.p(declaration), Spacer(1, 2 * mm), t]
