"""Use cases that write files: queue, review log and item exports, the decisions bridge,
stateless prediction, and shipment documents."""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app.core import audit, review
from app.core.catalogue import CatalogueError, item_text, map_columns, parse_rows, read_table
from app.core.classifier import sha256_file
from app.core.documents import DocLine, render_invoice, render_packing_list
from app.core.export import write_table
from app.core.flagging import evaluate_item
from app.core.jobs import Progress, no_progress, sub_progress
from app.core.nomenclature import nomenclature
from app.core.review import STATUS_LABELS
from app.core.rules import SEVERITY_RANK
from app.core.services import ensure_model
from app.core.shipment import ShipmentSpec
from app.core.tables import Decision, Document, Flag, Item, Shipment
from app.core.workspace import Workspace

QUEUE_HEADERS = ["sku", "title", "market", "severity", "rule_ids", "reasons",
                 "code_1", "p_1", "code_2", "p_2", "code_3", "p_3", "hs_code", "note", "reviewer"]


def queue_rows(ws: Workspace) -> list[list[object]]:
    """One row per flagged item and market; blank hs_code/note/reviewer columns to fill in."""
    out = []
    with ws.db.session() as s:
        items = {i.id: i for i in s.scalars(select(Item).where(Item.status == "flagged"))}
        groups: dict[tuple[int, str], list[Flag]] = defaultdict(list)
        for f in s.scalars(select(Flag).where(Flag.item_id.in_(items))):
            groups[(f.item_id, f.market)].append(f)
        keyed = sorted(groups.items(), key=lambda kv: (min(SEVERITY_RANK[f.severity] for f in kv[1]),
                                                        items[kv[0][0]].top_p or 0, kv[0][0], kv[0][1]))
        for (item_id, market), flags in keyed:
            item = items[item_id]
            flags.sort(key=lambda f: (SEVERITY_RANK[f.severity], f.rule_id))
            sugg = list(item.suggestions)[:3] + [["", ""]] * (3 - min(3, len(item.suggestions)))
            out.append([item.sku, item.title, "ALL" if market == "*" else market, flags[0].severity,
                        " ".join(f.rule_id for f in flags), " | ".join(f.reason for f in flags),
                        *[v for c, p in sugg for v in (c, "" if p == "" else round(float(p), 4))], "", "", ""])
    return out


def export_queue(ws: Workspace, path: Path) -> int:
    return write_table(path, QUEUE_HEADERS, queue_rows(ws))


LOG_HEADERS = ["decided_at", "sku", "title", "code", "replaced_code", "kind", "reviewer", "note", "flags_resolved",
               "undone_at"]


def export_log(ws: Workspace, path: Path) -> int:
    with ws.db.session() as s:
        rows = [[d.decided_at.isoformat(), d.sku, d.title, d.code, d.replaced_code or "", d.kind, d.reviewer, d.note,
                 " ".join(d.flags_resolved), d.undone_at.isoformat() if d.undone_at else ""]
                for d in s.scalars(select(Decision).order_by(Decision.id))]
        audit.append(s, "borderline", "export-log", Path(path).name, {"rows": len(rows)})
    return write_table(path, LOG_HEADERS, rows)


ITEM_HEADERS = ["sku", "title", "hs_code", "status", "confidence", "source"]


def export_items(ws: Workspace, path: Path) -> int:
    with ws.db.session() as s:
        rows = [[i.sku, i.title, i.hs_code or "", STATUS_LABELS[i.status],
                 "" if i.top_p is None or i.status == "decided" else round(i.top_p, 4),
                 "reviewer" if i.status == "decided" else (i.suggestion_source or "")]
                for i in s.scalars(select(Item).order_by(Item.id))]
    return write_table(path, ITEM_HEADERS, rows)


# the decisions bridge ---------------------------------------------------------------------
@dataclass
class DecideReport:
    applied: int
    rejected: list[tuple[int, str, str]]  # row number, column, reason


def apply_decisions_file(ws: Workspace, path: Path, default_reviewer: str = "") -> DecideReport:
    """Apply rows of sku, hs_code, note, reviewer; every row is applied or named as rejected.

    Rows with an empty hs_code are skipped silently: a queue export sent back half done.
    """
    df = read_table(Path(path))
    cols = {c.strip().lower(): c for c in df.columns}
    for needed in ("sku", "hs_code"):
        if needed not in cols:
            raise CatalogueError(f"{path}: no '{needed}' column (expected sku, hs_code, note, reviewer)")
    nom = nomenclature()
    applied = 0
    rejected: list[tuple[int, str, str]] = []
    with ws.db.session() as s:
        for i, row in enumerate(df.to_dict("records")):
            n = i + 2
            sku = str(row[cols["sku"]]).strip()
            code = str(row[cols["hs_code"]]).strip()
            note = str(row.get(cols.get("note", ""), "")).strip()
            reviewer = str(row.get(cols.get("reviewer", ""), "")).strip() or default_reviewer
            if not code:
                continue
            if not nom.is_subheading(code):
                rejected.append((n, "hs_code", f"'{code}' is not a six-digit HS 2022 subheading"))
                continue
            item = s.scalars(select(Item).where(Item.sku == sku)).first()
            if item is None:
                rejected.append((n, "sku", f"no item with SKU '{sku}'"))
                continue
            if item.status != "flagged":
                rejected.append((n, "sku", f"SKU '{sku}' is not waiting for review (status {STATUS_LABELS[item.status]})"))
                continue
            if not reviewer:
                rejected.append((n, "reviewer", "no reviewer name"))
                continue
            review.decide(s, item.id, code, reviewer, note)
            applied += 1
    return DecideReport(applied, rejected)


