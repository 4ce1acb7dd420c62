"""`borderline bench import`: rows per second, peak memory, and how soon an import answers.

Generates a catalogue, imports it into a fresh database (new items), then imports it
again (every row matched by SKU), then a file of the same size whose every row is rejected
and one of new SKUs, both into the database the first import filled, and prints each rate
with the process's memory before the first import and at its peak.

For each import it prints how long it took to give its first progress report (a window shows
nothing but its title until then), the longest time between two reports (Cancel is honoured at
a report, so that is the longest a cancel can wait) and the share the bar showed last before it
went to 100%: an estimate that falls short leaves the bar there, then jumps. With ``--cancel N`` it also
cancels N imports of the file into fresh databases, at moments spread over the import's
length, from another thread as the window does, and prints how long each took to stop (the
cancel's latency, rollback included). ``--format`` chooses the file: CSV, a workbook as
openpyxl's write-only mode writes it (inline text, no stated size: Borderline's own exports
are such), one as Excel saves it (shared strings, its size stated), or an OpenDocument one;
``all`` runs the first three (writing the OpenDocument files takes minutes at 50,000 rows).
The objects alive at the start are set aside from the cycle collector, as the window does.
"""
from __future__ import annotations

import argparse
import csv
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from app.benchmarks.common import generate_catalogue, peak_rss_mb
from app.core.fields import column_letter

FORMATS = ("csv", "xlsx", "xlsx-shared")  # what --format all runs


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("import", help="rows per second, peak memory, time to the first progress report and cancel "
                                      "latency for a catalogue import into the database")
    p.add_argument("--rows", type=int, default=100_000)
    p.add_argument("--format", choices=(*FORMATS, "ods", "all"), default="csv",
                   help="csv; xlsx (written as openpyxl's write-only mode writes); xlsx-shared (as Excel saves: "
                        "shared strings); ods; all: csv, xlsx and xlsx-shared in turn")
    p.add_argument("--cancel", type=int, default=0, metavar="N",
                   help="also cancel N imports at moments spread over the import's length and time each stop")
    p.set_defaults(run=run)


