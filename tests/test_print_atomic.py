"""A print stopped half way leaves no PDF under its final name and records nothing; a print that
finishes records the shipment, its documents and the audit entries and leaves only the PDFs."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.core import shipment_documents, shipments
from app.core.classifier import sha256_file
from app.core.shipment import parse_shipment
from app.core.shipment_documents import build_documents
from app.core.tables import AuditEntry, Document, Shipment
from tests.test_documents import shipment


def _counts(ws) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        return (s.scalar(select(func.count()).select_from(Shipment)) or 0,
                s.scalar(select(func.count()).select_from(Document)) or 0,
                s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "print")) or 0)


class Killed(BaseException):
    """Stands for the process dying: not an Exception, so nothing on the way catches it."""


def test_a_print_stopped_after_the_invoice_leaves_no_pdf_and_records_nothing(ready_ws, tmp_path: Path,
                                                                            monkeypatch) -> None:
    ws, out = ready_ws, tmp_path / "out"
    raw = shipment()
    number = shipments.next_invoice_number(ws)
    written: list[Path] = []

    def dies_on_packing_list(spec, lines, path, paper="A4"):  # type: ignore[no-untyped-def]
        written.extend(p for p in out.iterdir())  # the invoice is on disk by now
        raise Killed

    monkeypatch.setattr(shipment_documents, "render_packing_list", dies_on_packing_list)
    with pytest.raises(Killed):
        build_documents(ws, parse_shipment(raw), raw, out)
    assert [p.name for p in written] == [".INV-0007-invoice.pdf.partial"]  # rendered beside, not in place
    assert not (out / "INV-0007-invoice.pdf").exists()
    assert list(out.iterdir()) == []  # the temporary file is removed too
    assert _counts(ws) == (0, 0, 0)  # no revision, no Document row, no print entry
    assert shipments.next_invoice_number(ws) == number  # the invoice number is not used up
    monkeypatch.undo()

    # printed again, it is revision 1 and everything is recorded
    res = build_documents(ws, parse_shipment(raw), raw, out)
    assert res.revision == 1 and res.invoice == out / "INV-0007-invoice.pdf"
    assert sorted(p.name for p in out.iterdir()) == ["INV-0007-invoice.pdf", "INV-0007-packing-list.pdf"]
    assert _counts(ws) == (1, 2, 2)
    docs = shipments.documents_of(ws, res.shipment_id)
    assert [(d.kind, Path(d.path)) for d in docs] == [("invoice", res.invoice), ("packing_list", res.packing_list)]
    assert docs[0].sha256 == sha256_file(res.invoice) and docs[1].sha256 == sha256_file(res.packing_list)


def test_a_print_whose_record_fails_leaves_the_old_files_and_no_new_ones(ready_ws, tmp_path: Path,
                                                                         monkeypatch) -> None:
    """A failure while recording (after both PDFs are rendered) rolls the revision back and
    removes the temporary files; PDFs already printed under those names stay as they were."""
    ws, out = ready_ws, tmp_path / "out"
    raw = shipment()
    first = build_documents(ws, parse_shipment(raw), raw, out)
    before = first.invoice.read_bytes()
    amended = shipment(lines=[{"sku": "TH-1", "quantity": 1}], packages=[{"count": 1, "type": "bag", "gross_kg": "0.5"}])

    def broken_append(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError("disk full")

    monkeypatch.setattr(shipment_documents.audit, "append", broken_append)
    with pytest.raises(OSError, match="disk full"):
        build_documents(ws, parse_shipment(amended), amended, out)
    assert sorted(p.name for p in out.iterdir()) == ["INV-0007-invoice.pdf", "INV-0007-packing-list.pdf"]
    assert first.invoice.read_bytes() == before
    assert _counts(ws) == (1, 2, 2)  # the amendment (revision 2) was not stored either


def test_a_long_shipment_in_other_currencies_names_each_sku_once_with_its_lines(ready_ws, tmp_path: Path) -> None:
    """1,500 lines of four products priced in THB and MYR: one short message, each SKU named
    once with its first line numbers and how many more, grouped by currency."""
    from app.core.shipment_documents import ShipmentProblem
    from app.core.tables import Item

    ws = ready_ws
    with ws.db.session() as s:
        items = {i.sku: i for i in s.scalars(select(Item))}
        items["TH-1"].currency = items["VN-1"].currency = items["CN-1"].currency = "THB"
        items["MY-1"].currency = "MYR"
    skus = ["TH-1", "VN-1", "CN-1", "MY-1", "MK-1"]
    raw = shipment(lines=[{"sku": skus[i % 5], "quantity": 1} for i in range(1500)], packages=[])
    with pytest.raises(ShipmentProblem) as err:
        build_documents(ws, parse_shipment(raw), raw, tmp_path / "out")
    message = str(err.value)
    assert message == ("Lines priced in THB, not USD: TH-1 (lines 1, 6, 11, 16, 21 and 295 more), "
                       "VN-1 (lines 2, 7, 12, 17, 22 and 295 more), CN-1 (lines 3, 8, 13, 18, 23 and 295 more). "
                       "Lines priced in MYR, not USD: MY-1 (lines 4, 9, 14, 19, 24 and 295 more). "
                       "Give each of these lines its unit value in USD (unit_value in a shipment file)")


def test_the_sku_list_of_a_price_problem_is_capped() -> None:
    from app.core.shipment_documents import SHOWN_SKUS, _unpriced_text

    many = {f"S-{i}": [i] for i in range(1, SHOWN_SKUS + 4)}
    text = _unpriced_text({"priced in THB, not USD": many, "with no price in the catalogue": {"X": [40, 41]}})
    assert text.startswith("Lines priced in THB, not USD: S-1 (line 1), S-2 (line 2)")
    assert f"S-{SHOWN_SKUS} (line {SHOWN_SKUS}), and 3 more SKUs." in text and f"S-{SHOWN_SKUS + 1} " not in text
    assert text.endswith("Lines with no price in the catalogue: X (lines 40, 41).")


def test_a_killed_prints_leftovers_are_removed_by_the_next_print(ready_ws, tmp_path: Path) -> None:
    import os
    import time

    out = tmp_path / "out"
    out.mkdir()
    stale, fresh = out / ".INV-0099-invoice.pdf.partial", out / ".INV-0098-invoice.pdf.partial"
    for p in (stale, fresh):
        p.write_bytes(b"%PDF-1.4 half")
    hour_ago = time.time() - 7200
    os.utime(stale, (hour_ago, hour_ago))
    raw = shipment(invoice_number="INV-0100")
    build_documents(ready_ws, parse_shipment(raw), raw, out)
    assert not stale.exists() and fresh.exists()  # a fresh one may be another print's, still running
