"""What ASEAN destinations need on the invoice (SG OVR GST number and 'GST paid', MY LRN, TH
'LVG' code, ID consignee NPWP/NIK), each printed only for its country, and the shipment's whole
value checked against the destination's low-value threshold."""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest


from app.core import shipments
from app.core.consignment_value import check_consignment
from app.core.doc_lines import DocLine
from app.core.rules import load_rules
from app.core.shipment import ShipmentError, parse_shipment
from app.core.shipment_documents import build_documents, reprint
from app.core.paths import resources_dir
from app.core.tables import Shipment
from tests.test_documents import flat, pdf_text, shipment

RULES = load_rules([resources_dir() / "rules" / "default.toml"])
NUMBERS = {"sg_ovr_gst_number": "M90371234X", "my_lrn": "LVG-MY-000123"}


def to(destination: str, **changes: object) -> dict[str, object]:
    """The test shipment sent to another country, with the seller's numbers from the profile."""
    raw = shipment(destination=destination, incoterm_place=destination, **NUMBERS)
    raw["consignee"] = dict(raw["consignee"], country=destination)  # type: ignore[call-overload]
    raw.update(changes)
    return raw


def one_line(value: str) -> list[DocLine]:
    return [DocLine("A", "goods", "610910", "TH", Decimal(1), "pcs", Decimal(value), None)]


# the numbers on the invoice --------------------------------------------------------------------
def test_singapore_prints_the_ovr_number_and_gst_paid_per_line_and_nothing_of_malaysia(ready_ws, tmp_path: Path) -> None:
    res = build_documents(ready_ws, parse_shipment(to("SG", sg_gst_paid=True)), to("SG", sg_gst_paid=True), tmp_path)
    text = flat(pdf_text(res.invoice)[0])
    assert "Seller's GST reg. no. (Singapore OVR) M90371234X" in text
    assert "GST on low-value goods Collected by the seller under OVR" in text
    assert "GST paid" in text and text.count(" Y ") + text.count(" Y\n") >= 5  # one mark per line
    assert "LVG-MY-000123" not in text and "LRN" not in text
    # not ticked: each line says N, and the box says GST was not collected
    raw = to("SG", invoice_number="INV-0008")
    text = flat(pdf_text(build_documents(ready_ws, parse_shipment(raw), raw, tmp_path).invoice)[0])
    assert "Not collected by the seller" in text and " N " in text


def test_malaysia_prints_the_lrn_and_thailand_the_lvg_code_only_when_ticked(ready_ws, tmp_path: Path) -> None:
    raw = to("MY", incoterm="DAP")
    text = flat(pdf_text(build_documents(ready_ws, parse_shipment(raw), raw, tmp_path).invoice)[0])
    assert "Seller's LVG registration no. (LRN) LVG-MY-000123" in text
    assert "M90371234X" not in text and "GST paid" not in text
    raw = to("TH", incoterm="DAP", invoice_number="INV-0009")
    text = flat(pdf_text(build_documents(ready_ws, parse_shipment(raw), raw, tmp_path).invoice)[0])
    assert "Low-value goods code" not in text and "LVG-MY" not in text  # the research marks it uncertain: a choice
    raw = to("TH", incoterm="DAP", invoice_number="INV-0010", th_lvg=True)
    text = flat(pdf_text(build_documents(ready_ws, parse_shipment(raw), raw, tmp_path).invoice)[0])
    assert "Low-value goods code LVG" in text


def test_indonesia_needs_the_consignees_npwp_nik_or_passport_unless_the_shipment_is_stored(ready_ws, tmp_path: Path) -> None:
    raw = to("ID", incoterm="DAP")
    raw["consignee"] = dict(raw["consignee"], tax_id="")  # type: ignore[call-overload]
    with pytest.raises(ShipmentError, match=r"^consignee.tax_id: missing; Indonesia needs the consignee's NPWP, NIK"):
        parse_shipment(raw)
    # a shipment stored before the check still reprints, its consignee without the number
    with ready_ws.db.session() as s:
        s.add(Shipment(invoice_number=str(raw["invoice_number"]), revision=1, data=raw))
    stored = shipments.list_shipments(ready_ws)[0]
    assert "NPWP" not in flat(pdf_text(reprint(ready_ws, stored.id, tmp_path / "old").invoice)[0])
    raw["consignee"] = dict(raw["consignee"], tax_id="3171012345670001")  # type: ignore[call-overload]
    raw["invoice_number"] = "INV-0011"
    text = flat(pdf_text(build_documents(ready_ws, parse_shipment(raw), raw, tmp_path).invoice)[0])
    assert "NPWP / NIK / Passport no.: 3171012345670001" in text
    assert "M90371234X" not in text and "LVG-MY-000123" not in text


