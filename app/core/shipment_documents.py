"""Shipment documents: the compliance gate, rendering, storing and the carrier's line export.

No document is produced for a shipment while any of its items waits for review or carries a
``block`` or ``review`` flag for the destination that no person has resolved; such flags are
added to the item, which returns to the review queue, and :class:`DocumentsRefused` names the
items. A ``block`` flag of the destination that a reviewer cleared (a ban, say, accepted with a
note) is not passed silently either: :class:`ClearedBlocks` names it with the reviewer's note,
and the documents print only when the caller confirms them (``ship_cleared``: every one, or
the (SKU, rule) pairs the user was shown).
Every printed PDF is stored with its SHA-256 and the shipment revision it shows, and the
print is appended to the audit trail.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core import audit
from app.core.assets import AssetRefused, resolve_asset
from app.core.catalogue import goods_description
from app.core.classifier import sha256_file
from app.core.doc_lines import DocLine, check_agreement, consolidate, impossible_weight, kg_text, money_text, quantity_text
from app.core.documents import render_invoice
from app.core.export import write_table
from app.core.flagging import CODE_RULE, WAITING, evaluate_item, flag_rows, live_decision, memory_decision, settled
from app.core.jobs import Progress, no_progress, uncancellable
from app.core.messages import Joined, Message, Refusal, message_of
from app.core.packing_list import render_packing_list
from app.core.shipment import ShipmentSpec, parse_shipment
from app.core.profile import seller_profile
from app.core.shipments import SELLER_KEY, load_shipment, planned_revision, store_shipment
from app.core.rules import FlagResult, RuleSet
from app.core.tables import Document, Item
from app.core.units import fraction_problem
from app.core.workspace import Workspace


class DocumentsRefused(Exception):
    """Documents cannot be printed: items wait for review or are blocked for the destination."""

    def __init__(self, problems: list[tuple[str, str]], item_ids: dict[str, int] | None = None) -> None:
        self.problems = problems
        self.item_ids = item_ids or {}  # sku -> item id, to open them in the review pane
        super().__init__(Joined(Message("{sku}: {why}", sku=sku, why=why) for sku, why in problems))


@dataclass(frozen=True)
class ClearedBlock:
    sku: str
    item_id: int
    rule_id: str
    reason: str
    reviewer: str
    note: str

    def describe(self, destination: str) -> str:
        fields = dict(sku=self.sku, rule=self.rule_id, destination=destination, reason=self.reason,
                      reviewer=self.reviewer, note=self.note)
        if self.note:
            return Message("{sku}: {rule} for {destination} ({reason}) was cleared by {reviewer}: \u201c{note}\u201d",
                           **fields)
        return Message("{sku}: {rule} for {destination} ({reason}) was cleared by {reviewer}", **fields)


class ClearedBlocks(Exception):
    """Items carry a blocking flag for the destination that a reviewer cleared: print only on purpose."""

    def __init__(self, destination: str, blocks: list[ClearedBlock]) -> None:
        self.destination = destination
        self.blocks = blocks
        super().__init__(Message("blocking flags for {destination} were cleared by a reviewer: {blocks}",
                                 destination=destination, blocks=Joined(b.describe(destination) for b in blocks)))

    def shown(self) -> frozenset[tuple[str, str]]:
        """What the user confirms by saying yes to this list: no more than it names."""
        return frozenset((b.sku, b.rule_id) for b in self.blocks)


# True confirms every cleared block; a set confirms the (SKU, rule) pairs the user was shown
Confirmed = bool | frozenset[tuple[str, str]]


def _confirmed(cleared: list[ClearedBlock], ship_cleared: Confirmed) -> bool:
    if ship_cleared is True:
        return True
    return bool(ship_cleared) and {(b.sku, b.rule_id) for b in cleared} <= ship_cleared  # type: ignore[operator]


class ShipmentProblem(Refusal):
    """The shipment refers to unknown items or cannot be priced."""


def document_lines(ws: Workspace, spec: ShipmentSpec, ship_cleared: Confirmed = False) -> list[DocLine]:
    """Resolve the shipment's SKUs, applying the compliance gate for its destination."""
    return _gated_lines(ws, spec, ship_cleared).lines


@dataclass
class _Gated:
    lines: list[DocLine]  # the invoice's, consolidated when the shipment asks for it
    cleared: list[ClearedBlock]
    notes: list[str]  # what was filled in for the catalogue, to check before sending
    packed: list[DocLine]  # one per shipment line: the packing list names every SKU in its package
    rules: RuleSet  # as loaded for the gate: the shipment's value is checked against the same thresholds


