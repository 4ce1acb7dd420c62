"""Saved shipments: revisions, invoice numbering, the seller profile and the address book.

A shipment is kept as the JSON the CLI reads. Saving it again under the same invoice number
with different content adds a revision (an amendment); saving identical content returns the
existing revision, so printing twice does not invent amendments. Documents point at the
revision they were printed from.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core import audit
from app.core.messages import Message
from app.core.shipment import Party, ShipmentError, ShipmentSpec, clean_address, parse_party, parse_shipment
from app.core.tables import Document, Item, PartyRecord, Setting, Shipment, utcnow
from app.core.workspace import Workspace

SELLER_KEY = "seller"  # shared with the first-start assistant and Settings
SEQUENCE_KEY = "invoice_sequence"
DEFAULT_SEQUENCE = {"prefix": "INV-", "next": 1, "width": 4}


@dataclass
class SavedShipment:
    id: int
    invoice_number: str
    revision: int
    created: bool  # False when identical content was already saved


@dataclass
class ShipmentRow:
    id: int
    invoice_number: str
    revision: int
    date: str
    destination: str
    consignee: str
    lines: int
    printed: int  # documents printed from this revision
    saved_at: datetime


@dataclass
class DocumentRow:
    kind: str
    path: str
    sha256: str
    created_at: datetime


@dataclass
class PartyRow:
    id: int
    name: str
    address: str
    country: str
    tax_id: str
    phone: str
    email: str

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "address": self.address, "country": self.country, "tax_id": self.tax_id,
                "phone": self.phone, "email": self.email}


def _canonical(raw: dict[str, Any]) -> dict[str, Any]:
    return json.loads(json.dumps(raw, default=str, sort_keys=True))


def _same_shipment(stored: dict[str, Any], spec: ShipmentSpec) -> bool:
    """True when the stored shipment says the same as this one: numbers compare by value (a
    quantity of "3.0" is 3), text after the trimming the parser does."""
    try:
        return parse_shipment(stored, stored=True) == spec
    except ShipmentError:  # stored under older, looser checks: it differs from a valid one
        return False


# seller profile -----------------------------------------------------------------------------
def seller_profile(ws: Workspace) -> dict[str, Any]:
    """Exporter details reused on every shipment: name, address, country, tax_id, phone,
    email, logo (an image path), signatory, signatory_title, atiga_exporter_code."""
    return dict(ws.setting(SELLER_KEY) or {})


def set_seller_profile(ws: Workspace, profile: dict[str, Any]) -> None:
    """Update the profile with these keys; keys not given (default origin, currency) stay."""
    merged = dict(ws.setting(SELLER_KEY) or {})
    merged.update({k: str(v).strip() for k, v in profile.items()})
    ws.set_setting(SELLER_KEY, merged)


def catalogue_currencies(ws: Workspace) -> dict[str, str]:
    """SKU -> the currency of its catalogue price, for the priced items: its own currency, or the
    seller's usual one for a price given without one (as the documents read it)."""
    usual = str(seller_profile(ws).get("currency") or "").strip().upper()
    with ws.db.session() as s:
        rows = s.execute(select(Item.sku, Item.currency).where(Item.unit_value.is_not(None))).all()
    return {sku: (currency or usual).upper() for sku, currency in rows if currency or usual}


# invoice numbers ----------------------------------------------------------------------------
def next_invoice_number(ws: Workspace) -> str:
    """The next unused number of the sequence (prefix + zero-padded counter)."""
    seq = {**DEFAULT_SEQUENCE, **(ws.setting(SEQUENCE_KEY) or {})}
    n = int(seq["next"])
    with ws.db.session() as s:
        used = set(s.scalars(select(Shipment.invoice_number).where(Shipment.invoice_number.startswith(seq["prefix"]))))
    while f"{seq['prefix']}{n:0{int(seq['width'])}d}" in used:
        n += 1
    return f"{seq['prefix']}{n:0{int(seq['width'])}d}"


def _advance_sequence(s: Session, number: str) -> None:
    """Past this invoice number, in the session that stores the shipment (the setting is not
    audited, so it is written here directly rather than through Workspace.set_setting)."""
    row = s.get(Setting, SEQUENCE_KEY)
    seq = {**DEFAULT_SEQUENCE, **((row.value if row is not None else None) or {})}
    m = re.fullmatch(re.escape(seq["prefix"]) + r"(\d+)", number)
    if m and int(m.group(1)) >= int(seq["next"]):
        s.merge(Setting(key=SEQUENCE_KEY, value={**seq, "next": int(m.group(1)) + 1}))


# address book -------------------------------------------------------------------------------
def party_key(name: str, address: str, country: str) -> tuple[str, str, str]:
    """What makes two entries the same party: case, spacing, commas and line breaks aside."""
    def fold(text: str) -> str:  # composed or decomposed accents alike; "Pte. Ltd." is "Pte Ltd"
        text = unicodedata.normalize("NFC", text)
        return " ".join(re.sub(r"[\s,;.]+", " ", text).split()).casefold()
    return fold(name), fold(address), country.strip().upper()


