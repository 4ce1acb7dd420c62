"""Codes stored before every code was checked are checked again.

999999, the trade-statistics code, was once taken as an HS 2022 code. It is refused wherever a
code is given now, but decisions and items stored earlier may still carry it (or another code
that is no HS 2022 subheading). The print gate refuses such a line, naming the SKU and the
code, and sends the item back to the review queue with a flag that says why; re-flagging sends
such items there too, and they stay there until a person gives a subheading.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.core import classifying, deciding, flagging, item_views, reviewing, services
from app.core.nomenclature import Nomenclature
from app.core.shipment import parse_shipment
from app.core.shipment_documents import DocumentsRefused, build_documents
from app.core.tables import AuditEntry, Document, Item
from tests.conftest import write_catalogue
from tests.test_documents import flat, pdf_text, shipment


def decide_unchecked(ws, monkeypatch: pytest.MonkeyPatch, sku: str, code: str) -> None:  # type: ignore[no-untyped-def]
    """A decision as an earlier version recorded it, before its code was checked."""
    with monkeypatch.context() as m:
        m.setattr(Nomenclature, "validate", lambda self, c: c)
        deciding.decide(ws, item_views.item_id_for_sku(ws, sku), code, "Ana", "")


def item(ws, sku: str) -> Item:  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        found = s.scalars(select(Item).where(Item.sku == sku)).one()
        found.flags  # noqa: B018  (read while the session is open)
        return found


def test_the_print_gate_sends_a_stored_999999_back_to_review(ready_ws, tmp_path: Path, monkeypatch) -> None:
    ws = ready_ws
    with ws.db.session() as s:  # as classified: the suggestion that was auto-accepted
        for it in s.scalars(select(Item)):
            it.top_code, it.suggestions = it.hs_code, [[it.hs_code, 0.99]]
    decide_unchecked(ws, monkeypatch, "TH-1", "999999")
    with ws.db.session() as s:  # auto-accepted under a heading padded with zeros, no subheading
        mk = s.scalars(select(Item).where(Item.sku == "MK-1")).one()
        mk.hs_code = mk.top_code = "610900"
        mk.suggestions = [["610900", 0.99]]
    raw = shipment()
    with pytest.raises(DocumentsRefused) as refused:
        build_documents(ws, parse_shipment(raw), raw, tmp_path / "out")
    why = dict(refused.value.problems)
    assert set(why) == {"TH-1", "MK-1"}
    assert "999999" in why["TH-1"] and "not an HS 2022 subheading" in why["TH-1"] and "trade-statistics" in why["TH-1"]
    assert "610900" in why["MK-1"] and "not an HS 2022 subheading" in why["MK-1"]
    assert set(refused.value.item_ids) == {"TH-1", "MK-1"}  # to open them in the review pane
    with ws.db.session() as s:
        assert list(s.scalars(select(Document))) == []
        gate = [e.payload for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "gate"))]
    assert sorted(e["code"] for e in gate) == ["610900", "999999"]
    for sku, code in (("TH-1", "999999"), ("MK-1", "610900")):
        back = item(ws, sku)
        assert (back.status, back.hs_code) == ("flagged", None)  # in the review queue, without the code
        [flag] = [f for f in back.flags if f.rule_id == flagging.CODE_RULE]
        assert flag.severity == "review" and code in flag.reason and flag.trigger == f"HS {code}"

    # printed again before anyone looked: still refused, and still saying which code
    with pytest.raises(DocumentsRefused) as again:
        build_documents(ws, parse_shipment(raw), raw, tmp_path / "out")
    assert "999999" in dict(again.value.problems)["TH-1"]
    # re-flagging does not put the decision's 999999 back in force
    flagging.reflag(ws, ["SG"])
    assert (item(ws, "TH-1").status, item(ws, "TH-1").hs_code) == ("flagged", None)

    # a person gives each a subheading (no note needed: nothing blocks them); then they print
    deciding.decide(ws, item_views.item_id_for_sku(ws, "TH-1"), "610910", "Ana")
    # a code typed as tariffs print it is that code: deciding under it raises no HS-CODE flag
    outcome = reviewing.decide(ws, [item_views.item_id_for_sku(ws, "CN-1")], "6109.10", "Ana")
    assert [r.code for r in outcome.records] == ["610910"]
    assert flagging.CODE_RULE not in {f.rule_id for f in item(ws, "CN-1").flags}
    deciding.decide(ws, item_views.item_id_for_sku(ws, "MK-1"), "610442", "Ana")
    res = build_documents(ws, parse_shipment(raw), raw, tmp_path / "out")
    text = flat(pdf_text(res.invoice)[0])
    assert "610910" in text and "999999" not in text and "610900" not in text


def test_reflagging_and_classifying_send_invalid_codes_to_review(ws, tmp_path: Path, monkeypatch) -> None:
    ws.set_setting("markets", ["SG"])
    mug = [("MUG-1", "Ceramic coffee mug 350ml with handle", "", "porcelain", "VN", "3.20", "USD", "0.300")]
    services.import_catalogue(ws, write_catalogue(tmp_path / "a.csv", mug))
    classifying.classify_pending(ws, ["SG"])
    decide_unchecked(ws, monkeypatch, "MUG-1", "999999")
    assert item(ws, "MUG-1").status == "decided"
    report = flagging.reflag(ws, ["SG"])
    mug_item = item(ws, "MUG-1")
    assert report.returned == 1 and (mug_item.status, mug_item.hs_code) == ("flagged", None)
    assert flagging.CODE_RULE in {f.rule_id for f in mug_item.flags}

    # the same title under another SKU is not given the remembered 999999 without a look
    again = [("MUG-2", *mug[0][1:])]
    services.import_catalogue(ws, write_catalogue(tmp_path / "b.csv", again))
    classifying.classify_pending(ws, ["SG"])
    second = item(ws, "MUG-2")
    assert second.top_code == "999999" and second.suggestion_source == "memory"
    assert second.status == "flagged" and second.hs_code is None
    assert flagging.CODE_RULE in {f.rule_id for f in second.flags}


def test_a_retrain_does_not_learn_a_stored_code_that_is_no_subheading(ready_ws, monkeypatch) -> None:
    from app.core.model_versions import decision_examples

    ws = ready_ws
    decide_unchecked(ws, monkeypatch, "TH-1", "999999")
    deciding.decide(ws, item_views.item_id_for_sku(ws, "MK-1"), "610910", "Ana", "")
    learned = {ex.code for _, ex in decision_examples(ws)}
    assert learned == {"610910"}


def test_a_stored_code_that_is_no_subheading_is_no_earlier_decision_to_follow(qtbot, ws, tmp_path: Path,
                                                                              monkeypatch) -> None:
    """Seen: a 999999 decided before codes were checked was listed in the decision memory as
    any decision, and giving the item a real subheading was warned as contradicting it."""
    from app.core import guards
    from app.gui.review_panes import MemoryPane

    ws.set_setting("markets", ["SG"])
    mugs = [(sku, "Ceramic coffee mug 350ml with handle", "", "porcelain", "VN", "3.20", "USD", "0.300")
            for sku in ("MUG-1", "MUG-2")]
    services.import_catalogue(ws, write_catalogue(tmp_path / "a.csv", mugs))
    classifying.classify_pending(ws, ["SG"])
    decide_unchecked(ws, monkeypatch, "MUG-1", "999999")
    with ws.db.session() as s:  # the other mug kept the code too, as stored then
        s.scalars(select(Item).where(Item.sku == "MUG-2")).one().hs_code = "999999"
    flagging.reflag(ws, ["SG"])
    mug = item_views.item_id_for_sku(ws, "MUG-1")

    detail = reviewing.review_detail(ws, mug)
    [earlier] = [m for m in detail.memory if m.sku == "MUG-1"]
    assert earlier.code == "999999" and not earlier.subheading
    with ws.db.session() as s:
        assert guards.consistency_warnings(s, mug, "691200") == []  # nothing to contradict
    assert reviewing.decide(ws, [mug], "691200", "Ana").warnings == []

    pane = MemoryPane()
    qtbot.addWidget(pane)
    pane.show_detail(detail)
    shown = [pane.memory.item(r).text() for r in range(pane.memory.count())]
    assert any("999999 given to MUG-1" in t and "999999 is not an HS 2022 subheading" in t for t in shown)

    # a real earlier decision still counts: the other mug's 691200 against a different code
    other = item_views.item_id_for_sku(ws, "MUG-2")
    with ws.db.session() as s:
        warnings = [str(w) for w in guards.consistency_warnings(s, other, "691110")]
    assert any("contradicts an earlier decision" in w and "691200" in w for w in warnings)
