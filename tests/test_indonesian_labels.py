"""English an Indonesian reviewer met often: every low-confidence flag's source, the Rules tab's
severities (the review queue already said blokir / tinjau / info) and the countries in Settings."""
from __future__ import annotations

import pytest

from app.core import reviewing
from app.core.tables import Catalogue
from app.gui.review_panes import FlagsPane
from app.gui.settings_dialog import SettingsDialog
from tests.conftest import loaded_rules_page
from tests.test_review_core import add_item

pytestmark = pytest.mark.parametrize("language", ["id"], indirect=True)


def test_a_low_confidence_flag_names_its_source_in_indonesian(language: str, qtbot, ws) -> None:
    with ws.db.session() as s:
        cat = Catalogue(name="a.csv", source_path="a.csv")
        s.add(cat)
        s.flush()
        low = add_item(s, cat.id, "TS-1", "Cotton tee red", "610910", 0.2, [("LOWCONF", "*", "review")])
    pane = FlagsPane()
    qtbot.addWidget(pane)
    pane.show_detail(reviewing.review_detail(ws, low))
    [text] = pane.texts()
    assert "Sumber: ambang keyakinan dalam aturan" in text and "confidence threshold" not in text


def test_the_rules_tab_names_severities_as_the_queue_does(language: str, qtbot, ws) -> None:
    page = loaded_rules_page(qtbot, ws)
    assert [page.severity.itemText(i) for i in range(1, page.severity.count())] == ["blokir", "tinjau", "info"]
    shown = {page.model.index(r, 3).data() for r in range(page.model.rowCount())}
    assert shown <= {"blokir", "tinjau", "info"} and "blokir" in shown
    page.severity.setCurrentIndex(page.severity.findData("block"))  # the filter still reads the stored value
    assert page.visible_ids() and all(page.model.rows[[r.id for r in page.model.rows].index(i)].severity == "block"
                                      for i in page.visible_ids())


def test_settings_names_the_markets_in_indonesian(language: str, qtbot, ws) -> None:
    dialog = SettingsDialog(ws)
    qtbot.addWidget(dialog)
    names = {code: box.text() for code, box in dialog.market_boxes.items()}
    assert names["PH"] == "PH — Filipina" and names["KH"] == "KH — Kamboja" and names["SG"] == "SG — Singapura"
    assert names["LA"] == "LA — Laos" and names["VN"] == "VN — Vietnam"