def _current_rss_mb() -> float:
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
    except OSError:
        return float("nan")
    import os

    return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def _to_xlsx(csv_path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Products")
    with open(csv_path, encoding="utf-8", newline="") as f:
        for row in csv.reader(f):
            ws.append(row)
    out = csv_path.with_suffix(".xlsx")
    wb.save(out)
    return out


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _to_shared_xlsx(csv_path: Path, number_columns: tuple[int, ...] = (5, 7)) -> Path:
    """The catalogue as Excel saves a workbook: text cells in a shared-strings table (each
    string once, where a cell first uses it), numbers as numbers, and the sheet's size stated."""
    with open(csv_path, encoding="utf-8", newline="") as f:
        table = list(csv.reader(f))
    strings: dict[str, int] = {}
    rows = []
    for r, row in enumerate(table, start=1):
        cells = []
        for c, value in enumerate(row):
            if not value:
                continue
            ref = f"{column_letter(c)}{r}"
            if r > 1 and c in number_columns and _is_number(value):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="s"><v>{strings.setdefault(value, len(strings))}</v></c>')
        rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    width = max(len(r) for r in table)
    sheet = (f'<worksheet xmlns="{_MAIN}" xmlns:r="{_RELS}"><dimension ref="A1:{column_letter(width - 1)}{len(table)}"/>'
             f'<sheetData>{"".join(rows)}</sheetData></worksheet>')
    shared = (f'<sst xmlns="{_MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">'
              + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>")
    return write_shared_strings_book(csv_path.with_suffix(".xlsx"), sheet, shared)


def write_shared_strings_book(path: Path, sheet: str, shared: str) -> Path:
    """A one-sheet workbook ("Products") of the given sheet and shared-strings XML, with only the
    parts a reader needs: how Excel stores text, which openpyxl's writer does not produce."""
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", f'{head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                   'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
                   f'"/xl/workbook.xml" ContentType="{_TYPES}.sheet.main+xml"/><Override PartName="/xl/worksheets/'
                   f'sheet1.xml" ContentType="{_TYPES}.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" '
                   f'ContentType="{_TYPES}.sharedStrings+xml"/></Types>')
        z.writestr("_rels/.rels", f'{head}<Relationships xmlns="{_PACKAGE}"><Relationship Id="rId1" Type="{_RELS}/'
                   'officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'{head}<workbook xmlns="{_MAIN}" xmlns:r="{_RELS}"><sheets><sheet name="Products" '
                   'sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", f'{head}<Relationships xmlns="{_PACKAGE}"><Relationship Id="rId1" '
                   f'Type="{_RELS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{_RELS}/'
                   'sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", head + sheet)
        z.writestr("xl/sharedStrings.xml", head + shared)
    return path


def _to_ods(csv_path: Path) -> Path:
    import pandas as pd

    with open(csv_path, encoding="utf-8", newline="") as f:
        table = list(csv.reader(f))
    out = csv_path.with_suffix(".ods")
    with pd.ExcelWriter(out, engine="odf") as xw:
        pd.DataFrame(table[1:], columns=table[0]).to_excel(xw, sheet_name="Products", index=False)
    return out


def _in_format(csv_path: Path, fmt: str) -> Path:
    if fmt == "xlsx":
        return _to_xlsx(csv_path)
    if fmt == "xlsx-shared":
        return _to_shared_xlsx(csv_path)
    if fmt == "ods":
        return _to_ods(csv_path)
    return csv_path


def _rewritten(source: Path, target: Path, change: Callable[[list[str]], None]) -> Path:
    with open(source, encoding="utf-8", newline="") as f:
        table = list(csv.reader(f))
    for row in table[1:]:
        change(row)
    with open(target, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(table)
    return target


@dataclass
class Timing:
    """One job's wall time, its first progress report, the longest time between two reports,
    and the share its bar showed last before it went to 100% (an estimate that falls short
    jumps from there)."""

    seconds: float = 0.0
    first: float = float("nan")
    longest: float = 0.0
    times: list[float] = field(default_factory=list)
    fractions: list[float] = field(default_factory=list)

    def progress(self, fraction: float, message: str = "") -> None:
        self.times.append(time.perf_counter())
        self.fractions.append(fraction)

    @property
    def before_end(self) -> float:
        """The last share reported (not "not known yet") before the first report of 100%."""
        shown = 0.0
        for fraction in self.fractions:
            if fraction >= 1.0:
                break
            if fraction >= 0.0:
                shown = fraction
        return shown

    def timed(self, fn: Callable[[Callable[..., None]], Any]) -> Any:
        start = time.perf_counter()
        value = fn(self.progress)
        end = time.perf_counter()
        self.seconds = end - start
        marks = [start, *self.times, end]
        self.first = self.times[0] - start if self.times else float("nan")
        self.longest = max(b - a for a, b in zip(marks, marks[1:]))
        return value


def cancel_latency(job: Callable[[Callable[..., None]], Any], after: float) -> float:
    """Start `job(progress)` on a thread, ask it to stop `after` seconds later (its progress raises
    Cancelled from then on, as the window's does), and return how long it took to stop; NaN
    when it had finished first."""
    from app.core.jobs import Cancelled

    asked = threading.Event()
    ended: dict[str, Any] = {}

    def progress(fraction: float, message: str = "") -> None:
        if asked.is_set():
            raise Cancelled()

    def work() -> None:
        try:
            job(progress)
        except Cancelled:
            ended["cancelled"] = True
        ended["at"] = time.perf_counter()

    worker = threading.Thread(target=work, name="import-to-cancel")
    worker.start()
    worker.join(after)
    at = time.perf_counter()
    asked.set()
    worker.join()
    return ended["at"] - at if ended.get("cancelled") else float("nan")


def _line(what: str, rows: int, t: Timing, detail: str) -> str:
    return (f"{what:<32}{rows:>8,} rows in {t.seconds:6.2f} s = {rows / t.seconds:>7,.0f} rows/s; first progress "
            f"{t.first:5.2f} s, longest between reports {t.longest:5.2f} s, {t.before_end:4.0%} shown before 100% "
            f"({detail})")


def _one_format(args: argparse.Namespace, fmt: str, tmp: Path) -> None:
    from app.core import services
    from app.core.workspace import Workspace

    source = generate_catalogue(tmp / f"catalogue-{fmt}.csv", args.rows)
    path = _in_format(source, fmt)
    rejected = _in_format(_rewritten(source, tmp / f"rejected-{fmt}.csv",
                                     lambda r: r.__setitem__(5, "n/a")), fmt)  # no price a customs form could use
    fresh = _in_format(_rewritten(source, tmp / f"fresh-{fmt}.csv",
                                  lambda r: r.__setitem__(0, "NEW" + r[0])), fmt)
    size_mb = path.stat().st_size / 1e6
    ws = Workspace(tmp / f"data-{fmt}")
    before = _current_rss_mb()
    print(f"\nfile: {args.rows:,} rows, {fmt}, {size_mb:.1f} MB")
    preview = Timing()
    preview.timed(lambda p: services.preview_catalogue(ws, path, progress=p))
    print(f"{'preview (the window reads first)':<32}{preview.seconds:>22.2f} s; first progress {preview.first:5.2f} s")
    t = Timing()
    first = t.timed(lambda p: services.import_catalogue(ws, path, p))
    print(_line("import (new items)", first.rows_read, t, f"{first.added:,} added, {len(first.rejected):,} rejected"))
    whole = t.seconds
    t = Timing()
    second = t.timed(lambda p: services.import_catalogue(ws, path, p))
    print(_line("re-import (same SKUs)", second.rows_read, t, f"{second.unchanged:,} unchanged"))
    t = Timing()
    bad = t.timed(lambda p: services.import_catalogue(ws, rejected, p))
    print(_line("every row rejected", bad.rows_read, t, f"{len(bad.rejected):,} rejected, {args.rows:,} items stored"))
    t = Timing()
    new = t.timed(lambda p: services.import_catalogue(ws, fresh, p))
    print(_line("new SKUs", new.rows_read, t, f"{new.added:,} added, {args.rows:,} items stored before"))
    ws.close()
    if args.cancel:  # spread over the first import's length (into an empty database, as these are)
        moments = [0.05, *(whole * k / args.cancel for k in range(1, args.cancel))][: args.cancel]
        stops = []
        for n, after in enumerate(moments):
            ws = Workspace(tmp / f"cancel-{fmt}-{n}")
            try:
                stops.append((after, cancel_latency(lambda p: services.import_catalogue(ws, path, p), after)))
            finally:
                ws.close()
        said = ", ".join(f"at {a:.2f} s: {s:.2f} s" for a, s in stops)
        print(f"{'cancel (into a fresh database)':<32}stopped {said}; longest {max(s for _, s in stops):.2f} s")
    print(f"memory: {before:.0f} MiB before the first import, peak {peak_rss_mb():.0f} MiB")


def run(args: argparse.Namespace) -> int:
    from app.core import heap, services  # noqa: F401 - loaded before the objects alive are set aside

    heap.settle()  # as the window does once it is up: full collections walk a job's objects, not the libraries
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in FORMATS if args.format == "all" else (args.format,):
            _one_format(args, fmt, Path(tmp))
    return 0
