"""Exports at scale: read and written a chunk at a time, with progress reports (rows written of
the total); a cancel leaves no file, or the one written before as it was, and no audit entry."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.core import audit_export, deciding, export, outputs, reviewing
from app.core.catalogue import normalise_title
from app.core.jobs import Cancelled
from app.core.tables import AuditEntry, Catalogue, Flag, Item


def _flagged(ws, n: int, markets: tuple[str, ...] = ("SG", "MY")) -> list[str]:  # type: ignore[no-untyped-def]
    """n flagged items, each with a flag for every market and one per market listed: SKUs."""
    skus = []
    with ws.db.session() as s:
        cat = Catalogue(name="c.csv", source_path="c.csv")
        s.add(cat)
        s.flush()
        for i in range(n):
            sku = f"T-{i:04d}"
            item = Item(catalogue_id=cat.id, sku=sku, title=f"Cotton tee {i}", norm_title=normalise_title(f"Cotton tee {i}"),
                        status="flagged", suggestions=[["610910", 0.4], ["620520", 0.3]], top_code="610910",
                        top_p=0.4 + i / (10 * n))
            item.flags.append(Flag(market="*", rule_id="LOWCONF", severity="review", reason="low", trigger="0.4"))
            for m in markets:
                item.flags.append(Flag(market=m, rule_id=f"R-{m}", severity="review", reason=f"rule {m}", trigger="x"))
            s.add(item)
            skus.append(sku)
    return skus


class Recorder:
    """A progress callback that keeps every report and cancels at the n-th one (if asked)."""

    def __init__(self, cancel_at: int | None = None) -> None:
        self.reports: list[tuple[float, str]] = []
        self.cancel_at = cancel_at

    def __call__(self, fraction: float, message: str = "") -> None:
        self.reports.append((fraction, message))
        if self.cancel_at is not None and len(self.reports) >= self.cancel_at:
            raise Cancelled()


def _audit_count(ws, action: str) -> int:  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        return s.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action == action)) or 0


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_the_queue_export_reports_rows_written_and_a_cancel_leaves_no_file(ws, tmp_path: Path, monkeypatch,
                                                                           suffix: str) -> None:
    _flagged(ws, 30)  # 90 queue rows: each item for all markets, SG and MY
    monkeypatch.setattr(export, "CHUNK", 10)
    monkeypatch.setattr(outputs, "QUEUE_CHUNK", 7)  # items and flags read a few at a time
    out = tmp_path / "out"
    path = out / f"queue.{suffix}"
    rec = Recorder()
    assert outputs.export_queue(ws, path, rec) == 90
    fractions = [f for f, _ in rec.reports]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert "40 of 90 rows written" in [m for _, m in rec.reports]
    assert outputs.queue_rows(ws) == _read(path)  # streamed in chunks, the same rows in the same order

    # cancelled half way: the export written before stays as it was, and no partial file is left
    before = path.read_bytes()
    with pytest.raises(Cancelled):
        outputs.export_queue(ws, path, Recorder(cancel_at=5))
    assert path.read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == [path.name]
    fresh = out / f"new.{suffix}"
    with pytest.raises(Cancelled):
        outputs.export_queue(ws, fresh, Recorder(cancel_at=5))
    assert not fresh.exists() and not export.partial_path(fresh).exists()


def _read(path: Path) -> list[list[object]]:
    """Rows as export_queue's rows: numbers back to numbers, empty cells to ''."""
    def value(v: object) -> object:
        if v is None:
            return ""
        if isinstance(v, str):
            try:
                return float(v) if "." in v and v.replace(".", "").isdigit() else v
            except ValueError:
                return v
        return v

    if path.suffix == ".csv":
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))[1:]
    else:
        from openpyxl import load_workbook

        rows = [list(r) for r in load_workbook(path, read_only=True).active.iter_rows(min_row=2, values_only=True)]
    return [[value(v) for v in r] for r in rows]