def party_labels(rows: list[PartyRow]) -> list[str]:
    """How each entry is told apart in a list: name, first address line and country; where two
    entries would still read the same, the whole address on one line."""
    def short(p: PartyRow, whole: bool) -> str:
        lines = clean_address(p.address).split("\n")
        where = ", ".join(lines) if whole else lines[0]
        return f"{p.name} — {where}, {p.country}" if where else f"{p.name} — {p.country}"
    first = [short(p, False) for p in rows]
    return [short(p, True) if first.count(label) > 1 else label for p, label in zip(rows, first)]


def list_parties(ws: Workspace) -> list[PartyRow]:
    """Consignees and buyers, most recently used first, each party once."""
    out: list[PartyRow] = []
    seen: set[tuple[str, str, str]] = set()
    with ws.db.session() as s:
        for p in s.scalars(select(PartyRecord).order_by(PartyRecord.used_at.desc(), PartyRecord.id.desc())):
            key = party_key(p.name, p.address, p.country)
            if key not in seen:  # entries saved twice before addresses were compared loosely
                seen.add(key)
                out.append(PartyRow(p.id, p.name, clean_address(p.address), p.country, p.tax_id, p.phone, p.email))
    return out


def _same_party(s: Any, party: Party) -> list[PartyRecord]:
    key = party_key(party.name, party.address, party.country)
    return [r for r in s.scalars(select(PartyRecord).where(PartyRecord.country == party.country)
                                 .order_by(PartyRecord.used_at.desc(), PartyRecord.id.desc()))
            if party_key(r.name, r.address, r.country) == key]


def _store(rec: PartyRecord, party: Party) -> None:
    rec.name, rec.address, rec.country = party.name, party.address, party.country
    rec.tax_id, rec.phone, rec.email = party.tax_id, party.phone, party.email


def remember_party(ws: Workspace, party: Party) -> int:
    """Add the party to the address book, or refresh the entry for the same name, address and
    country (compared as party_key does), so saving the same party again adds nothing."""
    with ws.db.session() as s:
        return _remember_party(s, party)


def _remember_party(s: Session, party: Party) -> int:
    party = parse_party(asdict(party))
    same = _same_party(s, party)
    rec = same[0] if same else PartyRecord()
    for extra in same[1:]:
        s.delete(extra)
    if not same:
        s.add(rec)
    _store(rec, party)
    rec.used_at = utcnow()
    s.flush()
    return rec.id


def update_party(ws: Workspace, party_id: int, data: dict[str, Any]) -> int:
    """Replace a saved entry with these details (edited by the user); an entry that becomes the
    same party as another one takes its place. Returns the entry's id; raises ShipmentError for a
    party without name, address or a valid country, KeyError when the entry is gone."""
    party = parse_party(data)
    with ws.db.session() as s:
        rec = s.get(PartyRecord, party_id)
        if rec is None:
            raise KeyError(f"no saved party {party_id}")
        for other in _same_party(s, party):
            if other.id != rec.id:
                s.delete(other)
        _store(rec, party)
        s.flush()
        return rec.id


def forget_party(ws: Workspace, party_id: int) -> None:
    """Remove the entry and any older copy of the same party; saved shipments keep their own."""
    with ws.db.session() as s:
        rec = s.get(PartyRecord, party_id)
        if rec is not None:
            key = party_key(rec.name, rec.address, rec.country)
            for r in s.scalars(select(PartyRecord).where(PartyRecord.country == rec.country)):
                if party_key(r.name, r.address, r.country) == key:
                    s.delete(r)


# shipments ----------------------------------------------------------------------------------
def save_shipment(ws: Workspace, raw: dict[str, Any], actor: str = "borderline",
                  spec: ShipmentSpec | None = None, amends: str = "") -> SavedShipment:
    """Validate and store the shipment; a changed shipment becomes a new revision.

    Raises ShipmentError when the shipment is not valid (nothing is stored then). `spec` is
    the shipment already parsed from `raw` (a reprint parses a stored one more leniently).
    `amends` is the invoice number of the saved shipment the user is editing (opened or saved
    in the same window): see :func:`_readdressed`.
    """
    spec = spec if spec is not None else parse_shipment(raw)
    with ws.db.session() as s:
        return store_shipment(s, raw, actor, spec, amends)


def printed_on(s: Session, invoice_number: str) -> datetime | None:
    """When documents were first printed under this invoice number (any revision); None if never."""
    return s.scalars(select(func.min(Document.created_at)).join(Shipment, Document.shipment_id == Shipment.id)
                     .where(Shipment.invoice_number == invoice_number)).first()