def _gated_lines(ws: Workspace, spec: ShipmentSpec, ship_cleared: Confirmed) -> _Gated:
    problems: list[tuple[str, str]] = []
    ids: dict[str, int] = {}
    lines: list[DocLine] = []
    cleared: list[ClearedBlock] = []
    unpriced: dict[str, dict[str, list[int]]] = {}  # why -> SKU -> line numbers: every unusable price at once
    notes: list[str] = []
    profile = seller_profile(ws.setting(SELLER_KEY))
    usual_origin = profile["default_origin"] or spec.seller.country
    rules = ws.rules()
    with ws.db.session() as s:
        items = []
        for ln in spec.lines:
            item = s.scalars(select(Item).where(Item.sku == ln.sku)).first()
            if item is None:
                raise ShipmentProblem(Message("lines: no item with SKU '{sku}'", sku=ln.sku))
            items.append(item)
        _check_quantities(spec, [item.quantity_unit or "pcs" for item in items])  # before the gate changes anything
        for n, (ln, item) in enumerate(zip(spec.lines, items), 1):
            if item.status in ("pending", "flagged") or not item.hs_code:
                problems.append((item.sku, _waiting(item)))
                ids[item.sku] = item.id
                continue
            unseen, blocks = _destination_flags(s, rules, item, spec.destination)
            cleared += blocks
            if unseen:
                problems.append((item.sku, Joined(_refusal(f, spec.destination) for f in unseen)))
                ids[item.sku] = item.id
                continue
            unit_value = ln.unit_value if ln.unit_value is not None else item.unit_value
            if unit_value is None:
                unpriced.setdefault(Message("with no price in the catalogue"), {}).setdefault(ln.sku, []).append(n)
                continue
            # a catalogue price without a currency is in the seller's usual currency, if known
            priced_in = item.currency or profile["currency"]
            if ln.unit_value is None and priced_in != spec.currency:
                why = (Message("priced in {currency}, not {wanted}", currency=priced_in, wanted=spec.currency)
                       if priced_in else Message("with a price but no currency in the catalogue"))
                unpriced.setdefault(why, {}).setdefault(ln.sku, []).append(n)
                continue
            if unit_value == 0:
                problems.append((item.sku, Message("zero value is not accepted by customs; declare a value")))
                ids[item.sku] = item.id
                continue
            net = None if item.net_weight_kg is None else Decimal(str(item.net_weight_kg))
            if not item.origin:
                notes.append(Message("{sku}: no origin in the catalogue; {origin} printed (your usual origin)",
                                     sku=item.sku, origin=usual_origin))
            lines.append(DocLine(item.sku, ln.description or goods_description(item.title, item.variation, item.material), item.hs_code,
                                 item.origin or usual_origin,
                                 ln.quantity, item.quantity_unit or "pcs", unit_value, net, ln.origin_criterion,
                                 ln.package))
    if problems:  # first: the gate may have sent items back to the queue, and the user must hear of it
        raise DocumentsRefused(problems, ids)
    if unpriced:
        raise ShipmentProblem(Message("{lines} Give each of these lines its unit value in {currency} (unit_value in a "
                                      "shipment file)", lines=_unpriced_text(unpriced), currency=spec.currency))
    if cleared and not _confirmed(cleared, ship_cleared):
        raise ClearedBlocks(spec.destination, cleared)
    return _Gated(consolidate(lines, spec.currency) if spec.consolidate else lines, cleared, notes, lines, rules)


SHOWN_LINES = 5  # line numbers named per SKU in a price problem
SHOWN_SKUS = 8  # SKUs named per reason


def _unpriced_text(unpriced: dict[str, dict[str, list[int]]]) -> str:
    """One sentence per reason, each SKU named once with its line numbers (a few, then how
    many more): a 1,500-line shipment of four THB products is four names, not 1,500 lines."""
    def lines(numbers: list[int]) -> Message:
        if len(numbers) == 1:
            return Message("line {line}", line=numbers[0])
        shown = ", ".join(str(n) for n in numbers[:SHOWN_LINES])
        more = len(numbers) - SHOWN_LINES
        if more > 0:
            return Message("lines {lines} and {n:,} more", lines=shown, n=more)
        return Message("lines {lines}", lines=shown)

    sentences = []
    for why, skus in unpriced.items():
        named: list[str] = [Message("{sku} ({lines})", sku=sku, lines=lines(numbers))
                            for sku, numbers in list(skus.items())[:SHOWN_SKUS]]
        if len(skus) > SHOWN_SKUS:
            named.append(Message("and {n:,} more SKUs", n=len(skus) - SHOWN_SKUS))
        sentences.append(Message("Lines {why}: {skus}.", why=why, skus=Joined(named, ", ")))
    return Joined(sentences, " ")


