"""Unit tests for the core modules: nomenclature, catalogue, classifier, rules, audit, export."""
from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.core import audit, classifier
from app.core.catalogue import CatalogueError, map_columns, normalise_title, parse_catalogue, parse_decimal
from app.core.export import safe_cell, write_table
from app.core.nomenclature import nomenclature
from app.core.rules import RuleFileError, load_rules
from app.core.tables import AuditEntry
from tests.conftest import write_catalogue


# nomenclature ------------------------------------------------------------------------------
def test_nomenclature_validates_without_padding() -> None:
    nom = nomenclature()
    assert nom.is_subheading("850760")
    assert not nom.is_subheading("85076")   # never padded
    assert not nom.is_subheading("8507600")  # never truncated
    assert not nom.is_subheading("851712")  # HS 2017 code split in 2022
    assert [e.code for e in nom.hierarchy("850760")] == ["85", "8507", "850760"]
    with pytest.raises(ValueError, match="six-digit"):
        nom.validate("8507.6")  # a spreadsheet dropped the zero: not guessed
    assert nom.validate("8507.60") == "850760"  # as tariffs print it
    assert "850760" in [e.code for e in nom.search("lithium-ion")]
    # short words begin a word ("ca phe" matched fluorspar through calcium and phenols); longer
    # ones may sit inside one ("phone" in "telephone")
    assert "252921" not in [e.code for e in nom.search("ca phe", 200)]
    assert "851713" in [e.code for e in nom.search("phone")]
    assert [e.code for e in nom.search("coffee roasted")][:2] == ["090111", "090112"]
    assert [e.code for e in nom.search("8507")][:1] == ["850710"]


# catalogue ---------------------------------------------------------------------------------
def test_header_aliases_map_to_fields() -> None:
    m = map_columns(["Parent SKU", "Product Name", "Country of Origin", "Weight (kg)", "Colour"])
    assert m == {"sku": "Parent SKU", "title": "Product Name", "origin": "Country of Origin", "weight_kg": "Weight (kg)"}


@pytest.mark.parametrize("text,value", [("12.50", "12.50"), ("3,50", "3.50"), ("1.234,50", "1234.50"),
                                        ("1,234.50", "1234.50"), ("$ 7", "7"), ("1,234", "1234")])
def test_parse_decimal(text: str, value: str) -> None:
    assert parse_decimal(text) == Decimal(value)


def test_catalogue_rows_imported_or_rejected_with_row_and_column(tmp_path: Path) -> None:
    rows = [
        ("A1", "Cotton shirt", "", "", "Thailand", "5.00", "usd", "0.2"),
        ("A2", "", "no title", "", "TH", "5", "USD", ""),
        ("A3", "Mug", "", "", "TH", "-1", "USD", ""),
        ("A1", "Duplicate", "", "", "TH", "1", "USD", ""),
        ("A5", "Bag", "", "", "Atlantis", "1", "USD", ""),
        ("A6", "Hat", "", "", "VN", "1", "ABC", ""),
        ("A7", "Pen\x07 set", "", "", "Viet Nam", "1,20", "USD", "abc"),
        ("A8", "ชุดกระเป๋าผ้าไหม", "", "", "TH", "2", "THB", "0.1"),
    ]
    parsed = parse_catalogue(write_catalogue(tmp_path / "c.csv", rows))
    assert [r.sku for r in parsed.records] == ["A1", "A8"]
    assert parsed.records[0].origin == "TH" and parsed.records[0].currency == "USD"
    assert parsed.records[1].title == "ชุดกระเป๋าผ้าไหม"
    assert [(r.row_number, r.column, r.reason) for r in parsed.rejections] == [
        (3, "Product Name", "missing title"),
        (4, "Price", "negative price -1"),
        (5, "SKU", "duplicate SKU 'A1' (first on row 2)"),
        (6, "Country of Origin", "unknown country 'Atlantis'"),
        (7, "Currency", "unknown currency 'ABC'"),
        (8, "Weight (kg)", "not a weight: 'abc'"),
    ]
    assert parsed.rows_read == 8


@pytest.mark.parametrize("content,message", [(b"", "empty"), (b"\x00\x01\x02binary", "not a text"),
                                             (b"<!DOCTYPE html><html><body>Error</body></html>", "web page")])
def test_unreadable_files_are_refused(tmp_path: Path, content: bytes, message: str) -> None:
    p = tmp_path / "bad.csv"
    p.write_bytes(content)
    with pytest.raises(CatalogueError, match=message):
        parse_catalogue(p)


