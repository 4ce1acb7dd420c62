"""Writing tables to CSV and XLSX, with every cell made safe for spreadsheets.

A text cell that begins with = + - @ (or a tab or carriage return) would run as a formula
when the file is opened. In CSV, which has no cell types, such cells get a leading apostrophe;
in XLSX they are written as text cells marked the way Excel marks text typed after an
apostrophe, so they show as typed and never run. Borderline's readers take that apostrophe
off again (:func:`unguarded`), so a file it wrote reads back as the values it holds.
"""
from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.core.jobs import Progress, no_progress, uncancellable
from app.core.messages import Message

FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


class ExportError(Exception):
    pass


def safe_cell(value: Any) -> Any:
    """Neutralise text that a spreadsheet would evaluate; numbers pass through."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, Decimal):
        return str(value)
    text = str(value)
    if text.startswith(FORMULA_LEADS):
        return "'" + text
    return text


def unguarded(text: str) -> str:
    """A cell read from a file without the apostrophe :func:`safe_cell` puts before = + - @
    (or a tab or carriage return): "'-5541" -> "-5541". Any other apostrophe stays."""
    if text[:1] == "'" and text[1:2] and text[1] in FORMULA_LEADS:
        return text[1:]
    return text


CHUNK = 1000  # rows written between two progress reports, each a chance to cancel
TRAILER_SHEET = "About this file"
XLSX_ROWS_SHARE = 0.95  # of an XLSX export's bar: the rest is compressing the workbook (a second at 150,000 rows)


def about_path(path: Path) -> Path:
    """Where a CSV export's notes go (the audit trail's head it was made at): beside it."""
    return path.with_name(path.name + ".about.txt")


def write_table(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]],
                text_columns: Sequence[str] = (), progress: Progress = no_progress, total: int | None = None,
                publish: Callable[[int], None] | None = None,
                trailer: Callable[[], Sequence[Sequence[Any]]] | None = None) -> int:
    """Write CSV (UTF-8 with BOM, so Excel reads Thai and Vietnamese) or XLSX by suffix.

    Rows are written as `rows` yields them (XLSX in openpyxl's write-only mode), so an export
    of any length holds one chunk at a time. Every CHUNK rows `progress` is told how many of
    `total` are written, and may cancel (:class:`~app.core.jobs.Cancelled`).

    Written to ``.NAME.partial`` beside it first and moved into place, so a cancelled or failed
    export never leaves a file, or half of one, under the name; one left by an export that was
    killed is replaced the next time. `publish(count)` runs once every row is in the partial
    file and no cancel is honoured any more, just before the move (an export records itself in
    the audit trail there). The file gets the mode any new file gets (0666 less the umask), so
    colleagues can read an export put in a shared folder. In XLSX, `text_columns` are formatted
    as text, so a code typed there keeps its leading zero (090121, not 90121). `trailer()` is
    asked once the rows are read for lines that say what the rows are not (the audit trail's
    head an export was made at): in XLSX on a second sheet; beside a CSV, whose every line
    stays a data row for the tools that read it, in NAME.about.txt (see about_path).
    Returns the number of data rows.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ExportError(Message("{file}: choose a .csv or .xlsx file name", file=str(path)))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp_path = partial_path(path)
    tmp_path.unlink(missing_ok=True)
    share = 1.0 if suffix == ".csv" else XLSX_ROWS_SHARE
    count = 0

    def report() -> None:
        if total:
            progress(share * min(count / total, 1.0), Message("{n:,} of {total:,} rows written", n=count, total=total))
        else:
            progress(0.0, Message("{n:,} rows written", n=count))

    try:
        report()
        if suffix == ".csv":
            with open(tmp_path, "w", newline="", encoding="utf-8-sig") as f:
                w = csv.writer(f)
                w.writerow([safe_cell(h) for h in headers])
                for row in rows:
                    w.writerow([safe_cell(v) for v in row])
                    count += 1
                    if count % CHUNK == 0:
                        report()
                about = [[str(v) for v in line] for line in trailer()] if trailer is not None else None
        else:
            from openpyxl import Workbook

            wb = Workbook(write_only=True)
            ws = wb.create_sheet("Sheet1")
            try:
                ws.append([_xlsx_cell(ws, h) for h in headers])
                as_text = {i for i, h in enumerate(headers) if h in text_columns}
                for row in rows:
                    ws.append([_text_cell(ws, v) if i in as_text else _xlsx_cell(ws, v) for i, v in enumerate(row)])
                    count += 1
                    if count % CHUNK == 0:
                        report()
                if trailer is not None:
                    lines = trailer()
                    about = wb.create_sheet(TRAILER_SHEET)
                    for line in lines:
                        about.append([_xlsx_cell(about, v) for v in line])
                progress(share, Message("{n:,} rows written; saving the workbook", n=count))
            except BaseException:
                for sheet in wb.worksheets:
                    _discard(sheet)
                raise
            wb.save(tmp_path)
        progress(1.0, Message("{n:,} rows written", n=count))  # the last chance to cancel: nothing is under the name yet
        uncancellable(progress)
        if publish is not None:
            publish(count)
        tmp_path.replace(path)
        if suffix == ".csv" and about:
            about_path(path).write_text("".join("\t".join(line) + "\n" for line in about), encoding="utf-8")
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise
    return count


def _discard(sheet: Any) -> None:
    """Close a write-only sheet that will not be saved and remove the temporary file openpyxl
    streamed its rows to (else it stays in the temporary folder until the program ends)."""
    writer = getattr(sheet, "_writer", None)
    if writer is None:
        return
    try:
        sheet.close()
        writer.cleanup()
    except Exception:  # noqa: BLE001 - tidying up after a cancel or a failure must not hide it
        pass


def partial_path(path: Path) -> Path:
    """Where a file is written before it is moved into place: hidden, beside it, named after it."""
    return path.with_name(f".{path.name}.partial")


def _text_cell(sheet: Any, value: Any) -> Any:
    """A cell formatted as text (Excel's "@"), empty or not: what is typed in it stays as typed."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, None if value in (None, "") else str(safe_cell(value)))
    cell.number_format = "@"
    return cell


def _xlsx_cell(sheet: Any, value: Any) -> Any:
    """A value for a write-only sheet: formula-like text as a quote-prefixed text cell."""
    if isinstance(value, str) and value.startswith(FORMULA_LEADS):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value)  # read as a formula ("f") on assignment...
        cell.data_type = "s"  # ...and written as text instead
        cell.quotePrefix = True
        return cell
    return safe_cell(value)

