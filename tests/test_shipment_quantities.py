"""Quantities of goods counted in pieces, sets or pairs are whole numbers: a shipment line with
1.5 pcs is refused by name (SKU and field) on the command line and in the shipment dialog,
while goods sold by weight, length or volume keep their decimals."""
from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox
from sqlalchemy import select

from app.core import item_views, services
from app.core.shipment import parse_shipment
from app.core.shipment_documents import ShipmentProblem, build_documents
from app.core.tables import Document, Item, Shipment
from app.core.units import fraction_problem, is_measured
from app.gui.shipment_dialog import ShipmentDialog
from app.gui.shipment_lines import QUANTITY
from tests.conftest import fill_parties
from tests.test_documents import pdf_text, shipment

ITEMS = [  # sku, title, unit, hs code
    ("SC-1", "Cotton scarf, woven", "pcs", "621490"),
    ("SOCK-2", "Cotton socks", "pairs", "611595"),
    ("FAB-1", "Batik cotton fabric by the metre", "m", "520852"),
    ("YARN-1", "Cotton yarn, unbleached", "kg", "520512"),
]


@pytest.fixture
def units_ws(ws, tmp_path: Path):
    path = tmp_path / "units.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["SKU", "Product Name", "Unit", "Country of Origin", "Price", "Currency", "Weight (kg)"])
        for sku, title, unit, _ in ITEMS:
            w.writerow([sku, title, unit, "TH", "4.00", "USD", "0.100"])
    services.import_catalogue(ws, path)
    codes = {sku: code for sku, _, _, code in ITEMS}
    with ws.db.session() as s:
        for item in s.scalars(select(Item)):
            item.status, item.hs_code, item.top_p = "auto", codes[item.sku], 0.99
    return ws


def lines(**quantities: object) -> list[dict[str, object]]:
    return [{"sku": sku.replace("_", "-"), "quantity": q} for sku, q in quantities.items()]


@pytest.mark.parametrize("unit", ["kg", "Kg.", "KGS", "g", "lb", "m", "cm", "m²", "m2", "sq m", "l", "litre", "ml", "m³",
                                  "cbm", "ลิตร", "kilogram"])
def test_units_of_measure_take_decimals(unit: str) -> None:
    assert is_measured(unit) and fraction_problem(Decimal("1.5"), unit) is None


@pytest.mark.parametrize("unit", ["pcs", "PCS", "pc", "set", "sets", "pair", "pairs", "dozen", "box", "pasang", "buah",
                                  "ชิ้น", "cái", "", "ct"])
def test_counted_units_need_whole_numbers(unit: str) -> None:
    assert not is_measured(unit)
    assert fraction_problem(Decimal("2"), unit) is None and fraction_problem(Decimal("2.000"), unit) is None
    problem = fraction_problem(Decimal("1.5"), unit)
    assert problem is not None and problem.startswith(f"1.5 {unit or 'pcs'} is not a whole number")


def test_the_command_line_refuses_a_fraction_of_a_piece_naming_line_sku_and_field(units_ws, tmp_path: Path,
                                                                                    capsys) -> None:
    from app.cli import main

    path = tmp_path / "s.json"
    path.write_text(json.dumps(shipment(lines=lines(SC_1=1.5, SOCK_2=2, YARN_1=2.5, FAB_1="3.25"), packages=[])),
                    encoding="utf-8")
    code = main(["--data-dir", str(units_ws.data_dir), "documents", str(path), "--out", str(tmp_path / "docs")])
    _, err = capsys.readouterr()
    assert code != 0
    assert "lines[1].quantity (SKU 'SC-1'): 1.5 pcs is not a whole number" in err, err
    assert "SOCK-2" not in err and "YARN-1" not in err and "FAB-1" not in err
    assert not (tmp_path / "docs").exists() or not list((tmp_path / "docs").iterdir())
    with units_ws.db.session() as s:  # refused before anything was saved, printed or sent back to review
        assert list(s.scalars(select(Shipment))) == [] and list(s.scalars(select(Document))) == []
        assert {i.status for i in s.scalars(select(Item))} == {"auto"}


