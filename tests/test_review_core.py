"""The review workstation's core: queue order and filters, bulk decisions, guard rails,
confusion questions, and the audit chain over decisions and undos."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from app.core import audit, classifying, deciding, guards, item_views, queue, review, reviewing, services
from app.core.catalogue import normalise_title
from app.core.confusion import ConfusionFileError, load_pairs, question_for
from app.core.queue import QueueFilter
from app.core.rules import FlagResult
from app.core.tables import AuditEntry, Catalogue, Decision, Flag, Item
from tests.conftest import data_rows


def add_item(s, cat_id: int, sku: str, title: str, top: str, p: float, flags=(), status: str = "flagged") -> int:
    item = Item(catalogue_id=cat_id, sku=sku, title=title, norm_title=normalise_title(title), status=status,
                suggestions=[[top, p], ["392690", 0.01]], top_code=top, top_p=p,
                hs_code=top if status == "auto" else None)
    for rule_id, market, severity in flags:
        item.flags.append(Flag(market=market, rule_id=rule_id, severity=severity, reason=f"{rule_id} reason",
                               trigger=rule_id.lower()))
    s.add(item)
    s.flush()
    return item.id


@pytest.fixture
def seeded(ws):
    with ws.db.session() as s:
        cat = Catalogue(name="a.csv", source_path="a.csv")
        cat2 = Catalogue(name="b.csv", source_path="b.csv")
        s.add_all([cat, cat2])
        s.flush()
        ids = {
            "low": add_item(s, cat.id, "TS-100-RED", "Cotton tee red", "610910", 0.2, [("LOWCONF", "*", "review")]),
            "vape_sg": add_item(s, cat.id, "V-1", "Vape pen mango", "854340", 0.9, [("VAPE", "SG", "block")]),
            "vape_my": add_item(s, cat.id, "V-2", "Vape pod kit", "854340", 0.6, [("VAPE-REG", "MY", "review"),
                                                                                  ("VAPE", "TH", "block")]),
            "knife": add_item(s, cat2.id, "K-1", "Chef knife 8 inch", "821191", 0.7, [("BLADE", "*", "review")]),
            "tee2": add_item(s, cat2.id, "TS-100-NAVY", "Cotton tee navy", "610910", 0.4, [("LOWCONF", "*", "review")]),
            "dup": add_item(s, cat2.id, "X-9", "Cotton tee red", "610910", 0.3, [("LOWCONF", "*", "review")]),
            "auto": add_item(s, cat.id, "A-1", "Ceramic mug", "691200", 0.95, [], status="auto"),
        }
    return ids


def test_queue_orders_blocking_first_then_market_then_confidence(ws, seeded) -> None:
    with ws.db.session() as s:
        ids = queue.item_ids(s, QueueFilter())
    # block: vape_sg (market SG) and vape_my (first market MY) -> MY before SG; then review by market '*'
    # first, lowest confidence first.
    assert ids == [seeded["vape_my"], seeded["vape_sg"], seeded["low"], seeded["dup"], seeded["tee2"], seeded["knife"]]


@pytest.mark.parametrize("f,expected", [
    (QueueFilter(rule_id="LOWCONF"), ["low", "dup", "tee2"]),
    (QueueFilter(severity="block"), ["vape_my", "vape_sg"]),
    (QueueFilter(market="TH"), ["vape_my"]),
    (QueueFilter(band="low"), ["low", "dup", "tee2"]),
    (QueueFilter(band="medium"), ["vape_my", "knife"]),
    (QueueFilter(search="ts-100"), ["low", "tee2"]),
    (QueueFilter(search="KNIFE"), ["knife"]),
    (QueueFilter(status="auto"), ["auto"]),
    (QueueFilter(status=None, sort="sku"), ["auto", "knife", "tee2", "low", "vape_sg", "vape_my", "dup"]),
])
def test_queue_filters(ws, seeded, f: QueueFilter, expected: list[str]) -> None:
    with ws.db.session() as s:
        assert queue.item_ids(s, f) == [seeded[k] for k in expected]


def test_ids_come_in_the_order_sql_gives_for_every_sort(ws) -> None:
    """Rows are read as one JSON value SQLite builds (one step, so a busy background job cannot
    slow the read row by row): the order must still be the statement's, ties and NULLs included,
    and text must come back exactly."""
    import random

    rng = random.Random(5)
    with ws.db.session() as s:
        cat = Catalogue(name="many.csv", source_path="many.csv")
        s.add(cat)
        s.flush()
        for n in range(300):
            item_id = add_item(s, cat.id, f"S-{rng.randrange(60):03d}-{n}", rng.choice(["Mug", "Tee", "Cap", ODD_TITLE]),
                               rng.choice(["610910", "691200"]), rng.choice([0.1, 0.5, 0.123456789012345]),
                               status=rng.choice(["flagged", "auto"]))
            if n % 7 == 0:
                s.execute(update(Item).where(Item.id == item_id).values(top_p=None, top_code=None))
        for key in queue.SORT_KEYS[1:]:
            column = getattr(Item, key)
            for descending in (False, True):
                expected = list(s.scalars(select(Item.id).order_by(column.desc() if descending else column, Item.id)))
                assert queue.item_ids(s, QueueFilter(status=None, sort=key, descending=descending)) == expected, key
        assert queue.item_ids(s, QueueFilter(status="nothing")) == []
        odd = s.scalars(select(Item.id).where(Item.title == ODD_TITLE)).all()
        assert odd and {r.title for r in queue.rows_for_ids(s, odd)} == {ODD_TITLE}


ODD_TITLE = 'Mug "12 oz" \\ 50% off\n\x1fแก้วน้ำ\u200b <b>&amp;</b> \U0001F600'


def test_queue_filter_by_catalogue_and_rows_for_a_window(ws, seeded) -> None:
    with ws.db.session() as s:
        cat2 = s.scalar(select(Catalogue.id).where(Catalogue.name == "b.csv"))
        ids = queue.item_ids(s, QueueFilter(catalogue_id=cat2))
        assert set(ids) == {seeded["knife"], seeded["tee2"], seeded["dup"]}
        rows = queue.rows_for_ids(s, [seeded["vape_my"], 999999, seeded["low"]])
    assert [r.sku for r in rows] == ["V-2", "TS-100-RED"]
    assert (rows[0].severity, rows[0].rules, rows[0].markets) == ("block", "VAPE, VAPE-REG", "MY, TH")
    choices = reviewing.filter_choices(ws)
    assert choices.markets == ["MY", "SG", "TH"] and "LOWCONF" in choices.rule_ids
    assert [name for _, name in choices.catalogues] == ["a.csv", "b.csv"]


def test_blocking_flag_needs_a_note(ws, seeded) -> None:
    with ws.db.session() as s, pytest.raises(review.ReviewError, match="blocking flag"):
        review.decide(s, seeded["vape_sg"], "854340", "Ana")
    rec = reviewing.decide(ws, [seeded["vape_sg"]], "854340", "Ana", "sold only to MY").records[0]
    assert rec.note == "sold only to MY" and rec.kind == "accept"
    # the flags its code brings under today's rules (the vape bans) were raised and seen too
    assert {"VAPE", "VAPE-BAN"} <= set(rec.flags_resolved)


def test_a_code_that_brings_a_block_needs_a_note(ws, seeded, tmp_path: Path) -> None:
    """A vape code given to a T-shirt brings the vape bans: not without a note, in the window or
    from a file, and with a note the bans are raised and recorded as seen."""
    from app.core import outputs

    out = reviewing.decide(ws, [seeded["low"]], "854340", "Ana")
    assert out.records == [] and out.needs_note == ["TS-100-RED"]
    decisions = tmp_path / "d.csv"
    decisions.write_text("sku,hs_code,note,reviewer\nTS-100-NAVY,8543.40,,Ana\n", encoding="utf-8")
    rep = outputs.apply_decisions_file(ws, decisions)
    assert rep.applied == 0 and rep.rejected[0][1] == "note" and "VAPE-BAN" in rep.rejected[0][2]
    rec = reviewing.decide(ws, [seeded["low"]], "854340", "Ana", "a vape sample, sent to MY").records[0]
    assert "VAPE-BAN" in rec.flags_resolved
    assert "VAPE-BAN" in {f.rule_id for f in item_views.item_detail(ws, seeded["low"]).flags}


def test_bulk_decision_is_all_or_nothing(ws, seeded) -> None:
    same = reviewing.pending_same_title(ws, seeded["low"])
    assert same == [seeded["low"], seeded["dup"]]
    out = reviewing.decide(ws, [seeded["knife"], seeded["vape_sg"]], "821191", "Ana")  # the vape needs a note
    assert out.records == [] and out.needs_note == ["V-1"]
    with ws.db.session() as s:
        assert s.scalars(select(Decision)).all() == []
    out = reviewing.decide(ws, same, "610910", "Ana")
    assert [r.sku for r in out.records] == ["TS-100-RED", "X-9"]
    with ws.db.session() as s:
        assert {i.status for i in s.scalars(select(Item).where(Item.id.in_(same)))} == {"decided"}


def test_same_title_counts_the_waiting_items_and_says_whether_the_item_is_one(ws, seeded) -> None:
    same = reviewing.same_title(ws, seeded["low"])
    assert same.waiting == (seeded["low"], seeded["dup"]) and same.waits and same.others == 1
    reviewing.decide(ws, [seeded["low"]], "610910", "Ana")
    same = reviewing.same_title(ws, seeded["low"])  # decided: no longer one of them, the other still waits
    assert same.status == "decided" and same.waiting == (seeded["dup"],) and not same.waits and same.others == 1
    reviewing.decide(ws, [seeded["dup"]], "610910", "Ana")
    assert reviewing.same_title(ws, seeded["low"]).waiting == ()
    assert reviewing.same_title(ws, 10_000) == queue.SameTitle("", ())


def test_items_already_decided_so_are_the_ones_a_decision_leaves_as_they_are(ws, seeded) -> None:
    both = [seeded["low"], seeded["tee2"]]
    assert reviewing.unchanged_by(ws, both, "610910") == set()
    reviewing.decide(ws, [seeded["low"]], "610910", "Ana")
    assert reviewing.unchanged_by(ws, both, "610910") == {seeded["low"]}
    assert reviewing.unchanged_by(ws, both, "610910", "another note") == set()  # a new note is a new decision
    assert reviewing.unchanged_by(ws, both, "610443") == set()  # another code too
    reviewing.decide(ws, [seeded["low"]], "610443", "Ana")  # the newest decision is the one in force
    assert reviewing.unchanged_by(ws, both, "610910") == set()


def test_sku_family_and_consistency_warnings(ws, seeded) -> None:
    assert guards.sku_family("TS-100-RED") == "TS-100"
    assert guards.sku_family("PLAIN") == "PLAIN"
    assert guards.sku_family("GEN-0000123") == "GEN-0000123"  # a serial number, not a variant
    assert guards.sku_family("SHOE-41-BLK") == "SHOE-41"
    reviewing.decide(ws, [seeded["low"]], "610910", "Ana")
    with ws.db.session() as s:
        # The navy variant is in the same SKU family; X-9 has the same title.
        warn = guards.consistency_warnings(s, seeded["tee2"], "611020")
        assert any("carry 610910" in w and "TS-100-RED" in w for w in warn)
        assert any("contradicts an earlier decision" in w and "Ana" in w for w in warn)
        assert guards.consistency_warnings(s, seeded["tee2"], "610910") == []
        memory = guards.memory_matches(s, seeded["dup"])
        assert [(m.sku, m.code, m.why) for m in memory] == [("TS-100-RED", "610910", "same title")]
        assert guards.memory_matches(s, seeded["knife"]) == []


def test_review_detail_gathers_sources_memory_and_warnings(ws, seeded) -> None:
    reviewing.decide(ws, [seeded["low"]], "610990", "Ana")
    detail = reviewing.review_detail(ws, seeded["dup"])
    assert detail.item.sku == "X-9"
    assert detail.flag_sources["LOWCONF"] == "confidence threshold of the rule set"
    assert [m.code for m in detail.memory] == ["610990"]
    assert any("610990" in w for w in detail.warnings)
    assert not detail.blocking and reviewing.review_detail(ws, seeded["vape_sg"]).blocking


def test_confusion_questions() -> None:
    q = question_for(["610510", "620520"])  # men's cotton shirts, knitted and woven
    assert q is not None and q.pair_id == "KNIT-WOVEN" and "knitted" in q.question
    # Longest prefix wins: 6109 vs 6110 are both chapter 61, but different headings.
    assert question_for(["610910", "611020"]).pair_id == "TSHIRT-SWEATER"
    assert question_for(["392410", "732393"]).pair_id == "MATERIAL"
    assert question_for(["610910", "610990"]) is None  # same heading: nothing to ask
    assert question_for(["850760", "392690"]) is None
    assert question_for(["610910"]) is None


def test_confusion_file_errors_name_the_entry(tmp_path: Path) -> None:
    p = tmp_path / "pairs.toml"
    p.write_text('[[pair]]\nid = "X"\ngroups = [["61"]]\nfact = "f"\nquestion = "q"\n')
    with pytest.raises(ConfusionFileError, match="X: 'groups'"):
        load_pairs(p)
    p.write_text('[[pair]]\nid = "Y"\ngroups = [["61"], ["62"]]\nfact = "f"\n')
    with pytest.raises(ConfusionFileError, match="Y: field 'question'"):
        load_pairs(p)


def test_decisions_and_undo_are_chained_and_tampering_shows(ws, seeded) -> None:
    reviewing.decide(ws, [seeded["knife"]], "821191", "Ana")
    with ws.db.session() as s:
        review.undo_last(s, "Ana")
        actions = [e.action for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]
        assert actions == ["decision", "undo"]
        assert audit.verify(s).ok
        s.execute(update(AuditEntry).where(AuditEntry.action == "decision").values(subject="K-2"))
    with ws.db.session() as s:
        rep = audit.verify(s)
        assert not rep.ok and "changed" in rep.problem


@pytest.mark.parametrize("tamper,expected", [
    ("UPDATE decisions SET code = '999999' WHERE sku = 'K-1'", "its code differs from its audit entry ('999999' now, '821192' recorded)"),
    ("UPDATE decisions SET reviewer = 'Eve', note = 'fine' WHERE sku = 'K-1'", "its note and reviewer differ"),
    ("UPDATE decisions SET undone_at = NULL WHERE sku = 'V-2'", "is live but the audit trail says it was undone"),
    ("UPDATE decisions SET undone_at = decided_at WHERE sku = 'K-1'", "is undone but the audit trail says it was never undone"),
    ("INSERT INTO decisions (item_id, sku, norm_title, title, code, kind, reviewer, note, flags_resolved, decided_at) "
     "SELECT item_id, 'X-9', norm_title, title, '610910', 'accept', 'Ana', '', '[]', decided_at FROM decisions LIMIT 1",
     "(SKU X-9) has no audit entry"),
])
def test_a_review_log_changed_behind_the_audit_trail_is_caught(ws, seeded, tamper: str, expected: str, tmp_path: Path,
                                                                 capsys) -> None:
    """The review log is exported from the decisions table; the chain covers the entries
    written with each decision. Editing the table alone must not pass verify-log."""
    from sqlalchemy import text

    from app.cli import main

    reviewing.decide(ws, [seeded["vape_my"]], "854340", "Ana", "sold to MY only")
    with ws.db.session() as s:
        review.undo_last(s, "Ana")
    reviewing.decide(ws, [seeded["knife"]], "821192", "Ben", "chef knife")
    assert deciding.verify_log(ws).ok
    with ws.db.session() as s:
        s.execute(text(tamper))
    rep = deciding.verify_log(ws)
    assert not rep.ok and rep.first_bad_id is None and expected in rep.problem
    assert rep.problem.startswith("1 decision(s) disagree: ")  # counted, not just the first few
    d = ["--data-dir", str(ws.data_dir)]
    assert main([*d, "verify-log"]) == 1
    assert "the decisions disagree with the audit trail" in capsys.readouterr().err
    assert main([*d, "export-log", str(tmp_path / "log.csv")]) == 1
    assert (tmp_path / "log.csv").exists() and "does not vouch for it" in capsys.readouterr().err


def test_one_undo_takes_back_a_decision_on_several_items_at_once(ws, seeded) -> None:
    tees = [seeded["low"], seeded["tee2"], seeded["dup"]]
    reviewing.decide(ws, tees, "610910", "Ana")
    reviewing.decide(ws, [seeded["knife"]], "821191", "Ana")
    assert [r.sku for r in deciding.undo_last_decision(ws, "Ana")] == ["K-1"]
    undone = deciding.undo_last_decision(ws, "Ana")
    assert sorted(r.item_id for r in undone) == sorted(tees)
    with ws.db.session() as s:
        assert {s.get(Item, i).status for i in tees} == {"flagged"}
        assert [e.action for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))].count("undo") == 4
    with pytest.raises(review.ReviewError, match="no decision to undo"):
        deciding.undo_last_decision(ws, "Ana")


def test_review_log_filters_and_escaping(ws, seeded, tmp_path: Path, capsys) -> None:
    from datetime import date, datetime

    from app.cli import main
    from app.core.outputs import LogFilter, export_log

    reviewing.decide(ws, [seeded["vape_my"]], "854340", "Ana", "=cmd|' /C calc'!A0")
    reviewing.decide(ws, [seeded["knife"]], "821192", "Ben")
    reviewing.decide(ws, [seeded["low"]], "610910", "Ana")
    with ws.db.session() as s:
        review.undo_last(s, "Ana")
        s.execute(update(Decision).where(Decision.sku == "K-1").values(decided_at=datetime(2026, 1, 15, 9, 0)))

    def skus(f: LogFilter) -> list[str]:
        out = tmp_path / "log.csv"
        export_log(ws, out, f)
        with open(out, encoding="utf-8-sig") as fh:
            return [r["sku"] for r in data_rows(fh)]

    assert skus(LogFilter()) == ["V-2", "K-1", "TS-100-RED"]
    assert skus(LogFilter(reviewer="ben")) == ["K-1"]
    assert skus(LogFilter(kind="override")) == ["K-1"]
    assert skus(LogFilter(kind="undone")) == ["TS-100-RED"]
    # a decision on flags for every market (the knife; low confidence) counts for every market in
    # Settings; the vape's were raised for MY and TH only
    assert skus(LogFilter(market="TH")) == ["V-2", "K-1", "TS-100-RED"]
    assert skus(LogFilter(date_from=date(2026, 1, 15), date_to=date(2026, 1, 15))) == ["K-1"]
    assert skus(LogFilter(date_to=date(2026, 1, 14))) == []

    out = tmp_path / "ana.csv"
    assert main(["--data-dir", str(ws.data_dir), "export-log", str(out), "--reviewer", "Ana", "--kind", "accept"]) == 0
    with open(out, encoding="utf-8-sig") as fh:
        rows = data_rows(fh)
    assert [r["sku"] for r in rows] == ["V-2", "TS-100-RED"]
    # its MY and TH flags, and the flags for every market its code brings under today's rules
    assert rows[0]["note"].startswith("'=") and {"MY", "TH"} <= set(rows[0]["markets"].split())
    assert rows[1]["markets"] == " ".join(sorted(ws.setting("markets")))  # low confidence: every market in view
    undone = next(r for r in rows if r["undone_at"])
    assert undone["sku"] == "TS-100-RED" and undone["undone_by"] == "Ana" and rows[0]["undone_by"] == ""
    assert rows[0]["decided_at"].endswith("+00:00") and rows[0]["replaced_code"] == ""  # an accept replaces nothing
    with pytest.raises(SystemExit) as exc:
        main(["--data-dir", str(ws.data_dir), "export-log", str(out), "--from", "yesterday"])
    assert exc.value.code == 2
    assert "not a date" in capsys.readouterr().err
    with ws.db.session() as s:
        assert audit.verify(s).ok


def test_dashboard_figures(ws, seeded) -> None:
    from app.core.dashboard import dashboard

    with ws.db.session() as s:
        d = dashboard(s)
    assert d.status_counts["flagged"] == 6 and d.status_counts["auto"] == 1
    assert [(p.label, p.items, p.flagged) for p in d.by_import] == [("a.csv", 4, 3), ("b.csv", 3, 3)]
    assert d.last_import == "b.csv"
    # b.csv: confidences 0.7, 0.4 and 0.3
    assert sum(d.histogram) == 3 and d.histogram[7] == 1 and d.histogram[4] == 1 and d.histogram[3] == 1
    assert d.top_reasons[0] == ("LOWCONF", "LOWCONF reason", 3)
    # one line per rule, named by its title, however its reasons differ from item to item
    with ws.db.session() as s:
        s.execute(update(Flag).where(Flag.rule_id == "LOWCONF").values(reason=Flag.reason + " " + Flag.item_id))
        titled = dashboard(s, titles={"LOWCONF": "Low confidence"})
    assert titled.top_reasons[0] == ("LOWCONF", "Low confidence", 3)
    assert len({r for r, _, _ in titled.top_reasons}) == len(titled.top_reasons)


def test_memory_resolved_finds_the_decision_the_way_decision_memory_does(ws, seeded) -> None:
    from app.core.flagging import memory_resolved

    with ws.db.session() as s:
        review.decide(s, seeded["vape_sg"], "854340", "Ana", "ships to MY only")  # resolves VAPE
        cat_id = s.get(Item, seeded["vape_sg"]).catalogue_id
        same_title = s.get(Item, add_item(s, cat_id, "V-7", "Vape pen mango", "854340", 0.9))
        seen = FlagResult("VAPE", "SG", "block", "VAPE reason", "vape")
        assert memory_resolved(s, same_title).covers(seen)
        # the same rule set off by something else is not what the reviewer saw
        assert not memory_resolved(s, same_title).covers(FlagResult("VAPE", "SG", "block", "VAPE reason", "e-liquid"))
        # the SKU was reused for another product: its old decision does not speak for it
        reused = s.get(Item, seeded["vape_sg"])
        reused.title, reused.norm_title = "Cotton tee red", normalise_title("Cotton tee red")
        assert not memory_resolved(s, reused).covers(seen)


def test_the_queue_export_carries_the_deciding_question(ws, seeded) -> None:
    from app.core.outputs import QUEUE_HEADERS, queue_rows

    with ws.db.session() as s:
        s.get(Item, seeded["low"]).suggestions = [["610510", 0.5], ["620520", 0.4]]
    col = QUEUE_HEADERS.index("question")
    rows = {r[0]: r for r in queue_rows(ws)}
    asked = question_for(["610510", "620520"])
    # in a spreadsheet there are no keys 1 and 2: each answer names the code it gives
    assert rows["TS-100-RED"][col] == asked.written() and rows["TS-100-RED"][col].startswith(asked.question)
    assert "knitted or crocheted: 610510" in rows["TS-100-RED"][col] and "woven: 620520" in rows["TS-100-RED"][col]
    assert rows["K-1"][col] == ""  # no known confusion between its two best codes
    assert QUEUE_HEADERS[-3:] == ["hs_code", "note", "reviewer"] and len(rows["K-1"]) == len(QUEUE_HEADERS)


def test_rows_show_and_find_the_variation(ws, seeded) -> None:
    with ws.db.session() as s:
        s.get(Item, seeded["tee2"]).variation = "Navy / XL"
    rows = {r.sku: r for r in reviewing.rows_for_ids(ws, [seeded["tee2"], seeded["low"]])}
    assert rows["TS-100-NAVY"].shown_title == "Cotton tee navy (Navy / XL)"
    assert rows["TS-100-RED"].shown_title == "Cotton tee red"
    assert reviewing.item_ids(ws, QueueFilter(status=None, search="xl")) == [seeded["tee2"]]


def test_a_thai_title_differing_by_a_vowel_mark_is_not_remembered_as_another(ws, tmp_path: Path) -> None:
    """เสื้อ (shirt) and เสือ (tiger) differ by a vowel mark: one decision must not settle the other."""
    first = tmp_path / "th1.csv"
    first.write_text("sku,title,price,currency,origin\nTH-1,ตุ๊กตาเสื้อ ผ้าฝ้าย,5,USD,TH\n", encoding="utf-8")
    services.import_catalogue(ws, first)
    classifying.classify_pending(ws, ["SG"])
    reviewing.decide(ws, [item_views.item_id_for_sku(ws, "TH-1")], "950300", "Ana")
    second = tmp_path / "th2.csv"
    second.write_text("sku,title,price,currency,origin\nTH-2,ตุ๊กตาเสือ ผ้าฝ้าย,5,USD,TH\n"
                      "TH-3,ตุ๊กตาเสื้อ  ผ้าฝ้าย!,5,USD,TH\n", encoding="utf-8")
    services.import_catalogue(ws, second)
    classifying.classify_pending(ws, ["SG"])
    with ws.db.session() as s:
        items = {i.sku: i for i in s.scalars(select(Item))}
        assert items["TH-2"].suggestion_source != "memory" and items["TH-2"].hs_code != "950300"
        # the same title with other spacing and punctuation is still remembered
        assert items["TH-3"].suggestion_source == "memory" and items["TH-3"].hs_code == "950300"


def test_undoing_a_correction_of_an_auto_accepted_item_leaves_it_auto_accepted(ws, tmp_path: Path) -> None:
    """An auto-accepted item corrected and then undone goes back to what it was: auto-accepted
    with the model's code, not into the queue with no code (its only flag is for information)."""
    from app.core import flagging, outputs

    path = tmp_path / "c.csv"
    path.write_text("sku,title,price,currency,origin\nCH-1,USB-C fast charger 20W,8,USD,CN\n"
                    "MUG-1,Ceramic coffee mug 350ml,5,USD,TH\n", encoding="utf-8")
    services.import_catalogue(ws, path)
    classifying.classify_pending(ws, ["SG"])
    ws.set_setting("review_below", 0.0)
    flagging.reflag(ws, ["SG"])
    before = {r.sku: (r.status, r.hs_code) for r in item_views.list_items(ws)}
    assert {s for s, _ in before.values()} == {"auto"}
    decisions = tmp_path / "d.csv"
    decisions.write_text("sku,hs_code,note,reviewer\nCH-1,850440,,Ana\nMUG-1,6912.00,,Ana\n", encoding="utf-8")
    assert outputs.apply_decisions_file(ws, decisions).applied == 2
    flagging.reflag(ws, ["SG"])  # decided items' flags are now those of the decided codes
    assert len(deciding.undo_last_decision(ws, "Ana")) == 2
    assert {r.sku: (r.status, r.hs_code) for r in item_views.list_items(ws)} == before


