"""Importing a file again counts an item as changed only when a value changed: a price written
35 in a workbook and 35,00 in its CSV export is one price."""
from __future__ import annotations

from pathlib import Path

from app.core import services


def _csv(path: Path, price: str, quantity: str = "10", delimiter: str = ",") -> Path:
    d = delimiter
    path.write_text(f"SKU{d}Title{d}Price{d}Currency{d}Quantity\nBK-001{d}Baju Kurung Moden Satin{d}{price}{d}MYR{d}"
                    f"{quantity}\n", encoding="utf-8")
    return path


def test_the_same_number_written_otherwise_is_unchanged(ws, tmp_path: Path) -> None:
    assert services.import_catalogue(ws, _csv(tmp_path / "a.csv", "35")).added == 1
    for name, price, quantity, d in (("b.csv", "35.00", "10.0", ","), ("c.csv", '"35,00"', "10", ";"),
                                     ("d.csv", "35.000", "10", ",")):
        report = services.import_catalogue(ws, _csv(tmp_path / name, price, quantity, d))
        assert (report.updated, report.unchanged) == (0, 1), name
    report = services.import_catalogue(ws, _csv(tmp_path / "e.csv", "35.50"))
    assert (report.updated, report.unchanged, report.reclassified) == (1, 0, 0)
    report = services.import_catalogue(ws, _csv(tmp_path / "f.csv", "35.50", "12"))
    assert (report.updated, report.unchanged) == (1, 0)
