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

from decimal import ROUND_HALF_UP, Decimal

from app.core.doc_lines import DocLine, money_text, totals
from app.core.rules import OPERATORS, VALUE, RuleSet, Threshold
from app.core.shipment import ShipmentSpec

SYMBOLS = {"SGD": "S$", "MYR": "RM", "BND": "B$"}


def amount_text(amount: Decimal, currency: str, whole: bool = False) -> str:
    """S$733, RM500, THB 1,500, USD 564.68."""
    shown = f"{amount.quantize(Decimal(1), rounding=ROUND_HALF_UP):,f}" if whole else money_text(amount, currency)
    symbol = SYMBOLS.get(currency)
    return f"{symbol}{shown}" if symbol else f"{currency} {shown}"


def check_consignment(spec: ShipmentSpec, lines: list[DocLine], rules: RuleSet) -> list[str]:
    """Warnings for the destination's low-value thresholds that the shipment as a whole crosses."""
    warnings = []
    for rule in rules.rules:
        if not rule.consignment_basis or not rule.enabled or spec.destination not in rule.markets:
            continue
        for limit in (t for t in rule.thresholds if t.attribute == VALUE and t.currency):
            warning = _crossed(spec, lines, rules, limit, rule.consignment_basis, rule.consignment_above)
            if warning:
                if spec.destination == "TH" and spec.th_lvg:
                    warning += "; the 'LVG' code on this invoice claims a relief the shipment is not entitled to"
                if spec.destination == "SG" and spec.sg_gst_paid:
                    warning += "; this invoice marks GST as paid under OVR"
                warnings.append(warning)
    return warnings


def _crossed(spec: ShipmentSpec, lines: list[DocLine], rules: RuleSet, limit: Threshold, base: str,
             consequence: str) -> str | None:
    t = totals(spec, lines)
    value = t.subtotal + (t.freight + t.insurance if base == "CIF" else Decimal(0))
    what = f"The shipment's {base} value" if base in ("FOB", "CIF") else "The shipment's value"
    converted = rules.convert(value, spec.currency, limit.currency)
    limit_shown = amount_text(limit.value, limit.currency, whole=limit.value == limit.value.to_integral_value())
    if converted is None:
        return (f"{what} ({amount_text(value, spec.currency)}) could not be compared with {limit_shown}: the rules "
                f"have no exchange rate for {spec.currency if spec.currency not in rules.rates else limit.currency}")
    if not OPERATORS[limit.op](converted, limit.value):
        return None
    if spec.currency == limit.currency:
        shown = amount_text(value, spec.currency)
    else:
        shown = f"about {amount_text(converted, limit.currency, whole=True)}"
    word = {">": "above", ">=": "at or above", "<": "below", "<=": "at or below"}[limit.op]
    return f"{what}, {shown}, is {word} {limit_shown}: {consequence}"
