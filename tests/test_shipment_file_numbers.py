"""A shipment file writes its numbers one way only: digits and a decimal point, no thousands mark.
"12.50" is twelve and a half and "1.000" is one, never a guess between two readings; a comma
anywhere is refused, and the refusal says how to write the number. A number that someone who
writes a thousand as "1.000" would read otherwise is read as written and named, with where it
is in the file, before anything prints, so the user sees which way it was read."""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from app.core.shipment import ShipmentError, parse_shipment, point_readings
from tests.test_documents import shipment

HINT = "(write the amount in digits, e.g. 10.00)"


@pytest.mark.parametrize(("text", "value"), [("12.50", Decimal("12.5")), ("1.000", Decimal(1)), ("1000", Decimal(1000)),
                                             (12.5, Decimal("12.5")), ("0.125", Decimal("0.125"))])
def test_a_number_in_a_shipment_file_has_one_reading(text: object, value: Decimal) -> None:
    raw = shipment(lines=[{"sku": "TH-1", "quantity": 1, "unit_value": text}])
    assert parse_shipment(raw).lines[0].unit_value == value


@pytest.mark.parametrize("text", ["1,000", "12,50", "1,234.50", "1.234,50", "1.250.000"])
def test_a_thousands_mark_or_a_decimal_comma_is_refused_saying_how_to_write_it(text: str) -> None:
    raw = shipment(lines=[{"sku": "TH-1", "quantity": 1}, {"sku": "VN-1", "quantity": text}])
    with pytest.raises(ShipmentError) as exc:
        parse_shipment(raw)
    assert str(exc.value) == f"line 2 (SKU VN-1), quantity: not a number: '{text}' {HINT}"
    raw = shipment(freight=text)
    with pytest.raises(ShipmentError) as exc:
        parse_shipment(raw)
    assert str(exc.value) == f"freight: not a number: '{text}' {HINT}"


@pytest.mark.parametrize("text", ["2_5", "25_000", "1_2.5"])
def test_an_underscore_between_digits_is_refused_not_read_as_one_number(text: str) -> None:
    """Python reads "2_5" as 25; a shipment file's amount is digits and a decimal point only."""
    raw = shipment(lines=[{"sku": "TH-1", "quantity": 1, "unit_value": text}])
    with pytest.raises(ShipmentError) as exc:
        parse_shipment(raw)
    assert str(exc.value) == f"line 1 (SKU TH-1), unit value: not a number: '{text}' {HINT}"


def test_the_numbers_a_thousands_dot_would_read_otherwise_are_named_with_where_they_are() -> None:
    raw = shipment(lines=[{"sku": "TH-1", "quantity": "1.000", "unit_value": "12.50"},
                          {"sku": "VN-1", "quantity": 3, "unit_value": "2.500", "package": 1}],
                   packages=[{"count": 1, "gross_kg": "12.500", "net_kg": "0.500", "length_cm": "40.000"}],
                   freight="1.250", insurance="1000", other_charges="0.55")
    parse_shipment(raw)  # read, not refused
    assert [(str(where), text, value) for where, text, value in point_readings(raw)] == [
        ("line 1 (SKU TH-1), quantity", "1.000", Decimal(1)),
        ("line 2 (SKU VN-1), unit value", "2.500", Decimal("2.5")),
        ("packages[1].gross_kg", "12.500", Decimal("12.5")),
        ("packages[1].length_cm", "40.000", Decimal(40)),
        ("freight", "1.250", Decimal("1.25")),
    ]
    assert point_readings(shipment()) == []  # "12.40", "2.10", 10: nothing to say


def test_the_command_line_says_how_it_read_such_a_number_before_printing(ready_ws, tmp_path: Path, capsys) -> None:
    from app.cli import main

    raw = shipment(lines=[{"sku": "TH-1", "quantity": "1.000"}, {"sku": "VN-1", "quantity": 3}], packages=[])
    path = tmp_path / "s.json"
    # as a person writes it: a JSON number keeps its three decimals in the file
    path.write_text(json.dumps(raw).replace('"packages": []', '"packages": [{"count": 1, "gross_kg": 2.500}]'),
                    encoding="utf-8")
    code = main(["--data-dir", str(ready_ws.data_dir), "documents", str(path), "--out", str(tmp_path / "docs")])
    out, err = capsys.readouterr()
    assert code == 0, err
    notes = [line for line in err.splitlines() if line.startswith("borderline: note:")]
    assert notes == [
        f"borderline: note: {path}: read with a decimal point, as a shipment file writes numbers (no thousands mark; "
        'a thousand is 1000): line 1 (SKU TH-1), quantity "1.000" = 1; packages[1].gross_kg "2.500" = 2.5']
    assert "invoice:" in out

    # said before anything prints: also when the documents are then refused
    path.write_text(json.dumps(shipment(lines=[{"sku": "NOT-IN-CATALOGUE", "quantity": "2.000"}], packages=[])),
                    encoding="utf-8")
    code = main(["--data-dir", str(ready_ws.data_dir), "documents", str(path), "--out", str(tmp_path / "docs2")])
    out, err = capsys.readouterr()
    assert code != 0 and "invoice:" not in out
    assert 'line 1 (SKU NOT-IN-CATALOGUE), quantity "2.000" = 2' in err, err
