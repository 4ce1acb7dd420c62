"""Words an Indonesian reviewer met in English: the deciding question of two commonly confused
headings, the Rules tab's "all markets", and the default package type. What is stored and
printed stays as it was ("carton", the review queue export's question), and so do the
regulations a rule names as its source."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.core import flagging, rule_admin
from app.core.tables import Catalogue
from app.gui.rules_page import RulesModel
from app.gui.shipment_parts import PackagesTable
from tests.conftest import idle, loaded_rules_page
from tests.test_confusion import TROUSERS, _item

pytestmark = pytest.mark.parametrize("language", ["id"], indirect=True)


def test_the_deciding_question_and_its_answers_are_asked_in_indonesian(language: str, qtbot, open_window, ws) -> None:
    with ws.db.session() as s:
        cat = Catalogue(name="c.csv", source_path="c.csv")
        s.add(cat)
        s.flush()
        trousers = _item(s, cat.id, "TR-1", "Celana katun pria", [(TROUSERS[0], 0.45), (TROUSERS[1], 0.44)])
    ws.set_setting(flagging.RULESET_SETTING, ws.rules().version)
    window = open_window(ws)
    page = window.review_page
    window.tabs.setCurrentWidget(page)
    page.reviewer.setText("Ana")
    qtbot.waitUntil(lambda: idle(window) and page.model.rowCount() == 1, timeout=20000)
    page.select_item(trousers)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == trousers, timeout=10000)
    page.queue.setFocus()
    asked = ("Apakah kainnya dirajut atau dikait (bab 61) atau ditenun (bab 62)? Tekan 1 atau 2: "
             "1 = tenunan (620342), 2 = rajutan atau kaitan (610342); O untuk kode lain.")
    assert page.suggestions_pane.question.text() == f"Tentukan ini dulu (konstruksi kainnya): {asked}"
    with qtbot.assertNotEmitted(page.sig_decision):
        qtbot.keyClick(page.queue, Qt.Key.Key_Return)  # Enter does not guess
    assert page.message.text() == f"Dua saran terbaik berbeda (konstruksi kainnya): {asked}"
    with qtbot.waitSignal(page.sig_decision, timeout=5000) as decided:
        qtbot.keyClick(page.queue, Qt.Key.Key_2)  # rajutan: the knitted code, as in English
    assert decided.args[:2] == [[trousers], TROUSERS[1]]
    qtbot.waitUntil(lambda: idle(window) and page.model.rowCount() == 0, timeout=20000)


def test_a_rule_for_every_market_says_so_in_indonesian_and_its_source_is_as_written(language: str, qtbot,
                                                                                   ws) -> None:
    ws.language = "id"  # as app.run_gui sets it from the language the window runs in
    rows = rule_admin.list_rules(ws)
    model = RulesModel(rows)
    every = next(r for r, row in enumerate(rows) if not row.markets)
    assert model.index(every, 4).data(Qt.ItemDataRole.ToolTipRole) == "semua pasar"
    assert model.index(every, 4).data() == "semua"

    page = loaded_rules_page(qtbot, ws)
    assert page.select("VAPE-BAN")
    # the regulations keep their own names: a translated name could not be looked up
    assert ("Sumber: SG Tobacco (Control of Advertisements and Sale) Act and HSA notices; TH Ministry of Commerce "
            "import ban; VN National Assembly Resolution 173/2024/QH15") in page.detail.text()


def test_the_default_package_type_reads_karton_and_is_kept_as_carton(language: str, qtbot) -> None:
    packages = PackagesTable()
    qtbot.addWidget(packages)
    packages.set_value([{"count": "2", "type": "carton", "gross_kg": "3.5"}, {"count": "1", "type": "palet"}])
    add = next(b for b in packages.findChildren(QPushButton) if b.text() == "Tambah kemasan")
    add.click()
    shown = [packages.table.item(r, 1).text() for r in range(packages.table.rowCount())]
    assert shown == ["karton", "palet", "karton"]
    # the shipment file and the packing list say "carton" whatever language the window runs in
    assert [p["type"] for p in packages.value()] == ["carton", "palet", "carton"]
    assert packages.value()[0]["gross_kg"] == "3.5"
