"""One of a thing is counted in the singular: "1 item needs a decision first", "1 package", in the
window and on the command line."""
from __future__ import annotations

import json
from pathlib import Path

from app.cli import main
from app.core.shipment import DEFAULT_PACKAGE_TYPE
from app.gui.shipment_parts import PackagesTable
from tests.conftest import SHIPMENT


def test_one_package_and_several(qtbot) -> None:
    table = PackagesTable()
    qtbot.addWidget(table)
    table.set_value([{"count": 1, "type": DEFAULT_PACKAGE_TYPE, "gross_kg": "2.5"}])
    assert table.totals.text() == "1 package, 2.500 kg gross"
    table.set_value([{"count": 3, "type": DEFAULT_PACKAGE_TYPE, "gross_kg": "2.5"}])
    assert table.totals.text() == "3 packages, 7.500 kg gross"


def test_the_command_line_counts_one_item_refused_as_one(tmp_path: Path, catalogue_file: Path, capsys) -> None:
    d = ["--data-dir", str(tmp_path / "data")]
    main([*d, "import", str(catalogue_file)])
    main([*d, "classify", "--markets", "SG"])
    shipment = tmp_path / "s.json"
    shipment.write_text(json.dumps({**SHIPMENT, "lines": [{"sku": "SKU-1006", "quantity": 1}]}))
    capsys.readouterr()
    assert main([*d, "documents", str(shipment), "--out", str(tmp_path / "docs")]) == 3
    err = capsys.readouterr().err
    assert "documents refused, 1 item needs a decision first:" in err


def test_a_print_refused_for_one_item_says_this_item(qtbot, open_window, ws, tmp_path: Path) -> None:
    from sqlalchemy import select

    from app.core import flagging, services
    from app.core.tables import Item
    from tests.conftest import idle, write_catalogue
    from tests.test_long_lists import opened, shown_text

    services.import_catalogue(ws, write_catalogue(tmp_path / "c.csv", [("TEE-1", "Cotton tee", "", "cotton", "TH",
                                                                         "6.50", "USD", "0.18")]))
    with ws.db.session() as s:
        for item in s.scalars(select(Item)):
            item.status, item.top_code, item.top_p, item.suggestions = "flagged", "610910", 0.4, [["610910", 0.4]]
    ws.set_setting(flagging.RULESET_SETTING, ws.rules().version)
    window = open_window(ws)
    qtbot.waitUntil(lambda: idle(window), timeout=20000)
    raw = {**SHIPMENT, "lines": [{"sku": "TEE-1", "quantity": 1}]}
    with qtbot.waitSignal(window.sig_message, timeout=20000, check_params_cb=lambda m: "TEE-1" in m):
        window.print_documents(raw)
    text = shown_text(opened("Documents not printed"))
    assert "This item needs a decision first:\nTEE-1: waits for review" in text
