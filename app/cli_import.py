"""The command line's `import`: the import report, and columns named for fields with
`--map FIELD=HEADER` where a file's headers were not all recognised (the window's Import asks)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_INPUT = 0, 2


def _choice(text: str) -> tuple[str, str]:
    from app.core.column_choice import ChoiceError, parse_choice

    try:
        return parse_choice(text)
    except ChoiceError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    imp = sub.add_parser("import", help="import a catalogue (CSV or Excel) and print the import report")
    imp.add_argument("file", type=Path)
    imp.add_argument("--sheet", help="the workbook sheet to read (default: the first with a title column)")
    imp.add_argument("--encoding", help="the text encoding, e.g. cp874 (Thai), cp1258 (Vietnamese) (default: detected)")
    imp.add_argument("--report", type=Path, help="also write the rejected rows to this .csv or .xlsx file")
    imp.add_argument("--map", dest="choices", action="append", type=_choice, default=[], metavar="FIELD=HEADER",
                     help="read this field from the column with this header, e.g. --map title=\"Nama Produk\" "
                          "(repeat for more fields; FIELD= leaves a field out); remembered for files with the "
                          "same header row, as the window's Import remembers its choices")


def _fail(message: str) -> int:
    print(f"borderline: {message}", file=sys.stderr)
    return EXIT_INPUT


def run(args: argparse.Namespace, ws: Any, bar: Any) -> int:
    from app.core import services
    from app.core.catalogue import CatalogueError
    from app.core.column_choice import ChoiceError, with_choices

    options = services.ImportOptions(sheet=args.sheet, encoding=args.encoding)
    if args.choices:
        preview = services.preview_catalogue(ws, args.file, args.sheet, args.encoding)
        try:
            mapping = with_choices(preview.mapping, preview.headers, args.choices)
        except ChoiceError as exc:
            return _fail(f"{args.file.name}: --map {exc}")
        options = services.ImportOptions(sheet=preview.sheet or None, encoding=args.encoding, mapping=mapping,
                                         remember=True)
    try:
        report = services.import_catalogue(ws, args.file, bar, options)
    except CatalogueError as exc:
        bar.done()
        _fail(str(exc))
        _say_how_to_map(ws, args, options)
        return EXIT_INPUT
    bar.done()
    rows = "1 row" if report.rows_read == 1 else f"{report.rows_read} rows"
    print(f"{report.path}: {rows} read, {report.imported} imported "
          f"({report.added} new, {report.updated} changed, {report.unchanged} unchanged), {len(report.rejected)} rejected")
    if args.choices:
        print("columns: " + ", ".join(f"{fld} = {header}" for fld, header in report.mapping.items())
              + " (remembered for files with these columns)")
    for r in report.rejected:
        for column, reason, _value in r.problems:
            print(f"  row {r.row_number}, column {column}: {reason}")
    for warning in report.warnings:
        print(f"  warning: {warning}")
    if report.codes_read:
        print(f"{report.codes_read} HS codes read from the column {report.mapping.get('hs_code')}: each is compared "
              "with the model's suggestion when the item is classified; an item whose code differs waits for review")
    if args.report:
        n = services.export_import_report(ws, report.catalogue_id, args.report, bar)
        bar.done()
        print(f"wrote {'1 rejected row' if n == 1 else f'{n} rejected rows'} to {args.report}")
    if report.rejected and not report.imported:
        return _fail(f"{report.path}: every row was rejected, nothing was imported")
    return EXIT_OK


def _say_how_to_map(ws: Any, args: argparse.Namespace, options: Any) -> None:
    """After a file is refused for want of a title or SKU column: its columns, and the two ways to
    name the missing one (--map, or the window's Import, which asks and remembers)."""
    from app.core import services
    from app.core.catalogue import CatalogueError

    try:
        preview = services.preview_catalogue(ws, args.file, options.sheet, options.encoding)
    except (CatalogueError, OSError):
        return  # the file itself cannot be read: the one line said so
    mapping = options.mapping if options.mapping is not None else preview.mapping
    missing = [f for f in ("title", "sku") if f not in mapping]
    if not missing:
        return
    unplaced = [h for h in preview.headers if h not in mapping.values()]
    example = unplaced[0] if unplaced else "HEADER"
    columns = ", ".join(f"'{h}'" for h in preview.headers)
    named = " and ".join("the title" if f == "title" else "the SKU" for f in missing)
    print(f"borderline: the file's columns (header on row {preview.header_row}): {columns}", file=sys.stderr)
    print(f"borderline: name {named} column{'s' if len(missing) > 1 else ''} with --map, e.g. "
          f"--map {missing[0]}=\"{example}\"; "
          "or import the file once in the window, whose Import asks which column holds each field and remembers "
          "the answer for files with these columns (here too)", file=sys.stderr)