def test_marks_are_checked_by_field_and_old_shipments_are_read_leniently() -> None:
    with pytest.raises(ShipmentError, match=r"^sg_ovr_gst_number: missing; GST can be marked as paid"):
        parse_shipment(shipment(sg_gst_paid=True))
    with pytest.raises(ShipmentError, match=r"^th_lvg: 'maybe' is not true or false"):
        parse_shipment(shipment(th_lvg="maybe"))
    assert parse_shipment(shipment(th_lvg="false")).th_lvg is False  # the text "false" is no
    assert parse_shipment(shipment(th_lvg="maybe"), stored=True).th_lvg is False
    assert parse_shipment(shipment(sg_gst_paid=True), stored=True).sg_gst_paid is True
    # a mark for another destination is not refused: it is not printed
    assert parse_shipment(shipment(destination="MY", sg_gst_paid=True)).sg_gst_paid


def test_the_seller_profile_keeps_the_numbers(ready_ws) -> None:
    from app.core.profile import seller_profile

    shipments.set_seller_profile(ready_ws, {"name": "Siam Craft", **NUMBERS})
    assert seller_profile(ready_ws.setting(shipments.SELLER_KEY))["sg_ovr_gst_number"] == "M90371234X"
    assert shipments.seller_profile(ready_ws)["my_lrn"] == "LVG-MY-000123"


# the shipment's value against the threshold ------------------------------------------------------
def test_the_whole_shipment_is_compared_with_the_threshold_in_its_currency() -> None:
    sg = parse_shipment(shipment(incoterm="DAP", freight="0", insurance="0"))
    # 70 lines under S$400 each would pass the item rule; the consignment does not
    lines = [DocLine(f"S{i}", "goods", "610910", "TH", Decimal(1), "pcs", Decimal("8.07" if i < 68 else "7.96"), None)
             for i in range(70)]  # USD 564.68
    assert check_consignment(sg, lines, RULES) == [
        "The shipment's value, about S$733, is above S$400: GST is collected at import, not by the seller under OVR"]
    assert check_consignment(sg, one_line("300"), RULES) == []
    gst = parse_shipment(shipment(sg_gst_paid=True, **NUMBERS))
    assert check_consignment(gst, one_line("600"), RULES)[0].endswith("; this invoice marks GST as paid under OVR")
    my = parse_shipment(to("MY", currency="MYR", incoterm="DAP", freight="0", insurance="0"))
    assert check_consignment(my, one_line("500.01"), RULES) == [
        "The shipment's value, RM500.01, is above RM500: the 10% LVG tax does not apply; normal import duty and taxes do"]
    assert check_consignment(my, one_line("500"), RULES) == []


def test_cif_thresholds_add_freight_and_insurance_and_fob_ones_do_not() -> None:
    bn = parse_shipment(to("BN", currency="BND", incoterm="CIF", freight="20", insurance="1.50", other_charges="0"))
    assert check_consignment(bn, one_line("380"), RULES) == [
        "The shipment's CIF value, B$401.50, is above B$400: duty applies"]
    assert check_consignment(bn, one_line("378"), RULES) == []
    ph = parse_shipment(to("PH", currency="PHP", incoterm="CIP", freight="900", insurance="100"))
    assert check_consignment(ph, one_line("9500"), RULES) == []  # FOB: the goods alone
    assert check_consignment(ph, one_line("10000.50"), RULES) == [
        "The shipment's FOB value, PHP 10,000.50, is above PHP 10,000: duty and taxes apply"]
    th = parse_shipment(to("TH", currency="THB", incoterm="CIF", freight="100", insurance="1", th_lvg=True))
    warning, = check_consignment(th, one_line("1400"), RULES)
    assert warning.startswith("The shipment's CIF value, THB 1,501.00, is above THB 1,500: import duty applies")
    assert warning.endswith("the 'LVG' code on this invoice claims a relief the shipment is not entitled to")


def test_the_users_rules_set_the_threshold_and_can_switch_it_off(ready_ws, tmp_path: Path) -> None:
    raw = shipment(lines=[{"sku": "MY-1", "quantity": 10}], packages=[])
    res = build_documents(ready_ws, parse_shipment(raw), raw, tmp_path)  # 220 + 13.45 USD: about S$303
    assert not any("S$400" in w for w in res.warnings)
    (ready_ws.data_dir / "rules.toml").write_text('[override.LVG-SG]\nvalue = 250\n', encoding="utf-8")
    res = build_documents(ready_ws, parse_shipment(raw), raw, tmp_path)
    assert "The shipment's value, about S$286, is above S$250: GST is collected at import, not by the seller " \
           "under OVR" in res.warnings
    (ready_ws.data_dir / "rules.toml").write_text('[override.LVG-SG]\nvalue = 250\nenabled = false\n', encoding="utf-8")
    assert not any("S$250" in w for w in build_documents(ready_ws, parse_shipment(raw), raw, tmp_path).warnings)


