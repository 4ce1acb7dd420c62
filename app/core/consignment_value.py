"""The shipment's value against the destination's low-value threshold.

The item rules (LVG-SG, LVG-MY, LVG-TH, PH-DEMINIMIS, BN-DEMINIMIS) compare each item's unit
price; customs apply these thresholds to the consignment. A rule with a ``consignment`` table
says so: which value customs compare (the goods, FOB, or CIF: goods, freight and insurance) and
what follows above the limit. This check adds up the shipment as the invoice prints it and
compares it with each such rule of the destination as loaded, so a user's override of the limit
(or of the rule's being enabled) applies, in the threshold's currency with the rule set's
exchange rates.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from app.core.attributes import ENGLISH_NUMBERS, NumberWords
from app.core.doc_lines import DocLine, totals
from app.core.messages import Message
from app.core.rules import OPERATORS, VALUE, RuleSet, Threshold
from app.core.shipment import ShipmentSpec, quantum

SYMBOLS = {"SGD": "S$", "MYR": "RM", "BND": "B$"}


@dataclass(frozen=True)
class Amount:
    """An amount as the warning writes it: S$733, RM500, THB 1,500, USD 564.68; in Indonesian
    THB 1.500 and USD 564,68 (a message field: app.core.messages)."""

    value: Decimal
    currency: str
    whole: bool = False  # rounded to whole units

    def localized(self, numbers: NumberWords = ENGLISH_NUMBERS) -> str:
        step = Decimal(1) if self.whole else quantum(self.currency)
        shown = numbers(self.value.quantize(step, rounding=ROUND_HALF_UP))
        symbol = SYMBOLS.get(self.currency)
        return f"{symbol}{shown}" if symbol else f"{self.currency} {shown}"

    def __str__(self) -> str:
        return self.localized()


def amount_text(amount: Decimal, currency: str, whole: bool = False) -> str:
    """S$733, RM500, THB 1,500, USD 564.68."""
    return str(Amount(amount, currency, whole))


def check_consignment(spec: ShipmentSpec, lines: list[DocLine], rules: RuleSet) -> list[str]:
    """Warnings for the destination's low-value thresholds that the shipment as a whole crosses."""
    warnings: list[str] = []
    for rule in rules.rules:
        if not rule.consignment_basis or not rule.enabled or spec.destination not in rule.markets:
            continue
        for limit in (t for t in rule.thresholds if t.attribute == VALUE and t.currency):
            warning = _crossed(spec, lines, rules, limit, rule.consignment_basis, rule.consignment_above)
            if warning:
                if spec.destination == "TH" and spec.th_lvg:
                    warning = Message("{warning}; the 'LVG' code on this invoice claims a relief the shipment is "
                                      "not entitled to", warning=warning)
                if spec.destination == "SG" and spec.sg_gst_paid:
                    warning = Message("{warning}; this invoice marks GST as paid under OVR", warning=warning)
                warnings.append(warning)
    return warnings


def _crossed(spec: ShipmentSpec, lines: list[DocLine], rules: RuleSet, limit: Threshold, base: str,
             consequence: str) -> Message | None:
    t = totals(spec, lines)
    value = t.subtotal + (t.freight + t.insurance if base == "CIF" else Decimal(0))
    what = Message("The shipment's {base} value", base=base) if base in ("FOB", "CIF") else Message("The shipment's value")
    converted = rules.convert(value, spec.currency, limit.currency)
    limit_shown = Amount(limit.value, limit.currency, whole=limit.value == limit.value.to_integral_value())
    if converted is None:
        return Message("{what} ({value}) could not be compared with {limit}: the rules have no exchange rate for "
                       "{currency}", what=what, value=Amount(value, spec.currency), limit=limit_shown,
                       currency=spec.currency if spec.currency not in rules.rates else limit.currency)
    if not OPERATORS[limit.op](converted, limit.value):
        return None
    if spec.currency == limit.currency:
        shown: Amount | Message = Amount(value, spec.currency)
    else:
        shown = Message("about {amount}", amount=Amount(converted, limit.currency, whole=True))
    fields = dict(what=what, shown=shown, limit=limit_shown, consequence=consequence)
    if limit.op == ">":
        return Message("{what}, {shown}, is above {limit}: {consequence}", **fields)
    if limit.op == ">=":
        return Message("{what}, {shown}, is at or above {limit}: {consequence}", **fields)
    if limit.op == "<":
        return Message("{what}, {shown}, is below {limit}: {consequence}", **fields)
    return Message("{what}, {shown}, is at or below {limit}: {consequence}", **fields)
