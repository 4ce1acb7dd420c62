"""The deciding question is asked only when its answer chooses between the two best codes:
"knitted or woven?" for a knitted and a woven garment of the same kind, never for a woven
scarf against a knitted T-shirt; and each answer names the code it picks."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.core import flagging
from app.core.catalogue import normalise_title
from app.core.confusion import ConfusionFileError, default_pairs, load_pairs, question_for
from app.core.nomenclature import nomenclature
from app.core.tables import Catalogue, Flag, Item
from tests.conftest import idle

SCARF = ["621490", "610910"]  # woven scarves, knitted T-shirts
TROUSERS = ["620342", "610342"]  # men's cotton trousers, woven and knitted


@pytest.mark.parametrize("codes", [SCARF, SCARF[::-1], ["611710", "610910"], ["610910", "620520"],
                                   ["621210", "610821"], ["611595", "620342"], ["611020", "620520"]])
def test_no_knit_or_woven_question_between_different_garments(codes: list[str]) -> None:
    assert question_for(codes) is None, codes


@pytest.mark.parametrize("knitted,woven", [("610342", "620342"), ("610510", "620520"), ("610120", "620130"),
                                           ("611120", "620930"), ("611231", "621111"), ("611241", "621112"),
                                           ("611212", "621133"), ("611420", "621142"), ("611692", "621600"),
                                           ("611710", "621490"), ("611780", "621520"), ("610910", "620791")])
def test_parallel_knitted_and_woven_garments_are_asked_and_each_answer_names_its_code(knitted: str, woven: str) -> None:
    for first, second in ((knitted, woven), (woven, knitted)):
        q = question_for([first, second])
        assert q is not None and q.pair_id == "KNIT-WOVEN" and q.codes == (first, second)
        picks = dict(zip(q.answers, q.codes))
        assert picks == {"knitted or crocheted": knitted, "woven": woven}
        assert q.choices() == f"1 = {q.answers[0]} ({first}), 2 = {q.answers[1]} ({second})"


def test_the_material_question_needs_the_same_kind_of_article() -> None:
    q = question_for(["392410", "732393"])  # plastic and steel tableware: the material decides
    assert q is not None and q.pair_id == "MATERIAL" and q.answers == ("plastics", "iron or steel")
    assert question_for(["420232", "392690"]) is None  # a wallet of plastics stays in 4202
    assert question_for(["392690", "691200"]) is None  # other plastic articles against ceramic tableware
    assert question_for(["732690", "392690"]).answers == ("iron or steel", "plastics")


def test_every_prefix_of_the_pairs_file_is_in_hs_2022_and_every_pair_names_its_answers() -> None:
    codes = nomenclature().subheadings()
    for pair in default_pairs():
        assert len(pair.answers) == len(pair.groups), pair.id
        for prefix in [p for g in pair.groups for p in g] + [p for s in pair.parallels for p in s]:
            assert any(c.startswith(prefix) for c in codes), (pair.id, prefix)
    knit = next(p for p in default_pairs() if p.id == "KNIT-WOVEN")
    for knitted, woven in (("6101", "6201"), ("6102", "6202"), ("61033", "62033"), ("61034", "62034"),
                           ("61044", "62044"), ("61046", "62046"), ("6105", "6205"), ("6106", "6206"),
                           ("61072", "62072"), ("61083", "62082"), ("6111", "6209"), ("6113", "6210"),
                           ("6116", "6216"), ("611710", "6214")):
        assert any(knitted in s and woven in s for s in knit.parallels), knitted
    # headings holding several garments are paired garment by garment: knitted jackets against
    # woven trousers is no question of the fabric (the demo's jeans were asked it)
    assert question_for(["620342", "610332"]) is None and question_for(["610432", "620442"]) is None
    assert question_for(["620342", "610342"]).pair_id == "KNIT-WOVEN"
    for only_knitted in ("6110", "6115"):
        assert not any(p.startswith(only_knitted) for s in knit.parallels for p in s)


def test_answers_and_parallels_are_checked_when_the_file_is_read(tmp_path: Path) -> None:
    p = tmp_path / "pairs.toml"
    head = '[[pair]]\nid = "X"\ngroups = [["61"], ["62"]]\nfact = "f"\nquestion = "q"\n'
    p.write_text(head + 'answers = ["knitted"]\n')
    with pytest.raises(ConfusionFileError, match="X: 'answers' must give one answer per group"):
        load_pairs(p)
    p.write_text(head + 'parallels = [["6101", "6102"]]\n')
    with pytest.raises(ConfusionFileError, match=r"X: parallel 1 \['6101', '6102'\] must name codes of two"):
        load_pairs(p)
    p.write_text(head + 'parallels = [["6101", "6401"]]\n')
    with pytest.raises(ConfusionFileError, match="X: parallel 1"):
        load_pairs(p)
    p.write_text(head + 'parallels = [["6101", "6201"]]\n')
    (pair,) = load_pairs(p)
    assert question_for(["610120", "620130"], [pair]) is not None and question_for(["610910", "621490"], [pair]) is None
    assert question_for(["610120", "620130"], [pair]).choices() == "1 = 61 (610120), 2 = 62 (620130)"


def _item(s, cat_id: int, sku: str, title: str, suggestions: list[tuple[str, float]]) -> int:
    item = Item(catalogue_id=cat_id, sku=sku, title=title, norm_title=normalise_title(title), status="flagged",
                suggestions=[list(x) for x in suggestions], top_code=suggestions[0][0], top_p=suggestions[0][1])
    item.flags.append(Flag(market="*", rule_id="LOWCONF", severity="review", reason="low confidence", trigger=""))
    s.add(item)
    s.flush()
    return item.id


@pytest.fixture
def review_window(open_window, ws):
    with ws.db.session() as s:
        cat = Catalogue(name="c.csv", source_path="c.csv")
        s.add(cat)
        s.flush()
        ids = {"scarf": _item(s, cat.id, "SC-1", "Cotton Scarf", [("621490", 0.48), ("610910", 0.41)]),
               "trousers": _item(s, cat.id, "TR-1", "Men's cotton trousers", [("620342", 0.45), ("610342", 0.44)])}
    ws.set_setting(flagging.RULESET_SETTING, ws.rules().version)  # the flags above are the premise
    window = open_window(ws)
    page = window.review_page
    window.tabs.setCurrentWidget(page)
    page.reviewer.setText("Ana")
    return window, ids


def _open(qtbot, window, item_id: int):  # type: ignore[no-untyped-def]
    page = window.review_page
    qtbot.waitUntil(lambda: idle(window) and page.model.rowCount() == 2, timeout=20000)
    page.select_item(item_id)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == item_id, timeout=10000)
    page.queue.setFocus()
    return page


def test_the_review_pane_does_not_ask_knitted_or_woven_for_a_scarf_against_a_t_shirt(qtbot, review_window) -> None:
    window, ids = review_window
    page = _open(qtbot, window, ids["scarf"])
    assert page.detail.question is None and page.suggestions_pane.question.isHidden()
    with qtbot.waitSignal(page.sig_decision, timeout=5000) as decided:
        qtbot.keyClick(page.queue, Qt.Key.Key_Return)  # Enter takes the woven scarf, no question in the way
    assert decided.args[:2] == [[ids["scarf"]], "621490"]
    qtbot.waitUntil(lambda: idle(window) and page.model.rowCount() == 1, timeout=20000)


def test_the_review_pane_asks_for_parallel_garments_and_the_answer_picks_its_code(qtbot, review_window) -> None:
    window, ids = review_window
    page = _open(qtbot, window, ids["trousers"])
    label = page.suggestions_pane.question
    assert page.detail.question is not None and not label.isHidden()
    assert "knitted or crocheted" in label.text() and "1 = woven (620342), 2 = knitted or crocheted (610342)" in label.text()
    with qtbot.assertNotEmitted(page.sig_decision):
        qtbot.keyClick(page.queue, Qt.Key.Key_Return)  # Enter does not guess
    assert "Press 1 or 2: 1 = woven (620342), 2 = knitted or crocheted (610342); O" in page.message.text()
    with qtbot.waitSignal(page.sig_decision, timeout=5000) as decided:
        qtbot.keyClick(page.queue, Qt.Key.Key_2)  # knitted
    assert decided.args[:2] == [[ids["trousers"]], "610342"]
    qtbot.waitUntil(lambda: idle(window) and page.model.rowCount() == 1, timeout=20000)