def test_any_rule_with_a_consignment_table_is_checked_whatever_its_id_or_wording(tmp_path: Path) -> None:
    from app.core.rules import RuleFileError
    body = """
[exchange_rates]
USD = 1
SGD = 0.77

[[rule]]
id = "MY-OWN-LIMIT"
severity = "info"
markets = ["SG"]
thresholds = [{ attribute = "value", op = ">", value = 100, currency = "SGD" }]
consignment = { basis = "CIF", above = "the carrier asks for a formal entry" }
reason = "Over {limit}."
"""
    path = tmp_path / "r.toml"
    path.write_text(body, encoding="utf-8")
    own = load_rules([path])
    sg = parse_shipment(shipment(incoterm="CIF", freight="30", insurance="0", other_charges="0"))
    warning, = check_consignment(sg, one_line("60"), own)  # USD 90 CIF: about S$117
    assert warning == "The shipment's CIF value, about S$117, is above S$100: the carrier asks for a formal entry"
    path.write_text(body.replace('basis = "CIF"', 'basis = "EXW"'), encoding="utf-8")
    with pytest.raises(RuleFileError, match="MY-OWN-LIMIT: field 'consignment.basis' must be one of goods, FOB, CIF"):
        load_rules([path])
    path.write_text(body.replace(', currency = "SGD" }', ' }'), encoding="utf-8")
    with pytest.raises(RuleFileError, match="'consignment' needs a 'value' threshold with a currency"):
        load_rules([path])


def test_a_missing_exchange_rate_is_said_not_guessed() -> None:
    spec = parse_shipment(shipment(currency="CHF", incoterm="DAP", freight="0", insurance="0", other_charges="0"))
    assert check_consignment(spec, one_line("100"), RULES) == [
        "The shipment's value (CHF 100.00) could not be compared with S$400: the rules have no exchange rate for CHF"]


def test_the_cli_prints_the_threshold_warning(ready_ws, tmp_path: Path, capsys) -> None:
    from app.cli import main

    raw = to("SG", lines=[{"sku": "MY-1", "quantity": 20}], packages=[{"count": 1, "gross_kg": "9"}])
    path = tmp_path / "ship.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert main(["--data-dir", str(tmp_path / "data"), "documents", str(path), "--out", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert "warning: The shipment's value, about S$571, is above S$400" in err


# the dialog --------------------------------------------------------------------------------------
def test_the_dialog_refuses_indonesia_without_the_consignees_number_and_remembers_the_sellers(
        qtbot, open_window, ready_ws) -> None:
    from app.core import flagging
    from tests.conftest import fill_parties, idle

    ready_ws.set_setting(flagging.RULESET_SETTING, ready_ws.rules().version)  # the items stay as they are
    window = open_window(ready_ws)
    with qtbot.waitSignal(window.shipments.sig_dialog_opened, timeout=20000):
        window.invoice_action.trigger()
    dialog = window.shipment_dialog
    dialog.editor.add_line({"sku": "TH-1", "quantity": 2})
    fill_parties(dialog)
    box = dialog.low_value
    assert not box.gst_paid.isEnabled()  # GST is marked as paid only with the OVR number
    box.edits["sg_ovr_gst_number"].setText("M90371234X")
    box.edits["my_lrn"].setText("LVG-MY-000123")
    assert box.gst_paid.isEnabled()
    box.gst_paid.setChecked(True)
    box.th_lvg.setChecked(True)
    dialog.destination.setCurrentText("ID")
    dialog.cons_country.setText("ID")
    assert "NPWP" in dialog.consignee.edits["tax_id"].toolTip()
    raw = dialog.shipment()
    assert (raw["sg_ovr_gst_number"], raw["my_lrn"], raw["sg_gst_paid"], raw["th_lvg"]) == (
        "M90371234X", "LVG-MY-000123", True, True)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    # named as the dialog names the field (a shipment file's "consignee.tax_id" is for the command line)
    with qtbot.waitSignal(window.sig_message, timeout=10000, check_params_cb=lambda m: "Consignee › Tax ID" in m):
        ok.click()
    assert "NPWP, NIK or passport" in window.last_error and dialog.isVisible()
    window.error_dialog.close()

    dialog.consignee.edits["tax_id"].setText("3171012345670001")
    with qtbot.waitSignal(window.shipments.sig_documents_ready, timeout=20000):
        ok.click()
    text = flat(pdf_text(window.last_documents.invoice)[0])
    assert "NPWP / NIK / Passport no.: 3171012345670001" in text and "M90371234X" not in text
    qtbot.waitUntil(lambda: idle(window), timeout=10000)
    window.preview.close()

    # the seller's numbers come back with the profile on the next shipment; the marks do not
    with qtbot.waitSignal(window.shipments.sig_dialog_opened, timeout=20000):
        window.invoice_action.trigger()
    box = window.shipment_dialog.low_value
    assert box.edits["sg_ovr_gst_number"].text() == "M90371234X" and box.edits["my_lrn"].text() == "LVG-MY-000123"
    assert not box.gst_paid.isChecked() and not box.th_lvg.isChecked()
    window.shipment_dialog.reject()
