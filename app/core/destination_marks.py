"""What one ASEAN destination's customs want on the commercial invoice, beyond the usual fields.

Each number is printed only for the destination it belongs to, so a Malaysian LVG number never
appears on an invoice to Singapore:

- SG: the seller's GST registration number under the Overseas Vendor Registration (OVR) regime
  for low-value goods, and per line whether GST was paid (collected by the seller at sale);
- MY: the seller's low-value goods registration number (LRN);
- TH: the "LVG" code that claims the low-value duty relief, when the user ticks it (an interim
  measure whose end date has to be re-checked, so it is never printed on its own);
- ID: the consignee's NPWP, NIK or passport number, under that name in the consignee block
  (parse_shipment refuses a new shipment to Indonesia without it).

Plain data for the layout in :mod:`app.core.documents`; no reportlab here.
"""
from __future__ import annotations

from app.core.shipment import ShipmentSpec

GST_PAID_HEADER = "GST paid"
ID_TAX_LABEL = "NPWP / NIK / Passport no."


def registration_fields(spec: ShipmentSpec) -> list[tuple[str, str]]:
    """Label/value pairs printed under the parties, for the shipment's destination only."""
    if spec.destination == "SG" and spec.sg_ovr_gst_number:
        return [("Seller's GST reg. no. (Singapore OVR)", spec.sg_ovr_gst_number),
                ("GST on low-value goods", "Collected by the seller under OVR" if spec.sg_gst_paid
                 else "Not collected by the seller")]
    if spec.destination == "MY" and spec.my_lrn:
        return [("Seller's LVG registration no. (LRN)", spec.my_lrn)]
    if spec.destination == "TH" and spec.th_lvg:
        return [("Low-value goods code", "LVG")]
    return []


def gst_paid_column(spec: ShipmentSpec) -> str | None:
    """The per-line "GST paid" mark (Y or N) for Singapore, when the seller gives an OVR number."""
    if spec.destination == "SG" and spec.sg_ovr_gst_number:
        return "Y" if spec.sg_gst_paid else "N"
    return None


def consignee_tax_label(spec: ShipmentSpec) -> str:
    """What the consignee's tax ID is called on the invoice: Indonesia asks for it by name."""
    return ID_TAX_LABEL if spec.destination == "ID" else "Tax ID"