def _check_quantities(spec: ShipmentSpec, units: list[str]) -> None:
    """Goods counted in pieces, sets or pairs ship in whole numbers: every line that says
    otherwise is named, with its SKU and field."""
    wrong = [Message("lines[{line}].quantity (SKU '{sku}'): {problem}", line=i, sku=ln.sku, problem=problem)
             for i, (ln, unit) in enumerate(zip(spec.lines, units), 1)
             if (problem := fraction_problem(ln.quantity, unit))]
    if wrong:
        raise ShipmentProblem(Joined(wrong))


def _refusal(f: FlagResult, destination: str) -> str:
    """Why the gate sent an item back to the review queue, for one of its flags."""
    if f.rule_id == CODE_RULE:  # not the destination's: the code itself (its reason names it)
        return f.reason
    if f.severity == "block":
        return Message("blocked for {destination} by rule {rule}: {reason}", destination=destination, rule=f.rule_id,
                       reason=f.reason)
    return Message("needs review for {destination} by rule {rule}: {reason}", destination=destination, rule=f.rule_id,
                   reason=f.reason)


def _waiting(item: Item) -> str:
    """Why an item is not ready, with the flags a reviewer must settle (and the code, when it
    is no HS 2022 subheading)."""
    if item.status != "flagged":
        return Message("not classified yet")
    waiting = sorted({(f.rule_id, f.market) for f in item.flags if f.severity in WAITING})
    if not waiting:
        return Message("waits for review")
    text = Message("waits for review: {rules}",
                   rules=", ".join(rule if market == "*" else f"{rule} ({market})" for rule, market in waiting))
    codes = sorted({f.reason for f in item.flags if f.rule_id == CODE_RULE})
    return Joined([text, *codes]) if codes else text


def _destination_flags(s: Session, rules: RuleSet, item: Item, destination: str) -> tuple[list[FlagResult], list[ClearedBlock]]:
    """Flags for the destination that no person has seen on this item, sent to the review
    queue; and its blocking flags for the destination that a person cleared.

    Items are flagged for the markets in Settings; a shipment may go elsewhere. A blocking
    or review flag of the destination that the item's decision did not resolve (or that an
    auto-accepted item never showed) is added to the item, which goes back to the queue, so
    the reviewer sees the rule before the documents can be printed.
    """
    resolved = settled(s, item)
    suggestions = [(item.hs_code or "", 1.0 if item.status == "decided" else item.top_p)]
    flags = evaluate_item(rules, item, suggestions, [destination])
    unseen = [f for f in flags if f.severity in WAITING and not resolved.covers(f)]
    cleared = [f for f in flags if f.severity == "block" and resolved.covers(f)]
    blocks: list[ClearedBlock] = []
    if cleared and not unseen:
        decision = live_decision(s, item.id) if item.status == "decided" else memory_decision(s, item)
        reviewer, note = (decision.reviewer, decision.note) if decision else ("an earlier decision", "")
        blocks = [ClearedBlock(item.sku, item.id, f.rule_id, f.reason, reviewer, note) for f in cleared]
    if unseen:
        shown = {(f.rule_id, f.market) for f in item.flags}
        item.flags.extend(flag_rows(rules, [f for f in unseen if (f.rule_id, f.market) not in shown]))
        audit.append(s, "borderline", "gate", item.sku,
                     {"destination": destination, "rules": sorted({f.rule_id for f in unseen}),
                      "status": item.status, "code": item.hs_code})
        # a reviewer's decision stays live: re-flagging restores it if the destination's flags go
        item.status, item.hs_code = "flagged", None
    return unseen, blocks


@dataclass
class DocumentsResult:
    shipment_id: int
    revision: int
    invoice: Path
    packing_list: Path
    warnings: list[str] = field(default_factory=list)


def _stem(invoice_number: str, revision: int) -> str:
    stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in invoice_number)
    return stem if revision == 1 else f"{stem}-r{revision}"


