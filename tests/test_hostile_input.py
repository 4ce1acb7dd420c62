"""Hostile and broken input: refused with a clear message, nothing half done, nothing run.

The fuzz tests use hypothesis. Their example counts come from the profile: the default
keeps the suite quick; ``HYPOTHESIS_PROFILE=fuzz`` runs thousands of examples per property.
"""
from __future__ import annotations

import ast
import csv
import io
import json
import os
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from app.core import item_views, services
from app.core.catalogue import CatalogueError, parse_catalogue, read_table
from app.core.rules import SEVERITY_RANK, RuleFileError, load_rules
from app.core.workspace import Workspace
from app.core.paths import resources_dir

settings.register_profile("default", max_examples=60, deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=int(os.environ.get("FUZZ_EXAMPLES", "3000")), deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parents[1]


def workbook(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


def rewrite_zip(src: Path, dst: Path, replace: dict[str, bytes], add: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for m in zin.infolist():
            zout.writestr(m.filename, replace.get(m.filename, zin.read(m.filename)))
        for name, data in (add or {}).items():
            zout.writestr(name, data)
    return dst


SHEET = "xl/worksheets/sheet1.xml"


@pytest.fixture
def good_xlsx(tmp_path: Path) -> Path:
    return workbook(tmp_path / "good.xlsx", [["SKU", "Product Name", "Price"], ["A-1", "Ceramic mug", "3.20"],
                                             ["A-2", "Cotton T-shirt", "6.50"]])


def zip_bomb(tmp: Path, good: Path) -> Path:
    zeros = b"<row>" + b"0" * (16 * 1024 * 1024) + b"</row>"
    return rewrite_zip(good, tmp / "bomb.xlsx", {SHEET: zeros})


def billion_laughs(tmp: Path, good: Path) -> Path:
    lol = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10))
           + b']><worksheet>&lol9;</worksheet>')
    return rewrite_zip(good, tmp / "laughs.xlsx", {SHEET: lol})


def external_entity(tmp: Path, good: Path) -> Path:
    xxe = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><worksheet>&e;</worksheet>'
    return rewrite_zip(good, tmp / "xxe.xlsx", {SHEET: xxe})


def nested_archive(tmp: Path, good: Path) -> Path:
    return rewrite_zip(good, tmp / "nested.xlsx", {}, {"xl/media/inner.zip": good.read_bytes()})


def deeply_nested_xml(tmp: Path, good: Path) -> Path:
    sheet = zipfile.ZipFile(good).read(SHEET)
    depth = 50_000
    return rewrite_zip(good, tmp / "deep.xlsx", {SHEET: sheet.replace(b"<sheetData>", b"<sheetData>" + b"<row>" * depth
                                                                        + b"</row>" * depth)})


def truncated(tmp: Path, good: Path) -> Path:
    (tmp / "cut.xlsx").write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    return tmp / "cut.xlsx"


def corrupted(tmp: Path, good: Path) -> Path:
    data = bytearray(good.read_bytes())
    for i in range(200, len(data), 97):
        data[i] ^= 0x5A
    (tmp / "corrupt.xlsx").write_bytes(bytes(data))
    return tmp / "corrupt.xlsx"


def random_bytes(tmp: Path, good: Path) -> Path:
    (tmp / "noise.xlsx").write_bytes(os.urandom(50_000))
    return tmp / "noise.xlsx"


def many_members(tmp: Path, good: Path) -> Path:
    return rewrite_zip(good, tmp / "many.xlsx", {}, {f"xl/junk/{i}.bin": b"" for i in range(2_500)})


@pytest.mark.parametrize(("make", "message"), [
    (zip_bomb, "zip bomb"), (billion_laughs, "DTD or entities"), (external_entity, "DTD or entities"),
    (nested_archive, "another archive"), (many_members, "parts"), (truncated, "not a readable workbook"),
    (corrupted, "cannot be read|not a readable"), (random_bytes, "not a readable workbook|not a workbook"),
    (deeply_nested_xml, "no title column|cannot be read|has no rows"),
])
def test_hostile_workbooks_are_refused_and_leave_the_database_as_it_was(ws: Workspace, catalogue_file: Path, good_xlsx: Path,
                                                                       tmp_path: Path, make, message: str) -> None:
    services.import_catalogue(ws, catalogue_file)
    before = item_views.status_counts(ws)
    bad = make(tmp_path, good_xlsx)
    with pytest.raises(CatalogueError, match=message) as err:
        services.import_catalogue(ws, bad)
    assert bad.name in str(err.value)  # the message names the file
    assert item_views.status_counts(ws) == before
    assert len(item_views.list_items(ws)) == 8


def test_the_good_workbook_used_above_imports(good_xlsx: Path) -> None:
    assert [r.sku for r in parse_catalogue(good_xlsx).records] == ["A-1", "A-2"]


def test_a_1_gb_csv_is_refused_without_being_read(tmp_path: Path) -> None:
    huge = tmp_path / "huge.csv"
    with open(huge, "wb") as f:
        f.write(b"SKU,Product Name\n")
        f.truncate(1 << 30)  # sparse: costs no disk
    tracemalloc.start()
    try:
        with pytest.raises(CatalogueError, match="limit is 256 MB"):
            read_table(huge)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 10 * 1024 * 1024


# fuzzing the importer ---------------------------------------------------------------------
@given(data=st.binary(max_size=4000) | st.binary(max_size=4000).map(lambda b: b"SKU,Product Name,Price\n" + b),
       suffix=st.sampled_from([".csv", ".tsv", ".txt", ".xlsx", ".ods"]))