def test_every_fractional_counted_line_is_named_at_once(units_ws, tmp_path: Path) -> None:
    raw = shipment(lines=lines(SC_1=1.5, YARN_1=2.5, SOCK_2="0.5"), packages=[])
    with pytest.raises(ShipmentProblem) as exc:
        build_documents(units_ws, parse_shipment(raw), raw, tmp_path / "out")
    assert "lines[1].quantity (SKU 'SC-1'): 1.5 pcs" in str(exc.value)
    assert "lines[3].quantity (SKU 'SOCK-2'): 0.5 pairs" in str(exc.value)
    assert "YARN-1" not in str(exc.value)


def test_goods_sold_by_weight_or_length_keep_their_decimals(units_ws, tmp_path: Path) -> None:
    raw = shipment(lines=lines(YARN_1=2.5, FAB_1="3.25", SC_1=2, SOCK_2="4.0"), packages=[])
    res = build_documents(units_ws, parse_shipment(raw), raw, tmp_path / "out")
    text, _ = pdf_text(res.invoice)
    t = " ".join(text.split())
    assert "2.5 kg" in t and "3.25 m" in t and "2 pcs" in t and "4 pairs" in t


def quantity_editor(dialog: ShipmentDialog, row: int) -> QDoubleSpinBox:
    """The spin box a line's quantity cell opens for editing."""
    view = dialog.lines
    index = view.model().index(row, QUANTITY)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, QDoubleSpinBox)
    return editor


def test_the_shipment_dialog_refuses_a_fraction_of_a_piece_by_name(qtbot, units_ws) -> None:
    rows = item_views.list_items(units_ws)
    assert {r.sku: r.unit for r in rows} == {sku: unit for sku, _, unit, _ in ITEMS}
    dialog = ShipmentDialog(rows, shipment(lines=lines(YARN_1=1, SC_1=1), packages=[]), [], ["SG"])
    qtbot.addWidget(dialog)
    dialog.show()
    fill_parties(dialog)
    assert [dialog.lines.model().index(r, QUANTITY).data() for r in (0, 1)] == ["1 kg", "1 pcs"]
    yarn = quantity_editor(dialog, 0)
    assert yarn.suffix() == " kg"  # the unit is shown beside each quantity, in the cell and while editing
    yarn.setValue(2.5)
    qtbot.keyClick(yarn, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.lines.model().index(0, QUANTITY).data() == "2.5 kg", timeout=5000)
    scarf = quantity_editor(dialog, 1)
    assert scarf.suffix() == " pcs"
    scarf.setValue(1.5)  # left open: what an open editor holds counts
    dialog.tabs.setCurrentIndex(2)
    for button in (dialog.buttons.button(dialog.buttons.StandardButton.Ok), dialog.save_button, dialog.export_button):
        with qtbot.assertNotEmitted(dialog.sig_print_requested), qtbot.assertNotEmitted(dialog.sig_save_requested), \
                qtbot.assertNotEmitted(dialog.sig_export_lines_requested):
            button.click()
        box = dialog.checks.quantity_box
        assert box is not None and box.isVisible()
        assert "Line 2, SKU SC-1, Quantity: 1.5 pcs" in box.text() and "YARN-1" not in box.text()
        assert dialog.tabs.currentWidget() is dialog.editor and dialog.lines.currentRow() == 1
        box.accept()
    scarf = dialog.lines.indexWidget(dialog.lines.currentIndex())  # the quantity to correct is open for typing
    assert isinstance(scarf, QDoubleSpinBox) and scarf.suffix() == " pcs" and scarf.value() == 1.5
    scarf.setValue(2)
    with qtbot.waitSignal(dialog.sig_print_requested, timeout=5000) as sent:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert sent.args[0]["lines"] == [{"sku": "YARN-1", "quantity": 2.5}, {"sku": "SC-1", "quantity": 2}]
    assert parse_shipment(sent.args[0]).lines[0].quantity == Decimal("2.5")