def build_documents(ws: Workspace, spec: ShipmentSpec, raw: dict[str, object], out_dir: Path,
                    progress: Progress = no_progress, actor: str = "borderline", ship_cleared: Confirmed = False,
                    amends: str = "") -> DocumentsResult:
    """Gate, save (a new revision only if the shipment changed), render, store and audit.

    The PDFs are rendered to temporary files beside their targets (``.INV-0001-invoice.pdf.partial``);
    the shipment revision, the Document rows and the print audit entries are then committed in
    one transaction, and only then are the files moved to their names. A print that fails or is
    stopped before that commit stores nothing and leaves no PDF under a final name. `amends`: the
    invoice number of the saved draft the user is editing (app.core.shipments.save_shipment).
    """
    gated = _gated_lines(ws, spec, ship_cleared)
    lines, cleared, packed = gated.lines, gated.cleared, gated.packed
    weight = impossible_weight(spec, packed)
    if weight:
        raise ShipmentProblem(weight)
    parsed, spec = spec, _with_safe_logo(ws, spec)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    _remove_stale_partials(out_dir)
    with ws.db.session() as s:
        revision = planned_revision(s, parsed, amends)
    paper = spec.paper or str(ws.setting("paper_size") or "A4")
    stem = _stem(spec.invoice_number, revision)
    # what the user is told to check goes into the print's audit entry too: printed anyway, knowingly
    warnings = gated.notes + check_agreement(spec, packed, gated.rules)
    targets = {"invoice": out_dir / f"{stem}-invoice.pdf", "packing_list": out_dir / f"{stem}-packing-list.pdf"}
    partial = {kind: _partial_path(path) for kind, path in targets.items()}
    try:
        progress(0.1, Message("Rendering the commercial invoice"))
        render_invoice(spec, lines, partial["invoice"], paper)
        progress(0.6, Message("Rendering the packing list"))
        render_packing_list(spec, packed, partial["packing_list"], paper)
        digests = {kind: sha256_file(path) for kind, path in partial.items()}
        progress(0.95, Message("Recording the documents"))
        with ws.db.session() as s:
            saved = store_shipment(s, dict(raw), actor, parsed, amends)
            if saved.revision != revision:  # another window saved this invoice meanwhile
                raise ShipmentProblem(Message("invoice {invoice} was changed by someone else while it printed (now "
                                              "revision {revision}); print it again", invoice=spec.invoice_number,
                                              revision=saved.revision))
            reprint = s.scalars(select(Document.id).where(Document.shipment_id == saved.id).limit(1)).first() is not None
            for kind, path in targets.items():
                s.add(Document(shipment_id=saved.id, kind=kind, path=str(path), sha256=digests[kind]))
                audit.append(s, actor, "print", spec.invoice_number,
                             {"kind": kind, "revision": saved.revision, "sha256": digests[kind], "lines": len(lines),
                              "reprint": reprint,
                              "cleared_blocks": [[b.sku, b.rule_id, spec.destination] for b in cleared],
                              "warnings": warnings})
        for kind, path in targets.items():
            os.replace(partial[kind], path)
    except BaseException:
        for path in partial.values():
            path.unlink(missing_ok=True)
        raise
    uncancellable(progress)(1.0, "Documents ready")  # recorded and in place: nothing left to stop
    return DocumentsResult(saved.id, saved.revision, targets["invoice"], targets["packing_list"], warnings)


STALE_PARTIAL_SECONDS = 3600


def _remove_stale_partials(folder: Path) -> None:
    """Half-rendered documents of a print that was killed (an hour old: no print takes that long)."""
    cutoff = time.time() - STALE_PARTIAL_SECONDS
    for path in folder.glob(".*.pdf.partial"):
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
        except OSError:
            pass  # gone meanwhile, or not ours to remove


def _partial_path(target: Path) -> Path:
    """Where a document is rendered before it is recorded: hidden, beside its target (same
    folder, so the move into place is one rename), and named after it."""
    return target.with_name(f".{target.name}.partial")


def _with_safe_logo(ws: Workspace, spec: ShipmentSpec) -> ShipmentSpec:
    """The logo as a file inside the workspace's assets/ folder; any other path is refused."""
    if not spec.logo:
        return spec
    try:
        return replace(spec, logo=str(resolve_asset(ws.data_dir, spec.logo)))
    except AssetRefused as exc:
        raise ShipmentProblem(Message("logo: {problem}", problem=message_of(exc))) from None


def reprint(ws: Workspace, shipment_id: int, out_dir: Path, progress: Progress = no_progress,
            ship_cleared: Confirmed = False, actor: str = "borderline") -> DocumentsResult:
    """Print a stored revision again (the gate is applied again: a decision may have been undone)."""
    raw = load_shipment(ws, shipment_id)
    return build_documents(ws, parse_shipment(raw, stored=True), raw, out_dir, progress, actor, ship_cleared)


LINE_HEADERS = ["line", "sku", "description", "hs_code", "country_of_origin", "quantity", "unit", "unit_value",
                "currency", "line_value", "net_weight_kg"]


def export_shipment_lines(ws: Workspace, spec: ShipmentSpec, path: Path, ship_cleared: Confirmed = False) -> int:
    """The invoice lines as CSV/XLSX for a carrier's upload form (same gate, same rounding)."""
    lines = document_lines(ws, spec, ship_cleared)
    rows = [[i, ln.sku, ln.description, ln.hs_code, ln.origin, quantity_text(ln.quantity), ln.unit,
             f"{ln.unit_value.normalize():f}", spec.currency, money_text(ln.value(spec.currency), spec.currency),
             kg_text(ln.net_total())] for i, ln in enumerate(lines, 1)]
    return write_table(Path(path), LINE_HEADERS, rows)