def _readdressed(s: Session, stored: dict[str, Any], spec: ShipmentSpec, amends: str) -> dict[str, Any] | None:
    """What changes when this shipment goes to another consignee or country than the one
    stored under its number (None when it goes to the same one: an ordinary amendment).

    A printed invoice has left the building under its number: it is never re-addressed, and
    ShipmentError says when it was printed. A draft nobody printed may be, but only by the
    window that edits it (`amends` is its number): the same number typed for a new shipment
    would otherwise make an unrelated draft "revision 2" of it, so that is refused too."""
    try:
        before = parse_shipment(stored, stored=True)
    except ShipmentError:
        return None
    fold = lambda name: party_key(name, "", "")[0]  # noqa: E731
    if before.destination == spec.destination and fold(before.consignee.name) == fold(spec.consignee.name):
        return None
    printed = printed_on(s, spec.invoice_number)
    if printed is not None:
        raise ShipmentError(Message(
            "invoice_number: {invoice} was printed on {printed} for {before} ({before_country}); this shipment goes to "
            "{consignee} ({country}). Give it its own invoice number: a printed invoice is not re-addressed to "
            "another consignee or country", invoice=spec.invoice_number, printed=f"{printed:%Y-%m-%d}",
            before=before.consignee.name, before_country=before.destination, consignee=spec.consignee.name,
            country=spec.destination))
    if amends != spec.invoice_number:
        raise ShipmentError(Message(
            "invoice_number: {invoice} was saved for {before} ({before_country}); this shipment goes to {consignee} "
            "({country}). Give it its own invoice number: another consignee or country is a new invoice, not an "
            "amendment", invoice=spec.invoice_number, before=before.consignee.name, before_country=before.destination,
            consignee=spec.consignee.name, country=spec.destination))
    return {"consignee": [before.consignee.name, spec.consignee.name],
            "destination": [before.destination, spec.destination]}


def planned_revision(s: Session, spec: ShipmentSpec, amends: str = "") -> int:
    """The revision storing this shipment now would give (the stored one's when unchanged);
    reads only, so documents can be named before anything is stored. Raises ShipmentError
    when the number belongs to another consignee or destination (see :func:`_readdressed`)."""
    latest = _latest(s, spec.invoice_number)
    if latest is None:
        return 1
    _readdressed(s, latest.data, spec, amends)
    return latest.revision if _same_shipment(latest.data, spec) else latest.revision + 1


def store_shipment(s: Session, raw: dict[str, Any], actor: str, spec: ShipmentSpec, amends: str = "") -> SavedShipment:
    """save_shipment's work in the caller's session and transaction (nothing is committed
    here): the revision, its audit entry, the invoice sequence and the address book. A draft
    re-addressed to another consignee or country says so in its audit entry (from, to)."""
    latest = _latest(s, spec.invoice_number)
    if latest is not None and _same_shipment(latest.data, spec):
        return SavedShipment(latest.id, latest.invoice_number, latest.revision, False)
    readdressed = _readdressed(s, latest.data, spec, amends) if latest is not None else None
    revision = 1 if latest is None else latest.revision + 1
    sh = Shipment(invoice_number=spec.invoice_number, revision=revision, data=_canonical(raw))
    s.add(sh)
    s.flush()
    entry: dict[str, Any] = {"revision": revision, "lines": len(spec.lines), "destination": spec.destination}
    if readdressed is not None:
        entry["readdressed"] = readdressed
    audit.append(s, actor, "save-shipment" if revision == 1 else "amend-shipment", spec.invoice_number, entry)
    _advance_sequence(s, spec.invoice_number)
    for party in (spec.consignee, spec.buyer):
        if party is not None:
            _remember_party(s, party)
    return SavedShipment(sh.id, sh.invoice_number, revision, True)


def _latest(s: Session, invoice_number: str) -> Shipment | None:
    return s.scalars(select(Shipment).where(Shipment.invoice_number == invoice_number)
                     .order_by(Shipment.revision.desc()).limit(1)).first()


def load_shipment(ws: Workspace, shipment_id: int) -> dict[str, Any]:
    with ws.db.session() as s:
        sh = s.get(Shipment, shipment_id)
        if sh is None:
            raise KeyError(f"no shipment {shipment_id}")
        return dict(sh.data)


def list_shipments(ws: Workspace, all_revisions: bool = False) -> list[ShipmentRow]:
    """Saved shipments, newest first; by default only the latest revision of each invoice."""
    with ws.db.session() as s:
        printed = dict(s.execute(select(Document.shipment_id, func.count()).group_by(Document.shipment_id)).all())
        rows = list(s.scalars(select(Shipment).order_by(Shipment.created_at.desc(), Shipment.id.desc())))
        seen: set[str] = set()
        out = []
        for sh in rows:
            if not all_revisions and sh.invoice_number in seen:
                continue
            seen.add(sh.invoice_number)
            d = sh.data
            out.append(ShipmentRow(sh.id, sh.invoice_number, sh.revision, str(d.get("date", "")), str(d.get("destination", "")),
                                   str((d.get("consignee") or {}).get("name", "")), len(d.get("lines") or []),
                                   printed.get(sh.id, 0), sh.created_at))
        return out


def documents_of(ws: Workspace, shipment_id: int) -> list[DocumentRow]:
    with ws.db.session() as s:
        return [DocumentRow(d.kind, d.path, d.sha256, d.created_at)
                for d in s.scalars(select(Document).where(Document.shipment_id == shipment_id).order_by(Document.id))]
