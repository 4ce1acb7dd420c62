"""Importing a catalogue into the database: previewed, streamed, one transaction.

The file is read one row at a time and written in batches of bulk inserts and updates, all
inside a single transaction: a cancelled or failed import leaves the database as it was.
Items are matched by SKU; an item whose title, description or material changed goes back
to classification, while earlier decisions stay in the log. Every row the file holds is
either imported, rejected with its row, column and reason, or counted as blank.

Progress is reported from the start ("Reading catalogue.xlsx", its share not known yet) and a
cancel is honoured within a fraction of a second throughout: while a workbook's text is read,
between batches of rows, and while the items already stored are read to match SKUs. Those
are read when the first row to import comes, so a file whose every row is rejected does not
pay for a large database.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.core import audit, interrupted, mapping_memory
from app.core.catalogue import CatalogueReader, ItemRecord, Layout, ParsedCatalogue, Rejection, normalise_title, read_layout
from app.core.export import write_table
from app.core.fields import FIELDS, kept_as_attribute
from app.core.jobs import UNKNOWN, Progress, no_progress, repeating
from app.core.messages import Message
from app.core.sources import DELIMITER_NAMES
from app.core.tables import Catalogue, Flag, ImportRejection, Item, utcnow
from app.core.workspace import Workspace

BATCH = 2000
PROBLEMS_JOIN = " | "  # between the columns, and between the reasons, of a row's problems in the exported report


@dataclass
class RejectedRow:
    """A row that was not imported: its first problem (in the order checked) and, in ``more``, the others."""

    row_number: int
    column: str
    reason: str
    value: str = ""
    more: list[tuple[str, str, str]] = field(default_factory=list)  # (column, reason, value) of the other problems

    @property
    def problems(self) -> list[tuple[str, str, str]]:
        """Every problem of the row as (column, reason, the cell's value)."""
        return [(self.column, self.reason, self.value), *self.more]


@dataclass
class ImportReport:
    path: str
    catalogue_id: int
    rows_read: int
    added: int
    updated: int  # any stored field changed
    unchanged: int
    rejected: list[RejectedRow]
    mapping: dict[str, str]
    reclassified: int = 0  # of the updated, those whose text changed and go back to classification
    blank_rows: int = 0
    header_row: int = 1
    source: str = ""  # how the file was read, e.g. "text, cp874, semicolon-separated"
    # what imported rows lost, one line per column (a formula whose value the workbook does not keep)
    warnings: list[str] = field(default_factory=list)
    codes_read: int = 0  # imported rows whose HS code column gives an HS 2022 subheading

    @property
    def imported(self) -> int:
        return self.added + self.updated + self.unchanged


@dataclass
class ImportOptions:
    sheet: str | None = None
    encoding: str | None = None
    mapping: dict[str, str] | None = None  # None: the remembered mapping, else the automatic one
    remember: bool = False  # keep ``mapping`` for the next file with the same header row


@dataclass
class ImportPreview:
    """What the mapping dialog shows: plain data, read in the background."""

    path: str
    kind: str
    sheets: list[str]
    sheet: str
    encoding: str
    encoding_how: str
    delimiter: str
    header_row: int
    headers: list[str]
    rows: list[list[str]]
    mapping: dict[str, str]
    mapping_source: str  # "remembered" or "automatic"
    source: str

    @property
    def settled(self) -> bool:
        """Nothing to ask: a remembered mapping, or one sheet whose every column was recognised
        (read as a field, or known to be kept as an attribute: a Parent SKU beside the SKU)."""
        if "title" not in self.mapping or "sku" not in self.mapping:
            return False
        if self.mapping_source == "remembered":
            return True
        return len(self.sheets) <= 1 and not self.unplaced

    @property
    def unplaced(self) -> list[str]:
        """The columns matched to no field (and not known to be kept as an attribute): the
        mapping dialog names them, since they are why it asks."""
        return [h for h in self.headers if h not in self.mapping.values() and not kept_as_attribute(h, self.mapping)]


def preview_catalogue(ws: Workspace, path: Path, sheet: str | None = None, encoding: str | None = None,
                      progress: Progress = no_progress) -> ImportPreview:
    progress, check = repeating(progress)
    progress(UNKNOWN)  # the share is not known while the file is opened (the window's job says "Reading file")
    layout = read_layout(Path(path), sheet, encoding, check)
    mapping, how = _mapping_for(ws, layout, None)
    t = layout.table
    return ImportPreview(str(path), t.kind, list(t.sheets), t.sheet, t.encoding, t.encoding_how,
                         DELIMITER_NAMES.get(t.delimiter, t.delimiter), layout.header_row, list(layout.headers),
                         [list(r) for r in layout.preview], mapping, how, t.describe())


def _mapping_for(ws: Workspace, layout: Layout, given: dict[str, str] | None) -> tuple[dict[str, str], str]:
    if given is not None:
        return {f: h for f, h in given.items() if h and f in FIELDS}, "chosen"
    with ws.db.session() as s:
        remembered = mapping_memory.recall(s, layout.headers)
    if remembered:
        return remembered, "remembered"
    return dict(layout.auto_mapping), "automatic"


def import_catalogue(ws: Workspace, path: Path, progress: Progress = no_progress,
                     options: ImportOptions | None = None) -> ImportReport:
    """Read a catalogue file and store it in one transaction: all rows or none."""
    options = options or ImportOptions()
    path = Path(path)
    progress, check = repeating(progress)
    with interrupted.noted(ws, "import", path.name):
        progress(UNKNOWN, Message("Reading {file}", file=path.name))
        layout = read_layout(path, options.sheet, options.encoding, check)
        mapping, _how = _mapping_for(ws, layout, options.mapping)
        reader = CatalogueReader(layout, mapping)
        with ws.db.session() as s:
            if options.remember:
                mapping_memory.remember(s, layout.headers, reader.mapping)
            return _store(s, path, layout, reader.mapping, reader.records(progress), lambda: reader.blank_rows,
                          progress, warnings=reader.warnings, check=check, codes=lambda: reader.parser.codes.read_count)


def store_catalogue(ws: Workspace, parsed: ParsedCatalogue, progress: Progress = no_progress) -> ImportReport:
    """Store a catalogue already read into lists (kept for callers that parse first)."""
    rows: list[ItemRecord | Rejection] = sorted([*parsed.records, *parsed.rejections], key=lambda r: r.row_number)
    with ws.db.session() as s:
        return _store(s, parsed.path, None, parsed.mapping, iter(rows), lambda: parsed.blank_rows, progress,
                      headers=parsed.headers, warnings=lambda: list(parsed.warnings),
                      codes=lambda: sum(r.catalogue_code is not None for r in parsed.records))


def _signature(values: dict[str, Any]) -> tuple[int, int]:
    """Hashes of the text an item is classified and flagged on, and of everything stored, to
    spot changes cheaply (a new variation, "40000mAh" for "10000mAh", must be flagged again).
    Prices and quantities are compared as numbers: 35 and 35.00 are one price."""
    text = hash((values["title"], values["description"], values["material"], values["variation"]))
    whole = hash((text, values["origin"], _number(values["unit_value"]), values["currency"], values["net_weight_kg"],
                  values["quantity_unit"], json.dumps(values["attributes"], sort_keys=True, ensure_ascii=False),
                  values["brand"], values["variation"], _number(values["quantity"])))
    return text, whole


def _number(value: Any) -> str | None:
    """A stored number as compared: its value, not how many decimals it was written with."""
    return None if value is None else format(Decimal(str(value)).normalize(), "f")


_COMPARED = ("title", "description", "material", "origin", "unit_value", "currency", "net_weight_kg", "quantity_unit",
             "attributes", "brand", "variation", "quantity")


def _existing(s: Session, check: Callable[[], None] = lambda: None) -> dict[str, tuple[int, int, int, str, str | None]]:
    """By SKU: the item's id, its two signatures, its status and the HS code its catalogue gave
    (`check` between batches)."""
    cols = [getattr(Item, c) for c in _COMPARED]
    out = {}
    for n, row in enumerate(s.execute(select(Item.sku, Item.id, Item.status, Item.catalogue_code, *cols)
                                      .execution_options(yield_per=2000)), start=1):
        values = dict(zip(_COMPARED, row[4:]))
        out[row[0]] = (row[1], *_signature(values), row[2], row[3])
        if n % 2000 == 0:
            check()
    return out


def _store(s: Session, path: Path, layout: Layout | None, mapping: dict[str, str],
           rows: Iterator[ItemRecord | Rejection], blank_rows, progress: Progress,  # type: ignore[no-untyped-def]
           headers: list[str] | None = None, warnings: Callable[[], list[str]] = list,
           check: Callable[[], None] = lambda: None, codes: Callable[[], int] = lambda: 0) -> ImportReport:
    headers = list(layout.headers) if layout else list(headers or [])
    info: dict[str, Any] = {"headers": headers}
    if layout is not None:
        t = layout.table
        info.update(kind=t.kind, encoding=t.encoding, delimiter=t.delimiter, sheet=t.sheet, header_row=layout.header_row,
                    decimal_comma=layout.decimal_comma)
    # the dashboard's figures for this import start at nothing: classify_pending adds the items
    # it classifies; items brought again with their text unchanged are counted below as they are
    cat = Catalogue(name=path.name, source_path=str(path), column_map=mapping, source_info=info, classified=0,
                    to_review=0)
    s.add(cat)
    s.flush()
    cat_id = cat.id
    existing: dict[str, tuple[int, int, int, str, str | None]] | None = None  # read when the first row to import comes
    report = ImportReport(str(path), cat_id, 0, 0, 0, 0, [], mapping, header_row=layout.header_row if layout else 1,
                          source=layout.table.describe() if layout else "")
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    touched: list[int] = []
    reclassify: list[int] = []
    rejects: list[dict[str, Any]] = []
    carried = waiting = 0  # items brought again that keep their code (and status), and of them those in the queue

    def flush() -> None:
        if inserts:
            now = utcnow()
            for row in inserts:
                row["created_at"] = row["updated_at"] = now
            s.execute(insert(Item.__table__), inserts)  # Core insert: no per-row ORM bookkeeping
        if updates:
            s.execute(update(Item), updates)
        if touched:
            s.execute(update(Item).where(Item.id.in_(touched)).values(catalogue_id=cat_id))
        if reclassify:
            s.execute(delete(Flag).where(Flag.item_id.in_(reclassify)))
        if rejects:
            s.execute(insert(ImportRejection.__table__), rejects)
        for batch in (inserts, updates, touched, reclassify, rejects):
            batch.clear()

    pending = 0
    for r in rows:
        report.rows_read += 1
        pending += 1
        if isinstance(r, Rejection):
            # one stored rejection per problem; the rows of one file row are read back together
            rejects += [dict(catalogue_id=cat_id, row_number=r.row_number, column=column, reason=reason, raw=r.raw)
                        for column, reason in r.problems]
            report.rejected.append(RejectedRow(r.row_number, r.column, r.reason, r.raw.get(r.column, ""),
                                               [(c, why, r.raw.get(c, "")) for c, why in r.more]))
        else:
            values = dict(title=r.title, description=r.description, material=r.material, origin=r.origin,
                          unit_value=r.unit_value, currency=r.currency, net_weight_kg=r.net_weight_kg,
                          quantity_unit=r.quantity_unit, attributes=r.attributes, brand=r.brand, variation=r.variation,
                          quantity=r.quantity)
            if existing is None:
                existing = _existing(s, check)
            before = existing.get(r.sku)
            if before is None:
                inserts.append(dict(values, catalogue_id=cat_id, sku=r.sku, norm_title=normalise_title(r.title),
                                    status="pending", suggestions=[], suggestion_source="", top_code=None, top_p=None,
                                    model_version_id=None, hs_code=None, catalogue_code=r.catalogue_code))
                report.added += 1
            else:
                item_id, text_sig, whole_sig, status, code_before = before
                new_text, new_whole = _signature(values)
                # another code from the seller: an undecided item is compared with it afresh (a
                # person's decision stands, whatever the catalogue says now)
                new_code = r.catalogue_code != code_before
                if new_whole == whole_sig and not new_code:
                    touched.append(item_id)
                    report.unchanged += 1
                else:
                    change = dict(values, id=item_id, catalogue_id=cat_id, norm_title=normalise_title(r.title),
                                  catalogue_code=r.catalogue_code)
                    if new_text != text_sig or (new_code and status in ("flagged", "auto")):
                        change.update(status="pending", hs_code=None, suggestions=[], top_code=None, top_p=None,
                                      suggestion_source="", model_version_id=None)
                        reclassify.append(item_id)
                        report.reclassified += 1
                        status = "pending"
                    updates.append(change)
                    report.updated += 1
                if status != "pending":  # a pending one is counted when it is classified
                    carried += 1
                    waiting += status == "flagged"
        if pending >= BATCH:
            flush()
            pending = 0
            check()  # rows held for their numbers come all at once, with no report between them
    flush()
    report.blank_rows = blank_rows()
    report.warnings = warnings()
    report.codes_read = codes()
    cat.rows_read, cat.rows_imported, cat.rows_rejected = report.rows_read, report.imported, len(report.rejected)
    cat.classified, cat.to_review = carried, waiting
    # a new dict: ``info`` is the value already stored, and changing it in place is not seen as a change
    done = dict(info, blank_rows=report.blank_rows)
    if report.warnings:
        done["warnings"] = report.warnings
    cat.source_info = done
    audit.append(s, Workspace.actor(s), "import", path.name,
                 {"catalogue_id": cat_id, "rows_read": report.rows_read, "added": report.added,
                  "updated": report.updated, "reclassified": report.reclassified, "rejected": len(report.rejected),
                  "warnings": len(report.warnings)})
    progress(1.0, Message("Committing"))
    return report


# the import report -------------------------------------------------------------------------
def _by_row(rejections: Iterable[ImportRejection]) -> Iterator[list[ImportRejection]]:
    """Stored rejections (ordered by row, then as stored) grouped into the file's rows."""
    group: list[ImportRejection] = []
    for rj in rejections:
        if group and rj.row_number != group[0].row_number:
            yield group
            group = []
        group.append(rj)
    if group:
        yield group


def _in_order(catalogue_id: int):  # type: ignore[no-untyped-def]
    return (select(ImportRejection).where(ImportRejection.catalogue_id == catalogue_id)
            .order_by(ImportRejection.row_number, ImportRejection.id))


def import_rejections(ws: Workspace, catalogue_id: int) -> list[RejectedRow]:
    with ws.db.session() as s:
        out = []
        for first, *more in _by_row(s.scalars(_in_order(catalogue_id))):
            out.append(RejectedRow(first.row_number, first.column, first.reason, first.raw.get(first.column, ""),
                                   [(r.column, r.reason, r.raw.get(r.column, "")) for r in more]))
        return out


def export_import_report(ws: Workspace, catalogue_id: int, path: Path, progress: Progress = no_progress) -> int:
    """Rejected rows as CSV or XLSX: row, column, reason, then the row's own cells.

    One line per rejected row: a row with several problems names their columns and reasons
    in the same order, separated by " | ". The seller can correct the cells in place and
    import the file again. Streamed, with progress; a cancel leaves no file.
    """
    with ws.db.session() as s:
        cat = s.get(Catalogue, catalogue_id)
        if cat is None:
            raise ValueError(f"no catalogue with id {catalogue_id}")
        headers = list((cat.source_info or {}).get("headers") or [])
        total = s.scalar(select(func.count(func.distinct(ImportRejection.row_number)))
                         .where(ImportRejection.catalogue_id == catalogue_id)) or 0

        def rows() -> Iterator[list[Any]]:
            for group in _by_row(s.scalars(_in_order(catalogue_id).execution_options(yield_per=1000))):
                rj = group[0]
                extra = [v for k, v in rj.raw.items() if k not in headers]
                yield [rj.row_number, PROBLEMS_JOIN.join(r.column for r in group),
                       PROBLEMS_JOIN.join(r.reason for r in group), *(rj.raw.get(h, "") for h in headers), *extra]

        return write_table(Path(path), ["row", "column", "reason", *headers], rows(), progress=progress, total=total)


def latest_catalogue_id(ws: Workspace) -> int | None:
    from sqlalchemy import func

    with ws.db.session() as s:
        return s.scalar(select(func.max(Catalogue.id)))