def _decided(ws, n: int) -> None:  # type: ignore[no-untyped-def]
    """n items, each decided on its own (one decision and one audit entry each)."""
    skus = _flagged(ws, n, ())
    with ws.db.session() as s:
        ids = list(s.scalars(select(Item.id).where(Item.sku.in_(skus))))
    for item_id in ids:
        reviewing.decide(ws, [item_id], "610910", "Ana")


def test_a_cancelled_review_log_export_writes_nothing_and_records_nothing(ws, tmp_path: Path, monkeypatch) -> None:
    _decided(ws, 12)
    monkeypatch.setattr(export, "CHUNK", 5)
    monkeypatch.setattr(outputs, "LOG_CHUNK", 4)
    path = tmp_path / "log.csv"
    with pytest.raises(Cancelled):
        outputs.export_log(ws, path, progress=Recorder(cancel_at=2))
    assert not path.exists() and _audit_count(ws, "export-log") == 0
    rec = Recorder()
    assert outputs.export_log(ws, path, progress=rec) == 12
    assert [m for _, m in rec.reports if "rows written" in m][:3] == ["0 of 12 rows written", "5 of 12 rows written",
                                                                     "10 of 12 rows written"]
    with ws.db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "export-log")).one()
        assert entry.payload["rows"] == 12
    assert deciding.verify_log(ws).ok


def test_a_cancelled_audit_export_leaves_the_trail_as_it_was(ws, tmp_path: Path, monkeypatch) -> None:
    _decided(ws, 8)
    monkeypatch.setattr(export, "CHUNK", 3)
    monkeypatch.setattr(audit_export, "AUDIT_CHUNK", 2)
    path = tmp_path / "trail.xlsx"
    with pytest.raises(Cancelled):
        audit_export.export_audit(ws, path, progress=Recorder(cancel_at=3))
    assert not path.exists() and _audit_count(ws, "export-audit") == 0 and deciding.verify_log(ws).ok
    assert audit_export.export_audit(ws, path, progress=Recorder()) == 9  # 8 decisions and the export itself
    rows = _read(path)
    assert rows[-1][2] == "export-audit" and [r[6] for r in rows] == sorted(r[6] for r in rows)
    only = tmp_path / "decisions.csv"  # a filter the export's own entry does not pass: not written
    assert audit_export.export_audit(ws, only, audit_export.AuditFilter(action="decision")) == 8
    assert deciding.verify_log(ws).ok


def test_the_item_export_is_written_in_chunks_and_can_be_cancelled(ws, tmp_path: Path, monkeypatch) -> None:
    _flagged(ws, 25, ())
    monkeypatch.setattr(export, "CHUNK", 10)
    monkeypatch.setattr(outputs, "ITEM_CHUNK", 6)
    path = tmp_path / "out" / "items.csv"
    rec = Recorder()
    assert outputs.export_items(ws, path, rec) == 25
    assert [r[0] for r in _read(path)] == [f"T-{i:04d}" for i in range(25)]
    assert ("10 of 25 rows written" in [m for _, m in rec.reports]) and rec.reports[-1][0] == 1.0
    path.unlink()
    with pytest.raises(Cancelled):
        outputs.export_items(ws, path, Recorder(cancel_at=2))
    assert list(path.parent.iterdir()) == []


def test_a_cancelled_xlsx_export_leaves_no_temporary_file(ws, tmp_path: Path, monkeypatch) -> None:
    """openpyxl streams a write-only sheet to a temporary file: a cancel removes it too."""
    from openpyxl.worksheet import _writer

    _flagged(ws, 20)
    monkeypatch.setattr(export, "CHUNK", 10)
    before = list(_writer.ALL_TEMP_FILES)
    with pytest.raises(Cancelled):
        outputs.export_queue(ws, tmp_path / "q.xlsx", Recorder(cancel_at=3))
    assert _writer.ALL_TEMP_FILES == before