# stateless prediction ---------------------------------------------------------------------
def predict_file(ws: Workspace, in_path: Path, out_path: Path, top: int = 5, progress: Progress = no_progress) -> int:
    """One output row per input row, in order: row, code_1, p_1, ... code_k, p_k."""
    df = read_table(Path(in_path))
    mapping = map_columns(df.columns)
    if "title" not in mapping:
        raise CatalogueError(f"{in_path}: no title column found (looked for: title, name, product name)")
    model = ensure_model(ws, sub_progress(progress, 0.0, 0.1))
    get = lambda r, f: str(r.get(mapping.get(f, ""), "") or "")  # noqa: E731
    records = df.to_dict("records")
    texts = [item_text(get(r, "title"), get(r, "description"), get(r, "material")) for r in records]
    headers = ["row"] + [h for k in range(1, top + 1) for h in (f"code_{k}", f"p_{k}")]
    rows = []
    for start in range(0, len(texts), 1000):
        chunk = texts[start:start + 1000]
        for j, (text, preds) in enumerate(zip(chunk, model.predict(chunk, top))):
            row: list[object] = [start + j + 2]
            if text.strip():
                for code, p in preds:
                    row += [code, round(p, 4)]
            rows.append(row + [""] * (len(headers) - len(row)))
        progress(0.1 + 0.9 * min(1.0, (start + 1000) / max(len(texts), 1)), f"Predicted {min(start + 1000, len(texts)):,} rows")
    return write_table(out_path, headers, rows)


# documents --------------------------------------------------------------------------------
class DocumentsRefused(Exception):
    """Documents cannot be printed: items wait for review or are blocked for the destination."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{sku}: {why}" for sku, why in problems))


class ShipmentProblem(Exception):
    """The shipment refers to unknown items or cannot be priced."""


def document_lines(ws: Workspace, spec: ShipmentSpec) -> list[DocLine]:
    """Resolve the shipment's SKUs, applying the compliance gate for its destination."""
    problems: list[tuple[str, str]] = []
    lines: list[DocLine] = []
    rules = ws.rules()
    with ws.db.session() as s:
        for ln in spec.lines:
            item = s.scalars(select(Item).where(Item.sku == ln.sku)).first()
            if item is None:
                raise ShipmentProblem(f"lines: no item with SKU '{ln.sku}'")
            if item.status in ("pending", "flagged") or not item.hs_code:
                problems.append((item.sku, "waits for review" if item.status == "flagged" else "not classified yet"))
                continue
            # The destination may not have been among the markets the item was flagged for.
            decision = review.active_decision(s, item.id) if item.status == "decided" else None
            resolved = set(decision.flags_resolved) if decision else set()
            suggestions = [(item.hs_code, item.top_p if decision is None else 1.0)]
            unresolved = [f for f in evaluate_item(rules, item, suggestions, [spec.destination])
                          if f.severity == "block" and f.rule_id not in resolved]
            if unresolved:
                problems.append((item.sku, "; ".join(f"blocked for {spec.destination} by rule {f.rule_id}: {f.reason}"
                                                     for f in unresolved)))
                continue
            unit_value = ln.unit_value if ln.unit_value is not None else item.unit_value
            if unit_value is None:
                raise ShipmentProblem(f"lines: SKU '{ln.sku}' has no price; give unit_value in the shipment")
            if ln.unit_value is None and item.currency and item.currency != spec.currency:
                raise ShipmentProblem(f"lines: SKU '{ln.sku}' is priced in {item.currency} but the shipment is in "
                                      f"{spec.currency}; give unit_value in {spec.currency}")
            if unit_value == 0:
                problems.append((item.sku, "zero value is not accepted by customs; declare a value"))
                continue
            net = None if item.net_weight_kg is None else Decimal(str(item.net_weight_kg))
            lines.append(DocLine(item.sku, item.title, item.hs_code, item.origin or spec.seller.country, ln.quantity,
                                 item.quantity_unit or "pcs", unit_value, net))
    if problems:
        raise DocumentsRefused(problems)
    return lines


@dataclass
class DocumentsResult:
    shipment_id: int
    revision: int
    invoice: Path
    packing_list: Path


def build_documents(ws: Workspace, spec: ShipmentSpec, raw: dict[str, object], out_dir: Path,
                    progress: Progress = no_progress) -> DocumentsResult:
    lines = document_lines(ws, spec)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paper = str(ws.setting("paper_size") or "A4")
    with ws.db.session() as s:
        revision = 1 + max((sh.revision for sh in s.scalars(select(Shipment).where(Shipment.invoice_number == spec.invoice_number))), default=0)
    stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in spec.invoice_number)
    suffix = "" if revision == 1 else f"-r{revision}"
    progress(0.1, "Rendering the commercial invoice")
    invoice = render_invoice(spec, lines, out_dir / f"{stem}{suffix}-invoice.pdf", paper)
    progress(0.6, "Rendering the packing list")
    packing = render_packing_list(spec, lines, out_dir / f"{stem}{suffix}-packing-list.pdf", paper)
    with ws.db.session() as s:
        sh = Shipment(invoice_number=spec.invoice_number, revision=revision, data=json.loads(json.dumps(raw, default=str)))
        s.add(sh)
        s.flush()
        for kind, path in (("invoice", invoice), ("packing_list", packing)):
            digest = sha256_file(path)
            s.add(Document(shipment_id=sh.id, kind=kind, path=str(path), sha256=digest))
            audit.append(s, "borderline", "print", spec.invoice_number,
                         {"kind": kind, "revision": revision, "sha256": digest, "lines": len(lines)})
        shipment_id = sh.id
    progress(1.0, "Documents ready")
    return DocumentsResult(shipment_id, revision, invoice, packing)