def test_csv_renamed_xlsx_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "fake.xlsx"
    p.write_text("sku,title\nA,B\n")
    with pytest.raises(CatalogueError, match="fake.xlsx"):
        parse_catalogue(p)


def test_normalise_title() -> None:
    assert normalise_title("  Cotton T-Shirt,  WHITE!! ") == normalise_title("cotton t shirt white")


# classifier --------------------------------------------------------------------------------
EXAMPLES = [classifier.Example(t, c) for t, c in [
    ("20000mAh power bank fast charge", "850760"), ("lithium ion battery pack 18650", "850760"),
    ("cotton t-shirt men crew neck", "610910"), ("women cotton tee shirt", "610910"),
    ("kitchen knife stainless steel", "821191"), ("chef knife 8 inch blade", "821191"),
]]


def test_classifier_predicts_ranked_probabilities() -> None:
    model = classifier.train(EXAMPLES)
    [preds] = model.predict(["portable power bank 10000mah"], k=3)
    assert preds[0][0] == "850760"
    assert [p for _, p in preds] == sorted((p for _, p in preds), reverse=True)
    assert 0 < sum(p for _, p in preds) <= 1.0 + 1e-9


def test_model_file_is_refused_when_its_hash_differs(tmp_path: Path) -> None:
    path = tmp_path / "m.npz"
    digest = classifier.save(classifier.train(EXAMPLES), path)
    assert classifier.load(path, digest).predict(["t-shirt cotton"], 1)[0][0][0] == "610910"
    with open(path, "ab") as f:
        f.write(b"tampered")
    with pytest.raises(classifier.ModelFileError, match="SHA-256"):
        classifier.load(path, digest)
    with pytest.raises(classifier.ModelFileError, match="missing"):
        classifier.load(tmp_path / "nope.npz", digest)


# rules -------------------------------------------------------------------------------------
def test_default_rules_fire_by_keyword_code_and_market() -> None:
    rules = load_rules([Path("resources/rules/default.toml")])
    flags = rules.evaluate("Disposable VAPE pen 5000 puffs", [("854340", 0.99)], ["SG", "MY"])
    waiting = {(f.rule_id, f.market, f.severity) for f in flags if f.severity != "info"}
    assert waiting == {("VAPE-BAN", "SG", "block"), ("VAPE-MY", "MY", "review")}
    assert rules.evaluate("Cotton T-shirt", [("610910", 0.99)], ["SG"]) == []
    low = rules.evaluate("Cotton T-shirt", [("610910", 0.2)], ["SG"])
    assert [f.rule_id for f in low] == ["LOWCONF"]
    by_code = rules.evaluate("Portable charger", [("850760", 0.99)], ["SG"])
    assert [f.trigger for f in by_code if f.rule_id == "LIB-ALONE"] == ["Portable charger; HS 850760"]
    assert rules.evaluate("Bladeless fan", [("841451", 0.99)], ["SG"]) == []


@pytest.mark.parametrize("body,message", [
    ('[[rule]]\nid="X"\nseverity="fatal"\nreason="r"\nkeywords=["a"]', "rule X: field 'severity'"),
    ('[[rule]]\nid="X"\nseverity="block"\nkeywords=["a"]', "rule X: field 'reason'"),
    ('[[rule]]\nid="X"\nseverity="block"\nreason="r"\nhs_prefixes=["85a"]', "rule X: field 'hs_prefixes'"),
    ('[[rule]\nid=', "not valid TOML"),
])
def test_rule_file_errors_name_file_rule_and_field(tmp_path: Path, body: str, message: str) -> None:
    p = tmp_path / "rules.toml"
    p.write_text(body)
    with pytest.raises(RuleFileError, match=message) as err:
        load_rules([p])
    assert str(p) in str(err.value)


def test_user_rule_file_overrides_bundled_rule(tmp_path: Path) -> None:
    user = tmp_path / "rules.toml"
    user.write_text('[[rule]]\nid="KNIFE"\nseverity="info"\nreason="fine"\nkeywords=["knife"]\n')
    rules = load_rules([Path("resources/rules/default.toml"), user])
    [flag] = rules.evaluate("Kitchen knife", [("821191", 0.99)], ["SG"])
    assert (flag.rule_id, flag.severity) == ("KNIFE", "info")


# audit -------------------------------------------------------------------------------------
def test_audit_chain_detects_tampering(ws) -> None:
    with ws.db.session() as s:
        for i in range(3):
            audit.append(s, "ana", "decision", f"SKU-{i}", {"code": "610910"})
    with ws.db.session() as s:
        assert audit.verify(s).ok and audit.verify(s).entries == 3
        entry = s.get(AuditEntry, 2)
        entry.payload = {"code": "999999"}
    with ws.db.session() as s:
        report = audit.verify(s)
        assert not report.ok and report.first_bad_id == 2


