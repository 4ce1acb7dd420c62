"""The whole loop through the command line, in a temporary data dir."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main
from tests.conftest import SHIPMENT, data_rows


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig") as f:
        return data_rows(f)


def test_cli_loop(tmp_path: Path, catalogue_file: Path, capsys) -> None:
    d = ["--data-dir", tmp_path / "data"]
    code, out, _ = run(capsys, *d, "import", catalogue_file)
    assert code == 0 and "8 rows read, 8 imported" in out

    code, out, _ = run(capsys, *d, "classify", "--markets", "SG,MY")
    assert code == 0 and out.startswith("classified 8:")
    assert "VAPE-BAN: 1" in out and "VAPE-MY: 1" in out and "LIB-ALONE:" in out and "KNIFE:" in out

    code, _, _ = run(capsys, *d, "queue", "--export", tmp_path / "queue.csv")
    queue = read_csv(tmp_path / "queue.csv")
    assert code == 0
    assert {"sku", "title", "market", "severity", "rule_ids", "reasons", "code_1", "p_1", "code_3", "p_3"} <= set(queue[0])
    vape = [r for r in queue if r["sku"] == "SKU-1006"]
    assert {(r["market"], r["severity"]) for r in vape} >= {("SG", "block"), ("MY", "review")}
    assert queue[0]["severity"] == "block"  # blocking first

    # Decide every flagged item: the vape and the knife overridden, the rest accepted.
    flagged = sorted({r["sku"] for r in queue})
    codes = {r["sku"]: r["code_1"] for r in queue}
    codes.update({"SKU-1006": "854340", "SKU-1003": "821191"})
    with open(tmp_path / "decisions.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["sku", "hs_code", "note", "reviewer"])
        for sku in flagged:
            w.writerow([sku, codes[sku], "checked", "Ana"])
        w.writerow(["SKU-1001" if "SKU-1001" not in flagged else "NOPE-1", "610910", "", "Ana"])
        w.writerow(["SKU-1002", "12345", "", "Ana"])
    code, out, _ = run(capsys, *d, "decide", tmp_path / "decisions.csv")
    assert code == 5  # applied in part: two bad rows, named; the power bank's two rows disagree, so it is not decided
    assert f"{len(flagged) - 1} decisions applied, 3 rows rejected" in out
    assert "column hs_code: '12345' is not a six-digit HS 2022 subheading" in out
    assert (f"row 3, column hs_code: SKU 'SKU-1002' is given different codes ({codes['SKU-1002']} on row 3, "
            "12345 on row 11); nothing was decided for it") in out
    decided_later = tmp_path / "power-bank.csv"
    decided_later.write_text(f"sku,hs_code,reviewer\nSKU-1002,{codes['SKU-1002']},Ana\n", encoding="utf-8")
    assert run(capsys, *d, "decide", decided_later)[0] == 0

    code, out, _ = run(capsys, *d, "export-items", tmp_path / "items.csv")
    items = {r["sku"]: r for r in read_csv(tmp_path / "items.csv")}
    assert items["SKU-1006"]["hs_code"] == "854340" and items["SKU-1006"]["status"] == "decided"
    assert all(r["status"] in ("decided", "auto-accepted") and len(r["hs_code"]) == 6 for r in items.values())
    assert items["SKU-1008"]["title"].startswith("'=")  # formula neutralised

    code, out, _ = run(capsys, *d, "export-log", tmp_path / "log.csv")
    log = read_csv(tmp_path / "log.csv")
    assert code == 0 and len(log) == len(flagged)
    assert {r["reviewer"] for r in log} == {"Ana"}
    assert next(r for r in log if r["sku"] == "SKU-1006")["code"] == "854340"

    code, out, _ = run(capsys, *d, "retrain")
    assert code == 0 and "model version 2 active" in out

    shipment = tmp_path / "shipment.json"
    shipment.write_text(json.dumps(SHIPMENT))
    code, out, _ = run(capsys, *d, "documents", shipment, "--out", tmp_path / "docs")
    assert code == 0
    text = PdfReader(tmp_path / "docs" / "INV-0001-invoice.pdf").pages[0].extract_text()
    assert "COMMERCIAL INVOICE" in text and "SKU-1001" in text and "Lion City Retail" in text
    assert (tmp_path / "docs" / "INV-0001-packing-list.pdf").exists()

    code, out, _ = run(capsys, *d, "verify-log")
    assert code == 0 and "audit trail intact" in out


def test_documents_refused_for_items_waiting_for_review(tmp_path: Path, catalogue_file: Path, capsys) -> None:
    d = ["--data-dir", tmp_path / "data"]
    run(capsys, *d, "import", catalogue_file)
    run(capsys, *d, "classify", "--markets", "SG")
    shipment = tmp_path / "s.json"
    shipment.write_text(json.dumps({**SHIPMENT, "lines": [{"sku": "SKU-1006", "quantity": 1}]}))
    code, out, err = run(capsys, *d, "documents", shipment, "--out", tmp_path / "docs")
    assert code == 3
    assert "SKU-1006: waits for review" in err
    assert not (tmp_path / "docs" / "INV-0001-invoice.pdf").exists()


def test_documents_for_a_cleared_ban_need_ship_cleared(tmp_path: Path, catalogue_file: Path, capsys) -> None:
    d = ["--data-dir", tmp_path / "data"]
    run(capsys, *d, "import", catalogue_file)
    run(capsys, *d, "classify", "--markets", "SG")
    decisions = tmp_path / "d.csv"
    decisions.write_text("sku,hs_code,note,reviewer\nSKU-1006,854340,sold to Malaysia only,Ana\n", encoding="utf-8")
    assert run(capsys, *d, "decide", decisions)[0] == 0
    shipment = tmp_path / "s.json"
    shipment.write_text(json.dumps({**SHIPMENT, "lines": [{"sku": "SKU-1006", "quantity": 1}]}))
    code, _, err = run(capsys, *d, "documents", shipment, "--out", tmp_path / "docs")
    assert code == 3 and "SKU-1006: VAPE-BAN for SG" in err and "sold to Malaysia only" in err and "--ship-cleared" in err
    assert not (tmp_path / "docs" / "INV-0001-invoice.pdf").exists()
    code, out, _ = run(capsys, *d, "documents", shipment, "--out", tmp_path / "docs", "--ship-cleared")
    assert code == 0 and (tmp_path / "docs" / "INV-0001-invoice.pdf").exists()


@pytest.mark.parametrize("args,message", [
    (["import", "missing.csv"], "missing.csv: no such file"),
    (["export-log", "log.pdf"], "choose a .csv or .xlsx"),
])
def test_unusable_input_exits_2_with_reason(tmp_path: Path, capsys, args, message) -> None:
    from app.core.workspace import Workspace

    Workspace(tmp_path / "data").close()
    code, _, err = run(capsys, "--data-dir", tmp_path / "data", *[str(tmp_path / a) if "." in a else a for a in args])
    assert code == 2 and message in err and err.count("\n") == 1


def test_bad_shipment_file_names_the_field(tmp_path: Path, catalogue_file: Path, capsys) -> None:
    s = tmp_path / "s.json"
    s.write_text(json.dumps({**SHIPMENT, "incoterm": "XYZ"}))
    run(capsys, "--data-dir", tmp_path / "data", "import", catalogue_file)
    code, _, err = run(capsys, "--data-dir", tmp_path / "data", "documents", s, "--out", tmp_path)
    assert code == 2 and "incoterm: 'XYZ' is not an Incoterms 2020 rule" in err


def test_predict_writes_one_row_per_input_row(tmp_path: Path, capsys) -> None:
    src = tmp_path / "in.csv"
    src.write_text("name,notes\nCotton t-shirt,x\n,empty title\nPower bank 10000mAh,y\n", encoding="utf-8")
    code, _, _ = run(capsys, "--data-dir", tmp_path / "data", "predict", src, "-o", tmp_path / "out.csv", "--top", "3")
    rows = read_csv(tmp_path / "out.csv")
    assert code == 0 and [r["row"] for r in rows] == ["2", "3", "4"]
    assert list(rows[0]) == ["row", "code_1", "p_1", "code_2", "p_2", "code_3", "p_3"]
    assert rows[1]["code_1"] == "" and len(rows[2]["code_1"]) == 6


def test_decide_takes_the_rows_of_one_item_as_one_decision(tmp_path: Path, catalogue_file: Path, capsys) -> None:
    d = ["--data-dir", tmp_path / "data"]
    run(capsys, *d, "import", catalogue_file)
    run(capsys, *d, "classify", "--markets", "SG,MY,VN")
    queue_file = tmp_path / "queue.csv"
    run(capsys, *d, "queue", "--export", queue_file)
    queue = read_csv(queue_file)
    vape = [r for r in queue if r["sku"] == "SKU-1006"]
    assert len(vape) == 4  # one row per market: SG, VN, ALL, MY

    # Every row filled in: the vape's rows agree (the reviewer named once, a note per market),
    # the knife's two rows do not, the mug has one row.
    notes = {"SG": "sold to Malaysia only", "VN": "sold to Malaysia only", "ALL": "", "MY": "licensed importer"}
    filled = []
    for r in queue:
        if r["sku"] == "SKU-1006":
            filled.append({**r, "hs_code": "854340", "note": notes[r["market"]],
                           "reviewer": "Ana" if r is vape[0] else ""})
        elif r["sku"] in ("SKU-1004", "SKU-1003"):
            filled.append({**r, "hs_code": r["code_1"], "reviewer": "Ana"})
    knife = next(r for r in filled if r["sku"] == "SKU-1003")
    filled.append({**knife, "hs_code": "821191"})
    with open(queue_file, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(queue[0]))
        w.writeheader()
        w.writerows(filled)
    rows = {r["sku"]: [n for n, x in enumerate(filled, start=2) if x["sku"] == r["sku"]] for r in filled}
    k1, k2 = rows["SKU-1003"]

    code, out, _ = run(capsys, *d, "decide", queue_file)
    assert code == 5  # applied in part
    assert "2 decisions applied, 2 rows rejected" in out
    conflict = (f"SKU 'SKU-1003' is given different codes ({knife['code_1']} on row {k1}, 821191 on row {k2}); "
                "nothing was decided for it")
    rejected = [line for line in out.splitlines() if line.startswith("  row ")]
    assert rejected == [f"  row {k1}, column hs_code: {conflict}", f"  row {k2}, column hs_code: {conflict}"]
    # the vape was classified for SG and MY only: its code brings the other markets' flags, named
    assert "resolved by these decisions" in out and "  SKU-1006: VAPE-BAN (TH, block): TH bans" in out
    assert "is not waiting for review" not in out

    run(capsys, *d, "export-log", tmp_path / "log.csv")
    log = {r["sku"]: r for r in read_csv(tmp_path / "log.csv")}
    assert set(log) == {"SKU-1006", "SKU-1004"}  # one decision each, nothing for the knife
    assert (log["SKU-1006"]["code"], log["SKU-1006"]["reviewer"], log["SKU-1006"]["note"]) == (
        "854340", "Ana", "sold to Malaysia only | licensed importer")
    run(capsys, *d, "export-items", tmp_path / "items.csv")
    assert {r["sku"]: r["status"] for r in read_csv(tmp_path / "items.csv")}["SKU-1003"] == "flagged"

    # the file's decisions are one action: one undo takes both back
    from app.core import deciding
    from app.core.workspace import Workspace
    ws = Workspace(tmp_path / "data")
    try:
        assert sorted(r.sku for r in deciding.undo_last_decision(ws, "Ana")) == ["SKU-1004", "SKU-1006"]
    finally:
        ws.close()


def test_decide_refuses_one_item_given_by_two_reviewers(tmp_path: Path, catalogue_file: Path, capsys) -> None:
    d = ["--data-dir", tmp_path / "data"]
    run(capsys, *d, "import", catalogue_file)
    run(capsys, *d, "classify", "--markets", "SG")
    decisions = tmp_path / "d.csv"
    decisions.write_text("sku,hs_code,note,reviewer\nSKU-1006,854340,checked,Ana\nSKU-1006,854340,checked,Budi\n"
                         "SKU-1006,854340,,\nSKU-1006,854340,,ana \n", encoding="utf-8")
    code, out, _ = run(capsys, *d, "decide", decisions, "--reviewer", "Ana")
    # "ana " is Ana: names are compared without case and spacing
    why = "SKU 'SKU-1006' is given different reviewers (Ana on rows 2 and 5, Budi on row 3); nothing was decided for it"
    assert code == 2 and out.splitlines()[1:] == [f"  row {n}, column reviewer: {why}" for n in (2, 3, 4, 5)]


def test_a_decisions_workbook_with_an_unsaved_formula_is_refused_naming_the_cell(tmp_path: Path, catalogue_file: Path,
                                                                                  capsys) -> None:
    from openpyxl import Workbook

    d = ["--data-dir", tmp_path / "data"]
    run(capsys, *d, "import", catalogue_file)
    run(capsys, *d, "classify", "--markets", "SG")
    wb = Workbook()
    sheet = wb.active
    sheet.append(["sku", "hs_code", "note", "reviewer"])
    sheet.append(["SKU-1001", "610910", "", "Ana"])
    sheet.append(["SKU-1004", '=TEXT(691200,"0")', "", "Ana"])  # written by a program: no saved result
    wb.save(tmp_path / "d.xlsx")
    code, _, err = run(capsys, *d, "decide", tmp_path / "d.xlsx")
    assert code == 2 and "d.xlsx: row 3, column hs_code: a formula (=TEXT(691200" in err and "no saved value" in err


@pytest.mark.parametrize("args,message", [
    (["export-log", "log.csv", "--market", "XX"], "not a country code: 'XX'"),
    (["export-log", "log.csv", "--from", "2026-02-01", "--to", "2026-01-01"], "--from 2026-02-01 is after --to 2026-01-01"),
    (["classify", "--markets", "XX,sg"], "not a country code: 'XX'"),
    (["predict", "in.csv", "-o", "out.csv", "--top", "0"], "the model gives 1 to 5 suggestions"),
])
def test_arguments_that_would_give_nothing_are_refused(tmp_path: Path, capsys, args, message) -> None:
    """An unknown market or reversed dates used to write an empty log and exit 0."""
    from app.core.workspace import Workspace

    Workspace(tmp_path / "data").close()
    with pytest.raises(SystemExit) if args[0] != "export-log" or "--from" not in args else _no_exit():
        code, _, err = run(capsys, "--data-dir", tmp_path / "data", *[str(tmp_path / a) if a.endswith(".csv") else a
                                                                       for a in args])
        assert code == 2 and message in err
    if args[0] != "export-log" or "--from" not in args:
        assert message in capsys.readouterr().err
    assert not (tmp_path / "log.csv").exists()


def _no_exit():  # type: ignore[no-untyped-def]
    from contextlib import nullcontext
    return nullcontext()


def test_a_mistyped_data_folder_is_not_created_by_a_command_that_reads(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "--data-dir", tmp_path / "dta", "verify-log")
    assert code == 2 and "no such folder, so no Borderline database" in err and not (tmp_path / "dta").exists()
    (tmp_path / "empty").mkdir()
    code, _, err = run(capsys, "--data-dir", tmp_path / "empty", "export-log", tmp_path / "log.csv")
    assert code == 2 and "no Borderline database in this folder" in err and not (tmp_path / "empty" / "borderline.db").exists()
    shipment = tmp_path / "s.json"
    shipment.write_text('{"lines": [{"sku": "SC-008", "quantity": 1}]}', encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", tmp_path / "empty", "documents", shipment, "--out", tmp_path / "docs")
    assert code == 2 and "no Borderline database in this folder" in err and "SC-008" not in err  # not "no item with SKU"
    code, _, err = run(capsys, "--data-dir", tmp_path / "empty", "classify")
    assert code == 2 and not (tmp_path / "empty" / "borderline.db").exists()


def test_a_decisions_file_corrects_auto_accepted_and_decided_items(tmp_path: Path, catalogue_file: Path, capsys) -> None:
    """An auto-accepted code found wrong is corrected from a file like a flagged one; a row that
    repeats a decision changes nothing and is not an error."""
    from app.core import item_views
    from app.core.workspace import Workspace

    d = ["--data-dir", tmp_path / "data"]
    run(capsys, *d, "import", catalogue_file)
    run(capsys, *d, "classify", "--markets", "SG")
    ws = Workspace(tmp_path / "data")
    try:
        from app.core import flagging

        ws.set_setting("review_below", 0.0)  # nothing low-confidence: the plain items are auto-accepted
        flagging.reflag(ws, ["SG"])
        auto = next(r for r in item_views.list_items(ws) if r.status == "auto")
        flagged = next(r for r in item_views.list_items(ws) if r.status == "flagged" and r.severity != "block")
    finally:
        ws.close()
    decisions = tmp_path / "d.csv"
    decisions.write_text(f"sku,hs_code,note,reviewer\n{auto.sku},3926.90,wrong code,Ana\n{flagged.sku},{flagged.top_code},,Ana\n",
                         encoding="utf-8")
    code, out, _ = run(capsys, *d, "decide", decisions)
    assert code == 0 and "2 decisions applied, 0 rows rejected" in out
    code, out, _ = run(capsys, *d, "decide", decisions)  # the same file again
    assert code == 0 and "0 decisions applied, 0 rows rejected, 2 items already decided so" in out
    ws = Workspace(tmp_path / "data")
    try:
        rows = {r.sku: r for r in item_views.list_items(ws)}
        assert (rows[auto.sku].status, rows[auto.sku].hs_code) == ("decided", "392690")
    finally:
        ws.close()


def test_an_import_that_rejects_every_row_exits_2_and_models_prints_figures(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("sku,title,price\nA,,x\n", encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", tmp_path / "data", "import", bad)
    assert code == 2 and "every row was rejected" in err and "row 2, column title: missing title" in out
    good = tmp_path / "good.csv"
    good.write_text("sku,title,price,currency,origin\nM-1,Ceramic mug,5,USD,TH\n", encoding="utf-8")
    run(capsys, "--data-dir", tmp_path / "data", "import", good)
    run(capsys, "--data-dir", tmp_path / "data", "classify")
    code, out, _ = run(capsys, "--data-dir", tmp_path / "data", "models")
    assert code == 0 and "labelled titles, cross-validated; at 0.97:" in out and "{" not in out


def test_a_reader_that_goes_away_stops_the_output_quietly(tmp_path: Path) -> None:
    """`borderline queue | head -1`: the pipe closes early; no error sentence, the shell's exit status for it."""
    import subprocess
    import sys

    from app.benchmarks.common import generate_catalogue

    d = ["--data-dir", str(tmp_path / "data")]
    catalogue = generate_catalogue(tmp_path / "many.csv", 3000)  # a queue longer than a pipe holds
    assert main([*d, "import", str(catalogue)]) == 0 and main([*d, "classify"]) == 0
    proc = subprocess.Popen([sys.executable, "-m", "app", *d, "queue"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=Path(__file__).resolve().parents[1])
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # the reader goes away after one line
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141 and err == ""
