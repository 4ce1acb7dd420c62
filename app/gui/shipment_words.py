"""A shipment's refusals as the shipment dialog names its fields.

The core names a shipment's fields as a shipment file writes them ("consignee.tax_id",
"unit_value in a shipment file"): the command line reads them so, and so do the log and the
audit trail. The window says the same refusal with the dialog's labels: a field's name becomes
the label the dialog shows it under (translated as the dialog translates it), and the few
sentences that spell a file's field out in their words have the window's wording here, with the
same fields (app.core.messages.Message).
"""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.messages import Joined, Label, Message, message_of
from app.gui.core_messages import core_text_with

CONTEXT = "ShipmentWords"

# the core's template -> the window's (same fields)
WINDOW_TEMPLATES = {
    "{lines} Give each of these lines its unit value in {currency} (unit_value in a shipment file)":
        QT_TRANSLATE_NOOP("ShipmentWords", "{lines} Give each of these lines its unit value in {currency} in the "
                          "Unit value column of the Items tab"),
    "consignee.tax_id: missing; Indonesia needs the consignee's NPWP, NIK or passport number on the invoice":
        QT_TRANSLATE_NOOP("ShipmentWords", "Consignee › Tax ID (Parties tab): missing; Indonesia needs the "
                          "consignee's NPWP, NIK or passport number on the invoice"),
    "invoice_number: {invoice} was saved for {before} ({before_country}); this shipment goes to {consignee} "
    "({country}). Give it its own invoice number: another consignee or country is a new invoice, not an amendment":
        QT_TRANSLATE_NOOP("ShipmentWords", "Invoice no. {invoice} was saved for {before} ({before_country}); this "
                          "shipment goes to {consignee} ({country}). Give it its own invoice number (Terms tab): "
                          "another consignee or country is a new invoice, not an amendment"),
    "invoice_number: {invoice} was printed on {printed} for {before} ({before_country}); this shipment goes to "
    "{consignee} ({country}). Give it its own invoice number: a printed invoice is not re-addressed to another "
    "consignee or country":
        QT_TRANSLATE_NOOP("ShipmentWords", "Invoice no. {invoice} was printed on {printed} for {before} "
                          "({before_country}); this shipment goes to {consignee} ({country}). Give it its own invoice "
                          "number (Terms tab): a printed invoice is not re-addressed to another consignee or country"),
    "incoterm_place: missing; an Incoterms 2020 rule needs its named place, e.g. {incoterm} {place}":
        QT_TRANSLATE_NOOP("ShipmentWords", "Named place (Terms tab): missing; an Incoterms 2020 rule needs its named "
                          "place, e.g. {incoterm} {place}"),
    "sg_ovr_gst_number: missing; GST can be marked as paid (sg_gst_paid) only with the seller's GST registration "
    "number under OVR":
        QT_TRANSLATE_NOOP("ShipmentWords", "Singapore OVR GST no. (Parties tab): missing; GST can be marked as paid "
                          "only with the seller's GST registration number under OVR"),
    "lines: a shipment needs at least one line":
        QT_TRANSLATE_NOOP("ShipmentWords", "A shipment needs at least one line: add items on the Items tab"),
    "currency: '{value}' is not an ISO 4217 currency code":
        QT_TRANSLATE_NOOP("ShipmentWords", "Currency (Terms tab): '{value}' is not an ISO 4217 currency code, such "
                          "as MYR, SGD or USD"),
    "date: '{value}' is not a date like 2026-11-24":
        QT_TRANSLATE_NOOP("ShipmentWords", "Date (Terms tab): '{value}' is not a date like 2026-11-24"),
}
PARTY_FIELD = QT_TRANSLATE_NOOP("ShipmentWords", "{party} › {field}")
MARKED = (*WINDOW_TEMPLATES.values(), PARTY_FIELD)  # for tests/test_translations.py

# a file's field -> (context, label) of the dialog's own label for it
FIELDS = {
    "invoice_number": ("ShipmentDialog", "Invoice no."), "date": ("ShipmentDialog", "Date"),
    "destination": ("ShipmentDialog", "Destination country"), "incoterm": ("ShipmentDialog", "Incoterm 2020"),
    "incoterm_place": ("ShipmentDialog", "Named place"), "currency": ("ShipmentDialog", "Currency"),
    "reason_for_export": ("ShipmentDialog", "Reason for export"), "export_type": ("ShipmentDialog", "Export type"),
    "freight": ("ShipmentDialog", "Freight"), "insurance": ("ShipmentDialog", "Insurance"),
    "other_charges": ("ShipmentDialog", "Other charges"), "paper": ("ShipmentDialog", "Paper"),
    "sg_ovr_gst_number": ("LowValueBox", "Singapore OVR GST no."), "my_lrn": ("LowValueBox", "Malaysia LVG no. (LRN)"),
}
PARTIES = {"seller": ("ShipmentDialog", "Seller / exporter (your profile)"), "consignee": ("ShipmentDialog", "Consignee"),
           "buyer": ("ShipmentDialog", "Buyer / sold to")}
PARTY_FIELDS = {"name": ("PartyBox", "Name"), "address": ("PartyBox", "Address"),
                "country": ("PartyBox", "Country"), "tax_id": ("PartyBox", "Tax ID"),
                "phone": ("PartyBox", "Phone"), "email": ("PartyBox", "Email")}
_PARTY_PATH = re.compile(r"(seller|consignee|buyer|party)\.(\w+)")


def _tr(where: tuple[str, str]) -> str:
    return QCoreApplication.translate(*where)


def field_label(name: str) -> str | None:
    """The dialog's label for a shipment file's field ("consignee.tax_id" -> "Consignee › Tax ID");
    None for a field the dialog has no one label for."""
    if name in FIELDS:
        return _tr(FIELDS[name])
    found = _PARTY_PATH.fullmatch(name)
    if found is None or found.group(2) not in PARTY_FIELDS:
        return None
    label = _tr(PARTY_FIELDS[found.group(2)])
    if found.group(1) == "party":  # an address book entry: the form is the party
        return label
    return _tr((CONTEXT, PARTY_FIELD)).format(party=_tr(PARTIES[found.group(1)]), field=label)


def relabelled(text: str) -> str:
    """The message with each field name it names in a {field} written as the dialog's label."""
    if isinstance(text, Joined):
        return Joined([relabelled(p) for p in text.parts], text.separator)
    if not isinstance(text, Message) or isinstance(text, Label):
        return text
    fields = dict(text.fields)
    name = fields.get("field")
    label = field_label(name) if isinstance(name, str) and not isinstance(name, Message) else None
    if label is None:
        return text
    fields["field"] = label
    return Message(text.template, **fields)


def _own(message: Message) -> str | None:
    window = WINDOW_TEMPLATES.get(message.template)
    return QCoreApplication.translate(CONTEXT, window) if window is not None else None


def shipment_text(exc: BaseException) -> str:
    """What a refused shipment says, in the window's language and the dialog's labels (thread-safe)."""
    return core_text_with(relabelled(message_of(exc)), _own)