# export ------------------------------------------------------------------------------------
def test_formula_cells_are_escaped_in_csv_and_xlsx(tmp_path: Path) -> None:
    rows = [["=1+1", "+cmd", "-2", "@SUM(A1)", "plain", 3, Decimal("1.50")]]
    assert [safe_cell(v) for v in rows[0]] == ["'=1+1", "'+cmd", "'-2", "'@SUM(A1)", "plain", 3, "1.50"]
    write_table(tmp_path / "o.csv", list("abcdefg"), rows)
    with open(tmp_path / "o.csv", encoding="utf-8-sig") as f:
        assert list(csv.reader(f))[1][:4] == ["'=1+1", "'+cmd", "'-2", "'@SUM(A1)"]
    write_table(tmp_path / "o.xlsx", list("abcdefg"), rows)
    ws_ = load_workbook(tmp_path / "o.xlsx").active
    cells = [ws_.cell(2, c) for c in range(1, 5)]
    # text cells marked as typed after an apostrophe: shown as written, never evaluated
    assert [c.value for c in cells] == ["=1+1", "+cmd", "-2", "@SUM(A1)"]
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    assert ws_["E2"].value == "plain" and ws_["F2"].value == 3


def test_model_file_with_pickled_objects_is_refused(tmp_path: Path) -> None:
    import numpy as np

    path = tmp_path / "evil.npz"
    np.savez(path, header=np.array([{"format": 2}], dtype=object))
    digest = classifier.sha256_file(path)
    with pytest.raises(classifier.ModelFileError, match="not a readable"):
        classifier.load(path, digest)


def test_shipped_baseline_model_loads_with_its_recorded_hash() -> None:
    from app.core.workspace import bundled_model

    found = bundled_model()
    assert found is not None, "models/baseline.json is missing: run `make baseline`"
    path, sha, meta = found
    model = classifier.load(path, sha)
    assert len(model.classes) == meta["n_codes"] >= 300
    assert model.predict(["Power bank 20000mAh"], 1)[0][0][0] == "850760"


def test_regional_headers_for_origin_and_weight_map_without_asking() -> None:
    from app.core.fields import map_columns

    got = map_columns(["Mã SP", "Tên sản phẩm", "Bahan", "Asal", "Harga", "Mata uang", "Berat kg", "Warna"])
    assert (got["origin"], got["weight_kg"], got["sku"]) == ("Asal", "Berat kg", "Mã SP")


def test_a_count_axis_ticks_on_whole_numbers() -> None:
    from app.core.dashboard import count_axis

    for top in (1, 3, 7, 14, 38, 99, 250, 12_345):
        upper, ticks = count_axis(top)
        step = upper / (ticks - 1)
        assert upper >= top and step == int(step) and ticks <= 6, (top, upper, ticks)
    assert count_axis(14) == (15, 4) and count_axis(1) == (1, 2)


# the rule set a workspace keeps ---------------------------------------------------------------
class CountedCalls:
    """Wraps a function and counts its calls."""

    def __init__(self, fn) -> None:  # type: ignore[no-untyped-def]
        self.fn, self.calls = fn, 0

    def __call__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.calls += 1
        return self.fn(*args, **kwargs)


def test_the_rule_set_is_read_once_until_what_it_is_made_of_changes(ws, monkeypatch) -> None:
    from app.core import rule_admin
    from app.core import workspace as workspace_module

    loads = CountedCalls(workspace_module.load_rules)
    monkeypatch.setattr(workspace_module, "load_rules", loads)
    first = ws.rules()
    assert ws.rules() is first and ws.rules() is first and loads.calls == 1
    ws.set_setting("review_below", 0.5)  # Settings' threshold (its audit entry reads the files' own)
    calls = loads.calls
    assert ws.rules().review_below == 0.5 and loads.calls == calls + 1
    assert ws.rules().review_below == 0.5 and loads.calls == calls + 1
    ws.language = "id"
    assert ws.rules().language == "id" and loads.calls == calls + 2
    ws.language = "en"
    ws.rules()
    calls = loads.calls
    rule_admin.set_override(ws, "KNIFE", enabled=False)  # writes rules.toml
    assert not ws.rules().get("KNIFE").enabled and loads.calls > calls
    # a broken rules.toml is reported until it is mended
    (ws.data_dir / "rules.toml").write_text("[[rule]\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(RuleFileError, match="not valid TOML"):
            ws.rules()
    (ws.data_dir / "rules.toml").unlink()
    assert ws.rules().get("KNIFE").enabled