def test_a_file_with_the_decided_code_and_a_new_note_records_the_note(ws, seeded, tmp_path: Path) -> None:
    """Sending back a decided item's code unchanged is nothing to record, but a note added in the
    file (an auditor's question answered) is a new decision, not silently dropped."""
    from app.core import outputs

    reviewing.decide(ws, [seeded["low"]], "610910", "Ana", "cotton tee")
    path = tmp_path / "d.csv"
    path.write_text("sku,hs_code,note,reviewer\nTS-100-RED,610910,,Ben\n", encoding="utf-8")
    assert (outputs.apply_decisions_file(ws, path).unchanged, outputs.apply_decisions_file(ws, path).applied) == (1, 0)
    path.write_text("sku,hs_code,note,reviewer\nTS-100-RED,610910,cotton tee,Ben\n", encoding="utf-8")
    assert outputs.apply_decisions_file(ws, path).unchanged == 1
    path.write_text("sku,hs_code,note,reviewer\nTS-100-RED,610910,100% cotton per supplier sheet,Ben\n", encoding="utf-8")
    assert outputs.apply_decisions_file(ws, path).applied == 1
    assert outputs.apply_decisions_file(ws, path).unchanged == 1  # the same file again changes nothing
    with ws.db.session() as s:
        notes = [(d.reviewer, d.note) for d in s.scalars(select(Decision).where(Decision.sku == "TS-100-RED")
                                                         .order_by(Decision.id))]
    assert notes == [("Ana", "cotton tee"), ("Ben", "100% cotton per supplier sheet")]
    # the log says how each came: on screen, or from which file and rows, imported by whom
    ws.set_setting("reviewer", "Carla")
    log = tmp_path / "log.csv"
    outputs.export_log(ws, log)
    with open(log, encoding="utf-8-sig") as fh:
        via = [r["decided_via"] for r in data_rows(fh)]
    assert via == ["review pane", "file d.csv, row 2; imported by borderline"]


