"""Flags a reviewer's own code brings are named to the reviewer: the decision resolves them, so
nobody would see them otherwise (fish sauce overridden to 210390 brings the Thai FDA reminder;
a hat given a fireworks code brings the fireworks block)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.cli import main
from app.core import item_views, reviewing
from app.core.catalogue import normalise_title
from app.core.tables import Catalogue, Flag, Item
from app.gui.main_window import MainWindow
from tests.conftest import idle


def _item(ws, sku: str, title: str, top: str) -> int:
    with ws.db.session() as s:
        cat = s.query(Catalogue).first() or Catalogue(name="vn.csv", source_path="vn.csv")
        s.add(cat)
        s.flush()
        item = Item(catalogue_id=cat.id, sku=sku, title=title, norm_title=normalise_title(title), status="flagged",
                    suggestions=[[top, 0.4]], top_code=top, top_p=0.4, origin="VN")
        item.flags.append(Flag(market="*", rule_id="LOWCONF", severity="review", reason="not sure", trigger="c"))
        s.add(item)
        s.flush()
        return item.id


def test_a_decision_names_the_flags_its_code_brought_and_resolved(ws) -> None:
    paste = _item(ws, "MT-01", "Mắm tôm Thanh Hóa", "701090")
    rec = reviewing.decide(ws, [paste], "210390", "Hương").records[0]
    raised = {(f.rule_id, f.market): f for f in rec.flags_raised}
    assert {("FOOD-TH", "TH"), ("FOOD-ID", "ID")} <= set(raised)
    assert "Thai FDA" in raised[("FOOD-TH", "TH")].reason and raised[("FOOD-TH", "TH")].sku == "MT-01"
    assert "FOOD-TH" in rec.flags_resolved
    assert ("LOWCONF", "*") not in raised  # shown before: not new


def test_a_decision_whose_code_brings_nothing_names_nothing(ws) -> None:
    hat = _item(ws, "NL-001", "Nón lá Huế", "650400")
    assert reviewing.decide(ws, [hat], "650400", "Hương").flags_raised == []


def test_a_block_the_code_would_bring_is_named_when_a_note_is_asked_for(ws) -> None:
    hat = _item(ws, "NL-001", "Nón lá Huế", "650400")
    out = reviewing.decide(ws, [hat], "360410", "Hương")
    assert out.records == [] and out.needs_note == ["NL-001"]
    assert [(f.sku, f.rule_id, f.market, f.severity) for f in out.blocks_raised] == [("NL-001", "FIREWORKS", "*", "block")]
    with_note = reviewing.decide(ws, [hat], "360410", "Hương", "a paper model, no charge")
    assert [f.rule_id for f in with_note.flags_raised] == ["FIREWORKS"]


def test_the_command_line_decide_names_the_flags_a_file_brought(ws, tmp_path: Path, capsys) -> None:
    _item(ws, "MT-01", "Mắm tôm Thanh Hóa", "701090")
    data = ws.data_dir
    ws.close()
    decisions = tmp_path / "d.csv"
    decisions.write_text("sku,hs_code,note,reviewer\nMT-01,2103.90,,Hương\n", encoding="utf-8")
    code = main(["--data-dir", str(data), "decide", str(decisions)])
    out = capsys.readouterr().out
    assert code == 0 and "1 decision applied" in out
    assert "MT-01: FOOD-TH (TH, review): Food for sale in Thailand needs a Thai FDA" in out


def test_the_window_says_which_flags_a_decided_code_brought(qtbot, window: MainWindow, ws) -> None:
    page = window.review_page
    paste = _item(ws, "MT-01", "Mắm tôm Thanh Hóa", "701090")
    hat = _item(ws, "NL-001", "Nón lá Huế", "650400")
    page.reload_queue()
    window.tabs.setCurrentWidget(page)
    page.reviewer.setText("Hương")
    for item_id, code in ((hat, "360410"), (paste, "210390")):
        window.review.open_item(item_id)
        qtbot.waitUntil(lambda i=item_id: idle(window) and page.detail is not None and page.detail.id == i,
                        timeout=10000)
        assert {f.rule_id for f in page.detail.item.flags} == {"LOWCONF"}
        page.open_picker()
        page.picker.sig_code_chosen.emit(code)
        page.picker.close()
        if code == "360410":  # a block the pane never showed: the question names it
            qtbot.waitUntil(lambda: idle(window) and "Nothing decided yet" in page.message.text(), timeout=10000)
            assert "FIREWORKS" in page.message.text() and "NL-001" in page.message.text()
            assert page.note.hasFocus() or page.note.isVisible()
            qtbot.keyClicks(page.note, "a paper hat, not a firework")
            qtbot.keyClick(page.note, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: idle(window) and "360410 recorded" in page.message.text(), timeout=10000)
            assert "FIREWORKS (all markets)" in page.message.text()
        else:
            qtbot.waitUntil(lambda: idle(window) and "210390 recorded" in page.message.text(), timeout=10000)
            assert "MT-01: FOOD-TH (TH): Food for sale in Thailand" in page.message.text()
    assert item_views.status_counts(ws)["decided"] == 2


def test_import_decisions_in_the_window_names_the_flags_a_file_brought(qtbot, window: MainWindow, ws,
                                                                        tmp_path: Path) -> None:
    _item(ws, "MT-01", "Mắm tôm Thanh Hóa", "701090")
    decisions = tmp_path / "d.csv"
    decisions.write_text("sku,hs_code,note,reviewer\nMT-01,2103.90,,Hương\n", encoding="utf-8")
    with qtbot.waitSignal(window.sig_message, timeout=20000, check_params_cb=lambda m: "d.csv: 1 decision" in m) as said:
        window.review.import_decisions(decisions)
    text = said.args[0]
    assert text.startswith("d.csv: 1 decision applied, 0 rows rejected — new flags under the codes given, now "
                           "resolved: MT-01: "), text
    assert "MT-01: FOOD-TH (TH): Food for sale in Thailand needs a Thai FDA" in text
