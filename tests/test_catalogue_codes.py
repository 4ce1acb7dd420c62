"""A catalogue's own HS code column: recognised by its usual names, each code checked as every
code is (an invalid one named in the import report, its row imported and its cell kept), and a
valid one compared with the model's suggestion: an item whose code differs waits for a person,
and the seller's code is never taken as a decision."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.core import classifying, deciding, flagging, item_views, services
from app.core.fields import headers_key, map_columns
from app.core.importer import ImportOptions, preview_catalogue
from app.core.nomenclature import nomenclature
from app.core.shipment import parse_shipment
from app.core.shipment_documents import DocumentsRefused, build_documents
from app.core.tables import AuditEntry, ColumnMapping, Decision, Item

HEADER = ["SKU", "Product Name", "Country of Origin", "Price", "Currency", "Weight (kg)", "HS Code"]
TITLES = {"AGREE-1": "Teak Wood Salad Bowl", "DIFFER-1": "Thai Silk Scarf Elephant Pattern",
          "NONE-1": "Handwoven Rattan Basket Bag"}
OTHER_CODES = ("420222", "940360", "691200", "732393")  # valid subheadings, one of them outside the model's five


def write(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def row(sku: str, title: str, code: str) -> list[str]:
    return [sku, title, "Thailand", "12.50", "USD", "0.40", code]


@pytest.mark.parametrize("name", ["HS Code", "HS", "HS code (6)", "hs_code", "H.S. Code", "Kode HS", "Kod HS", "Mã HS",
                                  "Mã số HS", "พิกัดศุลกากร", "Tariff code", "Commodity code"])
def test_the_usual_names_of_an_hs_code_column_are_recognised(name: str) -> None:
    assert map_columns(["SKU", "Title", name]) == {"sku": "SKU", "title": "Title", "hs_code": name}


def test_an_hs_code_column_takes_no_other_fields_column() -> None:
    # "Code" and "Kode" stay the SKU; the HS column beside them is the seller's code
    assert map_columns(["Code", "Name", "HS Code"]) == {"sku": "Code", "title": "Name", "hs_code": "HS Code"}
    assert map_columns(["Kode", "Nama Produk", "Kode HS"]) == {"sku": "Kode", "title": "Nama Produk", "hs_code": "Kode HS"}


def test_a_file_with_an_hs_code_column_imports_without_asking(ws, tmp_path: Path) -> None:
    path = write(tmp_path / "cat.csv", [row("A-1", "Teak bowl", "441920")])
    preview = preview_catalogue(ws, path)
    assert preview.mapping["hs_code"] == "HS Code"
    assert preview.unplaced == [] and preview.settled
    # a column that is no field is what the dialog asks about, and it is named
    other = write(tmp_path / "notes.csv", [[*row("A-1", "Teak bowl", "441920"), "fragile"]], [*HEADER, "Notes"])
    preview = preview_catalogue(ws, other)
    assert preview.unplaced == ["Notes"] and not preview.settled


def test_each_code_is_checked_and_an_invalid_one_is_reported_with_file_row_and_column(ws, tmp_path: Path) -> None:
    path = write(tmp_path / "siam.csv", [row("A-1", "Teak bowl", "441920"), row("A-2", "Silk scarf", "6214.10"),
                                         row("A-3", "Dried mango", "ABC"), row("A-4", "Shorts", "62034"),
                                         row("A-5", "Yoga mat", "999999"), row("A-6", "Soap", "")])
    report = services.import_catalogue(ws, path)
    assert (report.added, report.rejected, report.codes_read) == (6, [], 2)
    code_warnings = [w for w in report.warnings if "HS Code" in w]
    assert code_warnings == [
        "siam.csv, row 4, column HS Code: 'ABC' is not a six-digit HS 2022 subheading; the row is imported and the "
        "code kept as written, but not used",
        "siam.csv, row 5, column HS Code: '62034' is not a six-digit HS 2022 subheading; the row is imported and the "
        "code kept as written, but not used",
        "siam.csv, row 6, column HS Code: '999999' is a trade-statistics code (\"Commodities not specified according to "
        "kind\"), not an HS 2022 subheading: give the subheading of the goods; the row is imported and the code kept as "
        "written, but not used"]
    with ws.db.session() as s:
        items = {i.sku: i for i in s.scalars(select(Item))}
        assert {k: i.catalogue_code for k, i in items.items()} == {
            "A-1": "441920", "A-2": "621410", "A-3": None, "A-4": None, "A-5": None, "A-6": None}
        # nothing is lost: the cell as written stays with the item
        assert [items[k].attributes.get("HS Code") for k in ("A-2", "A-3", "A-4", "A-6")] == ["6214.10", "ABC", "62034", None]
        assert all(i.status == "pending" and i.hs_code is None for i in items.values())


def test_many_invalid_codes_are_named_first_then_counted(ws, tmp_path: Path) -> None:
    path = write(tmp_path / "many.csv", [row(f"X-{n}", f"Item {n}", "X") for n in range(25)])
    report = services.import_catalogue(ws, path)
    named = [w for w in report.warnings if "row" in w and "'X'" in w]
    assert len(named) == 10 and named[0].startswith("many.csv, row 2, column HS Code: 'X'")
    assert ("many.csv, column HS Code: 15 more codes that are no HS 2022 subheading, on 15 rows (12, 13, 14, 15, 16, 17, "
            "18, 19, 20, 21 and 5 more); those rows are imported the same way") in report.warnings
    assert report.imported == 25


def model_top(ws, title: str) -> list[str]:
    return [c for c, _p in services.ensure_model(ws).predict([title], classifying.TOP_K)[0]]


def codes_file(ws, path: Path) -> tuple[Path, str, str]:
    """AGREE-1 gives the model's own first suggestion; DIFFER-1 a subheading the model does not
    suggest at all; NONE-1 no code. Returns the file, AGREE-1's code and DIFFER-1's."""
    agree = model_top(ws, TITLES["AGREE-1"])[0]
    suggested = model_top(ws, TITLES["DIFFER-1"])
    differ = next(c for c in OTHER_CODES if c not in suggested)
    write(path, [row("AGREE-1", TITLES["AGREE-1"], agree), row("DIFFER-1", TITLES["DIFFER-1"], differ),
                 row("NONE-1", TITLES["NONE-1"], "")])
    return path, agree, differ


def states(ws) -> dict[str, tuple[str, str | None, list[str]]]:
    with ws.db.session() as s:
        return {i.sku: (i.status, i.hs_code, sorted(f.rule_id for f in i.flags)) for i in s.scalars(select(Item))}


def test_a_code_that_differs_from_the_suggestion_waits_for_a_person(ws, tmp_path: Path) -> None:
    ws.set_setting("review_below", 0.0)  # no item waits for its confidence alone
    path, agree, differ = codes_file(ws, tmp_path / "codes.csv")
    services.import_catalogue(ws, path)
    classifying.classify_pending(ws)
    got = states(ws)
    # the seller's code and the model agree: the item goes as the model's suggestion alone would
    assert got["AGREE-1"] == ("auto", agree, [])
    assert got["NONE-1"][:2] == ("auto", model_top(ws, TITLES["NONE-1"])[0])
    # they differ: a person decides, with the model's suggestions kept as the model made them
    assert got["DIFFER-1"] == ("flagged", None, [flagging.CATALOGUE_RULE])
    top = model_top(ws, TITLES["DIFFER-1"])[0]
    differ_id = item_views.item_id_for_sku(ws, "DIFFER-1")
    detail = item_views.item_detail(ws, differ_id)
    assert (detail.source, detail.suggestions[0].code, detail.catalogue.code) == ("model", top, differ)
    assert detail.catalogue.description == nomenclature().describe(differ)
    assert detail.flags[0].reason == (f"The catalogue gives HS code {differ}; the model suggests {top}: decide which "
                                      "is right")
    with ws.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Decision)) == 0  # a seller's code is no decision

    # the flag stays through a re-flag, and no invoice is printed for the item until a person decides
    ws.set_setting(flagging.UNFINISHED_SETTING, True)
    flagging.reflag(ws)
    assert states(ws)["DIFFER-1"] == ("flagged", None, [flagging.CATALOGUE_RULE])
    raw = {"invoice_number": "INV-1", "date": "2026-11-24", "destination": "SG", "incoterm": "DAP",
           "incoterm_place": "Singapore", "currency": "USD",
           "seller": {"name": "Siam Craft", "address": "12 Sukhumvit Rd, Bangkok", "country": "TH"},
           "consignee": {"name": "Lion City Retail", "address": "1 Raffles Place, Singapore", "country": "SG"},
           "lines": [{"sku": "DIFFER-1", "quantity": 1}]}
    with pytest.raises(DocumentsRefused) as refused:
        build_documents(ws, parse_shipment(raw), raw, tmp_path / "out")
    assert refused.value.problems == [("DIFFER-1", f"waits for review: {flagging.CATALOGUE_RULE}")]

    # the reviewer takes the catalogue's code: decided, and a re-flag does not raise the question again
    deciding.decide(ws, differ_id, differ, "Ana")
    with ws.db.session() as s:  # the audit trail keeps what the reviewer was shown: both codes
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "decision")).one()
        assert (entry.payload["code"], entry.payload["replaced"], entry.payload["catalogue_code"]) == (differ, top, differ)
    flagging.reflag(ws)
    assert states(ws)["DIFFER-1"] == ("decided", differ, [])
    # an undo puts the question back
    deciding.undo_last_decision(ws, "Ana")
    assert states(ws)["DIFFER-1"] == ("flagged", None, [flagging.CATALOGUE_RULE])


def test_a_new_code_in_the_catalogue_is_compared_again_but_a_decision_stands(ws, tmp_path: Path) -> None:
    ws.set_setting("review_below", 0.0)
    path, agree, differ = codes_file(ws, tmp_path / "codes.csv")
    services.import_catalogue(ws, path)
    classifying.classify_pending(ws)
    deciding.decide(ws, item_views.item_id_for_sku(ws, "AGREE-1"), agree, "Ana")
    # the next export: AGREE-1 now gives another code (decided: it stands), DIFFER-1 the model's
    # (it no longer waits), NONE-1 a code the model does not suggest (it now waits)
    top = model_top(ws, TITLES["DIFFER-1"])[0]
    write(path, [row("AGREE-1", TITLES["AGREE-1"], differ), row("DIFFER-1", TITLES["DIFFER-1"], top),
                 row("NONE-1", TITLES["NONE-1"], next(c for c in OTHER_CODES if c not in model_top(ws, TITLES["NONE-1"])))])
    report = services.import_catalogue(ws, path)
    assert (report.updated, report.reclassified) == (3, 2)
    classifying.classify_pending(ws)
    got = states(ws)
    assert got["AGREE-1"] == ("decided", agree, [])
    assert got["DIFFER-1"] == ("auto", top, [])
    assert got["NONE-1"] == ("flagged", None, [flagging.CATALOGUE_RULE])


def test_a_remembered_decision_is_not_questioned_by_the_catalogue(ws, tmp_path: Path) -> None:
    """A person decided this title before: the decision is remembered, whatever code the file gives."""
    ws.set_setting("review_below", 0.0)
    path, _agree, differ = codes_file(ws, tmp_path / "codes.csv")
    services.import_catalogue(ws, path)
    classifying.classify_pending(ws)
    top = model_top(ws, TITLES["DIFFER-1"])[0]
    deciding.decide(ws, item_views.item_id_for_sku(ws, "DIFFER-1"), top, "Ana")
    again = write(tmp_path / "again.csv", [row("DIFFER-2", TITLES["DIFFER-1"], differ)])
    services.import_catalogue(ws, again)
    classifying.classify_pending(ws)
    assert states(ws)["DIFFER-2"] == ("auto", top, [])


def test_a_mapping_remembered_before_the_hs_code_field_reads_the_column(ws, tmp_path: Path) -> None:
    """A seller who matched this file's columns before Borderline read HS codes: the remembered
    mapping does not name the field, so its column is matched by name; one who leaves the field
    out in the dialog is remembered as such."""
    path = write(tmp_path / "siam.csv", [row("A-1", "Teak bowl", "441920")])
    old = {"sku": "SKU", "title": "Product Name", "origin": "Country of Origin", "price": "Price", "currency": "Currency",
           "weight_kg": "Weight (kg)"}
    with ws.db.session() as s:
        s.add(ColumnMapping(headers_key=headers_key(HEADER), headers=list(HEADER), mapping=old))
    preview = preview_catalogue(ws, path)
    assert preview.mapping_source == "remembered" and preview.mapping["hs_code"] == "HS Code"
    assert services.import_catalogue(ws, path).codes_read == 1
    # left out in the dialog: remembered, and the codes are not read next time
    services.import_catalogue(ws, path, options=ImportOptions(mapping=old, remember=True))
    with ws.db.session() as s:
        assert s.scalars(select(ColumnMapping)).one().mapping == {**old, "hs_code": ""}
    assert "hs_code" not in preview_catalogue(ws, path).mapping
    assert services.import_catalogue(ws, path).codes_read == 0