def test_a_code_a_spreadsheet_mangled_is_named_as_such(ws, seeded, tmp_path: Path) -> None:
    """Excel turns 090121 into 90121 in a General column: the queue export formats its code
    columns as text, and a file with the zero dropped (or a national 8-digit line) is told why."""
    from openpyxl import load_workbook

    from app.core import outputs

    queue = tmp_path / "q.xlsx"
    outputs.export_queue(ws, queue)
    sheet = load_workbook(queue).active
    headers = [c.value for c in sheet[1]]
    for name in ("hs_code", "code_1"):
        assert sheet.cell(2, headers.index(name) + 1).number_format == "@", name
    path = tmp_path / "d.csv"
    path.write_text("sku,hs_code,note,reviewer\nTS-100-RED,90121,,Ana\nK-1,85076000,,Ana\n", encoding="utf-8")
    rejected = {row: why for row, _col, why in outputs.apply_decisions_file(ws, path).rejected}
    assert "dropped its leading 0" in rejected[2] and "type 090121" in rejected[2]
    assert "national tariff line" in rejected[3] and "(850760)" in rejected[3]


def test_rows_rejected_for_one_reason_are_listed_together() -> None:
    from app.core.outputs import grouped_rejections

    rejected = [(5, "hs_code", "codes differ"), (3, "hs_code", "codes differ"), (4, "sku", "no item"),
                (9, "hs_code", "codes differ")]
    assert grouped_rejections(rejected) == [([3, 5, 9], "hs_code", "codes differ"), ([4], "sku", "no item")]