def test_fuzz_random_bytes_only_ever_raise_catalogue_error(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        parsed = parse_catalogue(path)
    except CatalogueError:
        event("refused")
        return
    event("parsed")
    assert len(parsed.records) + len(parsed.rejections) == parsed.rows_read


cell = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
row = st.tuples(cell, cell, cell, cell, cell)
HEADER = ["SKU", "Product Name", "Price", "Country of Origin", "Weight (kg)"]


@given(rows=st.lists(row, max_size=25), delimiter=st.sampled_from([",", ";", "\t"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_fuzz_every_row_read_is_imported_or_rejected(tmp_path: Path, rows: list[tuple[str, ...]], delimiter: str,
                                                    encoding: str) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, quoting=csv.QUOTE_ALL)
    w.writerow(HEADER)
    w.writerows(rows)
    path = tmp_path / "fuzz.csv"
    path.write_bytes(buf.getvalue().encode(encoding))
    try:
        parsed = parse_catalogue(path)
    except CatalogueError as exc:
        event(f"refused: {str(exc).split(': ', 1)[-1][:40]}")
        return
    event("parsed")
    assert len(parsed.records) + len(parsed.rejections) + parsed.blank_rows == len(rows)
    numbered = [r.row_number for r in parsed.records] + [r.row_number for r in parsed.rejections]
    assert len(set(numbered)) == len(numbered) == len(rows) - parsed.blank_rows  # blank rows are skipped, counted
    assert set(numbered) <= set(range(2, len(rows) + 2))


@given(rows=st.lists(st.lists(st.one_of(cell, st.integers(), st.floats(allow_nan=False), st.none()), min_size=2,
                              max_size=4), max_size=15))
def test_fuzz_workbook_cells_only_ever_raise_catalogue_error(tmp_path: Path, rows: list[list[object]]) -> None:
    path = tmp_path / "fuzz.xlsx"
    clean = [[v.replace("\x00", "") if isinstance(v, str) else v for v in r] for r in rows]
    try:
        workbook(path, [["SKU", "Title", "Price", "Material"], *clean])
    except Exception:  # openpyxl itself refuses some control characters: not our input to test
        return
    try:
        parsed = parse_catalogue(path)
    except CatalogueError:
        return
    assert len(parsed.records) + len(parsed.rejections) == parsed.rows_read


# fuzzing the rule engine ------------------------------------------------------------------
RULES = load_rules([resources_dir() / "rules" / "default.toml"])
code = st.from_regex(r"\A[0-9]{6}\Z") | st.text(max_size=8)


@given(text=st.text(max_size=300), suggestions=st.lists(st.tuples(code, st.floats(0, 1)), max_size=5),
       markets=st.lists(st.text(max_size=3) | st.sampled_from(["SG", "MY", "TH", "ID", "PH", "VN"]), max_size=6))
def test_fuzz_rule_engine_never_fails_on_any_text(text: str, suggestions: list[tuple[str, float]], markets: list[str]) -> None:
    for f in RULES.evaluate(text, suggestions, markets):
        assert f.severity in SEVERITY_RANK and f.rule_id and f.reason


toml_scalar = (st.text(max_size=12) | st.integers(-5, 5) | st.floats(-2, 2, allow_nan=False) | st.booleans())
toml_value = st.recursive(toml_scalar, lambda inner: st.lists(inner, max_size=4)
                          | st.dictionaries(st.sampled_from(["id", "title", "severity", "reason", "markets", "keywords",
                                                             "exclude", "hs_prefixes", "enabled", "review_below", "x"]),
                                            inner, max_size=6), max_leaves=12)


def toml_text(v: object) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v)
    if isinstance(v, list):
        return "[" + ", ".join(toml_text(x) for x in v) + "]"
    assert isinstance(v, dict)
    return "{" + ", ".join(f"{k} = {toml_text(x)}" for k, x in v.items()) + "}"


@given(doc=st.dictionaries(st.sampled_from(["version", "confidence", "rule"]), toml_value, max_size=3))
def test_fuzz_rule_files_only_ever_raise_rule_file_error(tmp_path: Path, doc: dict[str, object]) -> None:
    path = tmp_path / "rules.toml"
    path.write_text("\n".join(f"{k} = {toml_text(v)}" for k, v in doc.items()), encoding="utf-8")
    try:
        rs = load_rules([path])
    except RuleFileError:
        return
    rs.evaluate("a knife and a power bank", [("821191", 0.3)], ["SG"])


# nothing from a file is ever run ----------------------------------------------------------
def test_core_never_evaluates_or_unpickles() -> None:
    """Rules are TOML data and models are plain arrays: no eval, exec, pickle or dynamic import."""
    banned_calls = {"eval", "exec", "compile", "__import__"}
    banned_modules = {"pickle", "marshal", "shelve", "dill", "joblib"}
    found = []
    for path in (ROOT / "app" / "core").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in banned_calls:
                found.append(f"{path.name}:{node.lineno} {node.func.id}()")
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                found += [f"{path.name}:{node.lineno} import {n}" for n in names if n.split(".")[0] in banned_modules]
            if isinstance(node, ast.keyword) and node.arg == "allow_pickle" and getattr(node.value, "value", False):
                found.append(f"{path.name}:{node.lineno} allow_pickle=True")
    assert found == []
