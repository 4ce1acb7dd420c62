"""Catalogue cells and columns: "1.2.3" is no weight; a row with no price is imported with a
warning that no invoice can be printed for it yet; a Parent SKU column beside the SKU is recognised."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.core import outputs, services
from app.core.tables import Item
from app.core.values import parse_decimal


@pytest.mark.parametrize("text", ["1.2.3", "1,2,3", "1..2", "1.2.3.4", "12,3,456"])
def test_a_number_with_marks_that_group_nothing_is_no_number(text: str) -> None:
    with pytest.raises(ValueError):
        parse_decimal(text)


@pytest.mark.parametrize("text,value", [("1,23,456", "123456"), ("12,34,56,789", "123456789"), ("1.250.000", "1250000"),
                                        ("1,250,000", "1250000"), ("-1,23,456", "-123456")])
def test_numbers_grouped_in_thousands_or_lakhs_still_read(text: str, value: str) -> None:
    from decimal import Decimal

    assert parse_decimal(text) == Decimal(value)


def _catalogue(path: Path, rows: list[list[str]],
               header: tuple[str, ...] = ("SKU", "Parent SKU", "Product Name", "Price", "Currency", "Weight (kg)",
                                          "Country of Origin")) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_a_weight_of_1_2_3_is_rejected_naming_file_row_and_column(ws, tmp_path: Path, capsys) -> None:
    path = _catalogue(tmp_path / "w.csv", [["A-1", "A", "Steel pan", "5", "USD", "1.2.3", "TH"],
                                            ["A-2", "A", "Steel lid", "2", "USD", "0.3", "TH"]])
    rep = services.import_catalogue(ws, path)
    assert [(r.row_number, r.column, r.reason) for r in rep.rejected] == [(2, "Weight (kg)", "not a weight: '1.2.3'")]
    assert not any("123 kg" in w for w in rep.warnings)
    assert main(["--data-dir", str(tmp_path / "cli"), "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"{path}: 2 rows read, 1 imported" in out and "  row 2, column Weight (kg): not a weight: '1.2.3'" in out


def test_rows_with_no_price_are_imported_with_one_warning_that_invoices_need_a_price(ws, tmp_path: Path) -> None:
    rows = [[f"P-{i}", "P", f"Mug {i}", "" if i % 2 else "3.50", "USD", "0.3", "TH"] for i in range(1, 26)]
    rep = services.import_catalogue(ws, _catalogue(tmp_path / "p.csv", rows))
    assert rep.imported == 25 and rep.rejected == []
    [warning] = rep.warnings
    assert warning.startswith("column Price: no price on 13 rows (2, 4, 6, 8, 10, 12, 14, 16, 18, 20 and 3 more); "
                              "imported all the same, but no commercial invoice can be printed for these items until a "
                              "unit value is given")
    with ws.db.session() as s:
        assert s.scalar(select(func.count(Item.id)).where(Item.unit_value.is_(None))) == 13
    one = services.import_catalogue(ws, _catalogue(tmp_path / "n.csv", [["N-1", "", "Lid", "", "USD", "0.1", "TH"]],
                                                   ("SKU", "Parent SKU", "Product Name", "Price", "Currency",
                                                    "Weight (kg)", "Country of Origin")))
    assert one.warnings[0].startswith("column Price: no price on row 2; imported all the same, but no commercial "
                                      "invoice can be printed for this item")
    none = services.import_catalogue(ws, _catalogue(tmp_path / "x.csv", [["X-1", "Cup"]], ("SKU", "Product Name")))
    assert none.warnings[0].startswith("no price column: no price on row 2; imported all the same")


def test_the_invoice_refuses_an_item_with_no_price_until_its_line_gives_one(ready_ws, tmp_path: Path) -> None:
    """What the import's warning promises: the invoice names the line, and a price on it is enough."""
    from app.core.shipment import parse_shipment
    from tests.conftest import SHIPMENT

    with ready_ws.db.session() as s:
        s.scalars(select(Item).where(Item.sku == "TH-1")).one().unit_value = None
    raw = dict(SHIPMENT, lines=[{"sku": "TH-1", "quantity": 2}])
    with pytest.raises(outputs.ShipmentProblem, match="Lines with no price in the catalogue: TH-1 \\(line 1\\)"):
        outputs.build_documents(ready_ws, parse_shipment(raw), raw, tmp_path / "docs")
    raw = dict(SHIPMENT, lines=[{"sku": "TH-1", "quantity": 2, "unit_value": "6.50"}])
    assert outputs.build_documents(ready_ws, parse_shipment(raw), raw, tmp_path / "docs").invoice.exists()


def test_a_parent_sku_beside_the_sku_is_recognised_and_kept_without_asking(ws, tmp_path: Path) -> None:
    path = _catalogue(tmp_path / "shopee.csv", [["S-1-RED", "S-1", "Cotton tee red", "5", "USD", "0.2", "TH"],
                                                 ["S-1-BLUE", "S-1", "Cotton tee blue", "5", "USD", "0.2", "TH"]])
    preview = services.preview_catalogue(ws, path)
    assert preview.mapping["sku"] == "SKU" and preview.settled  # no mapping dialog
    services.import_catalogue(ws, path)
    with ws.db.session() as s:
        assert {sku: a for sku, a in s.execute(select(Item.sku, Item.attributes))} == {
            "S-1-RED": {"Parent SKU": "S-1"}, "S-1-BLUE": {"Parent SKU": "S-1"}}
    alone = _catalogue(tmp_path / "parent.csv", [["S-9", "Mug", "2"]], ("Parent SKU", "Product Name", "Price"))
    preview = services.preview_catalogue(ws, alone)  # a file with no SKU column: the Parent SKU is the SKU
    assert preview.mapping["sku"] == "Parent SKU" and preview.settled
    unknown = _catalogue(tmp_path / "odd.csv", [["S-8", "Mug", "x"]], ("SKU", "Product Name", "Colour code"))
    assert not services.preview_catalogue(ws, unknown).settled  # any other column is still asked about


def test_the_readme_says_what_is_matched() -> None:
    readme = " ".join((Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8").split())
    assert "`Parent SKU`" in readme
    assert "kept with each item as an attribute" in readme


def test_one_row_is_said_in_the_singular(ws, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "one.csv"
    path.write_text("sku,title,price,currency\nA-1,Rattan basket,1.2.3,USD\n", encoding="utf-8")
    report = tmp_path / "rejected.csv"
    ws.close()
    main(["--data-dir", str(tmp_path / "data"), "import", str(path), "--report", str(report)])
    out = capsys.readouterr().out
    assert f"{path}: 1 row read, 0 imported" in out and f"wrote 1 rejected row to {report}" in out