def test_deciding_the_same_code_and_note_again_records_nothing(ws, seeded) -> None:
    first = reviewing.decide(ws, [seeded["low"]], "610910", "Ana", "checked").records[0]
    again = reviewing.decide(ws, [seeded["low"]], "610910", "Ana", "checked")
    assert [r.id for r in again.records] == [first.id]
    with ws.db.session() as s:
        assert review.decide(s, seeded["low"], "6109.10", "Ben", " checked ").id == first.id  # the same, by anyone
        assert s.scalar(select(func.count()).select_from(Decision)) == 1
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "decision")) == 1

    # a vape code brings its bans once, not once per request
    def bans() -> list[str]:
        with ws.db.session() as s:
            return list(s.scalars(select(Flag.market).where(Flag.item_id == seeded["knife"], Flag.rule_id == "VAPE-BAN")))

    reviewing.decide(ws, [seeded["knife"]], "854340", "Ana", "a sample")
    brought = bans()
    reviewing.decide(ws, [seeded["knife"]], "854340", "Ana", "a sample")
    assert brought and bans() == brought
    # another note is a new decision
    assert reviewing.decide(ws, [seeded["low"]], "610910", "Ana", "checked twice").records[0].id != first.id
    # a bulk decision over an item already decided so keeps its decision and decides the rest as one action
    out = reviewing.decide(ws, [seeded["tee2"], seeded["low"], seeded["dup"]], "610910", "Ana", "checked twice")
    with ws.db.session() as s:
        live = {d.item_id: d for d in s.scalars(select(Decision).where(Decision.undone_at.is_(None)))}
        assert out.records[1].id == live[seeded["low"]].id
        assert live[seeded["tee2"]].action_id == live[seeded["dup"]].action_id == live[seeded["tee2"]].id
    assert {r.item_id for r in deciding.undo_last_decision(ws, "Ana")} == {seeded["tee2"], seeded["dup"]}
